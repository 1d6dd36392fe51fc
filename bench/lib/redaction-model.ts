/**
 * Training for the learned secret detector (lib/redact/learned.ts): labelled candidates from the held-out corpora,
 * and logistic regression fitted by AdaGrad with L2, in a fixed order from a fixed seed, so the same corpora give the
 * same weights. Shared by scripts/train-redaction-model.ts (the shipped weights) and bench/redact-model.ts (the
 * leave-one-corpus-out table).
 */
import fs from 'node:fs';
import path from 'node:path';
import { BITS, candidates, features, learnedFinder, worthScoring, type Model } from '../../lib/redact/learned';
import type { Finder, SecretSpan } from '../../lib/redact/rules';
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

/** Examples of several corpora end to end, as one training set. */
export function concatExamples(parts: readonly Examples[]): Examples {
  const slots = new Int32Array(parts.reduce((n, p) => n + p.slots.length, 0));
  const offsets: number[] = [0];
  const labels: number[] = [];
  let base = 0;
  for (const p of parts) {
    slots.set(p.slots, base);
    for (let i = 1; i < p.offsets.length; i++) offsets.push(base + p.offsets[i]!);
    for (const y of p.labels) labels.push(y);
    base += p.slots.length;
  }
  return { slots, offsets: Int32Array.from(offsets), labels: Uint8Array.from(labels) };
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

/** A text with spans put back as markers, as `redactSecrets` writes them. */
export function render(text: string, spans: readonly SecretSpan[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(last, s.start), `[redacted ${s.label}]`);
    last = s.end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** lib/redact/index.ts `secretSpansWith`, of this tree or of an older one (bench/redact-model-fresh.ts). */
export type SpansWith = (text: string, learned: Finder | null, repeats?: boolean) => SecretSpan[];

/**
 * Per text of a corpus: the rules' spans, and the candidates the learned finder would have kept (not taken by a rule,
 * not public, not a documented example) whatever their score: which of them are kept does not depend on the model.
 */
export interface Prepared {
  rules: SecretSpan[];
  open: SecretSpan[];
}
export function prepareText(text: string, secretSpansWith: SpansWith): Prepared {
  const rules = secretSpansWith(text, null);
  const offered = new Set<SecretSpan>();
  const everything: Model = { weights: new Float32Array(1 << BITS), bias: 0, threshold: 0 };
  const all = learnedFinder(everything, -1);
  const recording = { name: all.name, find: (t: string) => all.find(t).map((s) => (offered.add(s), s)) };
  const open = secretSpansWith(text, recording, false).filter((s) => offered.has(s));
  return { rules, open };
}
