import type { Table } from 'dexie';
import type { MemoryRow, ReverieDb } from '../db/schema';
import { parseTurnId, turnId } from './ingest';
import { LEXICAL_VERSION, LexicalIndex, LexicalIndexError, type LexicalDoc } from './lexical';

/**
 * The lexical index as the engine keeps it: loaded from its persisted copy when that still matches the rows (else
 * rebuilt from them), changed only together with the rows it mirrors (`transaction`), saved a little after the last
 * change, and rebuilt whenever it may disagree with the database.
 */

/** The statuses recall searches; the lexical index holds exactly these memories. */
export const SEARCHABLE: MemoryRow['status'][] = ['active', 'archived'];

const LEXICAL_KEY = 'lexical:v1';

/** Lexical index changes made inside `transaction`: recorded, so a failure can put them back. */
export interface LexicalWriter {
  upsert(doc: LexicalDoc): void;
  remove(id: string): void;
}

interface LexicalMarker {
  version: number;
  count: number;
  maxUpdatedAt: number;
  contextChars: number;
}

export class LexicalStore {
  /** The index recall searches. */
  index!: LexicalIndex;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  /** The index may disagree with the database (a failed change could not be put back): rebuilt before use. */
  private stale = false;
  /** Closed: no save is scheduled any more. */
  private closed = false;

  private constructor(
    private readonly db: ReverieDb,
    private readonly clock: () => number,
    /** Characters of the neighbouring turns indexed (at a low weight) with a passage; 0 = none. */
    private readonly contextChars: number,
    private readonly saveDelay: number,
  ) {}

  static async open(db: ReverieDb, opts: { clock: () => number; contextChars: number; saveDelay: number }): Promise<LexicalStore> {
    const store = new LexicalStore(db, opts.clock, opts.contextChars, opts.saveDelay);
    await store.load();
    return store;
  }

  get size(): number {
    return this.index.size;
  }

  private async load(): Promise<void> {
    const marker = await this.currentMarker();
    const row = await this.db.meta.get(LEXICAL_KEY);
    const value = row?.value as { marker?: LexicalMarker; json?: string } | undefined;
    if (value?.json && value.marker && sameMarker(value.marker, marker)) {
      try {
        this.index = LexicalIndex.fromJSON(value.json);
        if (this.index.size === marker.count && (await this.holdsNewest())) return;
      } catch {
        // Corrupt: rebuilt below.
      }
    }
    await this.rebuild();
  }

  /**
   * The loaded index holds the most recently changed searchable memories, each under its own conversation (an id that
   * points at another document's entry does not): a copy of another database's index, or a damaged one, fails.
   */
  private async holdsNewest(): Promise<boolean> {
    const newest = await this.db.memories
      .orderBy('updatedAt')
      .reverse()
      .filter((m) => SEARCHABLE.includes(m.status))
      .limit(16)
      .toArray();
    return newest.every((m) => this.index.has(m.id) && this.index.stored(m.id)?.conv === m.conversationKey);
  }

  /** Rebuilds the index from db.memories and saves it. */
  async rebuild(): Promise<void> {
    const index = LexicalIndex.create();
    const all = await this.db.memories.where('status').anyOf(SEARCHABLE).toArray();
    for (let i = 0; i < all.length; i += 500) {
      for (const doc of await this.docs(all.slice(i, i + 500))) index.upsert(doc);
    }
    this.index = index;
    this.stale = false;
    await this.save();
  }

  /** A stale index is rebuilt before it is used (throws when that still fails). */
  async ensureFresh(): Promise<void> {
    if (this.stale) await this.rebuild();
  }

  /**
   * Runs `body`'s database writes in one rw transaction over `tables` together with the index changes that mirror
   * them (made through `index`). If anything in it throws, a write or the indexing of a document, the transaction
   * rolls back, every document the body touched is put back as the database now has it, and the error is rethrown:
   * the database and the index agree either way.
   */
  async transaction<T>(tables: Table[], body: (index: LexicalWriter) => Promise<T>, retried = false): Promise<T> {
    const touched = new Set<string>();
    const writer: LexicalWriter = {
      upsert: (doc) => {
        touched.add(doc.id);
        this.index.upsert(doc);
      },
      remove: (id) => {
        touched.add(id);
        this.index.remove(id);
      },
    };
    try {
      return await this.db.transaction('rw', tables, () => body(writer));
    } catch (error) {
      await this.restore(touched);
      if (retried || !(error instanceof LexicalIndexError)) throw error;
      // The index itself failed (damaged): it is rebuilt from the rows, and the change, rolled back, made again.
      await this.rebuild();
      return this.transaction(tables, body, true);
    }
  }

  /** Removes documents whose rows are already gone; a damaged index is rebuilt from the rows instead. */
  async removeCommitted(ids: string[]): Promise<void> {
    try {
      for (const id of ids) this.index.remove(id);
    } catch {
      // Left stale if the rebuild fails too.
      this.stale = true;
      await this.rebuild().catch(() => undefined);
    }
  }

  /** Re-reads the given documents from the database (after a rolled-back change); failing that, rebuilds the index. */
  private async restore(ids: Set<string>): Promise<void> {
    if (ids.size === 0) return;
    try {
      const list = [...ids];
      const rows = await this.db.memories.bulkGet(list);
      const docs = await this.docs(rows.filter((m): m is MemoryRow => !!m && SEARCHABLE.includes(m.status)));
      for (const id of list) this.index.remove(id);
      for (const doc of docs) this.index.upsert(doc);
    } catch {
      this.stale = true;
      // Left stale if this fails too: the next write or recall tries again, and a stale index is never saved.
      await this.rebuild().catch(() => undefined);
    }
  }

