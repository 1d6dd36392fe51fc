import { describe, expect, it } from 'vitest';
import { endings } from '../../../lib/dream/endings';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * The rules added after held-out scenario set BW, on sentences made up here: an instruction let go of by what the
 * answers were made to show ("stop listing sources", "no need to cite … anymore").
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) });
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
