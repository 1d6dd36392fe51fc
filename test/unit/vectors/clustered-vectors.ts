/** Seeded test data for the vector index: gaussian clusters of unit vectors, and exact top-k as ground truth. */

/** mulberry32: small, fast, seeded. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function normalize(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

/**
 * `count` unit vectors around `clusters` random centres, like sentence embeddings (topics). `spread` is the noise per
 * dimension relative to a unit centre component scale.
 */
export function clusteredVectors(opts: {
  count: number;
  dim: number;
  clusters: number;
  seed: number;
  spread?: number;
}): Float32Array[] {
  const random = seededRandom(opts.seed);
  const spread = opts.spread ?? 0.6;
  const centres = Array.from({ length: opts.clusters }, () =>
    normalize(Float32Array.from({ length: opts.dim }, () => gaussian(random))),
  );
  const noiseScale = spread / Math.sqrt(opts.dim);
  return Array.from({ length: opts.count }, () => {
    const centre = centres[Math.floor(random() * centres.length)]!;
    const v = new Float32Array(opts.dim);
    for (let i = 0; i < opts.dim; i++) v[i] = centre[i]! + gaussian(random) * noiseScale;
    return normalize(v);
  });
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Exact k nearest labels by cosine similarity (vectors are unit length). */
export function exactTopK(points: Map<number, Float32Array>, query: Float32Array, k: number): number[] {
  const scored: { label: number; score: number }[] = [];
  for (const [label, vector] of points) scored.push({ label, score: dot(query, vector) });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, k).map((s) => s.label);
}

/** Mean fraction of the exact top-k found in the approximate top-k. */
export function recallAtK(approx: number[][], exact: number[][]): number {
  let sum = 0;
  for (let q = 0; q < exact.length; q++) {
    const truth = new Set(exact[q]!);
    sum += approx[q]!.filter((label) => truth.has(label)).length / Math.max(1, exact[q]!.length);
  }
  return sum / exact.length;
}
