/**
 * hnswlib-wasm vs exact search on clustered 384-d unit vectors (seeded): build time per insert, query p50/p95,
 * recall@10 at several efSearch, persisted size and load time. `npm run bench:index`; writes bench-results/index.json.
 * BENCH_INDEX_SIZES=10000 limits the sizes (default 10000,50000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_HNSW_PARAMS, HnswVectorIndex } from '../lib/engine/hnsw-index';
import { clusteredVectors, dot, exactTopK, recallAtK } from '../test/unit/vectors/clustered-vectors';

const DIM = 384;
const K = 10;
const QUERIES = 100;
const EF_VALUES = [16, 32, 64, 128, 200];
const sizes = (process.env.BENCH_INDEX_SIZES ?? '10000,50000').split(',').map(Number);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

async function benchSize(count: number) {
  const vectors = clusteredVectors({ count, dim: DIM, clusters: Math.round(count / 100), seed: count });
  // Queries near the data: perturbed copies of held-out points from the same clusters.
  const queries = clusteredVectors({ count: count + QUERIES, dim: DIM, clusters: Math.round(count / 100), seed: count }).slice(count);
  const points = new Map(vectors.map((v, i) => [i, v] as [number, Float32Array]));

  let t = performance.now();
  const index = await HnswVectorIndex.create({ model: 'bench', dim: DIM, params: { initialCapacity: count } });
  vectors.forEach((v, i) => index.add(i, v));
  const buildMs = performance.now() - t;

  const exactTimes: number[] = [];
  const truth = queries.map((q) => {
    const s = performance.now();
    const top = exactTopK(points, q, K);
    exactTimes.push(performance.now() - s);
    return top;
  });

  const efRows = EF_VALUES.map((ef) => {
    index.setEfSearch(ef);
    const times: number[] = [];
    const approx = queries.map((q) => {
      const s = performance.now();
      const hits = index.search(q, K);
      times.push(performance.now() - s);
      return hits.map((h) => h.label);
    });
    return { ef, recallAt10: round(recallAtK(approx, truth), 4), p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
  });
  index.setEfSearch(DEFAULT_HNSW_PARAMS.efSearch);

  t = performance.now();
  const serialized = await index.serialize();
  const serializeMs = performance.now() - t;
  t = performance.now();
  const loaded = await HnswVectorIndex.fromSerialized(serialized, { model: 'bench', dim: DIM });
  const loadMs = performance.now() - t;
  const sanity = loaded.search(queries[0]!, K).map((h) => h.label);
  if (sanity.length !== K) throw new Error('reloaded index returned too few hits');
  loaded.dispose();
  index.dispose();
  void dot;

  return {
    count,
    dim: DIM,
    params: { m: DEFAULT_HNSW_PARAMS.m, efConstruction: DEFAULT_HNSW_PARAMS.efConstruction, defaultEfSearch: DEFAULT_HNSW_PARAMS.efSearch },
    buildMsPerInsert: round(buildMs / count, 4),
    buildSeconds: round(buildMs / 1000, 2),
    exact: { p50Ms: round(percentile(exactTimes, 50)), p95Ms: round(percentile(exactTimes, 95)) },
    hnsw: efRows,
    persistedBytes: serialized.bytes.byteLength,
    serializeMs: round(serializeMs, 1),
    loadMs: round(loadMs, 1),
  };
}

const results = [];
for (const count of sizes) {
  const r = await benchSize(count);
  results.push(r);
  console.log(`\n${count} vectors × ${DIM}d (M ${r.params.m}, efConstruction ${r.params.efConstruction})`);
  console.log(`  build ${r.buildSeconds}s (${r.buildMsPerInsert} ms/insert); exact search p50 ${r.exact.p50Ms} ms p95 ${r.exact.p95Ms} ms`);
  console.log(`  persisted ${(r.persistedBytes / 1e6).toFixed(1)} MB; serialize ${r.serializeMs} ms; load ${r.loadMs} ms`);
  console.log('  ef   recall@10  p50 ms  p95 ms');
  for (const row of r.hnsw) {
    console.log(`  ${String(row.ef).padEnd(4)} ${row.recallAt10.toFixed(4).padEnd(10)} ${row.p50Ms.toFixed(3).padEnd(7)} ${row.p95Ms.toFixed(3)}`);
  }
}

const out = path.resolve(import.meta.dirname ?? '.', '..', 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'index.json'),
  JSON.stringify({ bench: 'index', node: process.version, at: new Date().toISOString(), results }, null, 2),
);
console.log(`\nwrote ${path.join(out, 'index.json')}`);
