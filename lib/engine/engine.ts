import type { Table } from 'dexie';
import type { MemoryRow, ReverieDb, TombstoneRow, VectorRow } from '../db/schema';
import type { Embedder, IngestConversation, IngestResult, RecallHit, RecallOptions, VectorIndex } from './types';
import { ingestConversation, parseTurnId, turnId } from './ingest';
import { LEXICAL_VERSION, LexicalIndex, LexicalIndexError, type LexicalDoc } from './lexical';
import { embedJob, embedNextBatch, enqueueAllForEmbedding, indexDeleteJob, pendingEmbedCount, type ProcessQueueOptions } from './queue';
import { DEFAULT_TUNING, recall, type RecallTuning } from './recall';
import { hashNormalised } from './text';
import { cosine, ExactVectorStore } from './vector-store';

/**
 * The memory engine ("Sleep"): ingestion, the durable embedding queue, the lexical and vector indexes, hybrid recall,
 * and the user's edits (delete with tombstone, undo, edit, pin, forget a conversation). One instance per database.
 */

export interface MemoryEngineOptions {
  db: ReverieDb;
  embedder?: Embedder | null;
  /** Opens (loads or creates) the HNSW index of a model. Exact search answers until it resolves. */
  openVectorIndex?: (model: string, dim: number) => Promise<VectorIndex>;
  now?: () => number;
  /** Recall tuning (benchmarks and ablations); defaults suit chat memory. */
  tuning?: Partial<RecallTuning>;
  /** Characters of the previous turn indexed (at a low weight) with a turn's first passage; 0 = none. */
  lexicalContextChars?: number;
  /** Longest passage a turn is split into, in approximate tokens (passages.ts; default 512). */
  passageTokens?: number;
  /** Debounce of the lexical index save, ms. */
  lexicalSaveDelayMs?: number;
}

export interface EngineStats {
  conversations: number;
  turns: number;
  memories: Record<MemoryRow['status'], number>;
  tombstones: number;
  pendingEmbeds: number;
  lexicalDocs: number;
  model: string | null;
  vectors: number;
  vectorIndex: 'none' | 'loading' | 'ready';
}

const LEXICAL_KEY = 'lexical:v1';
const MODEL_KEY = 'embedder:model';
const SEARCHABLE: MemoryRow['status'][] = ['active', 'archived'];

/** Lexical index changes made inside `indexedTransaction`: recorded, so a failure can put them back. */
interface LexicalWriter {
  upsert(doc: LexicalDoc): void;
  remove(id: string): void;
}

interface LexicalMarker {
  version: number;
  count: number;
  maxUpdatedAt: number;
  contextChars: number;
}

export class MemoryEngine {
  private lexical!: LexicalIndex;
  private exact: ExactVectorStore | null = null;
  private exactLoading: Promise<ExactVectorStore> | null = null;
  private index: VectorIndex | null = null;
  private indexState: EngineStats['vectorIndex'] = 'none';
  private indexReady: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private lexicalDirty = false;
  /** The lexical index may disagree with the database (a failed change could not be put back): rebuilt before use. */
  private lexicalStale = false;
  private closed = false;
  private closing = false;
  /** Times this session's vector index failed and was rebuilt. */
  private vectorIndexFailures = 0;
  /** Recall tuning; benchmarks swap it between questions to compare variants on one ingested store. */
  tuning: RecallTuning;
  private readonly contextChars: number;
  private readonly passageTokens: number | undefined;

  private constructor(
    readonly db: ReverieDb,
    readonly embedder: Embedder | null,
    private readonly openVectorIndex: MemoryEngineOptions['openVectorIndex'],
    private readonly clock: () => number,
    opts: MemoryEngineOptions,
  ) {
    this.tuning = { ...DEFAULT_TUNING, ...opts.tuning };
    // Off by default: the neighbouring-turn field lifted LoCoMo but lowered the LongMemEval dev split (README).
    this.contextChars = opts.lexicalContextChars ?? 0;
    this.passageTokens = opts.passageTokens;
    this.saveDelay = opts.lexicalSaveDelayMs ?? 2000;
  }

