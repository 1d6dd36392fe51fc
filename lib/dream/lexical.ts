import { indexWords, isStopWord, stem, terms } from '../engine/text';

/**
 * Lexical similarity for the dream: TF-IDF vectors over stemmed terms, cosine similarity, and candidate pairs from an
 * inverted index over each document's most distinctive terms (so linking n memories costs far less than n²).
 */

export interface SparseVector {
  terms: string[];
  weights: Float64Array; // unit length
}

export class TfIdf {
  readonly df = new Map<string, number>();
  readonly vectors = new Map<string, SparseVector>();
  /** Stem → the word form seen most often, so labels read "painting", not "paint". */
  private readonly surface = new Map<string, Map<string, number>>();
  private docs = 0;

  constructor(docs: { id: string; text: string }[]) {
    const counts: [string, Map<string, number>][] = [];
    for (const d of docs) {
      for (const raw of indexWords(d.text)) {
        const w = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
        if (!w || isStopWord(w)) continue;
        const st = stem(w);
        const forms = this.surface.get(st) ?? new Map<string, number>();
        forms.set(w, (forms.get(w) ?? 0) + 1);
        this.surface.set(st, forms);
      }
      const tf = new Map<string, number>();
      for (const t of terms(d.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
      counts.push([d.id, tf]);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    this.docs = docs.length;
    for (const [id, tf] of counts) this.vectors.set(id, this.weigh(tf));
  }

  idf(term: string): number {
    return Math.log(1 + this.docs / (1 + (this.df.get(term) ?? 0)));
  }

  private weigh(tf: Map<string, number>): SparseVector {
    // Sorted terms make the cosine a linear merge and the output independent of insertion order.
    const ts = [...tf.keys()].sort();
    const w = new Float64Array(ts.length);
    let norm = 0;
    ts.forEach((t, i) => {
      w[i] = (1 + Math.log(tf.get(t)!)) * this.idf(t);
      norm += w[i]! * w[i]!;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! / norm;
    return { terms: ts, weights: w };
  }

  /** A vector for text outside the corpus (uses the corpus' idf). */
  vectorOf(text: string): SparseVector {
    const tf = new Map<string, number>();
    for (const t of terms(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return this.weigh(tf);
  }

  /** The top terms of a set of documents (summed weights), for community labels. */
  topTerms(ids: string[], n: number): string[] {
    const sum = new Map<string, number>();
    for (const id of ids) {
      const v = this.vectors.get(id);
      if (!v) continue;
      v.terms.forEach((t, i) => sum.set(t, (sum.get(t) ?? 0) + v.weights[i]!));
    }
    return [...sum.entries()]
      .filter(([t]) => t.length > 2 && !/^\d+$/.test(t))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([t]) => this.wordFor(t));
  }

  wordFor(term: string): string {
    const forms = this.surface.get(term);
    if (!forms) return term;
    return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  }
}

export function cosineSparse(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

export function cosineDense(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Candidate pairs [i<j] (indices into `ids`) that share one of each other's `keyTerms` most distinctive terms; terms
 * found in more than `maxPosting` documents are too common to say two memories are related and are skipped.
 */
export function candidatePairs(tfidf: TfIdf, ids: string[], keyTerms = 6, maxPosting = 200): [number, number][] {
  const postings = new Map<string, number[]>();
  ids.forEach((id, idx) => {
    const v = tfidf.vectors.get(id);
    if (!v) return;
    const top = v.terms
      .map((t, k) => [t, v.weights[k]!] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, keyTerms);
    for (const [t] of top) {
      const list = postings.get(t);
      if (list) list.push(idx);
      else postings.set(t, [idx]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = ids.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPosting) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const i = Math.min(list[a]!, list[b]!);
        const j = Math.max(list[a]!, list[b]!);
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return pairs;
}
