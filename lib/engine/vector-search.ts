import type { ReverieDb, VectorRow } from '../db/schema';
import { embedNextBatch, indexDeleteJob, pendingEmbedCount, type ProcessQueueOptions } from './queue';
import type { Embedder, VectorIndex } from './types';
import { cosine, ExactVectorStore } from './vector-store';

/**
 * Search by meaning: the stored vectors of the current embedding model, searched through its HNSW index once that is
 * loaded and exactly (brute force) until then, or for good after it failed too often. The index is derived data: one
 * that fails a search or an update is dropped and rebuilt from db.vectors. Also embeds what waits in the queue.
 */

export type VectorIndexState = 'none' | 'loading' | 'ready';

type VectorRef = Pick<VectorRow, 'memoryId' | 'model' | 'label'>;

export class VectorSearch {
  private exact: ExactVectorStore | null = null;
  private exactLoading: Promise<ExactVectorStore> | null = null;
  private index: VectorIndex | null = null;
  private indexState: VectorIndexState = 'none';
  private indexReady: Promise<void> | null = null;
  /** Times this session's vector index failed and was rebuilt. */
  private failures = 0;
  private closing = false;

  constructor(
    private readonly db: ReverieDb,
    readonly embedder: Embedder | null,
    /** Opens (loads or creates) the HNSW index of a model. Exact search answers until it resolves. */
    private readonly openVectorIndex: ((model: string, dim: number) => Promise<VectorIndex>) | undefined,
  ) {}

  get state(): VectorIndexState {
    return this.indexState;
  }

  /** Starts loading the HNSW index in the background (when there is an embedder and a way to open one). */
  startIndex(): void {
    if (this.embedder && this.openVectorIndex) this.indexReady = this.loadIndex();
  }

  /** Waits for the HNSW index to finish loading (tests, benchmarks). */
  async whenReady(): Promise<void> {
    await this.indexReady;
  }

  /** The engine is closing: a failed index is no longer rebuilt; waits for a load under way. */
  async close(): Promise<void> {
    this.closing = true;
    await this.indexReady?.catch(() => undefined);
  }

  /** The nearest memories to a query, by meaning. */
  async search(query: string, k: number): Promise<{ memoryId: string; score: number }[]> {
    const embedder = this.embedder!;
    const vector = await embedder.embedQuery(query);
    const index = this.index;
    if (index && this.indexState === 'ready') {
      try {
        return await this.indexSearch(index, embedder.modelId, vector, k);
      } catch (error) {
        // The index is derived data: it is dropped and rebuilt from db.vectors, and this search is answered exactly.
        this.indexFailed(index, error);
      }
    }
    const store = await this.exactStore();
    return store ? store.search(vector, k) : [];
  }

  /** Exact (brute-force) nearest memories under the current model: ground truth for the HNSW index. */
  async exactSearch(vector: Float32Array, k: number): Promise<{ memoryId: string; score: number }[]> {
    const store = await this.exactStore();
    return store ? store.search(vector, k) : [];
  }

  /** Embeds pending memories in batches. Without an embedder it does nothing (the jobs wait for one). */
  async embedQueued(opts: ProcessQueueOptions = {}): Promise<{ embedded: number; remaining: number }> {
    const embedder = this.embedder;
    let embedded = 0;
    if (embedder) {
      const batchSize = Math.max(1, opts.batchSize ?? 32);
      const limit = opts.limit ?? Infinity;
      while (embedded < limit && !opts.signal?.aborted) {
        const batch = await embedNextBatch(this.db, embedder, Math.min(batchSize, limit - embedded));
        if (!batch) break;
        this.drop(batch.replaced);
        this.add(batch.written);
        embedded += batch.written.length;
        if (batch.written.length === 0 && batch.dropped === 0) break;
      }
    }
    return { embedded, remaining: await pendingEmbedCount(this.db) };
  }

  /** Saves the HNSW index; the deletions it now holds leave the durable queue. */
  async save(): Promise<void> {
    const index = this.index;
    if (!index || this.indexState !== 'ready') return;
    const model = index.model;
    const applied = (await this.db.queue.where('kind').equals('index-delete').toArray())
      .filter((j) => (j.payload as { model: string }).model === model)
      .map((j) => j.seq!);
    await index.save();
    // Deletions are durable in the saved index now.
    await this.db.queue.bulkDelete(applied);
  }

  /** Vectors just written: into the exact store (when loaded) and the index. */
  add(rows: VectorRow[]): void {
    if (rows.length === 0) return;
    if (this.exact) for (const r of rows) this.exact.set(r.memoryId, r.label, r.vector);
    const index = this.index;
    if (index && this.indexState === 'ready') {
      try {
        for (const r of rows) if (r.model === index.model) index.add(r.label, r.vector);
      } catch (error) {
        this.indexFailed(index, error); // the rows are stored: the rebuild has them
      }
    }
  }

  /** Vectors whose rows are gone (their deletion has committed): out of the exact store and the index. */
  drop(rows: VectorRef[]): void {
    for (const r of rows) {
      if (this.exact && r.model === this.exact.model && this.exact.labelOf(r.memoryId) === r.label) this.exact.delete(r.memoryId);
      const index = this.index;
      if (index && r.model === index.model && index.has(r.label)) {
        try {
          index.markDeleted(r.label);
        } catch (error) {
          this.indexFailed(index, error); // the row is gone: the rebuild leaves it out
        }
      }
    }
  }

  /** Deletes the stored vectors of memories (all models), durably scheduling their removal from HNSW indexes. */
  async removeOf(ids: string[]): Promise<void> {
    const rows = await this.db.transaction('rw', [this.db.vectors, this.db.queue], async () => {
      const found = await this.db.vectors.where('memoryId').anyOf(ids).toArray();
      if (found.length) {
        await this.db.vectors.bulkDelete(found.map((v) => [v.memoryId, v.model] as [string, string]));
        await this.db.queue.bulkAdd(found.map((v) => indexDeleteJob(v.model, v.label)));
      }
      return found;
    });
    this.drop(rows);
  }

  private async exactStore(): Promise<ExactVectorStore | null> {
    const embedder = this.embedder;
    if (!embedder) return null;
    if (this.exact) return this.exact;
    this.exactLoading ??= ExactVectorStore.load(this.db, embedder.modelId, embedder.dim);
    this.exact = await this.exactLoading;
    return this.exact;
  }

  /** HNSW search, checked against the stored vectors: throws when the index does not agree with them. */
  private async indexSearch(index: VectorIndex, model: string, vector: Float32Array, k: number): Promise<{ memoryId: string; score: number }[]> {
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
  private indexFailed(index: VectorIndex, error: unknown): void {
    if (this.index !== index) return; // already replaced
    this.index = null;
    this.indexState = 'loading';
    this.failures++;
    const dropped = (index.discard?.(error) ?? Promise.resolve()).catch(() => undefined);
    this.indexReady = dropped.then(() => {
      if (this.closing || this.failures > 3 || !this.openVectorIndex) {
        this.indexState = 'none';
        return;
      }
      return this.loadIndex();
    });
  }

  private async loadIndex(): Promise<void> {
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
}
