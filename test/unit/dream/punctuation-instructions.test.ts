import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { T0 } from './fixture';

/** Sentences made up for these tests; none is from a scenario set. */
const instructions = (text: string) =>
  extractFromTurn({ id: 'claude:p#1', text, at: T0 })
    .facts.filter((f) => f.kind === 'instruction')
    .map((f) => f.text);

describe('a standing order about an answer’s punctuation and style', () => {
  it('is read like one about its emojis or bullets', () => {
    expect(instructions('Never use em dashes.')).toEqual(['Never use em dashes.']);
    expect(instructions("Don't use semicolons.")).toEqual(["Don't use semicolons."]);
    expect(instructions('Never use exclamation marks.')).toEqual(['Never use exclamation marks.']);
    expect(instructions('Never use contractions.')).toEqual(['Never use contractions.']);
  });

  it('is not read when said to or of someone else, nor of a thing used', () => {
    expect(instructions('My editor says never use em dashes in headlines.')).toEqual([]);
    expect(instructions('Tell him to never use semicolons in his essays.')).toEqual([]);
    expect(instructions("Don't use the dishwasher for cast iron.")).toEqual([]);
    expect(instructions("She's having contractions every ten minutes, should we go in?")).toEqual([]);
  });
});
