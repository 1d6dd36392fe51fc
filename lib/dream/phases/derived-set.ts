import type { DiaryRow, MemoryRow, ReverieDb } from '../../db/schema';
import { clone, type DiaryRecorder } from '../diary';

/**
 * Domains and patterns are derived sets: each dream's set replaces the last one. A row whose text is unchanged stays
 * as it is; a changed one keeps its creation time and pin; an old row the new set no longer has is archived, unless
 * pinned. One diary entry says what changed. Must run inside a rw transaction over memories. The rules' domains own
 * only the rules' rows: the topics the LLM named (named-topics.ts) come and go on their own.
 */
export async function replaceDerivedSet(
  db: ReverieDb,
  kind: 'domain' | 'pattern',
  fresh: MemoryRow[],
  at: number,
  diary: DiaryRecorder,
  diaryKind: DiaryRow['kind'],
  summary: string,
): Promise<void> {
  const old = (await db.memories.where('kind').equals(kind).filter((m) => m.status === 'active' && m.origin !== 'dream-llm').toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const previous = await db.memories.bulkGet(fresh.map((f) => f.id));
  const freshIds = new Set(fresh.map((m) => m.id));
  const before: MemoryRow[] = [];
  const after: MemoryRow[] = [];
  fresh.forEach((f, i) => {
    const prev = previous[i];
    if (prev && prev.text === f.text && prev.status === 'active') return;
    const row = prev ? { ...f, createdAt: prev.createdAt, pinned: prev.pinned, pinnedAt: prev.pinnedAt } : f;
    if (prev) before.push(clone(prev));
    after.push(row);
  });
  for (const o of old) {
    if (freshIds.has(o.id) || o.pinned) continue;
    before.push(clone(o));
    after.push({ ...o, status: 'archived', updatedAt: at });
  }
  if (after.length === 0) return;
  await db.memories.bulkPut(after);
  diary.add(diaryKind, `${summary} (${fresh.length} now).`, before, after);
}