  private readonly saveDelay: number;

  static async open(opts: MemoryEngineOptions): Promise<MemoryEngine> {
    const engine = new MemoryEngine(opts.db, opts.embedder ?? null, opts.openVectorIndex, opts.now ?? Date.now, opts);
    await opts.db.open();
    await engine.loadLexical();
    if (engine.embedder) {
      const stored = await opts.db.meta.get(MODEL_KEY);
      if (stored?.value !== engine.embedder.modelId) {
        // Another model (or the first one): everything is embedded again, in the background via the queue.
        await engine.reembedAll();
        await opts.db.meta.put({ key: MODEL_KEY, value: engine.embedder.modelId, updatedAt: engine.clock() });
      }
      if (engine.openVectorIndex) engine.indexReady = engine.startVectorIndex();
    }
    return engine;
  }

  // ---------------------------------------------------------------------------------------------------- ingestion

  /**
   * Writes a conversation and indexes it, as one unit: the rows and the lexical index change together or not at all.
   * When indexing fails, the rows are rolled back and the error reaches the caller (the capture drain retries, then
   * sets the capture aside; an import reports it); the database and the index still agree.
   */
  async ingest(conv: IngestConversation): Promise<IngestResult> {
    this.assertOpen();
    await this.ensureLexical();
    const db = this.db;
    const tables = [db.conversations, db.turns, db.memories, db.queue, db.tombstones, db.vectors];
    const changes = await this.indexedTransaction(tables, async (index) => {
      const written = await ingestConversation(db, conv, this.clock(), this.passageTokens);
      for (const id of written.removedIds) index.remove(id);
      if (written.upserted.length) {
        const key = written.upserted[0]!.conversationKey!;
        const hint = new Map(conv.turns.map((t) => [turnId(key, t.ordinal), t.text]));
        for (const doc of await this.lexicalDocs(written.upserted, hint)) index.upsert(doc);
      }
      if (written.result.updated > 0 || written.result.added > 0) {
        // A new or changed turn is the indexed context of the turns either side of it: refresh those not written here.
        await this.refreshFollowers(index, written.upserted.map((m) => m.id), written.result.turnIds);
      }
      return written;
    });
    // Vectors leave the in-memory indexes only once their rows' deletion has committed.
    this.dropVectors(changes.removedVectors);
    if (changes.upserted.length || changes.removedIds.length) this.markLexicalDirty();
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
    await this.ensureLexical();
    // The rows are already written (by the dream): on failure the touched documents are put back as the rows say.
    await this.indexedTransaction([this.db.turns, this.db.memories], async (index) => {
      for (const id of gone) index.remove(id);
      for (const doc of await this.lexicalDocs(live)) index.upsert(doc);
    });
    if (live.length) await this.db.queue.bulkAdd(live.map((m) => embedJob(m.id, this.clock())));
    if (gone.length) await this.removeVectorsOf(gone);
    this.markLexicalDirty();
  }

  // ------------------------------------------------------------------------------------------------ embedding queue

  /** Embeds pending memories in batches. Without an embedder it does nothing (the jobs wait for one). */
  async processEmbedQueue(opts: ProcessQueueOptions = {}): Promise<{ embedded: number; remaining: number }> {
    this.assertOpen();
    const embedder = this.embedder;
    let embedded = 0;
    if (embedder) {
      const batchSize = Math.max(1, opts.batchSize ?? 32);
      const limit = opts.limit ?? Infinity;
      while (embedded < limit && !opts.signal?.aborted) {
        const batch = await embedNextBatch(this.db, embedder, Math.min(batchSize, limit - embedded));
        if (!batch) break;
        this.dropVectors(batch.replaced);
        await this.addVectors(batch.written);
        embedded += batch.written.length;
        if (batch.written.length === 0 && batch.dropped === 0) break;
      }
    }
    return { embedded, remaining: await pendingEmbedCount(this.db) };
  }

