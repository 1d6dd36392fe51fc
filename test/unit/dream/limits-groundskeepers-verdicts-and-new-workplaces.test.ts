import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set CE, on sentences made up here: a rule dropped by its bound ("the 100-word limit"), the
 * groundskeeper's work said as keeping the grounds, makers named by the thing made, a claim taken back by a one-word
 * verdict in the next sentence, a new job at a workplace said by its kind, and a job left as Jakarta types it.
 */
const AT = Date.UTC(2026, 8, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);
const employerLeft = (text: string) => read(text).retractions.some((r) => r.slot === 'user/employer' && r.wholeSlot);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('a rule dropped by its bound', () => {
  it('a limit, a cap or a max taken back', () => {
    expect(retracted('You can write more now, lift the 150-word limit.')).toContain('150 word');
    expect(retracted('ok drop the three-paragraph cap please')).toContain('three paragraph');
    expect(retracted('Scrap the 2-sentence max, I want detail.')).toContain('2 sentence');
  });

  it('not a limit in the world', () => {
    expect(retracted('They lifted the speed limit on the ring road.')).toEqual([]);
    expect(retracted('The bank will drop the overdraft limit next month.')).toEqual([]);
  });
});

describe('the groundskeeper’s work said as keeping the grounds', () => {
  it('with the place kept and its town', () => {
    expect(facts('I keep the grounds at Elmwood golf course in Ames, Iowa.')).toContain('User is a groundskeeper at Elmwood golf course in Ames, Iowa.');
    expect(facts('i keep the grounds for the county fairground, been at it nine years')).toContain('User is a groundskeeper at the county fairground.');
  });

  it('not grounds kept tidy, nor coffee grounds', () => {
    expect(facts('I keep the grounds tidy for my landlord.')).toEqual([]);
    expect(facts('I keep the coffee grounds for the compost.')).toEqual([]);
  });
});

describe('makers named by the thing made', () => {
  it('a mapmaker, a dressmaker, a cabinet maker', () => {
    expect(facts('I’m a mapmaker for the state highway department.')).toContain('User is a mapmaker.');
    expect(facts('I am a cabinet maker in Truro.')).toContain('User is a cabinet maker in Truro.');
  });
});

describe('a claim taken back by a one-word verdict opening the next sentence', () => {
  it('wrong or not true, then what is right', () => {
    expect(retracted('I told you my sister is allergic to kiwi. Wrong, it’s mango.')).toContain('sister is allergic to kiwi');
    expect(retracted('I said I drive a Corolla. Not true: it’s a Civic, I mixed them up.')).toContain('drive a Corolla');
  });

  it('not a verdict on something else', () => {
    expect(retracted('I said my order was for twelve. Wrong size arrived anyway.')).toEqual([]);
  });
});

describe('a new job at a workplace said by its kind', () => {
  it('leaves the named workplace said before', () => {
    expect(employerLeft('Moved to Hobart in March, new job at a boatyard there, same trade.')).toBe(true);
    expect(employerLeft('I started a new position at a veterinary clinic on Monday.')).toBe(true);
  });

  it('not someone else’s, one looked for, or one at a named employer', () => {
    expect(employerLeft('My husband got a new job at a bakery.')).toBe(false);
    expect(employerLeft('I’m hoping to find a new job at a hospital.')).toBe(false);
    expect(employerLeft('I have a new role at Dunmore Foods since the restructure.')).toBe(false);
  });
});

describe('a job left as Jakarta’s Indonesian–English mix types it', () => {
  it('resign said bare', () => {
    expect(changeSaid('Akhirnya gw resign dari bank, capek banget.')).toBeDefined();
    expect(changeSaid('aku udah resign bulan lalu')).toBeDefined();
    expect(changeSaid('Gue udah ga kerja di agency itu.')).toBeDefined();
  });

  it('not leaving the office for the day, nor resigning asked about', () => {
    expect(changeSaid('Gue keluar kantor jam 6 terus langsung gym.')).toBeUndefined();
    expect(changeSaid('Should I resign from the committee?')).toBeUndefined();
  });
});
