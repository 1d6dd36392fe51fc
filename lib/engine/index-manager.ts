import Dexie from 'dexie';
import type { ReverieDb, VectorRow } from '../db/schema';
import { HnswVectorIndex, describeWasmError, isWasmTrap, type HnswIndexStore, type HnswParams } from './hnsw-index';
import { DexieHnswIndexStore } from './hnsw-store';
import { loadHnswlibModule, retireHnswlibModule } from './hnswlib-module';

export interface OpenVectorIndexOptions {
  db: ReverieDb;
  model: string;
  dim: number;
  params?: Partial<HnswParams>;
  /** Defaults to `db.meta` (`hnsw:<model>`). */
  store?: HnswIndexStore;
  /** Inserts between yields to the event loop during a rebuild, so the host keeps answering messages. */
  batchSize?: number;
}

/** How the index came to be, for logs, the options page and tests. */
export interface VectorIndexOpenReport {
  /** `loaded`: persisted index used (perhaps topped up); `rebuilt`: built from db.vectors. */
  source: 'loaded' | 'rebuilt';
  /** Why it was rebuilt: missing, corrupt (checksum/unreadable), other model or dimension, too many deletions. */
  reason?: string;
  /** Points added to a loaded index that db.vectors had and the index lacked (or all points, for a rebuild). */
  added: number;
  /** Points marked deleted because db.vectors no longer has them. */
  removed: number;
  ms: number;
}

const DEFAULT_BATCH = 500;

function toFloat32(vector: VectorRow['vector'] | number[]): Float32Array {
  return vector instanceof Float32Array ? vector : Float32Array.from(vector as ArrayLike<number>);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The labels db.vectors holds for `model`, read from the `[model+label]` index only (no vector values). */
async function storedLabels(db: ReverieDb, model: string): Promise<Set<number>> {
  const keys = (await db.vectors
    .where('[model+label]')
    .between([model, Dexie.minKey], [model, Dexie.maxKey])
    .keys()) as unknown as [string, number][];
  return new Set(keys.map((key) => key[1]));
}

/** Builds a fresh index from every stored vector of the model. */
async function rebuild(opts: OpenVectorIndexOptions, expected: number): Promise<HnswVectorIndex> {
  const { db, model, dim } = opts;
  const index = await HnswVectorIndex.create({
    model,
    dim,
    store: opts.store,
    params: { ...opts.params, initialCapacity: Math.max(opts.params?.initialCapacity ?? 1024, Math.ceil(expected * 1.1)) },
  });
  const batch = opts.batchSize ?? DEFAULT_BATCH;
  // Read in pages of [model+label] so no transaction stays open across the yields.
  let after = -Infinity;
  for (;;) {
    const rows = await db.vectors
      .where('[model+label]')
      .between([model, after], [model, Dexie.maxKey], false, true)
      .limit(batch)
      .toArray();
    if (rows.length === 0) break;
    for (const row of rows) if (row.dim === dim) index.add(row.label, toFloat32(row.vector));
    after = rows[rows.length - 1]!.label;
    await yieldToEventLoop();
  }
  return index;
}

/**
 * Loads the persisted index for `model`, checks it against db.vectors and repairs it: a missing, damaged or foreign
 * index is rebuilt from the stored vectors; a good one is topped up with the labels it lacks and has the labels
 * db.vectors dropped marked deleted. Saves when it changed anything.
 */
export async function loadOrBuildVectorIndex(
  opts: OpenVectorIndexOptions,
): Promise<{ index: HnswVectorIndex; report: VectorIndexOpenReport }> {
  const started = performance.now();
  const store = opts.store ?? new DexieHnswIndexStore(opts.db);
  const full = { ...opts, store };
  const labels = await storedLabels(opts.db, opts.model);

  let index: HnswVectorIndex | undefined;
  let reason: string | undefined;
  const serialized = await store.load(opts.model);
  if (!serialized) reason = 'missing';
  else {
    try {
      index = await HnswVectorIndex.fromSerialized(serialized, full);
    } catch (error) {
      reason = describeWasmError(error);
    }
  }

  let added = 0;
  let removed = 0;
  if (index) {
    const missing = [...labels].filter((label) => !index!.has(label));
    const extra = index.labels().filter((label) => !labels.has(label));
    // A graph that is mostly tombstones searches slowly: rebuild instead of patching.
    if (extra.length > Math.max(1000, labels.size)) {
      index.dispose();
      index = undefined;
      reason = 'too many deletions';
    } else {
      try {
        for (const label of extra) index.markDeleted(label);
        removed = extra.length;
        const batch = opts.batchSize ?? DEFAULT_BATCH;
        for (let i = 0; i < missing.length; i += batch) {
          const rows = await opts.db.vectors
            .where('[model+label]')
            .anyOf(missing.slice(i, i + batch).map((label) => [opts.model, label]))
            .toArray();
          for (const row of rows) {
            if (row.dim !== opts.dim) continue;
            index.add(row.label, toFloat32(row.vector));
            added++;
          }
          await yieldToEventLoop();
        }
      } catch (error) {
        // The loaded graph failed while being brought up to date (a damaged file that still read): it is derived
        // data, so it goes and is rebuilt from the stored vectors.
        await index.discard(error);
        index = undefined;
        reason = `inconsistent (${describeWasmError(error)})`;
        added = 0;
        removed = 0;
      }
    }
  }

  const source: VectorIndexOpenReport['source'] = index ? 'loaded' : 'rebuilt';
  if (!index) {
    try {
      index = await rebuild(full, labels.size);
    } catch (error) {
      if (!isWasmTrap(error)) throw error;
      // The hnswlib instance itself is broken (an earlier trap or abort): once more, on a fresh instance.
      retireHnswlibModule(await loadHnswlibModule());
      index = await rebuild(full, labels.size);
    }
    added = index.size;
  }
  if (source === 'rebuilt' || added > 0 || removed > 0) await index.save();
  return { index, report: { source, reason, added, removed, ms: performance.now() - started } };
}

/** Loads or rebuilds the index (see `loadOrBuildVectorIndex`) and resolves when it is usable. */
export async function openVectorIndex(opts: OpenVectorIndexOptions): Promise<HnswVectorIndex> {
  return (await loadOrBuildVectorIndex(opts)).index;
}

/** The next free label for `model` in db.vectors (labels are never reused, so deleted points stay unambiguous). */
export async function nextVectorLabel(db: ReverieDb, model: string): Promise<number> {
  const last = await db.vectors
    .where('[model+label]')
    .between([model, Dexie.minKey], [model, Dexie.maxKey])
    .last();
  return last ? last.label + 1 : 0;
}
