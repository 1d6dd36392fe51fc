import { describe, expect, it } from 'vitest';
import { isInstructionToAssistant } from '../../../lib/dream/directives';
import { extractFromTurn } from '../../../lib/dream/extract';

const instructions = (text: string) =>
  extractFromTurn({ id: 't1', text, at: 1000 })
    .facts.filter((f) => f.kind === 'instruction')
    .map((f) => f.text);

describe('standing instructions said without a verb', () => {
  it('reads a quoted phrase among the parts an answer is never to hold', () => {
    expect(isInstructionToAssistant("no exclamation points and no 'great question', ever.")).toBe(true);
    expect(isInstructionToAssistant('no "hope this helps", ever')).toBe(true);
    expect(instructions("PSA for you specifically: no exclamation points and no 'great question', ever. i am not a golden retriever.")).toEqual([
      "No exclamation points and no 'great question', ever.",
    ]);
    // Said without what makes it stand, it may be for the answer in hand.
    expect(isInstructionToAssistant("no 'buts' please")).toBe(false);
  });

  it('reads plain text as a format asked for, as metric is a unit', () => {
    expect(instructions('plain text only from now on, no markdown, no headers, no bold, no tables.')).toEqual([
      'Plain text only from now on, no markdown, no headers, no bold, no tables.',
    ]);
    expect(isInstructionToAssistant('plain text please')).toBe(false);
  });

  it('reads "everything in metric" as every answer in that unit', () => {
    expect(isInstructionToAssistant('also everything in metric, grams and celsius')).toBe(true);
    expect(isInstructionToAssistant('all in celsius')).toBe(true);
    expect(isInstructionToAssistant('everything in the fridge is old')).toBe(false);
    expect(isInstructionToAssistant('everything in Boston is expensive')).toBe(false);
  });
});
