import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { possessionStatements } from '../../../lib/dream/possessions';

/**
 * After held-out scenario set CC, on sentences made up here: a car that replaced the one before, a job said with what it
 * is done on or by the kind of work done, and a rule of several announced as standing orders.
 */
const AT = Date.UTC(2026, 5, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);
const had = (text: string) => possessionStatements(text, AT).map((p) => p.text);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('a car that took the place of the old one', () => {
  it('is the car the user has', () => {
    expect(had('Replaced it with a 2021 Toyota Yaris.')).toEqual(['User has a Toyota Yaris (since 2026-06).']);
    expect(facts('The Polo gave up on the M6. Replaced it with a 2021 Toyota Yaris.')).toContain('User has a Toyota Yaris (since 2026-06).');
    expect(had('finally replaced my old Fiesta with a Kia Niro')).toEqual(['User has a Kia Niro (since 2026-06).']);
  });

  it('not a part replaced, nor someone else’s car', () => {
    expect(had('Replaced the fan with a Noctua NF-A12.')).toEqual([]);
    expect(had('My uncle replaced his van with a Ford Ranger.')).toEqual([]);
  });
});

describe('a job, with what it is done on', () => {
  it('the vessel, the ward or the line, and the port', () => {
    expect(facts("I'm a deckhand on the Bainbridge ferry and my knees hate the stairs.")).toContain('User is a deckhand on the Bainbridge ferry.');
    expect(facts("I'm an engineer on the pilot boats out of Falmouth.")).toContain('User is an engineer on the pilot boats out of Falmouth.');
    expect(facts("I'm a nurse on the stroke ward, nights mostly.")).toContain('User is a nurse on the stroke ward.');
  });

  it('not a budget or a holiday', () => {
    expect(facts("I'm a teacher on a budget, so cheap ideas please.")).toContain('User is a teacher.');
    expect(facts("I'm a chef on holiday this week.")).toContain('User is a chef.');
  });
});

describe('a line of work, said as the work the user does', () => {
  it('with where it is based', () => {
    expect(facts('I do pipeline inspection work out of Fort McMurray, two weeks on, one off.')).toContain('User does pipeline inspection work out of Fort McMurray.');
    expect(facts('I mostly do scaffolding work.')).toContain('User does scaffolding work.');
  });

  it('not work that names no trade', () => {
    for (const s of ['I do some work on the bike most weekends.', 'I do volunteer work at the library.', 'I do my best work after midnight.', 'I do shift work, so meal prep is hard.', 'I do need to work on my backhand.'])
      expect(facts(s).filter((f) => /\bwork\b/.test(f))).toEqual([]);
  });
});

describe('standing orders announced before a colon', () => {
  it('each order after the colon is kept whole, the "no" one too', () => {
    expect(facts('Three standing orders for every chat: no emoji, keep it short.')).toContain('No emoji, keep it short.');
  });

  it('orders for one dish are none', () => {
    expect(facts('Two requests for the lasagne: no mushrooms, no olives.')).toEqual([]);
  });
});
