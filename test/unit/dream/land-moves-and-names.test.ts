import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { datedMoves, movesNow } from '../../../lib/dream/dated-moves';

/**
 * The rules added after held-out scenario set BA, on sentences made up here: land worked keeps its town while a
 * workshop does not, and no place is read from words that only matched a case-blind pattern; a thing of the user's
 * taken back with "the"; a standing rule announced "for always" or "for good"; the partner whose name the user takes
 * or keeps; a move arranged with its date.
 */
const AT = Date.UTC(2026, 2, 15);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const instructions = (text: string) => read(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);

describe('where the user makes or grows things', () => {
  it('keeps the town of a farm, an orchard or a plantation, which stay where they are', () => {
    expect(facts('I grow pineapples on our family plantation in Nuku, Tonga, with my sister.')).toContain('User grows pineapples on their family plantation in Nuku, Tonga.');
    expect(facts('I raise goats on a small farm near Ohrid.')).toContain('User raises goats on a small farm near Ohrid.');
  });

  it('leaves out the town of a workshop or a garage, and never ends on a preposition', () => {
    expect(facts('I repair accordions in my garage near Tartu.')).toContain('User repairs accordions in their garage.');
    expect(facts('I build kayaks in a little workshop in Bodø.')).toContain('User builds kayaks in a little workshop.');
    for (const f of [...facts('I breed hens on our farm in Ystad.'), ...facts('I fix radios in my shed near Cork.')]) expect(f).not.toMatch(/ (?:in|near|on)\.$/);
  });

  it('reads a place only from a capitalised name', () => {
    expect(facts('I restore boats on the river.')).toContain('User restores boats on the river.');
    expect(facts('I grow beans in Kisumu, Kenya, with my dad.')).toContain('User grows beans in Kisumu, Kenya.');
  });
});

describe('a claim taken back', () => {
  it('retracts a thing of the user\'s named with "the", not only the user or a name', () => {
    const r = read('Also: earlier I told you the concert is in Tartu — that was wrong, it is in Pärnu.');
    expect(r.retractions.map((x) => x.value)).toContain('concert is in Tartu');
  });
});

describe('a standing rule announced before a colon', () => {
  it('takes "one thing for always", "for good" and "one thing to remember" as announcing one', () => {
    expect(instructions('One thing for always: write place names in the local spelling, never anglicised.')).toEqual(['Write place names in the local spelling, never anglicised.']);
    expect(instructions('For good: keep answers under 80 words.')).toEqual(['Keep answers under 80 words.']);
    expect(instructions('one thing to remember: reply in Basque when I write Basque')).toHaveLength(1);
  });

  it('leaves a remark before a colon alone', () => {
    expect(instructions('One thing I noticed: the dog sleeps more in winter.')).toEqual([]);
  });
});

describe("the partner whose name the user takes or keeps", () => {
  it('reads the partner from taking, or not taking, their name', () => {
    expect(facts("we got married in May! btw im keeping my name, not taking aleksander's name")).toContain("User's partner is Aleksander.");
    expect(facts("I took Ilkka's surname when we married.")).toContain("User's partner is Ilkka.");
  });

  it('not when someone else takes it, or it is a pronoun or a role', () => {
    expect(facts("my sister is taking Ben's name")).not.toContain("User's partner is Ben.");
    expect(facts("she's taking her husband's name").filter((f) => /partner/.test(f))).toEqual([]);
    expect(facts("If we marry I'm not taking Joe's name").filter((f) => /partner/.test(f))).toEqual([]);
  });
});

describe('a move arranged with its date', () => {
  it('fills the location slot with where and when, and the month it was said', () => {
    expect(datedMoves('I am moving to Tromsø at the end of May, to a flat near my son.', AT)).toEqual([
      { kind: 'fact', slot: 'user/location', text: 'User is moving to Tromsø at the end of May (as of 2026-03).', value: 'Tromsø', importance: 0.8 },
    ]);
    expect(datedMoves("We'll be moving to Bergen in August, the kids start school there.", AT).map((f) => f.text)).toEqual(['User is moving to Bergen in August (as of 2026-03).']);
  });

  it('not a move hedged, denied or asked about, nor a move to software', () => {
    for (const s of [
      'we might be moving to Leeds next month, near my parents',
      "I'm not moving to Leeds in May after all, the house fell through",
      'are we moving to Leeds next month for your job?',
      'We are moving to Postgres in May, the whole team is on it',
      "I'm moving to Notion next week",
    ])
      expect(datedMoves(s, AT)).toEqual([]);
  });
});

describe('a dated move as the block reads it later', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  const said = (s: string) => datedMoves(s, AT)[0]!.text;

  it('reads as the home once the window it was set for is over, and as said before that', () => {
    const line = said('I am moving to Tromsø at the end of May, to a flat near my son.');
    expect(movesNow(line, AT, day(2026, 5, 20))).toBe(line);
    expect(movesNow(line, AT, day(2026, 6, 2))).toBe('User lives in Tromsø (moved in 2026-05, as planned in 2026-03).');
  });

  it('a month already past when it was said is next year’s; relative windows count from when it was said', () => {
    const january = said("We're moving to Porto in January, the flat is rented.");
    expect(movesNow(january, AT, day(2026, 12, 1))).toBe(january);
    expect(movesNow(january, AT, day(2027, 2, 3))).toBe('User lives in Porto (moved in 2027-01, as planned in 2026-03).');
    expect(movesNow(said("I'm moving to Leeds next month, near my parents."), AT, day(2026, 5, 2))).toBe(
      'User lives in Leeds (moved in 2026-04, as planned in 2026-03).',
    );
    const weeks = said("I'll be moving to Oslo in two weeks for the new job.");
    expect(movesNow(weeks, AT, day(2026, 3, 25))).toBe(weeks);
    expect(movesNow(weeks, AT, day(2026, 4, 20))).toBe('User lives in Oslo (moved in 2026-03, as planned in 2026-03).');
    const summer = said('we are moving to Cork this summer, the house is bought');
    expect(movesNow(summer, AT, day(2026, 8, 20))).toBe(summer);
    expect(movesNow(summer, AT, day(2026, 9, 2))).toBe('User lives in Cork (moved in summer 2026, as planned in 2026-03).');
  });

  it('leaves every other line alone', () => {
    for (const line of ['User lives in Leeds.', 'User is moving to Leeds (as of 2026-03).', 'User is moving house soon.'])
      expect(movesNow(line, AT, day(2030, 1, 1))).toBe(line);
  });
});
