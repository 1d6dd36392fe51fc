import { expect } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { seededRng } from '../../../lib/util/seeded-rng';

/** What the after-corpus tests share: the redactor's text, and values made up from a seed (never a corpus's). */
export const r = (text: string): string => redactSecrets(text).text;
export const unchanged = (text: string): void => expect(r(text)).toBe(text);

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const HEX = '0123456789abcdef';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';

export const PW = '[redacted password]';
export const KEY = '[redacted api key]';
export const JWT = '[redacted jwt]';

/** `n` characters drawn from `alphabet` by one seeded generator per test file, so its values repeat from run to run. */
export function picker(seed: number): (alphabet: string, n: number) => string {
  const rnd = seededRng(seed);
  return (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
}

export const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** `body` with Luhn's check digit appended: a card number or IMEI that passes the checksum. */
export function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** Each value is gone from the redacted text. */
export function masks(text: string, ...values: string[]): void {
  const out = r(text);
  for (const v of values) expect(out, text).not.toContain(v);
}

/** Each value is still in the redacted text. */
export function keeps(text: string, ...values: string[]): void {
  const out = r(text);
  for (const v of values) expect(out, text).toContain(v);
}
