import type { ConversationRow, MemoryRow, ReverieDb } from '../db/schema';
import { SITES } from '../sites';
import { ownEntry } from '../util/own';
import { utcDay } from '../util/utc-day';

/**
 * The readable memory file (Markdown): every memory in use or put away (archived), grouped by kind under plain
 * headings, each with the date it happened and where it came from; the profile and writing style first, then pinned
 * memories, instructions, facts, preferences, topics, patterns, episodes, and what was said, conversation by
 * conversation; last, the earlier versions of what changed. Deleted memories are never in it.
 *
 * Captured text is untrusted: outside code blocks, anything that looks like an HTML tag is backslash-escaped, so a
 * Markdown viewer shows it as text instead of running it.
 */

const day = (t: number | undefined) => (t && Number.isFinite(t) ? utcDay(t) : '');

const IN_FILE: MemoryRow['status'][] = ['active', 'archived'];

/** The kinds listed one memory per line, in this order, with their headings. */
const LINE_SECTIONS: [MemoryRow['kind'], string][] = [
  ['instruction', 'Instructions'],
  ['fact', 'Facts'],
  ['preference', 'Preferences'],
  ['domain', 'What you work on'],
  ['pattern', 'Patterns'],
  ['episode', 'Episodes (summaries of conversations)'],
];

const KIND_NAMES: Record<MemoryRow['kind'], string> = {
  passage: 'said in a chat',
  fact: 'fact',
  preference: 'preference',
  instruction: 'instruction',
  episode: 'episode',
  pattern: 'pattern',
  profile: 'profile',
  domain: 'topic',
  style: 'writing style',
};

function siteLabel(m: Pick<MemoryRow, 'site' | 'origin'>): string {
  if (m.site === 'import') return 'Imported';
  if (m.site) return ownEntry(SITES, m.site)?.name ?? m.site;
  if (m.origin === 'dream-rules' || m.origin === 'dream-llm') return 'From dreaming';
  if (m.origin === 'user') return 'Added by you';
  return '';
}

/** Text that may hold HTML tags, made inert for a Markdown viewer: `<tag` becomes `\<tag` outside fenced code. */
export function inertHtml(text: string): string {
  let fence: string | null = null;
  return text
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? null : marker;
        return line;
      }
      return fence ? line : line.replace(/<(?=[A-Za-z/!?])/g, '\\<');
    })
    .join('\n');
}

const oneLine = (text: string) => inertHtml(text.replace(/\s+/g, ' ').trim());

/** Text kept as written (line breaks, code, lists), indented to sit inside a list item. */
const indented = (text: string) =>
  inertHtml(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `  ${line}` : ''))
    .join('\n');

function source(m: MemoryRow, withKind = false): string {
  const parts = [withKind ? KIND_NAMES[m.kind] : '', siteLabel(m), day(m.occurredAt), m.status === 'archived' ? 'put away' : ''];
  return parts.filter(Boolean).join(', ');
}

function line(m: MemoryRow, withKind = false): string {
  const since = m.validFrom ? ` (since ${day(m.validFrom)})` : '';
  const pin = m.pinned ? ' 📌' : '';
  const from = source(m, withKind);
  return `- ${oneLine(m.text)}${since}${pin}${from ? ` (${from})` : ''}`;
}

const byWeight = (a: MemoryRow, b: MemoryRow) => b.importance - a.importance || b.occurredAt - a.occurredAt || (a.id < b.id ? -1 : 1);
/** In use first, then put away; each by importance, then newest. */
const inUseFirst = (a: MemoryRow, b: MemoryRow) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1) || byWeight(a, b);

function speakerOf(m: MemoryRow, conversation: ConversationRow | undefined): string {
  if (m.speaker) return m.speaker.replace(/\s+/g, ' ').trim();
  if (m.role === 'user') return 'You';
  if (m.role === 'assistant') {
    const site = m.site ?? conversation?.site;
    return (site && site !== 'import' && ownEntry(SITES, site)?.name) || 'Assistant';
  }
  return 'Said';
}

