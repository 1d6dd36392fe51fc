import type { MemoryRow, ReverieDb } from '../db/schema';
import type { Embedder, IngestConversation, IngestResult, RecallHit, RecallOptions, VectorIndex } from './types';
import { IndexedWrites } from './indexed-writes';
import { LexicalIndexError } from './lexical';
import { LexicalStore } from './lexical-store';
import { MemoryEdits } from './memory-edits';
import { enqueueAllForEmbedding, pendingEmbedCount, type ProcessQueueOptions } from './queue';
import { DEFAULT_TUNING, recall, type RecallTuning } from './recall';
import { VectorSearch, type VectorIndexState } from './vector-search';

/**
 * The memory engine ("Sleep"), one instance per database: a facade over its parts, each in its own file: the
 * lexical store (lexical-store.ts), search by meaning and the embedding queue (vector-search.ts), writes that reach
 * the indexes: ingestion and dream-written memories (indexed-writes.ts), the user's edits (memory-edits.ts), and
 * hybrid recall (recall.ts).
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
  vectorIndex: VectorIndexState;
}

const MODEL_KEY = 'embedder:model';

export class MemoryEngine {
  private closed = false;
  /** Recall tuning; benchmarks swap it between questions to compare variants on one ingested store. */
  tuning: RecallTuning;
  private readonly writes: IndexedWrites;
  private readonly edits: MemoryEdits;

  private constructor(
    readonly db: ReverieDb,
    private readonly lexical: LexicalStore,
    private readonly vectors: VectorSearch,
    private readonly clock: () => number,
    opts: MemoryEngineOptions,
  ) {
    this.tuning = { ...DEFAULT_TUNING, ...opts.tuning };
    this.writes = new IndexedWrites(db, clock, lexical, vectors, opts.passageTokens);
    this.edits = new MemoryEdits(db, clock, lexical, vectors);
  }

  get embedder(): Embedder | null {
    return this.vectors.embedder;
  }

  static async open(opts: MemoryEngineOptions): Promise<MemoryEngine> {
    const clock = opts.now ?? Date.now;
    await opts.db.open();
    // Off by default: the neighbouring-turn field lifted LoCoMo but lowered the LongMemEval dev split (README).
    const lexical = await LexicalStore.open(opts.db, { clock, contextChars: opts.lexicalContextChars ?? 0, saveDelay: opts.lexicalSaveDelayMs ?? 2000 });
    const vectors = new VectorSearch(opts.db, opts.embedder ?? null, opts.openVectorIndex);
    const engine = new MemoryEngine(opts.db, lexical, vectors, clock, opts);
    const embedder = vectors.embedder;
    if (embedder) {
      const stored = await opts.db.meta.get(MODEL_KEY);
      if (stored?.value !== embedder.modelId) {
        // Another model (or the first one): everything is embedded again, in the background via the queue.
        await engine.reembedAll();
        await opts.db.meta.put({ key: MODEL_KEY, value: embedder.modelId, updatedAt: clock() });
      }
      vectors.startIndex();
    }
    return engine;
  }

  /** Writes a conversation and indexes it, as one unit (indexed-writes.ts). */
  async ingest(conv: IngestConversation): Promise<IngestResult> {
    this.assertOpen();
    return this.writes.ingest(conv);
  }

  /** Brings the indexes up to date with memories another component wrote (the dream). */
  reindexMemories(ids: string[]): Promise<void> {
    return this.writes.reindexMemories(ids);
  }

  /** Embeds pending memories in batches. Without an embedder it does nothing (the jobs wait for one). */
  async processEmbedQueue(opts: ProcessQueueOptions = {}): Promise<{ embedded: number; remaining: number }> {
    this.assertOpen();
    return this.vectors.embedQueued(opts);
  }

  /** Queues every searchable memory for embedding under the current model. */
  async reembedAll(): Promise<number> {
    return enqueueAllForEmbedding(this.db, this.clock());
  }

  /** Exact (brute-force) nearest memories under the current model: ground truth for the HNSW index. */
  exactSearch(vector: Float32Array, k: number): Promise<{ memoryId: string; score: number }[]> {
    return this.vectors.exactSearch(vector, k);
  }

  async recall(query: string, opts: RecallOptions = {}): Promise<RecallHit[]> {
    this.assertOpen();
    // Recall answers even from an index that could not be rebuilt yet: better than no memory at all.
    await this.lexical.ensureFresh().catch(() => undefined);
    for (let attempt = 0; ; attempt++) {
      try {
        return await recall(
          {
            db: this.db,
            lexical: this.lexical.index,
            now: this.clock(),
            tuning: this.tuning,
            vectorSearch: this.embedder ? (q, k) => this.vectors.search(q, k) : null,
            ...(this.embedder?.relevanceFloor !== undefined ? { vectorFloor: this.embedder.relevanceFloor } : {}),
          },
          query,
          opts,
        );
      } catch (error) {
        // The lexical index is derived data: one that fails a search is rebuilt from the rows and asked again.
        if (attempt > 0 || !(error instanceof LexicalIndexError)) throw error;
        await this.lexical.rebuild();
      }
    }
  }

  deleteMemory(id: string, opts: { tombstone?: boolean } = {}): Promise<boolean> {
    return this.edits.deleteMemory(id, opts);
  }

  undoDelete(id: string): Promise<boolean> {
    return this.edits.undoDelete(id);
  }

  updateMemory(id: string, patch: { text?: string; pinned?: boolean }): Promise<MemoryRow | null> {
    return this.edits.updateMemory(id, patch);
  }

  forgetConversation(key: string): Promise<{ turns: number; memories: number }> {
    return this.edits.forgetConversation(key);
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
      vectorIndex: this.vectors.state,
    };
  }

  /** Waits for the HNSW index to finish loading (tests, benchmarks). */
  whenVectorIndexReady(): Promise<void> {
    return this.vectors.whenReady();
  }

  /** Rebuilds the lexical index from db.memories and saves it. */
  rebuildLexical(): Promise<void> {
    return this.lexical.rebuild();
  }

  /** Saves pending index state now. */
  async flush(): Promise<void> {
    await this.lexical.flush();
    await this.vectors.save();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.vectors.close();
    await this.flush();
    this.closed = true;
    this.lexical.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryEngine is closed');
  }
}
