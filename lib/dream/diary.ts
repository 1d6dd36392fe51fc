import type { DiaryRow, MemoryRow, ReverieDb, TombstoneRow } from '../db/schema';

/**
 * The dream diary: one entry per change, with the exact rows before and after, so the user can review, approve or
 * undo any change. Undo restores the before rows exactly and removes rows the change created; undoing a 'learn'
 * also leaves a 'disproven' tombstone, so the next dream does not learn the same thing again.
 */

export class DiaryRecorder {
  readonly entries: DiaryRow[] = [];
  private seq = 0;
  constructor(
    private readonly runId: string,
    private readonly phase: string,
    private readonly at: number,
  ) {}

  add(kind: DiaryRow['kind'], summary: string, before: MemoryRow[], after: MemoryRow[], sourceTurnIds?: string[]): void {
    const ids = [...new Set([...before.map((m) => m.id), ...after.map((m) => m.id)])];
    const sources = sourceTurnIds ?? [...new Set(after.flatMap((m) => m.sourceTurnIds))];
    this.entries.push({
      id: `${this.runId}:${this.phase}:${String(++this.seq).padStart(5, '0')}`,
      runId: this.runId,
      kind,
      summary,
      memoryIds: ids,
      sourceTurnIds: sources.slice(0, 200),
      before: before.map(clone),
      after: after.map(clone),
      status: 'applied',
      createdAt: this.at,
    });
  }
}

export function clone<T>(row: T): T {
  return structuredClone(row);
}

function sameRow(a: MemoryRow | undefined, b: MemoryRow): boolean {
  return !!a && JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
// Derived fields every dream recomputes (decay, clustering) do not count as "changed since".
const DERIVED_FIELDS = new Set(['strength', 'community']);
function sortKeys(o: object): [string, unknown][] {
  return Object.entries(o)
    .filter(([k, v]) => v !== undefined && !DERIVED_FIELDS.has(k))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Whether a memory differs from what the change left in a way undo must not overwrite. The profile paragraph is
 * rewritten from the facts after every edit, delete and undo (refreshProfile): unless the user edited its words, such a
 * rewrite is not theirs to lose.
 */
function changedByUser(current: MemoryRow | undefined, after: MemoryRow): boolean {
  if (sameRow(current, after)) return false;
  return !(current && current.kind === 'profile' && !current.edited);
}

export type UndoResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-undone' | 'changed-since' };

/**
 * Restores the entry's before rows and removes rows it created. Refuses (unless `force`) when a memory has changed
 * since, so an undo never silently throws away a later edit.
 */
export async function undoDiaryEntry(
  db: ReverieDb,
  id: string,
  opts: { force?: boolean; now?: number; /** Undoing a repeat: already remembered. */ repeat?: boolean } = {},
): Promise<UndoResult> {
  return db.transaction('rw', [db.diary, db.memories, db.tombstones, db.meta], async () => {
    const entry = await db.diary.get(id);
    if (!entry) return { ok: false, reason: 'not-found' } as const;
    if (entry.status === 'undone') return { ok: false, reason: 'already-undone' } as const;
    const current = await db.memories.bulkGet(entry.after.map((m) => m.id));
    if (!opts.force && entry.after.some((m, i) => changedByUser(current[i], m))) return { ok: false, reason: 'changed-since' } as const;
    const beforeIds = new Set(entry.before.map((m) => m.id));
    const created = entry.after.filter((m) => !beforeIds.has(m.id));
    await db.memories.bulkDelete(created.map((m) => m.id));
    await db.memories.bulkPut(entry.before.map(clone));
    // What a chat asked to forget, brought back: its tombstones go, so it is neither erased nor kept from recall.
    if (entry.kind === 'forget') await db.tombstones.bulkDelete(entry.before.map((m) => `forgot-in-chat:${m.id}`));
    if (entry.kind === 'learn') {
      const at = opts.now ?? entry.createdAt;
      const tombs: TombstoneRow[] = created
        .filter((m) => m.kind === 'fact' || m.kind === 'preference' || m.kind === 'instruction')
        .map((m) => ({ id: `tomb:${m.hash}`, hash: m.hash, text: m.text, reason: 'disproven', memoryId: m.id, createdAt: at }));
      await db.tombstones.bulkPut(tombs);
    }
    await db.diary.update(id, { status: 'undone' });
    if (!opts.repeat) await rememberUndone(db, entry);
    return { ok: true } as const;
  });
}

/**
 * A change the user undid is remembered by what it produced (its kind and the hashes of its after rows), so no later
 * dream applies it again: `settleDreamRun` undoes a repeat as soon as the dream that made it ends.
 */
const UNDONE_KEY = 'dream:undone';
const MAX_UNDONE = 5_000;

function fingerprint(entry: Pick<DiaryRow, 'kind' | 'after'>): string | null {
  if (entry.after.length === 0) return null; // a pure removal (fade, archive) is judged again next time
  return `${entry.kind}:${entry.after.map((m) => m.hash).sort().join(',')}`;
}

async function rememberUndone(db: ReverieDb, entry: DiaryRow): Promise<void> {
  const print = fingerprint(entry);
  if (!print) return;
  const known = ((await db.meta.get(UNDONE_KEY))?.value as string[] | undefined) ?? [];
  if (!known.includes(print)) await db.meta.put({ key: UNDONE_KEY, value: [...known, print].slice(-MAX_UNDONE), updatedAt: Date.now() });
}

/** What a finished dream changed, by diary kind, after repeats of undone changes were taken back. */
export type DreamChanges = Partial<Record<DiaryRow['kind'], number>> & { changes: number; repeatsUndone: number };

/**
 * Ends a dream run: any change the user had already undone is undone again (so undo sticks, whatever phase redid it)
 * and marked so in the diary; returns the changes that stand, counted from the diary itself, so the status line and
 * the diary always agree.
 */
export async function settleDreamRun(db: ReverieDb, runId: string, now: number): Promise<DreamChanges> {
  const undone = new Set(((await db.meta.get(UNDONE_KEY))?.value as string[] | undefined) ?? []);
  const entries = await db.diary.where('runId').equals(runId).toArray();
  let repeatsUndone = 0;
  for (const entry of entries) {
    const print = fingerprint(entry);
    if (!print || !undone.has(print) || entry.status !== 'applied') continue;
    const result = await undoDiaryEntry(db, entry.id, { force: true, now, repeat: true });
    if (result.ok) {
      repeatsUndone++;
      await db.diary.update(entry.id, { summary: `${entry.summary} (not kept: you undid this before)` });
      entry.status = 'undone';
    }
  }
  const changes: DreamChanges = { changes: 0, repeatsUndone };
  for (const entry of entries) {
    if (entry.status === 'undone') continue;
    changes[entry.kind] = (changes[entry.kind] ?? 0) + 1;
    changes.changes++;
  }
  return changes;
}

export async function approveDiaryEntry(db: ReverieDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.diary, async () => {
    const entry = await db.diary.get(id);
    if (!entry || entry.status !== 'applied') return false;
    await db.diary.update(id, { status: 'approved' });
    return true;
  });
}
