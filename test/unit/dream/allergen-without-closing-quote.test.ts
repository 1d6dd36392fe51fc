import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * Lead's review (session 70): an allergy the user quotes themselves saying keeps no closing quotation mark, so it is
 * one allergy with the same allergen said plainly.
 */
const allergies = (text: string) =>
  extractFromTurn({ id: 't', text, at: Date.parse('2025-01-01') }).facts.filter((f) => f.slot?.startsWith('user/allergy')).map((f) => [f.slot, f.text]);

describe('an allergen before a quotation’s closing mark', () => {
  it('is the allergen without the mark', () => {
    expect(allergies("I keep telling them 'I'm allergic to penicillin' and they forget")).toEqual([['user/allergy:penicillin', 'User is allergic to penicillin.']]);
  });

  it('said plainly, the same slot', () => {
    expect(allergies("I'm allergic to penicillin and sulfa")[0]?.[0]).toBe('user/allergy:penicillin');
  });
});