  /** Queues every searchable memory for embedding under the current model. */
  async reembedAll(): Promise<number> {
    return enqueueAllForEmbedding(this.db, this.clock());
  }

  /** Exact (brute-force) nearest memories under the current model: ground truth for the HNSW index. */
  async exactSearch(vector: Float32Array, k: number): Promise<{ memoryId: string; score: number }[]> {
    const store = await this.exactStore();
    return store ? store.search(vector, k) : [];
  }

  // ----------------------------------------------------------------------------------------------------- recall

  async recall(query: string, opts: RecallOptions = {}): Promise<RecallHit[]> {
    this.assertOpen();
    // Recall answers even from an index that could not be rebuilt yet: better than no memory at all.
    await this.ensureLexical().catch(() => undefined);
    for (let attempt = 0; ; attempt++) {
      try {
        return await recall(
          {
            db: this.db,
            lexical: this.lexical,
            now: this.clock(),
            tuning: this.tuning,
            vectorSearch: this.embedder ? (q, k) => this.vectorSearch(q, k) : null,
            ...(this.embedder?.relevanceFloor !== undefined ? { vectorFloor: this.embedder.relevanceFloor } : {}),
          },
          query,
          opts,
        );
      } catch (error) {
        // The lexical index is derived data: one that fails a search is rebuilt from the rows and asked again.
        if (attempt > 0 || !(error instanceof LexicalIndexError)) throw error;
        await this.rebuildLexical();
      }
    }
  }

  private async vectorSearch(query: string, k: number): Promise<{ memoryId: string; score: number }[]> {
    const embedder = this.embedder!;
    const vector = await embedder.embedQuery(query);
    const index = this.index;
    if (index && this.indexState === 'ready') {
      try {
        return await this.indexSearch(index, embedder.modelId, vector, k);
      } catch (error) {
        // The index is derived data: it is dropped and rebuilt from db.vectors, and this search is answered exactly.
        this.vectorIndexFailed(index, error);
      }
    }
    const store = await this.exactStore();
    return store ? store.search(vector, k) : [];
  }

  /** HNSW search, checked against the stored vectors: throws when the index does not agree with them. */
  private async indexSearch(
    index: VectorIndex,
    model: string,
    vector: Float32Array,
    k: number,
  ): Promise<{ memoryId: string; score: number }[]> {
    const found = index.search(vector, k);
    if (found.length === 0) return [];
    const rows = await this.db.vectors
      .where('[model+label]')
      .anyOf(found.map((f) => [model, f.label]))
      .toArray();
    const byLabel = new Map(rows.map((r) => [r.label, r]));
    const hits: { memoryId: string; score: number }[] = [];
    for (const f of found) {
      const row = byLabel.get(f.label);
      if (!row) continue; // deleted since the search began
      const score = 1 - f.distance;
      // A damaged graph (or one read with the wrong dimension) answers distances its points do not have.
      if (!(Math.abs(score - cosine(vector, row.vector)) <= 1e-3)) {
        throw new Error(`vector index: label ${f.label} scored ${score}, its stored vector ${cosine(vector, row.vector)}`);
      }
      hits.push({ memoryId: row.memoryId, score });
    }
    if (hits.length === 0) throw new Error('vector index: no answer is a stored vector');
    return hits;
  }

  /**
   * Drops an index that failed a search or an update and rebuilds it from db.vectors (its persisted copy is removed
   * first, so the same bytes are not loaded again). Exact search answers meanwhile; after three failures in a
   * session it answers for good (until the next start).
   */
  private vectorIndexFailed(index: VectorIndex, error: unknown): void {
    if (this.index !== index) return; // already replaced
    this.index = null;
    this.indexState = 'loading';
    this.vectorIndexFailures++;
    const dropped = (index.discard?.(error) ?? Promise.resolve()).catch(() => undefined);
    this.indexReady = dropped.then(() => {
      if (this.closing || this.vectorIndexFailures > 3 || !this.openVectorIndex) {
        this.indexState = 'none';
        return;
      }
      return this.startVectorIndex();
    });
  }

