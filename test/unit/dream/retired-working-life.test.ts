import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { T0 } from './fixture';

/** Sentences made up for these tests; none is from a scenario set. */
const learned = (text: string) => extractFromTurn({ id: 'chatgpt:x#1', text, at: T0 }).facts.map((f) => f.text);

describe('retired, and the working life said with it', () => {
  it('"I\'m 71 and retired" is retired, with the age', () => {
    expect(learned("I'm 71 and retired, so I have plenty of time for the garden")).toEqual(expect.arrayContaining(['User is retired.']));
    expect(learned('I am 66, retired and bored')).toEqual(expect.arrayContaining(['User is retired.']));
  });

  it('the years of work said right after it, or as a clause beside it', () => {
    expect(learned('I am 80 and retired, 42 years on the railways at Crewe before they sold it off.')).toContain('User is retired (before that: 42 years on the railways at Crewe).');
    expect(learned("I'm retired now, I was a midwife at the Royal for 28 years.")).toContain("User is retired (before that: was a midwife at the Royal for 28 years).");
    expect(learned("I'm retired now, I drove buses in Leeds for thirty years")).toContain('User is retired (before that: drove buses in Leeds for thirty years).');
  });

  it('no retirement is read into someone else\'s, or a plain "for ten years"', () => {
    expect(learned('My mum is 79 and retired, 40 years at the mill.').join(' ')).not.toMatch(/User is retired/);
    expect(learned('I was a barista for ten years, then I retrained as a plumber.').join(' ')).not.toMatch(/retired/);
  });
});
