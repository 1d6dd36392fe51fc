import { describe, expect, it } from 'vitest';
import { agesNow, childStatements } from '../../../lib/dream/children';
import { runDream } from '../../../lib/dream/run';
import { buildPreamble } from '../../../lib/preamble/build';
import { addConversation, clock, DAY, facts, freshDb } from './fixture';

const MAR_2026 = Date.UTC(2026, 2, 4, 10);
const said = (text: string) => childStatements(text, MAR_2026).map((f) => `${f.slot} | ${f.text}${f.updatesOnly ? ' (updates only)' : ''}`);

describe("the user's children, named in passing", () => {
  it('a name with an age, after "my daughter" or in a sentence about the kids, lower case too', () => {
    expect(said('my son Ruben is 9 and my daughter Ines is 6')).toEqual([
      'user/child:ruben | User\'s son Ruben is 9 (as of 2026-03).',
      'user/child:ines | User\'s daughter Ines is 6 (as of 2026-03).',
    ]);
    expect(said('rainy half term with the three kids, otto is 11, bea is 8 and fin is 3, send help')).toEqual([
      'user/child:otto | User\'s child Otto is 11 (as of 2026-03).',
      'user/child:bea | User\'s child Bea is 8 (as of 2026-03).',
      'user/child:fin | User\'s child Fin is 3 (as of 2026-03).',
    ]);
    expect(said('what should I get my youngest, Lotte (4), for her birthday')).toEqual(['user/child:lotte | User\'s child Lotte is 4 (as of 2026-03).']);
  });

  it('a birth, told by its signs; a birthday by name alone only updates a child already known', () => {
    expect(said('we had a baby boy, Arlo, on tuesday!')).toEqual(['user/child:arlo | User\'s son Arlo was born in 2026-03.']);
    expect(said('juno arrived at 3am, 2.9kg, both doing well')).toEqual(['user/child:juno | User\'s child Juno was born in 2026-03.']);
    expect(said('ines turns 7 on friday')).toEqual(['user/child:ines | User\'s child Ines is 7 (as of 2026-03). (updates only)']);
  });

  it('the rest of a birth announcement: the name after "she\'s here!", "baby X arrived", "welcome to the world"', () => {
    expect(said('Oona, born sunday the 2nd at 11pm, 3.1kg and perfect.')).toEqual(['user/child:oona | User\'s child Oona was born in 2026-03.']);
    expect(said('a little boy, Cormac, born at 6am after a long night')).toEqual(['user/child:cormac | User\'s son Cormac was born in 2026-03.']);
    expect(said('baby Wren arrived yesterday, 8lb 1oz')).toEqual(['user/child:wren | User\'s child Wren was born in 2026-03.']);
    expect(said('welcome to the world, little Tobias')).toEqual(['user/child:tobias | User\'s child Tobias was born in 2026-03.']);
    expect(said('I gave birth to a girl, Pia, on monday')).toEqual(['user/child:pia | User\'s daughter Pia was born in 2026-03.']);
    expect(said("my brother's baby Wren arrived yesterday, 8lb 1oz")).toEqual([]);
    expect(said('our neighbour Ruth, born in 1948, still gardens daily')).toEqual([]);
  });

  it('no name, someone else, a number that is not an age, a hypothetical', () => {
    expect(said('my kids are 9 and 6')).toEqual([]);
    expect(said('my daughter is 6')).toEqual([]);
    expect(said('the parcel arrived on monday')).toEqual([]);
    expect(said('the kids are fine, the film is 3 hours long')).toEqual([]);
    expect(said('if my son Ruben is 9 next year, can he join?')).toEqual([]);
    expect(said('my son Ruben is 25 minutes late again')).toEqual([]);
  });
});

describe('ages move on', () => {
  it('a year after it was said, the line gives the age it must be by now; the month of a birth becomes months', () => {
    const now = Date.UTC(2027, 3, 1);
    expect(agesNow("User's son Ruben is 9 (as of 2026-03).", now)).toBe("User's son Ruben is about 10 now (9 in 2026-03).");
    expect(agesNow("User's son Ruben is 9 (as of 2026-09).", now)).toBe("User's son Ruben is 9 (as of 2026-09).");
    expect(agesNow("User's son Arlo was born in 2026-03.", now)).toBe("User's son Arlo was born in 2026-03 (about 13 months old now).");
  });

  it('through the dream: a birthday supersedes the age, a stranger\'s birthday teaches nothing, the block says the age now', async () => {
    const db = freshDb();
    await addConversation(db, 'k1', MAR_2026, [{ role: 'user', text: 'my son Ruben is 9 and my daughter Ines is 6, ideas for a wet weekend?' }]);
    await addConversation(db, 'k2', MAR_2026 + 40 * DAY, [{ role: 'user', text: 'ines turns 7 on friday! also bob turns 40 next week, gift ideas for a colleague?' }]);
    await runDream({ db, trigger: 'manual', now: clock(MAR_2026 + 41 * DAY) });
    expect((await facts(db)).map((f) => f.text).sort()).toEqual(["User's daughter Ines is 7 (as of 2026-04).", "User's son Ruben is 9 (as of 2026-03)."]);
    const block = (await buildPreamble({ db, recall: async () => [], now: MAR_2026 + 380 * DAY })).text;
    expect(block).toContain("User's son Ruben is about 10 now (9 in 2026-03).");
    expect(block).toContain("User's daughter Ines is 7 (as of 2026-04).");
  });
});
