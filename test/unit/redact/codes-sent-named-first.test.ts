import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';

const out = (text: string) => redactSecrets(text).text;

/** A code named first, then who sent it to the user, then the number: the user's to use once. */
describe('a code someone sent the user, named before the sender', () => {
  it('is masked after a comma, a colon, a bracket or "is"', () => {
    expect(out('the app keeps rejecting the code it texted me, 318407, should I ask for another?')).not.toContain('318407');
    expect(out('I pasted the code they emailed me (650193) and it says expired')).not.toContain('650193');
    expect(out('the code the council sent us: 7712 40 only works once')).not.toMatch(/7712|40 only/);
    expect(out('the PIN that Revolut just messaged me is 2290, is that a scam?')).not.toContain('2290');
  });

  it('leaves a promo, tracking, area or error code, and a length, alone', () => {
    for (const text of [
      'the promo code they emailed me, 2025, did nothing at checkout',
      'The tracking code they sent me: 77120934',
      'the area code he gave me, 0113, is Leeds',
      'the error code it gave me, 5003, means what?',
      'the code they sent me, 2048 characters of it, is a licence file',
      'the code it texted me is on my old phone',
    ])
      expect(out(text)).toBe(text);
  });
});
