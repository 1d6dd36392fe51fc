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

export type UndoResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-undone' | 'changed-since' };

/**
 * Restores the entry's before rows and removes rows it created. Refuses (unless `force`) when a memory has changed
 * since, so an undo never silently throws away a later edit.
 */
export async function undoDiaryEntry(db: ReverieDb, id: string, opts: { force?: boolean; now?: number } = {}): Promise<UndoResult> {
  return db.transaction('rw', [db.diary, db.memories, db.tombstones, db.links], async () => {
    const entry = await db.diary.get(id);
    if (!entry) return { ok: false, reason: 'not-found' } as const;
    if (entry.status === 'undone') return { ok: false, reason: 'already-undone' } as const;
    const current = await db.memories.bulkGet(entry.after.map((m) => m.id));
    if (!opts.force && entry.after.some((m, i) => !sameRow(current[i], m))) return { ok: false, reason: 'changed-since' } as const;
    const beforeIds = new Set(entry.before.map((m) => m.id));
    const created = entry.after.filter((m) => !beforeIds.has(m.id));
    await db.memories.bulkDelete(created.map((m) => m.id));
    await db.memories.bulkPut(entry.before.map(clone));
    // Links that pointed at created rows go with them.
    const createdIds = created.map((m) => m.id);
    if (createdIds.length > 0) {
      const stale = await db.links.where('from').anyOf(createdIds).or('to').anyOf(createdIds).primaryKeys();
      await db.links.bulkDelete(stale);
    }
    if (entry.kind === 'learn') {
      const at = opts.now ?? entry.createdAt;
      const tombs: TombstoneRow[] = created
        .filter((m) => m.kind === 'fact' || m.kind === 'preference' || m.kind === 'instruction')
        .map((m) => ({ id: `tomb:${m.hash}`, hash: m.hash, text: m.text, reason: 'disproven', memoryId: m.id, createdAt: at }));
      await db.tombstones.bulkPut(tombs);
    }
    await db.diary.update(id, { status: 'undone' });
    return { ok: true } as const;
  });
}

export async function approveDiaryEntry(db: ReverieDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.diary, async () => {
    const entry = await db.diary.get(id);
    if (!entry || entry.status !== 'applied') return false;
    await db.diary.update(id, { status: 'approved' });
    return true;
  });
}