  private async currentMarker(): Promise<LexicalMarker> {
    // One native index count per status: `anyOf(...).count()` walks a cursor over every row (slow at 100k rows).
    const counts = await Promise.all(SEARCHABLE.map((status) => this.db.memories.where('status').equals(status).count()));
    const count = counts.reduce((a, b) => a + b, 0);
    const last = await this.db.memories.orderBy('updatedAt').last();
    return { version: LEXICAL_VERSION, count, maxUpdatedAt: last?.updatedAt ?? 0, contextChars: this.contextChars };
  }

  private async save(): Promise<void> {
    if (this.stale) return; // the persisted copy (or a rebuild at the next start) is better than this one
    this.dirty = false;
    const marker = await this.currentMarker();
    await this.db.meta.put({
      key: LEXICAL_KEY,
      value: { marker, json: this.index.toJSON() },
      updatedAt: this.clock(),
    });
  }

  /** Schedules a save (debounced). */
  markDirty(): void {
    this.dirty = true;
    if (this.saveTimer || this.closed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      if (!this.closed) void this.save().catch(() => (this.dirty = true));
    }, this.saveDelay);
    // Node: a pending save must not keep a benchmark or test process alive.
    (this.saveTimer as { unref?: () => void }).unref?.();
  }

  /** Saves pending changes now. */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.dirty) await this.save();
  }

  /** No save is scheduled from now on (the engine is closed). */
  close(): void {
    this.closed = true;
  }

  /**
   * Lexical documents: the memory text, plus low-weight context from the neighbouring turns: the end of the previous
   * turn (the question a reply answers) before a turn's first passage, the start of the next turn (the reply, which
   * often names what the turn only implied) after its last passage.
   */
  async docs(memories: MemoryRow[], turnTextHint?: Map<string, string>): Promise<LexicalDoc[]> {
    const chars = this.contextChars;
    const neighbourIds = (m: MemoryRow) => (chars > 0 ? { prev: previousTurnId(m), next: nextTurnId(m) } : { prev: null, next: null });
    const wanted = new Set<string>();
    for (const m of memories) {
      const { prev, next } = neighbourIds(m);
      for (const id of [prev, next]) if (id && !turnTextHint?.has(id)) wanted.add(id);
    }
    const known = new Map<string, string>();
    const ids = [...wanted];
    const rows = ids.length ? await this.db.turns.bulkGet(ids) : [];
    rows.forEach((t, i) => t && known.set(ids[i]!, t.text));
    // A neighbour the user deleted must not live on as context.
    const neighbours = memories.flatMap((m) => Object.values(neighbourIds(m))).filter((x): x is string => !!x);
    const hidden = new Set(
      neighbours.length
        ? (await this.db.memories.where('sourceTurnIds').anyOf([...new Set(neighbours)]).toArray())
            .filter((m) => !SEARCHABLE.includes(m.status) && m.kind === 'passage')
            .flatMap((m) => m.sourceTurnIds)
        : [],
    );
    const textOf = (id: string | null) => (id && !hidden.has(id) ? turnTextHint?.get(id) ?? known.get(id) : undefined);
    return memories.map((m) => {
      const { prev, next } = neighbourIds(m);
      const prevText = textOf(prev);
      const nextText = textOf(next);
      const context = [prevText?.slice(-chars), nextText?.slice(0, chars), m.searchTerms].filter(Boolean).join(' \n ');
      return { id: m.id, text: m.text, context: context || undefined, speaker: m.speaker, conv: m.conversationKey, at: m.occurredAt };
    });
  }

  /** Re-indexes the passages of the turns before and after each given memory's (or turn's): their context changed. */
  async refreshNeighbours(writer: LexicalWriter, memoryIds: string[], turnIds?: string[]): Promise<void> {
    const sources = turnIds ?? (await this.db.memories.bulkGet(memoryIds)).flatMap((m) => m?.sourceTurnIds ?? []);
    const skip = new Set(turnIds ? memoryIds : []);
    const neighbours = sources
      .map(parseTurnId)
      .filter((t): t is NonNullable<typeof t> => !!t)
      .flatMap((t) => [turnId(t.conversationKey, t.ordinal + 1), ...(t.ordinal > 0 ? [turnId(t.conversationKey, t.ordinal - 1)] : [])]);
    if (neighbours.length === 0 || this.contextChars === 0) return;
    const affected = (await this.db.memories.where('sourceTurnIds').anyOf([...new Set(neighbours)]).toArray()).filter(
      (m) => !skip.has(m.id) && SEARCHABLE.includes(m.status) && m.kind === 'passage' && m.sourceTurnIds.length === 1,
    );
    for (const doc of await this.docs(affected)) writer.upsert(doc);
  }
}

function sameMarker(a: LexicalMarker, b: LexicalMarker): boolean {
  return a.version === b.version && a.count === b.count && a.maxUpdatedAt === b.maxUpdatedAt && a.contextChars === b.contextChars;
}

/** The turn after a passage's (every passage of a long turn carries it: the reply may address any part). */
function nextTurnId(m: MemoryRow): string | null {
  if (m.kind !== 'passage' || m.sourceTurnIds.length !== 1) return null;
  const parsed = parseTurnId(m.sourceTurnIds[0]!);
  return parsed ? turnId(parsed.conversationKey, parsed.ordinal + 1) : null;
}

function previousTurnId(m: MemoryRow): string | null {
  if (m.kind !== 'passage' || (m.passageOffset ?? 0) > 0 || m.sourceTurnIds.length !== 1) return null;
  const parsed = parseTurnId(m.sourceTurnIds[0]!);
  return parsed && parsed.ordinal > 0 ? turnId(parsed.conversationKey, parsed.ordinal - 1) : null;
}
