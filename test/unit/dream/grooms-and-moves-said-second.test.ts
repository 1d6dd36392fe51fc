import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set BZ, on sentences made up here: a groom of horses by the title that says so ("head groom",
 * "stud groom"; "groom" alone is as often a wedding's), and a move said as the second of two things the user did ("we
 * sold up and moved to Ely"), the "I" or "we" said once.
 */
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) }).facts.map((f) => f.text);

describe('a groom of horses', () => {
  it('by a title that says so', () => {
    expect(facts("I'm the head groom at a racing yard near Lambourn.")).toEqual(['User is a head groom.', 'User works at a racing yard.']);
    expect(facts('Background: I work as a travelling groom for an eventing team.')).toContain('User works as a travelling groom.');
  });

  it('not a wedding\'s', () => {
    expect(facts("I'm the groom at Saturday's wedding, so I need a speech.")).toEqual([]);
  });
});

describe('a move said after another thing done', () => {
  it('"we sold up and moved to …", "I packed up and moved to …"', () => {
    expect(facts('Right, we finally did it: sold the farmhouse near Bala and moved down to Aberystwyth.')).toContain('User lives in Aberystwyth.');
    expect(facts('We sold up and moved to Ely.')).toEqual(['User lives in Ely.']);
    expect(facts('I packed up and moved to Bath last spring.')).toEqual(['User lives in Bath.']);
  });

  it('not someone else\'s move, nor a move hoped for', () => {
    expect(facts('We helped my dad sell the house and move to Spain.')).toEqual([]);
    expect(facts('When we were kids he sold up and moved to Cork.')).toEqual([]);
    expect(facts('If we sold the house and moved to Cork, could we afford it?')).toEqual([]);
  });
});
