import { describe, expect, it } from 'vitest';
import { countsSaid } from '../../../lib/dream/later-counts';

describe('a count the user gives, not one asked of the assistant', () => {
  it('reads no count from a request to make something of a size', () => {
    for (const s of [
      'Write 4 subject lines for the spring newsletter.',
      'Please draft a 150 word bio for the festival programme.',
      'Give me 6 ideas for a rainy-day school fair.',
      'Keep each answer under 40 words.',
      'Create a list of 8 questions for the tenant survey.',
      'Hold the stretch for thirty seconds, then switch sides.',
    ])
      expect(countsSaid(s), s).toEqual([]);
  });

  it('reads the counts after a request\'s colon, the material the user gives', () => {
    expect(countsSaid('write it up as a bio: I have trained 30 apprentices and rebuilt 12 stone walls')).toEqual([
      { unit: 'apprentices', value: 30 },
      { unit: 'walls', value: 12 },
    ]);
  });

  it('reads no count of one from "one" before a verb', () => {
    for (const s of ['I will try both and see which one works better for the dog.', 'honestly the blue one looks nicer on the shelf'])
      expect(countsSaid(s), s).toEqual([]);
  });

  it('still reads the counts the user tells, a diary past tense included', () => {
    expect(countsSaid('Baked 60 scones for the market this morning')).toEqual([{ unit: 'scones', value: 60 }]);
    expect(countsSaid("I've got 900 subscribers on the channel now")).toEqual([{ unit: 'subscribers', value: 900 }]);
    expect(countsSaid('wrote 3,000 words of the thesis today')).toEqual([{ unit: 'words', value: 3000 }]);
  });
});
