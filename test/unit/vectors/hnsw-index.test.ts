import { describe, expect, it } from 'vitest';
import { HnswVectorIndex, type HnswIndexStore, type SerializedHnswIndex } from '../../../lib/engine/hnsw-index';
import { clusteredVectors, exactTopK, recallAtK } from './clustered-vectors';

const DIM = 64;

class MemoryStore implements HnswIndexStore {
  readonly saved = new Map<string, SerializedHnswIndex>();
  async load(model: string) {
    return this.saved.get(model);
  }
  async save(model: string, index: SerializedHnswIndex) {
    this.saved.set(model, index);
  }
  async remove(model: string) {
    this.saved.delete(model);
  }
}

async function buildIndex(count: number, opts: { initialCapacity?: number; store?: HnswIndexStore } = {}) {
  const vectors = clusteredVectors({ count, dim: DIM, clusters: 20, seed: 7 });
  const index = await HnswVectorIndex.create({
    model: 'test-model',
    dim: DIM,
    store: opts.store,
    params: { initialCapacity: opts.initialCapacity ?? 1024 },
  });
  const points = new Map<number, Float32Array>();
  vectors.forEach((v, i) => {
    index.add(i * 3, v); // sparse labels, as after deletions in the db
    points.set(i * 3, v);
  });
  return { index, points };
}

function measureRecall(index: HnswVectorIndex, points: Map<number, Float32Array>, queries: Float32Array[], k = 10) {
  const approx = queries.map((q) => index.search(q, k).map((h) => h.label));
  const exact = queries.map((q) => exactTopK(points, q, k));
  return recallAtK(approx, exact);
}

