import type { MemoryRow, ReverieDb } from '../db/schema';
import { ingestConversation, turnId } from './ingest';
import { SEARCHABLE, type LexicalStore } from './lexical-store';
import { embedJob } from './queue';
import type { IngestConversation, IngestResult } from './types';
import type { VectorSearch } from './vector-search';

/**
 * Writes that reach the indexes: a conversation ingested (its rows and lexical documents change as one unit), and
 * memories another component already wrote (the dream) brought into the indexes.
 */
export class IndexedWrites {
  constructor(
    private readonly db: ReverieDb,
    private readonly clock: () => number,
    private readonly lexical: LexicalStore,
    private readonly vectors: VectorSearch,
    /** Longest passage a turn is split into, in approximate tokens (passages.ts). */
    private readonly passageTokens: number | undefined,
  ) {}

  /**
   * Writes a conversation and indexes it, as one unit: the rows and the lexical index change together or not at all.
   * When indexing fails, the rows are rolled back and the error reaches the caller (the capture drain retries, then
   * sets the capture aside; an import reports it); the database and the index still agree.
   */
  async ingest(conv: IngestConversation): Promise<IngestResult> {
    await this.lexical.ensureFresh();
    const db = this.db;
    const tables = [db.conversations, db.turns, db.memories, db.queue, db.tombstones, db.vectors];
    const changes = await this.lexical.transaction(tables, async (index) => {
      const written = await ingestConversation(db, conv, this.clock(), this.passageTokens);
      for (const id of written.removedIds) index.remove(id);
      if (written.upserted.length) {
        const key = written.upserted[0]!.conversationKey!;
        const hint = new Map(conv.turns.map((t) => [turnId(key, t.ordinal), t.text]));
        for (const doc of await this.lexical.docs(written.upserted, hint)) index.upsert(doc);
      }
      if (written.result.updated > 0 || written.result.added > 0) {
        // A new or changed turn is the indexed context of the turns either side of it: refresh those not written here.
        await this.lexical.refreshNeighbours(index, written.upserted.map((m) => m.id), written.result.turnIds);
      }
      return written;
    });
    // Vectors leave the in-memory indexes only once their rows' deletion has committed.
    this.vectors.drop(changes.removedVectors);
    if (changes.upserted.length || changes.removedIds.length) this.lexical.markDirty();
    return changes.result;
  }

  /**
   * Re-reads memories another component wrote (the dream) and brings the indexes up to date: lexical upsert or
   * removal, and an embedding job for each searchable one.
   */
  async reindexMemories(ids: string[]): Promise<void> {
    const rows = await this.db.memories.bulkGet(ids);
    const live: MemoryRow[] = [];
    const gone: string[] = [];
    rows.forEach((m, i) => (m && SEARCHABLE.includes(m.status) ? live.push(m) : gone.push(ids[i]!)));
    // Vectors first: a lexical failure below must not leave a hidden memory's vector behind or a restored one unembedded.
    if (live.length) await this.db.queue.bulkAdd(live.map((m) => embedJob(m.id, this.clock())));
    if (gone.length) await this.vectors.removeOf(gone);
    await this.lexical.ensureFresh();
    // The rows are already written (by the dream, an undo): on failure the touched documents are put back as the rows
    // say. Every one is touched first (removed, then upserted if it is searchable), so a failure part-way leaves none
    // as it was before the rows changed: a passage the dream hid is not left findable, nor one an undo restored lost.
    await this.lexical.transaction([this.db.turns, this.db.memories], async (index) => {
      for (const id of ids) index.remove(id);
      for (const doc of await this.lexical.docs(live)) index.upsert(doc);
    });
    this.lexical.markDirty();
    // A passage hidden or brought back (a forget, its undo) is indexed context of the turns either side of it: their
    // documents are re-read, so hidden words stay findable through no neighbour, and restored ones are again. A
    // transaction of its own, which starts with a database call, as one with nothing to write before it must.
    const passages = rows.filter((m): m is MemoryRow => !!m && m.kind === 'passage').map((m) => m.id);
    if (passages.length === 0) return;
    try {
      await this.lexical.transaction([this.db.turns, this.db.memories], (index) => this.lexical.refreshNeighbours(index, passages));
    } catch (error) {
      // The neighbours not reached still carry the old context: the index is rebuilt from the rows.
      await this.lexical.rebuild();
      throw error;
    }
  }
}
