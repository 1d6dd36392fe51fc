import type { MemoryRow, QueueRow, ReverieDb, VectorRow } from '../db/schema';
import type { Embedder } from './types';

/**
 * The durable embedding queue. Jobs are written with the memories they embed; a job row is deleted only in the
 * transaction that writes its vector, so a process killed at any point leaves either the job or the vector, never
 * neither, and re-running finishes the work without duplicates (vectors are keyed by [memoryId+model]).
 */

export interface EmbedBatchResult {
  /** Vectors written, to add to the in-memory indexes. */
  written: VectorRow[];
  /** Vectors they replaced (same memory, same model): those labels leave the HNSW index. */
  replaced: Pick<VectorRow, 'memoryId' | 'model' | 'label'>[];
  /** Jobs dropped because their memory is gone or no longer searchable. */
  dropped: number;
}

export interface ProcessQueueOptions {
  batchSize?: number;
  /** Stop after this many memories (lets callers yield; tests simulate a crash mid-way). */
  limit?: number;
  signal?: AbortSignal;
}

const SEARCHABLE: MemoryRow['status'][] = ['active', 'archived'];

/** Allocates the next integer label of `model`'s index. Call inside a transaction that includes db.meta. */
async function allocateLabels(db: ReverieDb, model: string, count: number): Promise<number> {
  const key = `vector-label:${model}`;
  const row = await db.meta.get(key);
  let next = typeof row?.value === 'number' ? row.value : 0;
  if (!row) {
    // No counter yet (first use, or meta was lost): continue after the largest stored label.
    const last = await db.vectors
      .where('[model+label]')
      .between([model, -Infinity], [model, Infinity])
      .last();
    next = last ? last.label + 1 : 0;
  }
  await db.meta.put({ key, value: next + count, updatedAt: Date.now() });
  return next;
}

/** Embeds one batch of pending jobs. Returns null when the queue holds no embed job. */
export async function embedNextBatch(
  db: ReverieDb,
  embedder: Embedder,
  batchSize: number,
): Promise<EmbedBatchResult | null> {
  const jobs = await db.queue.where('kind').equals('embed').limit(batchSize).toArray();
  if (jobs.length === 0) return null;
  const ids = [...new Set(jobs.map((j) => (j.payload as { memoryId?: string })?.memoryId).filter(Boolean) as string[])];
  const memories = (await db.memories.bulkGet(ids)).filter(
    (m): m is MemoryRow => !!m && SEARCHABLE.includes(m.status),
  );

  let vectors: Float32Array[] = [];
  if (memories.length) {
    try {
      vectors = await embedder.embed(memories.map((m) => m.text));
    } catch (err) {
      // Keep the jobs (with the error) so a later run retries; a poison job is dropped after a few attempts.
      await db.transaction('rw', db.queue, async () => {
        for (const job of jobs) {
          if (job.attempts + 1 >= 5) await db.queue.delete(job.seq!);
          else await db.queue.update(job.seq!, { attempts: job.attempts + 1, lastError: String(err) });
        }
      });
      throw err;
    }
  }

  const result: EmbedBatchResult = { written: [], replaced: [], dropped: 0 };
  await db.transaction('rw', [db.vectors, db.queue, db.meta, db.memories], async () => {
    // Re-read: a memory edited while we embedded has a newer job; do not store a vector of its old text.
    const current = await db.memories.bulkGet(memories.map((m) => m.id));
    const fresh = memories
      .map((m, i) => ({ m, v: vectors[i]!, now: current[i] }))
      .filter((x) => x.now && x.now.hash === x.m.hash && x.now.text === x.m.text && SEARCHABLE.includes(x.now.status));
    const existing = await db.vectors.bulkGet(fresh.map((x) => [x.m.id, embedder.modelId] as [string, string]));
    for (const old of existing) if (old) result.replaced.push({ memoryId: old.memoryId, model: old.model, label: old.label });
    const first = fresh.length ? await allocateLabels(db, embedder.modelId, fresh.length) : 0;
    result.written = fresh.map((x, i) => ({
      memoryId: x.m.id,
      model: embedder.modelId,
      label: first + i,
      dim: embedder.dim,
      vector: x.v,
    }));
    if (result.written.length) await db.vectors.bulkPut(result.written);
    if (result.replaced.length) {
      await db.queue.bulkAdd(result.replaced.map((r) => indexDeleteJob(r.model, r.label)));
    }
    await db.queue.bulkDelete(jobs.map((j) => j.seq!));
    result.dropped = jobs.length - result.written.length;
  });
  return result;
}

export function embedJob(memoryId: string, at: number): QueueRow {
  return { kind: 'embed', payload: { memoryId }, enqueuedAt: at, attempts: 0 };
}

/** An HNSW label to mark deleted: kept until the index holding it has been saved. */
export function indexDeleteJob(model: string, label: number, at = Date.now()): QueueRow {
  return { kind: 'index-delete', payload: { model, label }, enqueuedAt: at, attempts: 0 };
}

/** Queues every searchable memory for (re-)embedding, skipping those already queued. Returns how many were queued. */
export async function enqueueAllForEmbedding(db: ReverieDb, now: number): Promise<number> {
  return db.transaction('rw', [db.memories, db.queue], async () => {
    const pending = new Set(
      (await db.queue.where('kind').equals('embed').toArray()).map((j) => (j.payload as { memoryId: string }).memoryId),
    );
    const ids = (await db.memories.where('status').anyOf(SEARCHABLE).primaryKeys()).filter((id) => !pending.has(id));
    if (ids.length) await db.queue.bulkAdd(ids.map((id) => embedJob(id, now)));
    return ids.length;
  });
}

export async function pendingEmbedCount(db: ReverieDb): Promise<number> {
  return db.queue.where('kind').equals('embed').count();
}
