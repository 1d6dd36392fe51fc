/**
 * Training for the learned secret detector (lib/redact/learned.ts): labelled candidates from the held-out corpora,
 * and logistic regression fitted by AdaGrad with L2, in a fixed order from a fixed seed, so the same corpora give the
 * same weights. Shared by scripts/train-redaction-model.ts (the shipped weights) and bench/redact-model.ts (the
 * leave-one-corpus-out table).
 */
import fs from 'node:fs';
import path from 'node:path';
import { BITS, candidates, features, worthScoring, type Model } from '../../lib/redact/learned';
import type { Corpus } from '../../test/unit/redact/corpus';
import { seededRng } from '../../lib/util/seeded-rng';

export const CORPUS_LETTERS = 'abcdefghijklmnopqr'.split('');

export function readHeldout(letter: string): Corpus {
  const file = path.join(import.meta.dirname, '../../test/fixtures/redaction', `heldout-${letter}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Corpus;
}

/** Candidates as training rows: their feature slots (packed end to end) and whether each overlaps a secret. */
export interface Examples {
  slots: Int32Array;
  offsets: Int32Array;
  labels: Uint8Array;
}

/** Where each secret stands in a text: every occurrence, as [start, end). */
function secretRanges(text: string, secrets: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of secrets) {
    if (!s) continue;
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push([at, at + s.length]);
  }
  return out;
}

export function examplesOf(corpora: readonly Corpus[]): Examples {
  const slots: number[] = [];
  const offsets: number[] = [0];
  const labels: number[] = [];
  const add = (text: string, secrets: readonly string[]) => {
    const ranges = secretRanges(text, secrets);
    for (const c of candidates(text)) {
      if (!worthScoring(text.slice(c.start, c.end))) continue;
      for (const s of features(text, c)) slots.push(s);
      offsets.push(slots.length);
      labels.push(ranges.some(([a, b]) => c.start < b && a < c.end) ? 1 : 0);
    }
  };
  for (const corpus of corpora) {
    for (const p of corpus.positives) add(p.text, p.secrets);
    for (const n of corpus.negatives) add(n.text, []);
  }
  return { slots: Int32Array.from(slots), offsets: Int32Array.from(offsets), labels: Uint8Array.from(labels) };
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

const TRAIN_DEFAULTS: TrainOptions = { epochs: 8, rate: 0.2, l2: 1e-6, seed: 20261201 };

/** Logistic regression by AdaGrad over the examples, L2-regularised (applied to the weights each example touches). */
export function train(ex: Examples, opts: TrainOptions = TRAIN_DEFAULTS, threshold = 0.5): Model {
  const size = 1 << BITS;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const n = ex.labels.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const next = seededRng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const e of order) {
      const from = ex.offsets[e]!;
      const to = ex.offsets[e + 1]!;
      let z = bias;
      for (let k = from; k < to; k++) {
        const s = ex.slots[k]!;
        z += s & 1 ? -w[s >>> 1]! : w[s >>> 1]!;
      }
      const p = 1 / (1 + Math.exp(-z));
      const err = p - ex.labels[e]!;
      for (let k = from; k < to; k++) {
        const s = ex.slots[k]!;
        const at = s >>> 1;
        const g = (s & 1 ? -err : err) + opts.l2 * w[at]!;
        g2[at]! += g * g;
        w[at]! -= (opts.rate * g) / Math.sqrt(g2[at]!);
      }
      biasG2 += err * err;
      bias -= (opts.rate * err) / Math.sqrt(biasG2);
    }
  }
  return { weights: w, bias, threshold };
}
