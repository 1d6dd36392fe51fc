import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set CH's round, on sentences made up here: an American house bought by its style or colour; a
 * condition told as a test's result; a business kept with the town it is outside or near; an allergy in Swabian and
 * Swiss German; a move and a sale in Roman Italian.
 */
const AT = Date.UTC(2026, 8, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const marker = (s: string) => changeSaid(s)?.marker;

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('an American house bought, by its style or its colour', () => {
  it('is the home', () => {
    expect(facts('We closed on a little cape in Keene last month.')).toContain('User lives in Keene.');
    expect(facts('We bought a brick colonial in Dayton.')).toContain('User lives in Dayton.');
    expect(facts('We closed on a blue farmhouse in Lancaster.')).toContain('User lives in Lancaster.');
  });

  it('not a car or a thing bought', () => {
    expect(facts('I rented a blue car in Dayton.').some((f) => f.startsWith('User lives'))).toBe(false);
  });
});

describe('a condition told as a test result', () => {
  it('after a colon, a dash or "and it\'s"', () => {
    expect(facts('Got my bone density scan back: osteoporosis, T-score -2.6.')).toContain('User has osteoporosis.');
    expect(facts('My biopsy came back — sarcoidosis.')).toContain('User has sarcoidosis.');
    expect(facts("My bloods came back and it's anemia.")).toContain('User has anemia.');
  });

  it('not a clear result, a denial, or someone else\'s test', () => {
    expect(facts('My MRI came back clear.')).toEqual([]);
    expect(facts('My results came back: not diabetes, thankfully.')).toEqual([]);
    expect(facts("My dad's biopsy came back: sarcoidosis.")).toEqual([]);
    expect(facts('The biopsy came back: sarcoidosis.')).toEqual([]);
  });
});

describe('a business kept with the town it is outside or near', () => {
  it('keeps the town, and the state after it', () => {
    expect(facts('I run a pumpkin farm outside Stowe, Vermont, mostly pick-your-own.')).toContain('User runs a pumpkin farm outside Stowe, Vermont.');
  });

  it('not a place in lower case', () => {
    expect(facts('I run a goat farm outside the village.')).toContain('User runs a goat farm.');
  });
});

describe('an allergy in Swabian and Swiss German', () => {
  it('is the user\'s', () => {
    expect(facts('I bin allergisch gega Sellerie, au gekocht.')).toContain('User is allergic to Sellerie.');
    expect(facts('Bi allergisch uf Erdnüss.')).toContain('User is allergic to Erdnüss.');
  });
});

describe('a move and a sale in Roman Italian', () => {
  it('the new home, the old one left, and a sale as a change', () => {
    const r = read("Ce semo trasferiti a Frascati! Nun abbito più a Testaccio.");
    expect(r.facts.map((f) => f.text)).toContain('User lives in Frascati.');
    expect(r.retractions.map((x) => x.value)).toContain('Testaccio');
    expect(marker("La Panda l'ho vennuta a mi' cugino.")).toBe('vennuta');
  });
});
