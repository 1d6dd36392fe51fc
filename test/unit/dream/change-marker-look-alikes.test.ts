import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';

const reads = (s: string) => changeSaid(s) !== undefined;

describe('"back to" and "used to" as changes, and the phrases that only share their words', () => {
  it('reads a return to an old value and a habit that was', () => {
    for (const s of [
      "so we're back down to one goat after the sale",
      'back to decaf, full stop, my heart was racing',
      'the twins went back to their dad on Sunday',
      'officially back to four days a week from March',
      "my ankle's back to normal now",
      'I moved back to Whanganui last spring',
      'I used to referee under-12s every Saturday',
      "the bakery isn't what it used to be since they sold it",
    ])
      expect(reads(s), s).toBe(true);
  });

  it('leaves giving back, memories, replies, the chat resuming its topic, and being used to something', () => {
    for (const s of [
      'volunteering at the food bank is my way to give back to the town',
      'that photo takes me back to our honeymoon in Crete',
      "I'll check with the landlord and get back to you tomorrow",
      'Anyway, back to the seating plan for the reception...',
      "Let's get back to the budget spreadsheet.",
      'But anyway, back to the garden path question.',
      'Now, back to the kitchen tiles.',
      "I've got back to back lectures on Tuesday",
      'thinking back to my first week on the wards',
      "I'm still getting used to the night bus",
      "I'm used to early starts on the farm",
      'a trellis can be used to train the roses along the wall',
      'it took the puppy a week to get used to the crate',
    ])
      expect(reads(s), s).toBe(false);
  });
});
