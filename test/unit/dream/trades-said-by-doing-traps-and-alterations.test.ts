import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set CW, on sentences made up here: a seamstress's or a bookkeeper's work said as what the
 * user does ("i do alterations at the bridal shop"), and traps or pots for an animal worked for a living ("i run possum
 * traps for a contractor", "I check crab pots out of Newport").
 */
const AT = Date.UTC(2026, 8, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('work said by doing it', () => {
  it('alterations, and traps or pots for an animal', () => {
    expect(facts('ok real question. i do alterations at a bridal shop in town and i have a chapel train, how do i bustle it')).toContain('User does alterations.');
    expect(facts('i run possum traps for a contractor up in the hills. best lure in summer?')).toContain('User runs possum traps.');
    expect(facts('I check crab pots out of Newport most mornings, what gloves hold up')).toContain('User checks crab pots.');
  });

  it('not traps at home, alterations asked about, or someone else\'s work', () => {
    expect(facts('i set traps in the garden for the rats, which bait works best')).toEqual([]);
    expect(facts('I set mouse traps at night but they never catch anything')).toEqual([]);
    expect(facts('can you do alterations on a wool coat yourself?')).toEqual([]);
    expect(facts('I do alterations on my own clothes sometimes')).toEqual([]);
    expect(facts('my aunt does alterations at a bridal shop in Omaha')).toEqual([]);
  });
});
