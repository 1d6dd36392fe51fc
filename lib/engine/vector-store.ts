import type { ReverieDb } from '../db/schema';

/**
 * Exact nearest-neighbour search over one model's stored vectors: the ground truth the HNSW index is measured
 * against, and what answers recall while that index loads or when there is none. Vectors are unit length, so the
 * dot product is the cosine similarity.
 */
export class ExactVectorStore {
  private readonly vectors = new Map<string, { label: number; vector: Float32Array }>();

  private constructor(
    readonly model: string,
    readonly dim: number,
  ) {}

  /** Loads every stored vector of `model`. */
  static async load(db: ReverieDb, model: string, dim: number): Promise<ExactVectorStore> {
    const store = new ExactVectorStore(model, dim);
    await db.vectors
      .where('model')
      .equals(model)
      .each((row) => {
        if (row.dim === dim) store.vectors.set(row.memoryId, { label: row.label, vector: toFloat32(row.vector) });
      });
    return store;
  }

  static empty(model: string, dim: number): ExactVectorStore {
    return new ExactVectorStore(model, dim);
  }

  get size(): number {
    return this.vectors.size;
  }

  set(memoryId: string, label: number, vector: Float32Array): void {
    this.vectors.set(memoryId, { label, vector });
  }

  delete(memoryId: string): number | undefined {
    const old = this.vectors.get(memoryId);
    this.vectors.delete(memoryId);
    return old?.label;
  }

  get(memoryId: string): Float32Array | undefined {
    return this.vectors.get(memoryId)?.vector;
  }

  labelOf(memoryId: string): number | undefined {
    return this.vectors.get(memoryId)?.label;
  }

  entries(): IterableIterator<[string, { label: number; vector: Float32Array }]> {
    return this.vectors.entries();
  }

  /** The k most similar memories, most similar first. */
  search(query: Float32Array, k: number, accept?: (memoryId: string) => boolean): { memoryId: string; score: number }[] {
    // A bounded min-heap would be O(n log k); a sorted array of k is simpler and as fast for k ≤ a few hundred.
    const top: { memoryId: string; score: number }[] = [];
    for (const [memoryId, { vector }] of this.vectors) {
      if (accept && !accept(memoryId)) continue;
      const score = dot(query, vector);
      if (top.length < k) {
        top.push({ memoryId, score });
        if (top.length === k) top.sort((a, b) => b.score - a.score);
      } else if (score > top[k - 1]!.score) {
        let i = k - 1;
        while (i > 0 && top[i - 1]!.score < score) {
          top[i] = top[i - 1]!;
          i--;
        }
        top[i] = { memoryId, score };
      }
    }
    if (top.length < k) top.sort((a, b) => b.score - a.score);
    return top;
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

/** Cosine similarity (0 when either vector is all zeros). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** IndexedDB (and fake-indexeddb's structured clone) may hand back a Float32Array, or a plain array from old rows. */
function toFloat32(v: Float32Array | ArrayLike<number>): Float32Array {
  return v instanceof Float32Array ? v : Float32Array.from(v as ArrayLike<number>);
}
