import { describe, expect, it } from 'vitest';
import { openReverieDb, type ReverieDb } from '../../../lib/db/schema';
import { HnswVectorIndex } from '../../../lib/engine/hnsw-index';
import { DexieHnswIndexStore, hnswMetaKey } from '../../../lib/engine/hnsw-store';
import {
  loadOrBuildVectorIndex,
  nextVectorLabel,
  openVectorIndex,
} from '../../../lib/engine/index-manager';
import { clusteredVectors, exactTopK, recallAtK } from './clustered-vectors';

const DIM = 48;
const MODEL = 'test/model-a';
let dbCounter = 0;

async function seededDb(count: number, model = MODEL): Promise<{ db: ReverieDb; points: Map<number, Float32Array> }> {
  const db = openReverieDb(`vectors-test-${++dbCounter}-${Date.now()}`);
  const vectors = clusteredVectors({ count, dim: DIM, clusters: 12, seed: dbCounter });
  const points = new Map<number, Float32Array>();
  await db.vectors.bulkPut(
    vectors.map((vector, label) => {
      points.set(label, vector);
      return { memoryId: `m${label}`, model, label, dim: DIM, vector };
    }),
  );
  return { db, points };
}

function recall(index: HnswVectorIndex, points: Map<number, Float32Array>): number {
  const queries = clusteredVectors({ count: 25, dim: DIM, clusters: 12, seed: 4242 });
  return recallAtK(
    queries.map((q) => index.search(q, 10).map((h) => h.label)),
    queries.map((q) => exactTopK(points, q, 10)),
  );
}

describe('openVectorIndex', () => {
  it('builds from db.vectors when nothing is persisted, saves, then loads without rebuilding', async () => {
    const { db, points } = await seededDb(600);
    const first = await loadOrBuildVectorIndex({ db, model: MODEL, dim: DIM, batchSize: 100 });
    expect(first.report).toMatchObject({ source: 'rebuilt', reason: 'missing', added: 600 });
    expect(first.index.size).toBe(600);
    expect(recall(first.index, points)).toBeGreaterThanOrEqual(0.98);
    expect(await db.meta.get(hnswMetaKey(MODEL))).toBeDefined();

    const second = await loadOrBuildVectorIndex({ db, model: MODEL, dim: DIM });
    expect(second.report).toMatchObject({ source: 'loaded', added: 0, removed: 0 });
    const q = points.get(17)!;
    expect(second.index.search(q, 10)).toEqual(first.index.search(q, 10));
  });

  it('tops up a stale index with the vectors added since, and deletes the vectors removed since', async () => {
    const { db, points } = await seededDb(400);
    await openVectorIndex({ db, model: MODEL, dim: DIM });
    const extra = clusteredVectors({ count: 50, dim: DIM, clusters: 12, seed: 777 });
    await db.vectors.bulkPut(extra.map((vector, i) => ({ memoryId: `x${i}`, model: MODEL, label: 400 + i, dim: DIM, vector })));
    extra.forEach((v, i) => points.set(400 + i, v));
    await db.vectors.where('[model+label]').anyOf([[MODEL, 5], [MODEL, 6]]).delete();
    points.delete(5);
    points.delete(6);

    const { index, report } = await loadOrBuildVectorIndex({ db, model: MODEL, dim: DIM });
    expect(report).toMatchObject({ source: 'loaded', added: 50, removed: 2 });
    expect(index.size).toBe(448);
    expect(index.has(5)).toBe(false);
    expect(index.search(extra[3]!, 1)[0]!.label).toBe(403);
    expect(recall(index, points)).toBeGreaterThanOrEqual(0.98);
    // and it saved the repaired state
    expect((await loadOrBuildVectorIndex({ db, model: MODEL, dim: DIM })).report).toMatchObject({ added: 0, removed: 0 });
  });

  it('rebuilds a corrupt or truncated index', async () => {
    const { db, points } = await seededDb(300);
    await openVectorIndex({ db, model: MODEL, dim: DIM });
    const store = new DexieHnswIndexStore(db);
    const saved = (await store.load(MODEL))!;
    const damaged = saved.bytes.slice();
    damaged[200]! ^= 0x55;
    await store.save(MODEL, { ...saved, bytes: damaged });
    const afterDamage = await loadOrBuildVectorIndex({ db, model: MODEL, dim: DIM });
    expect(afterDamage.report.source).toBe('rebuilt');
    expect(afterDamage.report.reason).toMatch(/checksum/);
    expect(recall(afterDamage.index, points)).toBeGreaterThanOrEqual(0.98);

    await store.save(MODEL, { ...saved, bytes: saved.bytes.slice(0, saved.bytes.length - 7) });
    const afterTruncation = await loadOrBuildVectorIndex({ db, model: MODEL, dim: DIM });
    expect(afterTruncation.report).toMatchObject({ source: 'rebuilt', reason: expect.stringMatching(/truncated/) });
    expect(afterTruncation.index.size).toBe(300);
  });

  it('rebuilds when the stored index belongs to another model or dimension', async () => {
    const { db } = await seededDb(200);
    await openVectorIndex({ db, model: MODEL, dim: DIM });
    const store = new DexieHnswIndexStore(db);
    const saved = (await store.load(MODEL))!;
    await store.save(MODEL, { ...saved, manifest: { ...saved.manifest, model: 'test/other' } });
    const other = await loadOrBuildVectorIndex({ db, model: MODEL, dim: DIM });
    expect(other.report).toMatchObject({ source: 'rebuilt', reason: expect.stringMatching(/index is for test\/other/) });
    expect(other.index.size).toBe(200);
  });

  it('keeps models apart: each model indexes only its own vectors', async () => {
    const { db } = await seededDb(100, MODEL);
    const other = clusteredVectors({ count: 30, dim: DIM, clusters: 3, seed: 31 });
    await db.vectors.bulkPut(other.map((vector, label) => ({ memoryId: `m${label}`, model: 'test/model-b', label, dim: DIM, vector })));
    const a = await openVectorIndex({ db, model: MODEL, dim: DIM });
    const b = await openVectorIndex({ db, model: 'test/model-b', dim: DIM });
    expect(a.size).toBe(100);
    expect(b.size).toBe(30);
    expect(b.search(other[4]!, 1)[0]!.label).toBe(4);
    expect(await nextVectorLabel(db, MODEL)).toBe(100);
    expect(await nextVectorLabel(db, 'test/model-b')).toBe(30);
    expect(await nextVectorLabel(db, 'test/none')).toBe(0);
  });
});
