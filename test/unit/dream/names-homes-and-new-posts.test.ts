import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * The rules added after held-out scenario set BK, on sentences made up here: a new name said as the news, a post
 * got with a long title at a place named with "the", a home settled in or moved to across something, a home said by
 * what it is "now", and a value that stops at "btw".
 */
const AT = Date.UTC(2026, 6, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('a new name said as the news', () => {
  it('"officially X as of today", "I\'m officially X now"', () => {
    expect(facts('the deed poll came through!!! officially Mariam Osei-Grant as of today.')).toContain("user/name User's name is Mariam Osei-Grant.");
    expect(facts("passport's back, I'm officially Tom Lindqvist now.")).toContain("user/name User's name is Tom Lindqvist.");
    expect(facts('officially New York is the best city').some((f) => f.startsWith('user/name'))).toBe(false);
  });
});

describe('a post got, and where', () => {
  it('a title of four words, and a place named with "the" and a start date', () => {
    const got = facts('great news I got the senior assistant site manager job at the Riverside Depot in Hull starting March so moving again');
    expect(got).toContain('user/occupation User works as a senior assistant site manager.');
    expect(got).toContain('user/employer User works at Riverside Depot in Hull.');
  });
});

describe('a home said in more ways', () => {
  it('settled in, its "I" left out; moved across something to a place', () => {
    expect(facts('settled in Truro properly now, two weeks in and loving it')).toContain('user/location User lives in Truro.');
    expect(facts('we moved across the river to Gateshead on Saturday')).toContain('user/location User lives in Gateshead.');
  });

  it('out of the old place, "now in a one bed in" the new one; not a meeting', () => {
    expect(facts('new flat! out of Leith, now in a one bed in Morningside. love it')).toContain('user/location User lives in Morningside.');
    expect(facts("I'm now in a meeting in Leeds.").some((f) => f.startsWith('user/location'))).toBe(false);
  });

  it('a home stops before "btw"', () => {
    expect(facts('I live in Heaton btw if that helps with the shops')).toContain('user/location User lives in Heaton.');
  });
});
