import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

const updates = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 5, 1) }).updates.map((u) => u.said);

/** A number word capitalised inside a sentence is part of a name, not a count that changed. */
describe('a capitalised number word names something', () => {
  it('a tarot card, a pub or a shop counts nothing', () => {
    expect(updates('Drew the Seven of Wands before my shift, so: a question about my rota.')).toEqual([]);
    expect(updates('We ate at the Three Crowns last night, what wine goes with venison?')).toEqual([]);
  });

  it('a count opening a sentence or after a colon is still one', () => {
    expect(updates('Update: Five hens now after the fox.')).toHaveLength(1);
    expect(updates("We're down to two hens now after the fox.")).toHaveLength(1);
  });
});

describe('a condition said to have been flaring', () => {
  const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 5, 1) }).facts.map((f) => f.text);
  it('"has been acting up" is the user\'s condition, as "is acting up" was', () => {
    expect(facts('my psoriasis has been playing up since the cold snap, which creams?')).toContain('User has psoriasis.');
    expect(facts("my daughter's psoriasis has been playing up")).not.toContain('User has psoriasis.');
  });
});
