import type { MemoryRow, ReverieDb } from '../db/schema';

const day = (t: number | undefined) => (t ? new Date(t).toISOString().slice(0, 10) : '');

/** A readable memory file: profile, facts, preferences and instructions, with dates and history. */
export async function renderMarkdownExport(db: ReverieDb, now: number): Promise<string> {
  const all = await db.memories.toArray();
  const of = (kind: MemoryRow['kind'], status: MemoryRow['status'] = 'active') =>
    all.filter((m) => m.kind === kind && m.status === status).sort((a, b) => b.importance - a.importance || b.occurredAt - a.occurredAt);
  const line = (m: MemoryRow) => {
    const valid = m.validFrom ? ` (since ${day(m.validFrom)})` : '';
    return `- ${m.text.replace(/\s+/g, ' ').trim()}${valid}${m.pinned ? ' 📌' : ''}`;
  };
  const section = (title: string, rows: MemoryRow[]) => (rows.length ? [`## ${title}`, '', ...rows.map(line), ''] : []);
  const history = all
    .filter((m) => m.status === 'superseded')
    .sort((a, b) => (b.validTo ?? 0) - (a.validTo ?? 0))
    .map((m) => `- ${m.text.replace(/\s+/g, ' ').trim()} (${day(m.validFrom ?? m.occurredAt)} – ${day(m.validTo)})`);
  const profile = of('profile')[0];
  const style = of('style')[0];
  return [
    `# Reverie memory`,
    '',
    `Exported ${day(now)}. Everything here was learned from your own chats, on your own machine.`,
    '',
    ...(profile ? ['## Profile', '', profile.text, ''] : []),
    ...(style ? ['## How you write', '', style.text, ''] : []),
    ...section('Pinned', all.filter((m) => m.pinned && m.status === 'active')),
    ...section('Facts', of('fact')),
    ...section('Preferences', of('preference')),
    ...section('Instructions', of('instruction')),
    ...section('What you work on', of('domain')),
    ...(history.length ? ['## History (facts that changed)', '', ...history, ''] : []),
  ].join('\n');
}
