import { describe, expect, it } from 'vitest';
import { terms } from '../../../lib/engine/text';
import { snippet } from '../../../lib/preamble/snippet';

/** A passage cut to its matching sentences keeps the sentence that mends one it shows (held-out set BQ). */
describe('snippet: a sentence and its mend', () => {
  const q = (s: string) => new Set(terms(s));
  const text =
    'Hi there, I need lunch ideas for the whole week, something I can batch cook on Sunday evening, I am vegan. ' +
    'No wait, vegetarian, I still eat eggs and cheese. ' +
    'Also my flat has a tiny kitchen with two hobs and no oven at all, and my landlord will not replace the fridge that barely works. ' +
    'Budget is around forty pounds a week for everything, including snacks for the office.';

  it('shows the mend with the sentence it mends', () => {
    const out = snippet(text, q('lunch batch cook'), 45);
    expect(out).toContain('I am vegan. No wait, vegetarian');
  });

  it('a sentence opening on "No" with no pause is no mend', () => {
    const plain =
      'We walked along the river for an hour before lunch and watched the rowers practise their starts. ' +
      'No one else was out that early, which made it feel like the whole town was ours for a while. ' +
      'Then we found a bakery with the best almond croissants I have had in years, still warm from the oven.';
    const out = snippet(plain, q('rowers river'), 30);
    expect(out).not.toContain('No one else');
  });
});
