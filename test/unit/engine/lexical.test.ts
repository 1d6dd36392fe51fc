import { describe, expect, it } from 'vitest';
import { LexicalIndex, processTerm } from '../../../lib/engine/lexical';
import { indexWords } from '../../../lib/engine/text';

/** The lexical ranker is Okapi BM25 over the engine's own terms; checked against the formula on a tiny corpus. */

const K1 = 1.2;
const B = 0.75;

function terms(text: string): string[] {
  return indexWords(text).map(processTerm).filter((t): t is string => !!t);
}

/** Textbook BM25 (no BM25+ floor, no coordination), the reference the index must reproduce. */
function bm25(docs: Record<string, string>, query: string): Map<string, number> {
  const tokenised = Object.entries(docs).map(([id, text]) => [id, terms(text)] as const);
  const avg = tokenised.reduce((n, [, t]) => n + t.length, 0) / tokenised.length;
  const scores = new Map<string, number>();
  for (const q of new Set(terms(query))) {
    const df = tokenised.filter(([, t]) => t.includes(q)).length;
    if (!df) continue;
    const idf = Math.log(1 + (tokenised.length - df + 0.5) / (df + 0.5));
    for (const [id, t] of tokenised) {
      const tf = t.filter((x) => x === q).length;
      if (!tf) continue;
      scores.set(id, (scores.get(id) ?? 0) + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * t.length) / avg)));
    }
  }
  return scores;
}

const DOCS: Record<string, string> = {
  short: 'I keep my old sneakers under the bed.',
  long:
    'Sneakers sneakers sneakers: there are many ways to care for sneakers, and sneakers of every kind. Keep sneakers ' +
    'dry, keep sneakers clean, keep sneakers away from heat, air sneakers out, and brush sneakers after every walk in mud.',
  other: 'The weather was lovely for a walk by the river on Sunday.',
  more: 'We talked about the garden, tomatoes, basil and a new watering schedule for summer.',
};

function index(docs: Record<string, string>, context: Record<string, string> = {}): LexicalIndex {
  const idx = LexicalIndex.create();
  for (const [id, text] of Object.entries(docs)) idx.upsert({ id, text, ...(context[id] ? { context: context[id] } : {}) });
  return idx;
}

describe('lexical index', () => {
  it('scores as Okapi BM25 with document length in indexed terms (not distinct words)', () => {
    const query = 'where do I keep my old sneakers';
    const want = bm25(DOCS, query);
    const got = index(DOCS).search(query, { coordination: false, bm25: { k: K1, b: B, d: 0 }, contextBoost: 0, speakerBoost: 0 });
    expect(got.map((h) => h.id)).toEqual([...want.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id));
    for (const h of got) expect(h.score).toBeCloseTo(want.get(h.id)!, 6);
    // The long text repeats the word; the short turn that answers still comes first.
    expect(got[0]!.id).toBe('short');
  });

  it('survives a save and load with the same scores', () => {
    const idx = index(DOCS);
    const again = LexicalIndex.fromJSON(idx.toJSON());
    const opts = { coordination: false, bm25: { k: K1, b: B, d: 0 } };
    expect(again.search('old sneakers', opts)).toEqual(idx.search('old sneakers', opts));
  });

  it('leaves a field weighted 0 out of the score (MiniSearch would read 0 as 1)', () => {
    const idx = index({ a: 'Guess what I did last week', b: 'Nothing much happened today' }, { a: 'You adopted a beagle puppy!' });
    expect(idx.search('beagle puppy', { contextBoost: 0.4 }).map((h) => h.id)).toEqual(['a']);
    expect(idx.search('beagle puppy', { contextBoost: 0 })).toEqual([]);
  });

  it('treats words like constructor and __proto__ as ordinary terms', () => {
    const idx = index({ a: 'The constructor of the class sets __proto__ and valueOf.', b: 'Unrelated text about lunch.' });
    for (const q of ['constructor', '__proto__', 'valueOf']) expect(idx.search(q).map((h) => h.id)).toEqual(['a']);
  });
});