describe('HnswVectorIndex', () => {
  it('finds the exact nearest neighbours of clustered vectors (recall@10 ≥ 0.98) with cosine distances', async () => {
    const { index, points } = await buildIndex(2000);
    expect(index.size).toBe(2000);
    // Held-out points of the same clusters: queries resemble the data, as a recall query resembles memories.
    const queries = clusteredVectors({ count: 2050, dim: DIM, clusters: 20, seed: 7 }).slice(2000);
    expect(measureRecall(index, points, queries)).toBeGreaterThanOrEqual(0.98);

    const [first] = index.search(points.get(30)!, 1);
    expect(first!.label).toBe(30);
    expect(first!.distance).toBeCloseTo(0, 4);
    const hits = index.search(queries[0]!, 10);
    const sims = hits.map((h) => 1 - h.distance);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.distance).toBeGreaterThanOrEqual(hits[i - 1]!.distance);
    let dotProduct = 0;
    const target = points.get(hits[0]!.label)!;
    for (let i = 0; i < DIM; i++) dotProduct += target[i]! * queries[0]![i]!;
    expect(sims[0]!).toBeCloseTo(dotProduct, 4);
  });

  it('returns at most size hits, and none when empty', async () => {
    const index = await HnswVectorIndex.create({ model: 'm', dim: DIM });
    expect(index.search(new Float32Array(DIM).fill(0.1), 5)).toEqual([]);
    const v = clusteredVectors({ count: 1, dim: DIM, clusters: 1, seed: 3 })[0]!;
    index.add(4, v);
    expect(index.search(v, 50).map((h) => h.label)).toEqual([4]);
  });

  it('excludes deleted labels from results and re-adds them on request', async () => {
    const { index, points } = await buildIndex(500);
    const query = points.get(90)!;
    expect(index.search(query, 1)[0]!.label).toBe(90);
    index.markDeleted(90);
    expect(index.has(90)).toBe(false);
    expect(index.size).toBe(499);
    expect(index.search(query, 20).map((h) => h.label)).not.toContain(90);
    index.add(90, query);
    expect(index.has(90)).toBe(true);
    expect(index.search(query, 1)[0]!.label).toBe(90);
  });

  it('replaces the vector of an existing label', async () => {
    const { index, points } = await buildIndex(300);
    const other = points.get(3)!;
    index.add(600, other); // label 600 = label 200's slot moved to the vector of label 3
    expect(index.search(other, 2).map((h) => h.label).sort((a, b) => a - b)).toEqual([3, 600]);
    const before = index.size;
    index.add(600, points.get(6)!);
    expect(index.size).toBe(before);
    expect(index.search(points.get(6)!, 2).map((h) => h.label).sort((a, b) => a - b)).toEqual([6, 600]);
  });

  it('grows past its initial capacity', async () => {
    const { index, points } = await buildIndex(700, { initialCapacity: 16 });
    expect(index.size).toBe(700);
    expect(index.capacity).toBeGreaterThanOrEqual(700);
    const queries = [...points.values()].slice(0, 20);
    expect(measureRecall(index, points, queries)).toBeGreaterThanOrEqual(0.98);
  });

  it('rejects vectors of the wrong dimension', async () => {
    const index = await HnswVectorIndex.create({ model: 'm', dim: DIM });
    expect(() => index.add(1, new Float32Array(DIM + 1))).toThrow(/dimensions/);
  });

  it('saves and reloads the same graph, deletions included', async () => {
    const store = new MemoryStore();
    const { index, points } = await buildIndex(800, { store });
    index.markDeleted(300);
    points.delete(300);
    await index.save();
    const saved = store.saved.get('test-model')!;
    expect(saved.manifest).toMatchObject({ model: 'test-model', dim: DIM, count: 799, maxLabel: 799 * 3 });

    const loaded = await HnswVectorIndex.fromSerialized(saved, { model: 'test-model', dim: DIM, store });
    expect(loaded.size).toBe(799);
    expect(loaded.has(300)).toBe(false);
    expect(loaded.has(303)).toBe(true);
    const queries = clusteredVectors({ count: 30, dim: DIM, clusters: 20, seed: 99 });
    for (const q of queries) expect(loaded.search(q, 10)).toEqual(index.search(q, 10));
    // still writable after a load
    loaded.add(5000, queries[0]!);
    expect(loaded.search(queries[0]!, 1)[0]!.label).toBe(5000);
  });

  it('refuses damaged, truncated or foreign serialized indexes', async () => {
    const { index } = await buildIndex(200);
    const good = await index.serialize();
    const opts = { model: 'test-model', dim: DIM };

    const flipped = good.bytes.slice();
    flipped[flipped.length >> 1]! ^= 0xff;
    await expect(HnswVectorIndex.fromSerialized({ ...good, bytes: flipped }, opts)).rejects.toThrow(/checksum/);

    const truncated = good.bytes.slice(0, 1000);
    await expect(HnswVectorIndex.fromSerialized({ ...good, bytes: truncated }, opts)).rejects.toThrow(/truncated/);

    // Truncated bytes whose manifest was rewritten to match get past the checksum; the file's own header says how many
    // elements follow, which 1000 bytes cannot hold.
    const { checksumBytes } = await import('../../../lib/engine/hnsw-checksum');
    const forged = { manifest: { ...good.manifest, byteLength: 1000, checksum: checksumBytes(truncated) }, bytes: truncated };
    await expect(HnswVectorIndex.fromSerialized(forged, opts)).rejects.toThrow(/truncated/);
    // Cut after the elements of level 0 but before the upper layers' links: that only hnswlib can tell.
    const cut = good.bytes.slice(0, good.bytes.length - 4);
    const forgedCut = { manifest: { ...good.manifest, byteLength: cut.length, checksum: checksumBytes(cut) }, bytes: cut };
    await expect(HnswVectorIndex.fromSerialized(forgedCut, opts)).rejects.toThrow(/unreadable/);

    await expect(HnswVectorIndex.fromSerialized(good, { model: 'other', dim: DIM })).rejects.toThrow(/index is for/);
    await expect(HnswVectorIndex.fromSerialized(good, { model: 'test-model', dim: 32 })).rejects.toThrow(/index is for/);
  });
});
