import { describe, expect, it } from 'vitest';
import { isInstructionToAssistant } from '../../../lib/dream/directives';

/** A unit or a clock asked for with the user and for good, and a unit system spelt out in its measures. */

describe('a unit or a clock asked for "with me from now on"', () => {
  it('is a standing instruction', () => {
    expect(isInstructionToAssistant('Use the 24-hour clock with me from now on.')).toBe(true);
    expect(isInstructionToAssistant("Oh and use the 24-hour clock wi me from now on, I'm forever misreadin pm")).toBe(true);
    expect(isInstructionToAssistant('use metric for me, always')).toBe(true);
  });

  it('not said of something else, nor of the answer in hand', () => {
    expect(isInstructionToAssistant('use the 24 hour clock for the timetable')).toBe(false);
    expect(isInstructionToAssistant('we use the 24-hour clock at work from now on')).toBe(false);
  });
});

describe('a unit system spelt out in its measures, for good', () => {
  it('is a standing instruction', () => {
    expect(isInstructionToAssistant('oh and metric please, grams and celsius, always, i grew up in winnipeg')).toBe(true);
    expect(isInstructionToAssistant('imperial please, pounds and feet, always')).toBe(true);
  });

  it('not without a word that it stands, nor measures alone', () => {
    expect(isInstructionToAssistant('metric please, grams and celsius.')).toBe(false);
    expect(isInstructionToAssistant('grams and celsius, always')).toBe(false);
    expect(isInstructionToAssistant('I use metric at work, grams and kilos.')).toBe(false);
  });
});
