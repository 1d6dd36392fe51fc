import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/** An age written in words, on sentences made up here. */
const AT = Date.UTC(2026, 6, 1);
const ages = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.filter((f) => f.slot === 'user/age').map((f) => f.text);

describe('an age written in words', () => {
  it('is read as the same age in figures', () => {
    expect(ages('I am seventy-nine and my eyesight is going.')).toEqual(['User is 79 (as of 2026-07).']);
    expect(ages("I'm sixty three now, is it too late to learn the cello?")).toEqual(['User is 63 (as of 2026-07).']);
    expect(ages('I turned fifty in March.')).toEqual(['User is 50 (as of 2026-07).']);
    expect(ages("hi im seventeen and doing my A levels")).toEqual(['User is 17 (as of 2026-07).']);
    expect(ages('As a forty-two year old man, should I get a personal trainer?')).toEqual(['User is 42 (as of 2026-07).']);
  });

  it('is not an age where the figures would not be one', () => {
    expect(ages("I'm forty-something.")).toEqual([]);
    expect(ages("I'm twenty minutes away.")).toEqual([]);
    expect(ages('My mother turned ninety last week.')).toEqual([]);
    expect(ages('The barn is eighty years old.')).toEqual([]);
  });
});
