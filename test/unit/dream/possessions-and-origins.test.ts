import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

const texts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 2, 15) }).facts.map((f) => f.text);

describe('things the user got or owns', () => {
  it('reads a model got, bought or given, however it is typed', () => {
    expect(texts('finally bought a Roland FP-30X, my neighbours will hate me')).toContain('User has a Roland FP-30X (since 2026-03).');
    expect(texts('ended up getting the Fuji X-T5 last weekend!!')).toContain('User has a Fuji X-T5 (since 2026-03).');
    // Shouted, the sentence is read in ordinary case (said-in-capitals.ts): the model is kept, in lower case.
    expect(texts('GOT THE STEAM DECK OLED 512!!!')).toEqual(expect.arrayContaining([expect.stringMatching(/^User has a steam deck oled 512/)]));
    expect(texts('my daughter got me a Kindle Paperwhite 5 for my birthday')).toContain('User has a Kindle Paperwhite 5 (since 2026-03).');
    expect(texts('I own a narrowboat near Oxford, we live on it half the year')).toContain('User owns a narrowboat near Oxford.');
  });

  it('leaves amounts, jabs, wishes, questions and gifts for others', () => {
    for (const s of [
      'I got a 3 year warranty with it',
      'we got a 2 for 1 deal on pizza',
      'got my Covid-19 booster today',
      'should I get a Pixel 9 or a Galaxy S24?',
      "I'm thinking of buying a Yamaha P-45",
      'I bought a Nintendo Switch 2 for my son',
      'I own a lot of vinyl',
    ])
      expect(texts(s).filter((t) => /^User (?:has|owns) /.test(t)), s).toEqual([]);
  });
});

describe('groups the user joined or plays in', () => {
  it('reads a team, club or band joined or played in', () => {
    expect(texts('left my old squad, joined Paper Tigers, we scrim mondays')).toContain('User is a member of Paper Tigers.');
    expect(texts('I just joined the Harbour rowing club')).toContain('User is a member of the Harbour rowing club.');
    expect(texts('I play drums in a band called The Lemon Grove')).toContain('User is a member of The Lemon Grove.');
  });

  it('leaves a group only thought about', () => {
    expect(texts("I'm thinking of joining the Harbour rowing club").filter((t) => /member/.test(t))).toEqual([]);
    expect(texts('should I join the chess club?').filter((t) => /member/.test(t))).toEqual([]);
  });
});

describe('jobs said with an age or a hometown', () => {
  it('reads "I\'m 68, a retired fisherman from Whitby" as a job, an age and where they are from', () => {
    const t = texts("I'm 68, a retired fisherman from Whitby.");
    expect(t).toEqual(expect.arrayContaining(['User is a retired fisherman.', 'User is from Whitby.']));
    expect(texts("I'm a tiler from Leeds and business is slow")).toEqual(expect.arrayContaining(['User is a tiler.', 'User is from Leeds.']));
  });

  it('reads years in a job said with "about"', () => {
    expect(texts("I've been a janitor about 12 years")).toContain('User is a janitor.');
    expect(texts('I rent out two flats, been a landlady around 15 years')).toContain('User is a landlady.');
  });
});
