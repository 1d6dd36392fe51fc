import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';
import { withoutPasted } from '../../../lib/dream/pasted';

/**
 * After held-out scenario set CS's round, on sentences made up here: a milestone that will not come ("would have been
 * ten years") or a booking's deposit lost says a plan or a bond is over; a board of one's own ("LOST: …", "FOUND: …")
 * is the user's words, not a conversation pasted in.
 */
const marker = (text: string) => changeSaid(text)?.marker;

describe('a milestone that will not come, or a deposit lost', () => {
  it('is a change', () => {
    expect(marker('june would have been five years for us.')).toBeDefined();
    expect(marker("Sunday would've been our 30th anniversary.")).toBeDefined();
    expect(marker("Yesterday would have been my mum's 80th birthday.")).toBeDefined();
    expect(marker('the lake house gets to keep the deposit.')).toBeDefined();
    expect(marker('we lost the deposit on the cabin')).toBeDefined();
  });

  it('not a wish, an age, a price, or a deposit paid or got back', () => {
    expect(marker('it would have been nice to go')).toBeUndefined();
    expect(marker('that would have been 5 dollars cheaper')).toBeUndefined();
    expect(marker('she would have been ten years old then')).toBeUndefined();
    expect(marker('we paid the deposit on the cabin')).toBeUndefined();
    expect(marker('I got the deposit back')).toBeUndefined();
    // Lead's review: advice, a threat or a warning is no deposit lost; a receipt or an account is not the deposit.
    expect(marker('remember to keep the deposit receipt for the Airbnb')).toBeUndefined();
    expect(marker("they'll keep the deposit if you're late with rent")).toBeUndefined();
    expect(marker('you should keep the deposit in a separate account')).toBeUndefined();
    expect(marker('the shop eats the deposit when you cancel late')).toBeUndefined();
  });
});

describe('a board of the user’s own', () => {
  it('"LOST:" and "FOUND:" lines are kept as the user’s words', () => {
    const text = 'FOUND: a spare room.\nLOST: Dale, to his sister in Macon.\n\nhow do I paint a room';
    expect(withoutPasted(text)).toBe(text);
  });

  it('a conversation pasted in still goes', () => {
    expect(withoutPasted("Anna: I'm allergic to nuts\nJonas: I live in Bremen\nwhat do you think?").trim()).toBe('what do you think?');
  });
});