  // ------------------------------------------------------------------------------------------------ user edits

  /** Deletes a memory (soft: undo restores it). With a tombstone, the same text is never learned again. */
  async deleteMemory(id: string, opts: { tombstone?: boolean } = {}): Promise<boolean> {
    const tombstone = opts.tombstone ?? true;
    const now = this.clock();
    await this.ensureLexical();
    const done = await this.indexedTransaction([this.db.memories, this.db.tombstones, this.db.turns], async (index) => {
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
      await this.refreshFollowers(index, [id]);
      return true;
    });
    if (!done) return false;
    this.markLexicalDirty();
    await this.removeVectorsOf([id]);
    return true;
  }

  /** Restores a deleted memory and lifts its tombstone. */
  async undoDelete(id: string): Promise<boolean> {
    const now = this.clock();
    await this.ensureLexical();
    const tables = [this.db.memories, this.db.tombstones, this.db.queue, this.db.turns];
    const restored = await this.indexedTransaction(tables, async (index) => {
      const m = await this.db.memories.get(id);
      if (!m || m.status !== 'deleted') return null;
      await this.db.tombstones.where('memoryId').equals(id).delete();
      await this.db.memories.update(id, { status: 'active', updatedAt: now });
      await this.db.queue.add(embedJob(id, now));
      const row = { ...m, status: 'active' as const, updatedAt: now };
      for (const doc of await this.lexicalDocs([row])) index.upsert(doc);
      await this.refreshFollowers(index, [id]);
      return row;
    });
    if (!restored) return false;
    this.markLexicalDirty();
    return true;
  }

  /** Edits a memory's text and/or pin. An edit re-indexes it and marks it `edited` (its origin is kept). */
  async updateMemory(id: string, patch: { text?: string; pinned?: boolean }): Promise<MemoryRow | null> {
    const now = this.clock();
    await this.ensureLexical();
    const tables = [this.db.memories, this.db.queue, this.db.vectors, this.db.turns];
    const result = await this.indexedTransaction(tables, async (index) => {
      const m = await this.db.memories.get(id);
      if (!m || m.status === 'deleted' || m.status === 'superseded') return null;
      const next: MemoryRow = { ...m, updatedAt: now };
      let textChanged = false;
      if (patch.text !== undefined && patch.text !== m.text) {
        next.text = patch.text;
        next.hash = hashNormalised(patch.text);
        next.edited = true;
        textChanged = true;
      }
      if (patch.pinned !== undefined) {
        next.pinned = patch.pinned;
        if (patch.pinned) {
          next.importance = 1;
          next.pinnedAt ??= now;
        } else delete next.pinnedAt;
      }
      await this.db.memories.put(next);
      if (textChanged) {
        await this.db.queue.add(embedJob(id, now));
        for (const doc of await this.lexicalDocs([next])) index.upsert(doc);
      }
      return { row: next, textChanged };
    });
    if (!result) return null;
    if (result.textChanged) {
      // The old vector no longer says what the memory says: it goes until the new one is written.
      await this.removeVectorsOf([id]);
    }
    this.markLexicalDirty();
    return result.row;
  }

