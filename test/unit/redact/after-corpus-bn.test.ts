import { describe, expect, it } from 'vitest';
import { printedAsCard } from '../../../lib/redact/luhn';
import { r, unchanged } from './made-up';

/** The general rules added after held-out corpus BN, on values and sentences made up here. */
function masks(text: string, ...values: string[]): void {
  const out = r(text);
  for (const v of values) expect(out, text).not.toContain(v);
}

function keeps(text: string, ...values: string[]): void {
  const out = r(text);
  for (const v of values) expect(out, text).toContain(v);
}

describe('look-alikes that open nothing', () => {
  it('keeps a year after a word of time beside a code word', () => {
    unchanged("The gate code changed after 2017's flood; ask Priya at the desk for it.");
    unchanged('Nobody has touched the keypad code since 1998, apparently.');
  });

  it("keeps a network's name given before its key, and still masks the key", () => {
    keeps('Wi-Fi: Harbourside_5G / Kettle4471@', 'Harbourside_5G');
    masks('Wi-Fi: Harbourside_5G / Kettle4471@', 'Kettle4471@');
    keeps('wlan: Orchard24 key 918273645501', 'Orchard24');
    masks('wlan: Orchard24 key 918273645501', '918273645501');
    keeps('Guest WiFi: Loft_2G, parool tnR7qLwz9XcvB2', 'Loft_2G');
    masks('Guest WiFi: Loft_2G, parool tnR7qLwz9XcvB2', 'tnR7qLwz9XcvB2');
    keeps('El wifi es Granero3 y la clave Pelican5521mast!, ya sabes.', 'Granero3');
    masks('El wifi es Granero3 y la clave Pelican5521mast!, ya sabes.', 'Pelican5521mast!');
  });

  it('still masks a first value that a key word stands before', () => {
    masks('wifi password Tinsel8823, router pass Gorse4410!', 'Tinsel8823', 'Gorse4410!');
  });
});

describe('one test for a card printed as a card, a second ID after a found one', () => {
  it('reads four groups of four with one joint, or none, as a printed card', () => {
    expect(printedAsCard('4929 1234 5678 9012')).toBe(true);
    expect(printedAsCard('4929-1234-5678-9012')).toBe(true);
    expect(printedAsCard('4929123456789012')).toBe(true);
    expect(printedAsCard('4929 1234-5678 9012')).toBe(false);
    expect(printedAsCard('49291 23456 789012')).toBe(false);
  });

  it("masks a second person's ID said with 'is' after a found one", () => {
    masks('My personnummer is 850709-9805 and my husband\'s is 811228-9874.', '850709-9805', '811228-9874');
  });
});
