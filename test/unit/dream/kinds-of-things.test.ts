import { describe, expect, it } from 'vitest';
import { slotSearchTerms } from '../../../lib/dream/slot-topics';

/** A thing the user has is found by what kind of thing it is: "what phone do I have" finds "User has an iphone 15". */
describe('what kind of thing a model the user has is', () => {
  it('by the product lines everyone knows, the more specific line first', () => {
    expect(slotSearchTerms(undefined, 'User has an iphone 15 (since 2026-02).')).toMatch(/\bphone\b/);
    expect(slotSearchTerms(undefined, 'User has a Galaxy S24 Ultra (since 2026-02).')).toMatch(/\bphone\b/);
    expect(slotSearchTerms(undefined, 'User has a Pixel Watch 3 (since 2026-02).')).toMatch(/\bwatch\b/);
    expect(slotSearchTerms(undefined, 'User has a Galaxy Tab S9 (since 2026-02).')).toMatch(/\btablet\b/);
    expect(slotSearchTerms(undefined, 'User has a ThinkPad X1 (since 2026-02).')).toMatch(/\blaptop\b/);
    expect(slotSearchTerms(undefined, 'User has a RTX 4070 (since 2026-02).')).toMatch(/\bgpu\b/);
  });

  it('nothing for a thing of no known line, or a fact that is not about a thing had', () => {
    expect(slotSearchTerms(undefined, 'User has a Yamaha P-125 (since 2026-02).')).toBeUndefined();
    expect(slotSearchTerms(undefined, 'User likes the iPhone camera.')).toBeUndefined();
  });
});