/** Passages, conversation by conversation (newest first), each in the order it was said. */
function conversationSections(passages: MemoryRow[], conversations: Map<string, ConversationRow>): string[] {
  const groups = new Map<string, MemoryRow[]>();
  for (const m of passages) {
    const key = m.conversationKey ?? '';
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  const latest = (list: MemoryRow[]) => Math.max(...list.map((m) => m.occurredAt));
  const out: string[] = [];
  for (const [key, list] of [...groups].sort((a, b) => latest(b[1]) - latest(a[1]) || (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => a.occurredAt - b.occurredAt || (a.passageOffset ?? 0) - (b.passageOffset ?? 0) || (a.id < b.id ? -1 : 1));
    const conversation = key ? conversations.get(key) : undefined;
    const title = conversation?.title?.trim() ? oneLine(conversation.title) : key ? 'Untitled conversation' : 'Not from a conversation';
    const first = day(list[0]!.occurredAt);
    const last = day(list[list.length - 1]!.occurredAt);
    const where = [siteLabel({ site: list[0]!.site ?? conversation?.site, origin: list[0]!.origin }), first === last ? first : `${first} to ${last}`];
    out.push(`### ${title} (${where.filter(Boolean).join(', ')})`, '');
    for (const m of list) {
      const notes = [day(m.occurredAt), m.status === 'archived' ? 'put away' : '', m.pinned ? '📌' : ''].filter(Boolean).join(', ');
      out.push(`- **${oneLine(speakerOf(m, conversation))}**${notes ? `, ${notes}` : ''}:`, indented(m.text));
    }
    out.push('');
  }
  return out;
}

export async function renderMarkdownExport(db: ReverieDb, now: number): Promise<string> {
  const [all, conversationRows] = await Promise.all([db.memories.toArray(), db.conversations.toArray()]);
  const conversations = new Map(conversationRows.map((c) => [c.key, c]));
  const kept = all.filter((m) => IN_FILE.includes(m.status));
  const pinned = kept.filter((m) => m.pinned).sort(inUseFirst);
  // Each memory once: a pinned one is listed under "Pinned", not again under its kind.
  const of = (kind: MemoryRow['kind']) => kept.filter((m) => m.kind === kind && !m.pinned).sort(inUseFirst);
  const section = (title: string, rows: string[]) => (rows.length ? [`## ${title}`, '', ...rows, ''] : []);
  const textBlocks = (rows: MemoryRow[]) =>
    rows.flatMap((m) => [inertHtml(m.text.trim()), '', `_${source(m)}_`, '']).slice(0, -1);

  const history = all
    .filter((m) => m.status === 'superseded')
    .sort((a, b) => (b.validTo ?? b.updatedAt) - (a.validTo ?? a.updatedAt))
    .map((m) => `- ${oneLine(m.text)} (${day(m.validFrom ?? m.occurredAt)} to ${day(m.validTo ?? m.updatedAt)})`);
  const archived = kept.filter((m) => m.status === 'archived').length;

  return [
    `# Reverie memory`,
    '',
    `Exported ${day(now)}. Everything here was learned from your own chats, on your own machine: ` +
      `${kept.length} ${kept.length === 1 ? 'memory' : 'memories'}` +
      (archived ? `, ${archived} of them put away (kept, but no longer offered to chats)` : '') +
      '. Deleted memories are not in this file.',
    '',
    ...section('Profile', textBlocks(of('profile'))),
    ...section('How you write', textBlocks(of('style'))),
    ...section('Pinned', pinned.map((m) => line(m, true))),
    ...LINE_SECTIONS.flatMap(([kind, title]) => section(title, of(kind).map((m) => line(m)))),
    ...section('What you said in your chats', conversationSections(of('passage'), conversations).slice(0, -1)),
    ...section('History (replaced by something newer, or merged)', history),
  ].join('\n');
}
