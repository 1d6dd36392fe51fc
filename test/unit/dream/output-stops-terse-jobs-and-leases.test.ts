import { describe, expect, it } from 'vitest';
import { endings } from '../../../lib/dream/endings';
import { extractFromTurn } from '../../../lib/dream/extract';
import { terseIntroduction } from '../../../lib/dream/terse-introductions';

/**
 * The rules added after held-out scenario set BW, on sentences made up here: an instruction let go of by what the
 * answers were made to show ("stop listing sources", "no need to cite … anymore"); who the user is said in note form
 * at a message's start ("Staff nurse at Ninewells. Based in Dundee.").
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
