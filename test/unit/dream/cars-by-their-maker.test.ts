import { describe, expect, it } from 'vitest';
import { possessionStatements } from '../../../lib/dream/possessions';
import { slotSearchTerms } from '../../../lib/dream/slot-topics';

/**
 * After held-out scenario set BZ, on sentences made up here: a car got is named by its maker, its model as often as not
 * without a digit ("a Honda Jazz", "a Ford Transit"), and "what do I drive" finds it as a car.
 */
const had = (text: string) => possessionStatements(text, Date.UTC(2026, 2, 4)).map((p) => p.text);

describe('a car got, by its maker', () => {
  it('is a thing the user has', () => {
    expect(had('Got a Honda Jazz now, the old Astra finally died.')).toEqual(['User has a Honda Jazz (since 2026-03).']);
    expect(had('we finally bought a Skoda Octavia estate for the dogs')).toEqual(['User has a Skoda Octavia estate (since 2026-03).']);
    expect(had('got a Kia from the dealer in the end')).toEqual(['User has a Kia (since 2026-03).']);
  });

  it('is found as a car', () => {
    expect(slotSearchTerms(undefined, 'User has a Honda Jazz (since 2026-03).')).toMatch(/\bdrive\b/);
    expect(slotSearchTerms(undefined, 'User has a Yamaha P-125 (since 2026-02).')).toBeUndefined();
  });

  it('not a car got for someone else, a seat, or a mini fridge', () => {
    expect(had('I got a Ford for my daughter')).toEqual([]);
    expect(had('I got a seat on the train')).toEqual([]);
    expect(had('got a mini fridge for the office')).toEqual([]);
  });

  it('not a car got done: serviced, fixed, valeted', () => {
    expect(had('In March I got my Mazda Bongo serviced at the dealer, it cost £240.')).toEqual([]);
    expect(had('finally got the Vauxhall fixed')).toEqual([]);
    expect(had('we got our Kia valeted before selling it')).toEqual([]);
  });

  // Session 58, from the note of session 57 ("Got a Nissan Navara 2.3 now" was stored as a "Navara 2").
  it('keeps an engine size or a version after the point as part of the model', () => {
    expect(had('Got a Mitsubishi Triton 2.4 now, the old ute finally gave up.')).toEqual(['User has a Mitsubishi Triton 2.4 (since 2026-03).']);
    expect(had('We bought a Subaru Outback 2.5 last weekend.')).toEqual(['User has a Subaru Outback 2.5 (since 2026-03).']);
    expect(had('I got a Garmin Edge 1040. It came today')).toEqual(['User has a Garmin Edge 1040 (since 2026-03).']);
  });
});