  /** Forgets a conversation: its turns, memories and vectors go; tombstones keep it from being learned again. */
  async forgetConversation(key: string): Promise<{ turns: number; memories: number }> {
    const now = this.clock();
    const tables = [this.db.conversations, this.db.turns, this.db.memories, this.db.tombstones, this.db.vectors, this.db.queue];
    const { memoryIds, turns, vectors } = await this.db.transaction('rw', tables, async () => {
      const memories = await this.db.memories.where('conversationKey').equals(key).toArray();
      const turnCount = await this.db.turns.where('conversationKey').equals(key).count();
      const ids = memories.map((m) => m.id);
      const vectorRows = ids.length ? await this.db.vectors.where('memoryId').anyOf(ids).toArray() : [];
      const tombstones: TombstoneRow[] = memories.map((m) => ({
        id: `forgot:${m.id}`,
        hash: m.hash,
        text: m.text,
        reason: 'forgot-conversation',
        memoryId: m.id,
        conversationKey: key,
        createdAt: now,
      }));
      await this.db.tombstones.bulkPut(tombstones);
      await this.db.vectors.bulkDelete(vectorRows.map((v) => [v.memoryId, v.model] as [string, string]));
      if (vectorRows.length) await this.db.queue.bulkAdd(vectorRows.map((v) => indexDeleteJob(v.model, v.label)));
      await this.db.memories.bulkDelete(ids);
      await this.db.turns.where('conversationKey').equals(key).delete();
      await this.db.conversations.delete(key);
      return { memoryIds: ids, turns: turnCount, vectors: vectorRows };
    });
    try {
      for (const id of memoryIds) this.lexical.remove(id);
    } catch {
      // A damaged index: rebuilt from the rows, which no longer have these memories (left stale if that fails too).
      this.lexicalStale = true;
      await this.rebuildLexical().catch(() => undefined);
    }
    this.applyVectorRemoval(vectors);
    this.markLexicalDirty();
    return { turns, memories: memoryIds.length };
  }

  async stats(): Promise<EngineStats> {
    const db = this.db;
    const statuses: MemoryRow['status'][] = ['active', 'archived', 'superseded', 'deleted'];
    const counts = await Promise.all(statuses.map((s) => db.memories.where('status').equals(s).count()));
    const model = this.embedder?.modelId ?? null;
    return {
      conversations: await db.conversations.count(),
      turns: await db.turns.count(),
      memories: Object.fromEntries(statuses.map((s, i) => [s, counts[i]])) as EngineStats['memories'],
      tombstones: await db.tombstones.count(),
      pendingEmbeds: await pendingEmbedCount(db),
      lexicalDocs: this.lexical.size,
      model,
      vectors: model ? await db.vectors.where('model').equals(model).count() : 0,
      vectorIndex: this.indexState,
    };
  }

  /** Waits for the HNSW index to finish loading (tests, benchmarks). */
  async whenVectorIndexReady(): Promise<void> {
    await this.indexReady;
  }

