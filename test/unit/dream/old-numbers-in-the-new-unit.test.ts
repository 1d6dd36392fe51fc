import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set BZ, on sentences made up here: a number corrected with the old one said bare ("the dose is
 * 20 mg, not 10") is taken back in the new one's unit, as the chats that said it wrote it ("on sertraline 10 mg").
 */
const taken = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) }).retractions.map((x) => x.value);

describe('an old number said bare after the new one', () => {
  it('takes the new one\'s unit, spaced as it was', () => {
    expect(taken('Correction: my levothyroxine is 75mcg, not 50.')).toEqual(['50mcg']);
    expect(taken('Sorry, the sertraline dose is 20 mg, not 10.')).toEqual(['10 mg']);
  });

  it('a number with no unit before it stays bare', () => {
    expect(taken("Sorry — I'm in flat 12, not 14.")).toEqual(['14']);
  });
});
