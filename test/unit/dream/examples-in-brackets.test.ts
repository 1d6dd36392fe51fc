import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * A contrast given in brackets as an example of what is asked ("(colour, not color)") is no correction, and its comma
 * does not cut the instruction in two (examples-in-brackets.ts). Sentences made up here.
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) });

describe('a contrast in brackets', () => {
  it('takes nothing back', () => {
    expect(read('Please use Australian spelling (organise, not organize) in my cover letters.').retractions).toEqual([]);
    expect(read('Give me oven temperatures in Celsius (180, not 350) from now on.').retractions).toEqual([]);
  });

  it('keeps the instruction whole when a clause follows it', () => {
    const r = read("Standing request: use Irish spelling (favour, not favor) and 24-hour times always, I'm fed up of am and pm.");
    expect(r.facts.map((f) => f.text)).toContain('Use Irish spelling (favour, not favor) and 24-hour times always.');
    expect(r.retractions).toEqual([]);
  });

  it('leaves a contrast outside the brackets a correction', () => {
    const r = read('No, I work in Galway (the city), not Limerick.');
    expect(r.retractions.map((x) => x.value)).toContain('Limerick');
  });
});
