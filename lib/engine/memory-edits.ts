import type { MemoryRow, ReverieDb, TombstoneRow } from '../db/schema';
import type { LexicalStore } from './lexical-store';
import { embedJob, indexDeleteJob } from './queue';
import { hashNormalised } from './text';
import type { VectorSearch } from './vector-search';

/**
 * The user's edits to memories: delete (soft, with a tombstone so the same text is never learned again) and its undo,
 * edit and pin, and forgetting a whole conversation. Each changes the rows and the lexical index together; vectors
 * leave once their rows' change has committed.
 */
export class MemoryEdits {
  constructor(
    private readonly db: ReverieDb,
    private readonly clock: () => number,
    private readonly lexical: LexicalStore,
    private readonly vectors: VectorSearch,
  ) {}

  /** Deletes a memory (soft: undo restores it). With a tombstone, the same text is never learned again. */
  async deleteMemory(id: string, opts: { tombstone?: boolean } = {}): Promise<boolean> {
    const tombstone = opts.tombstone ?? true;
    const now = this.clock();
    await this.lexical.ensureFresh();
    const done = await this.lexical.transaction([this.db.memories, this.db.tombstones, this.db.turns], async (index) => {
      const m = await this.db.memories.get(id);
      if (!m || m.status === 'deleted') return false;
      await this.db.memories.update(id, { status: 'deleted', updatedAt: now });
      if (tombstone) {
        const row: TombstoneRow = {
          id: `deleted:${id}`,
          hash: m.hash,
          text: m.text,
          reason: 'deleted',
          memoryId: id,
          conversationKey: m.conversationKey,
          createdAt: now,
        };
        await this.db.tombstones.put(row);
      }
      index.remove(id);
      await this.lexical.refreshNeighbours(index, [id]);
      return true;
    });
    if (!done) return false;
    this.lexical.markDirty();
    await this.vectors.removeOf([id]);
    return true;
  }

  /** Restores a deleted memory and lifts its tombstone. */
  async undoDelete(id: string): Promise<boolean> {
    const now = this.clock();
    await this.lexical.ensureFresh();
    const tables = [this.db.memories, this.db.tombstones, this.db.queue, this.db.turns];
    const restored = await this.lexical.transaction(tables, async (index) => {
      const m = await this.db.memories.get(id);
      if (!m || m.status !== 'deleted') return null;
      await this.db.tombstones.where('memoryId').equals(id).delete();
      await this.db.memories.update(id, { status: 'active', updatedAt: now });
      await this.db.queue.add(embedJob(id, now));
      const row = { ...m, status: 'active' as const, updatedAt: now };
      for (const doc of await this.lexical.docs([row])) index.upsert(doc);
      await this.lexical.refreshNeighbours(index, [id]);
      return row;
    });
    if (!restored) return false;
    this.lexical.markDirty();
    return true;
  }

  /** Edits a memory's text and/or pin. An edit re-indexes it and marks it `edited` (its origin is kept). */
  async updateMemory(id: string, patch: { text?: string; pinned?: boolean }): Promise<MemoryRow | null> {
    const now = this.clock();
    await this.lexical.ensureFresh();
    const tables = [this.db.memories, this.db.queue, this.db.vectors, this.db.turns];
    const result = await this.lexical.transaction(tables, async (index) => {
      const m = await this.db.memories.get(id);
      if (!m || m.status === 'deleted' || m.status === 'superseded') return null;
      const next = patched(m, patch, now);
      const textChanged = next.text !== m.text;
      await this.db.memories.put(next);
      if (textChanged) {
        await this.db.queue.add(embedJob(id, now));
        for (const doc of await this.lexical.docs([next])) index.upsert(doc);
      }
      return { row: next, textChanged };
    });
    if (!result) return null;
    if (result.textChanged) {
      // The old vector no longer says what the memory says: it goes until the new one is written.
      await this.vectors.removeOf([id]);
    }
    this.lexical.markDirty();
    return result.row;
  }

  /** Forgets a conversation: its turns, memories and vectors go; tombstones keep it from being learned again. */
  async forgetConversation(key: string): Promise<{ turns: number; memories: number }> {
    const now = this.clock();
    const db = this.db;
    const tables = [db.conversations, db.turns, db.memories, db.tombstones, db.vectors, db.queue];
    const { memoryIds, turns, vectors } = await db.transaction('rw', tables, async () => {
      const memories = await db.memories.where('conversationKey').equals(key).toArray();
      const turnCount = await db.turns.where('conversationKey').equals(key).count();
      const ids = memories.map((m) => m.id);
      const vectorRows = ids.length ? await db.vectors.where('memoryId').anyOf(ids).toArray() : [];
      const tombstones: TombstoneRow[] = memories.map((m) => ({
        id: `forgot:${m.id}`,
        hash: m.hash,
        text: m.text,
        reason: 'forgot-conversation',
        memoryId: m.id,
        conversationKey: key,
        createdAt: now,
      }));
      await db.tombstones.bulkPut(tombstones);
      await db.vectors.bulkDelete(vectorRows.map((v) => [v.memoryId, v.model] as [string, string]));
      if (vectorRows.length) await db.queue.bulkAdd(vectorRows.map((v) => indexDeleteJob(v.model, v.label)));
      await db.memories.bulkDelete(ids);
      await db.turns.where('conversationKey').equals(key).delete();
      await db.conversations.delete(key);
      return { memoryIds: ids, turns: turnCount, vectors: vectorRows };
    });
    await this.lexical.removeCommitted(memoryIds);
    this.vectors.drop(vectors);
    this.lexical.markDirty();
    return { turns, memories: memoryIds.length };
  }
}

/** A memory with the user's patch applied: a new text is marked `edited`; a pin makes it matter most. */
function patched(m: MemoryRow, patch: { text?: string; pinned?: boolean }, now: number): MemoryRow {
  const next: MemoryRow = { ...m, updatedAt: now };
  if (patch.text !== undefined && patch.text !== m.text) {
    next.text = patch.text;
    next.hash = hashNormalised(patch.text);
    next.edited = true;
  }
  if (patch.pinned !== undefined) {
    next.pinned = patch.pinned;
    if (patch.pinned) {
      next.importance = 1;
      next.pinnedAt ??= now;
    } else delete next.pinnedAt;
  }
  return next;
}
