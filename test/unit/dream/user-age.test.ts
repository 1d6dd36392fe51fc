import { describe, expect, it } from 'vitest';
import { ageStatement } from '../../../lib/dream/user-age';
import { agesNow } from '../../../lib/dream/children';
import { extractFromTurn } from '../../../lib/dream/extract';

const MARCH = Date.UTC(2026, 2, 14);
const age = (s: string) => ageStatement(s, MARCH)?.text ?? null;

describe("the user's own age, said in passing", () => {
  it('reads it after "I\'m", in a description of themselves, or as a birthday just had', () => {
    expect(age("I'm 16, starting a summer job at a cafe")).toBe('User is 16 (as of 2026-03).');
    expect(age('im 41 and want to learn to swim')).toBe('User is 41 (as of 2026-03).');
    expect(age('as a 58 year old man with bad knees, what gym routine')).toBe('User is 58 (as of 2026-03).');
    expect(age("I'm a 23-year-old nursing student")).toBe('User is 23 (as of 2026-03).');
    expect(age('I just turned 30!')).toBe('User is 30 (as of 2026-03).');
    expect(age('I am 67 years old.')).toBe('User is 67 (as of 2026-03).');
  });

  it('a time, an amount, a future age, a child\'s or a number in another language is not it', () => {
    for (const s of ["I'm 15 minutes late", "I'm 40 next month", "I'm 6 weeks pregnant", 'my son just turned 12', 'turned 45 degrees left', 'wir sind im 21. Jahrhundert', "I'm 5"])
      expect(age(s), s).toBeNull();
    expect(extractFromTurn({ id: 't', text: 'if I was 25 again I would travel', at: MARCH }).facts).toEqual([]);
  });

  it('the block shows the age it must be by now', () => {
    const later = Date.UTC(2027, 5, 1);
    expect(agesNow('User is 16 (as of 2026-03).', later)).toBe('User is about 17 now (16 in 2026-03).');
    expect(agesNow('User is 16 (as of 2026-03).', MARCH)).toBe('User is 16 (as of 2026-03).');
  });
});
