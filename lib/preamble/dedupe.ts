/**
 * Near-duplicate detection across the whole preamble: same normalised text, word-set Jaccard ≥ threshold, or text
 * already contained in a line kept earlier.
 */
const NEAR_DUPLICATE_JACCARD = 0.8;

function normaliseForDedupe(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\d{4}-\d{2}-\d{2}/g, ' ') // a date prefix doesn't make two lines different
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordSet(normalised: string): Set<string> {
  return new Set(normalised.split(' ').filter((w) => w.length > 0));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Remembers what the block already says; `admit` accepts a line only if it is not a near-duplicate of one kept. */
export class DedupeSet {
  private readonly seen: { norm: string; words: Set<string> }[] = [];

  constructor(private readonly threshold = NEAR_DUPLICATE_JACCARD) {}

  isDuplicate(text: string): boolean {
    const norm = normaliseForDedupe(text);
    if (norm === '') return true;
    const words = wordSet(norm);
    // Also a duplicate: a line the block already says inside a longer one (a fact the profile paragraph holds).
    return this.seen.some(
      (s) => s.norm === norm || jaccard(s.words, words) >= this.threshold || ` ${s.norm} `.includes(` ${norm} `),
    );
  }

  add(text: string): void {
    const norm = normaliseForDedupe(text);
    this.seen.push({ norm, words: wordSet(norm) });
  }

  /** Adds and returns true when new; returns false (and keeps nothing) for a near-duplicate. */
  admit(text: string): boolean {
    if (this.isDuplicate(text)) return false;
    this.add(text);
    return true;
  }
}
