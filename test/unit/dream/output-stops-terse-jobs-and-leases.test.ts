import { describe, expect, it } from 'vitest';
import { endings } from '../../../lib/dream/endings';
import { extractFromTurn } from '../../../lib/dream/extract';
import { recoveriesInOtherLanguages } from '../../../lib/dream/recovered-other-languages';
import { withStarredCorrections } from '../../../lib/dream/starred-corrections';
import { terseIntroduction } from '../../../lib/dream/terse-introductions';

/**
 * The rules added after held-out scenario set BW, on sentences made up here: an instruction let go of by what the
 * answers were made to show ("stop listing sources", "no need to cite … anymore"); who the user is said in note form
 * at a message's start ("Staff nurse at Ninewells. Based in Dundee."); a home got by its lease or its keys; a typo put
 * right with a starred word ("… the least … lease*"); a job said with no article, as in learner English ("I am baker in
 * Porto"), with where it is done; food trades named in Italian or French; an illness got over in Kirundi, Kinyarwanda
 * and Swahili.
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);

describe('an instruction let go of by what the answers show', () => {
  it('"stop listing", "stop citing", "no need to … anymore"', () => {
    expect(endings('You may stop listing sources at the end of your answers; I no longer need them.')).toEqual([{ value: 'sources' }]);
    expect(endings('you can stop citing the NICE guidelines')).toEqual([{ value: 'NICE guidelines' }]);
    expect(endings('Please stop numbering the steps.')).toEqual([{ value: 'steps' }]);
    expect(endings('No need to list sources anymore.')).toEqual([{ value: 'sources' }]);
    expect(endings("you don't have to quote the studies in every answer any more")).toEqual([{ value: 'studies' }]);
    expect(retracted('You may stop listing sources at the end of your answers.')).toContain('sources');
  });

  it('not a stop of anything else, nor a one-off "no need to"', () => {
    expect(endings('No need to add sugar, the fruit is sweet.')).toEqual([]);
    expect(endings('You may stop worrying about the dog.')).toEqual([]);
    expect(endings('Please stop talking about my divorce.')).toEqual([]);
    expect(endings('I stop listing things when I get tired.')).toEqual([]);
  });
});

describe('who the user is, in note form at the start of a message', () => {
  it('a job line and a "based" line after it, or both in one', () => {
    const nurse = facts('Staff nurse at Ninewells. Based in Dundee. Meal ideas for nights?');
    expect(nurse).toContain('user/occupation User is a staff nurse.');
    expect(nurse).toContain('user/employer User works at Ninewells.');
    expect(nurse).toContain('user/location User lives in Dundee.');
    expect(facts('Roofer. Based Kendal. Need a quote template')).toEqual(['user/occupation User is a roofer.', 'user/location User lives in Kendal.']);
    expect(facts('Graphic designer based in Bristol. Need a logo brief.')).toContain('user/occupation User is a graphic designer.');
    expect(facts('Graphic designer based in Bristol. Need a logo brief.')).toContain('user/location User lives in Bristol.');
  });

  it('the notes quote the user\'s own words', () => {
    expect(read('Roofer. Based Kendal.').facts.map((f) => f.said)).toEqual(['Roofer.', 'Based Kendal.']);
  });

  it('not a vacancy, not without the "based" line, not someone else\'s, not later in the message', () => {
    expect(terseIntroduction(['Senior engineer at Google.', 'Based London.', 'Salary 90k.'], 'Senior engineer at Google. Based London. Salary 90k.').size).toBe(0);
    expect(facts('Senior engineer at Google. Thoughts on this ad?')).toEqual([]);
    expect(facts("Wife's a harbour pilot. Based Leith.")).toEqual([]);
    expect(facts('My brother, plumber. Based Derby.')).toEqual([]);
    expect(facts('Nurse at the clinic. Based Leeds.')).toEqual([]);
    expect(facts('Question about tides. Harbour pilot at Leith. Based Leith.')).toEqual([]);
  });
});

describe('a home got by its lease, its tenancy or its keys', () => {
  it('with "I" or without it', () => {
    expect(facts('I signed the lease on a flat in Leeds.')).toContain('user/location User lives in Leeds.');
    expect(facts('moving house sat, signed the lease on a place in Whitley Bay.')).toContain('user/location User lives in Whitley Bay.');
    expect(facts('signed a tenancy agreement for a 2 bed in Leith!')).toContain('user/location User lives in Leith.');
    expect(facts('got the keys to a house in Hove today')).toContain('user/location User lives in Hove.');
    expect(facts('we completed on a cottage in Settle')).toContain('user/location User lives in Settle.');
  });

  it("not someone else's", () => {
    expect(facts('my sister signed the lease on a flat in Leeds')).toEqual([]);
    expect(facts('he got the keys to a house in Hove')).toEqual([]);
  });
});

describe('a typo put right with a starred word', () => {
  it('the starred word takes the place of the near spelling before it', () => {
    expect(withStarredCorrections('signed the least on a place in Hove. lease* omg')).toBe('signed the lease on a place in Hove. omg');
    expect(withStarredCorrections('meeting at the bank tomorow. *tomorrow')).toBe('meeting at the bank tomorrow. ');
    expect(facts('moving sat, signed the least on a flat in Hove. lease* omg.')).toContain('user/location User lives in Hove.');
  });

  it('not emphasis, a rating, a product, or a word with nothing near it', () => {
    expect(withStarredCorrections('this is *really* good')).toBe('this is *really* good');
    expect(withStarredCorrections('Rated it 4* on the app, 5*3 = 15')).toBe('Rated it 4* on the app, 5*3 = 15');
    expect(withStarredCorrections('I love it. wow*')).toBe('I love it. wow');
    expect(withStarredCorrections('I work in sales. *sigh*')).toBe('I work in sales. *sigh*');
  });
});

describe('a job said with no article, and where it is done', () => {
  it('"I am baker in Porto", "I am pizzaiolo in Leith", "I am pâtissier"', () => {
    expect(facts('I am baker in Porto, I come from Braga.')).toContain('user/occupation User is a baker in Porto.');
    expect(facts('Hello, I am pizzaiolo in Leith, Edinburgh.')).toContain('user/occupation User is a pizzaiolo in Leith.');
    expect(facts("I'm a pâtissier at a hotel.")).toContain('user/occupation User is a pâtissier.');
  });

  it('a place only when named as one', () => {
    expect(facts('I am nurse in the hospital')).toContain('user/occupation User is a nurse.');
    expect(facts('I am chef in my own kitchen now.')).toContain('user/occupation User is a chef.');
  });
});

describe('an illness got over, in Kirundi, Kinyarwanda and Swahili', () => {
  it('"narakize malariya", "nakize neza …", "nimepona …", "… imeisha"', () => {
    expect(recoveriesInOtherLanguages('Narakize malariya, ubu ndi muzima.')).toEqual(['malariya']);
    expect(recoveriesInOtherLanguages('Nakize neza igicurane.')).toEqual(['igicurane']);
    expect(recoveriesInOtherLanguages('Nimepona malaria kabisa.')).toEqual(['malaria']);
    expect(recoveriesInOtherLanguages('nimepona kabisa kutoka homa')).toEqual(['homa']);
    expect(recoveriesInOtherLanguages('malaria yangu imeisha')).toEqual(['malaria']);
  });

  it('not an illness had, hoped over, or asked about', () => {
    expect(recoveriesInOtherLanguages('Mfise malariya, muganga yampaye Coartem.')).toEqual([]);
    expect(recoveriesInOtherLanguages('Nimba nakize malariya, nzosubira ku kazi.')).toEqual([]);
    expect(recoveriesInOtherLanguages('Natumaini nimepona malaria')).toEqual([]);
    expect(recoveriesInOtherLanguages('Narakize malariya?')).toEqual([]);
  });
});
