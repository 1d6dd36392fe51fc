import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set BZ, on sentences made up here: a question the user asks of themselves and answers at once
 * ("What do I do for a living? Electrician, mostly rewires."), and the user's workplace said as the "we" of its staff
 * ("we're a small design agency in Leeds").
 */
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) }).facts.map((f) => f.text);

describe('a question the user answers at once', () => {
  it('"What do I do? …", "Where do I live? …"', () => {
    expect(facts('What do I do for a living? Electrician, mostly rewires. Why am I asking? Van insurance.')).toEqual(['User is an electrician.']);
    expect(facts('Where do I live? Hexham, just off the market square. Anyway.')).toEqual(['User lives in Hexham.']);
    expect(facts('What do I do? EMT, nights mostly.')).toEqual(['User is an EMT.']);
  });

  it('not advice asked, nor a reply that asks back', () => {
    expect(facts("The boiler's leaking. What do I do? Ring them, or wait for a plumber?")).toEqual([]);
    expect(facts('What do I do? Plumber or DIY?')).toEqual([]);
    expect(facts('What do I do? Nothing, I just wait.')).toEqual([]);
  });
});

describe('a workplace said as "we"', () => {
  it('by what kind of business it is and where', () => {
    expect(facts("We're a small design agency in Leeds, mostly charities.")).toEqual(['User works at a small design agency in Leeds.']);
    expect(facts("we're a 6-person co-op in Stroud making oat milk. pricing help?")).toEqual(['User works at a 6-person co-op in Stroud making oat milk.']);
    expect(facts('refactor: we are a 3-person startup in Girvan doing boat hire.')).toContain('User works at a 3-person startup in Girvan doing boat hire.');
  });

  it('not a family, a team or a place that is no town', () => {
    expect(facts("We're a family of four in Leeds.")).toEqual([]);
    expect(facts("we're a small team in London")).toEqual([]);
    expect(facts("We're a new business in the middle of nowhere.")).toEqual([]);
  });
});