  /** Saves pending index state now. */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.lexicalDirty) await this.saveLexical();
    const index = this.index;
    if (index && this.indexState === 'ready') {
      const model = index.model;
      const applied = (await this.db.queue.where('kind').equals('index-delete').toArray())
        .filter((j) => (j.payload as { model: string }).model === model)
        .map((j) => j.seq!);
      await index.save();
      // Deletions are durable in the saved index now.
      await this.db.queue.bulkDelete(applied);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    await this.indexReady?.catch(() => undefined);
    await this.flush();
    this.closed = true;
  }

  // --------------------------------------------------------------------------------------------- lexical index

  private async loadLexical(): Promise<void> {
    const marker = await this.currentMarker();
    const row = await this.db.meta.get(LEXICAL_KEY);
    const value = row?.value as { marker?: LexicalMarker; json?: string } | undefined;
    if (value?.json && value.marker && sameMarker(value.marker, marker)) {
      try {
        this.lexical = LexicalIndex.fromJSON(value.json);
        if (this.lexical.size === marker.count && (await this.lexicalHoldsNewest())) return;
      } catch {
        // Corrupt: rebuilt below.
      }
    }
    await this.rebuildLexical();
  }

  /**
   * The loaded lexical index holds the most recently changed searchable memories, each under its own conversation (an
   * id that points at another document's entry does not): a copy of another database's index, or a damaged one, fails.
   */
  private async lexicalHoldsNewest(): Promise<boolean> {
    const newest = await this.db.memories
      .orderBy('updatedAt')
      .reverse()
      .filter((m) => SEARCHABLE.includes(m.status))
      .limit(16)
      .toArray();
    return newest.every((m) => this.lexical.has(m.id) && this.lexical.stored(m.id)?.conv === m.conversationKey);
  }

  /** Rebuilds the lexical index from db.memories and saves it. */
  async rebuildLexical(): Promise<void> {
    const index = LexicalIndex.create();
    const all = await this.db.memories.where('status').anyOf(SEARCHABLE).toArray();
    for (let i = 0; i < all.length; i += 500) {
      for (const doc of await this.lexicalDocs(all.slice(i, i + 500))) index.upsert(doc);
    }
    this.lexical = index;
    this.lexicalStale = false;
    await this.saveLexical();
  }

  /**
   * Runs `body`'s database writes in one rw transaction over `tables` together with the lexical index changes that
   * mirror them (made through `index`). If anything in it throws, a write or the indexing of a document, the
   * transaction rolls back, every document the body touched is put back as the database now has it, and the error is
   * rethrown: the database and the index agree either way.
   */
  private async indexedTransaction<T>(tables: Table[], body: (index: LexicalWriter) => Promise<T>, retried = false): Promise<T> {
    const touched = new Set<string>();
    const index: LexicalWriter = {
      upsert: (doc) => {
        touched.add(doc.id);
        this.lexical.upsert(doc);
      },
      remove: (id) => {
        touched.add(id);
        this.lexical.remove(id);
      },
    };
    try {
      return await this.db.transaction('rw', tables, () => body(index));
    } catch (error) {
      await this.restoreLexical(touched);
      if (retried || !(error instanceof LexicalIndexError)) throw error;
      // The index itself failed (damaged): it is rebuilt from the rows, and the change, rolled back, made again.
      await this.rebuildLexical();
      return this.indexedTransaction(tables, body, true);
    }
  }

  /** Re-reads the given documents from the database (after a rolled-back change); failing that, rebuilds the index. */
  private async restoreLexical(ids: Set<string>): Promise<void> {
    if (ids.size === 0) return;
    try {
      const list = [...ids];
      const rows = await this.db.memories.bulkGet(list);
      const docs = await this.lexicalDocs(rows.filter((m): m is MemoryRow => !!m && SEARCHABLE.includes(m.status)));
      for (const id of list) this.lexical.remove(id);
      for (const doc of docs) this.lexical.upsert(doc);
    } catch {
      this.lexicalStale = true;
      // Left stale if this fails too: the next write or recall tries again, and a stale index is never saved.
      await this.rebuildLexical().catch(() => undefined);
    }
  }

  /** A stale index is rebuilt before it is used (throws when that still fails). */
  private async ensureLexical(): Promise<void> {
    if (this.lexicalStale) await this.rebuildLexical();
  }

  private async currentMarker(): Promise<LexicalMarker> {
    // One native index count per status: `anyOf(...).count()` walks a cursor over every row (slow at 100k rows).
    const counts = await Promise.all(SEARCHABLE.map((status) => this.db.memories.where('status').equals(status).count()));
    const count = counts.reduce((a, b) => a + b, 0);
    const last = await this.db.memories.orderBy('updatedAt').last();
    return { version: LEXICAL_VERSION, count, maxUpdatedAt: last?.updatedAt ?? 0, contextChars: this.contextChars };
  }

  private async saveLexical(): Promise<void> {
    if (this.lexicalStale) return; // the persisted copy (or a rebuild at the next start) is better than this one
    this.lexicalDirty = false;
    const marker = await this.currentMarker();
    await this.db.meta.put({
      key: LEXICAL_KEY,
      value: { marker, json: this.lexical.toJSON() },
      updatedAt: this.clock(),
    });
  }

  private markLexicalDirty(): void {
    this.lexicalDirty = true;
    if (this.saveTimer || this.closed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      if (!this.closed) void this.saveLexical().catch(() => (this.lexicalDirty = true));
    }, this.saveDelay);
    // Node: a pending save must not keep a benchmark or test process alive.
    (this.saveTimer as { unref?: () => void }).unref?.();
  }

  /**
   * Lexical documents: the memory text, plus low-weight context from the neighbouring turns: the end of the previous
   * turn (the question a reply answers) before a turn's first passage, the start of the next turn (the reply, which
   * often names what the turn only implied) after its last passage.
   */
  private async lexicalDocs(memories: MemoryRow[], turnTextHint?: Map<string, string>): Promise<LexicalDoc[]> {
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
      const context = [prevText?.slice(-chars), nextText?.slice(0, chars)].filter(Boolean).join(' \n ');
      return { id: m.id, text: m.text, context: context || undefined, speaker: m.speaker, conv: m.conversationKey, at: m.occurredAt };
    });
  }

  /** Re-indexes the passages of the turns before and after each given memory's (or turn's): their context changed. */
  private async refreshFollowers(index: LexicalWriter, memoryIds: string[], turnIds?: string[]): Promise<void> {
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
    for (const doc of await this.lexicalDocs(affected)) index.upsert(doc);
  }

  // ----------------------------------------------------------------------------------------------- vector index

  private async exactStore(): Promise<ExactVectorStore | null> {
    const embedder = this.embedder;
    if (!embedder) return null;
    if (this.exact) return this.exact;
    this.exactLoading ??= ExactVectorStore.load(this.db, embedder.modelId, embedder.dim);
    this.exact = await this.exactLoading;
    return this.exact;
  }

  private async startVectorIndex(): Promise<void> {
    const embedder = this.embedder!;
    this.indexState = 'loading';
    try {
      const index = await this.openVectorIndex!(embedder.modelId, embedder.dim);
      // Deletions not yet saved into the index, then vectors written while it was closed or loading.
      const deletions = await this.db.queue.where('kind').equals('index-delete').toArray();
      for (const d of deletions) {
        const { model, label } = d.payload as { model: string; label: number };
        if (model === embedder.modelId && index.has(label)) index.markDeleted(label);
      }
      await this.db.vectors
        .where('model')
        .equals(embedder.modelId)
        .each((row) => {
          if (!index.has(row.label)) index.add(row.label, row.vector);
        });
      this.index = index;
      this.indexState = 'ready';
      // The exact store was only needed while loading.
      this.exact = null;
      this.exactLoading = null;
    } catch {
      // No index: exact search keeps answering.
      this.indexState = 'none';
    }
  }

  private async addVectors(rows: VectorRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.exact) for (const r of rows) this.exact.set(r.memoryId, r.label, r.vector);
    const index = this.index;
    if (index && this.indexState === 'ready') {
      try {
        for (const r of rows) if (r.model === index.model) index.add(r.label, r.vector);
      } catch (error) {
        this.vectorIndexFailed(index, error); // the rows are stored: the rebuild has them
      }
    }
  }

  private dropVectors(rows: Pick<VectorRow, 'memoryId' | 'model' | 'label'>[]): void {
    this.applyVectorRemoval(rows);
  }

  private applyVectorRemoval(rows: Pick<VectorRow, 'memoryId' | 'model' | 'label'>[]): void {
    for (const r of rows) {
      if (this.exact && r.model === this.exact.model && this.exact.labelOf(r.memoryId) === r.label) this.exact.delete(r.memoryId);
      const index = this.index;
      if (index && r.model === index.model && index.has(r.label)) {
        try {
          index.markDeleted(r.label);
        } catch (error) {
          this.vectorIndexFailed(index, error); // the row is gone: the rebuild leaves it out
        }
      }
    }
  }

  /** Deletes the stored vectors of memories (all models), durably scheduling their removal from HNSW indexes. */
  private async removeVectorsOf(ids: string[]): Promise<void> {
    const rows = await this.db.transaction('rw', [this.db.vectors, this.db.queue], async () => {
      const found = await this.db.vectors.where('memoryId').anyOf(ids).toArray();
      if (found.length) {
        await this.db.vectors.bulkDelete(found.map((v) => [v.memoryId, v.model] as [string, string]));
        await this.db.queue.bulkAdd(found.map((v) => indexDeleteJob(v.model, v.label)));
      }
      return found;
    });
    this.applyVectorRemoval(rows);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryEngine is closed');
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
