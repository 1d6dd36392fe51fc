import { describe, expect, it } from 'vitest';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { offLimitsTopic } from '../../../lib/dream/off-limits';

/**
 * After held-out scenario set CV, on sentences made up here: the matter named first ("that stuff about …", "the whole
 * thing with …") and the request after it by a pronoun, to forget it or never raise it.
 */
describe('a matter named first, then asked by a pronoun to be forgotten or kept off', () => {
  it('is the matter of a request to forget', () => {
    expect(forgetTopicOf('all that business about my cousin\'s rehab, forget all of it pls.')).toBe("cousin's rehab");
    expect(forgetTopicOf('the thing about my dad\'s drinking, please forget that, i overshared.')).toBe("dad's drinking");
    expect(forgetTopicOf('all that stuff about my ex, just forget it please.')).toBe('ex');
    // When it was told is no word of the matter.
    expect(forgetTopicOf('that stuff about Vic from the summer, where he went and all of it, please forget it.')).toBe('Vic');
  });

  it('is a topic kept off when the request is never to raise it', () => {
    expect(offLimitsTopic('the whole thing with my landlord — please don\'t bring it up again.')).toBe('landlord');
    expect(offLimitsTopic('ok so the stuff with Marta and the lawsuit, never mention it again.')).toBe('Marta and the lawsuit');
  });

  it('not a "forget it" that means never mind, nor a matter with no request', () => {
    expect(offLimitsTopic('the thing with the printer, forget it, i fixed it.')).toBeUndefined();
    expect(offLimitsTopic('the stuff about the move is on the list, forget it, i\'ll do it myself.')).toBeUndefined();
    expect(offLimitsTopic('that stuff about budgets is boring, can you explain it better?')).toBeUndefined();
    expect(offLimitsTopic('the business with the neighbor\'s fence is settled, thanks.')).toBeUndefined();
    // The lead's review: a statement of the matter, or a question answered, then "please forget it", is never mind.
    expect(forgetTopicOf('that stuff about the tax return is confusing, please forget it, I\'ll ask my accountant')).toBeUndefined();
    expect(forgetTopicOf('the thing with the sourdough starter is sorted, forget it please')).toBeUndefined();
    expect(forgetTopicOf('the bits about python decorators — forget them pls, I got it now')).toBeUndefined();
    expect(forgetTopicOf('the stuff with the car loan, can you forget about that please')).toBe('the car loan');
  });
});
