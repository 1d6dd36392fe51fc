import type { SecretSpan } from './rules';

/**
 * CA's round: a span that starts right after a clock time's hour and its colon holds the time's minutes and seconds
 * ("changed password at 2026-12-20 14:02:11", "…T14:02:11Z"): a rule that reads the word before the time and a value
 * after a colon takes "02:11", which is no secret. The span is two digits, perhaps a second pair after a colon, a
 * fraction and an ISO time's `Z`, each pair under sixty; the hour before the colon is one or two digits with no letter
 * (but an ISO date's `T`), digit or colon before it ("PIN1:" names a PIN, and its code is four digits or more).
 */
const MINUTES_AND_SECONDS = /^[0-5]\d(?::[0-5]\d)?(?:[.,]\d{1,9})?Z?$/;
const HOUR_BEFORE = /(?:(?<=\dT)|(?<![\p{L}\p{N}:]))(?:[01]?\d|2[0-3]):$/u;

export function isPartOfAClockTime(text: string, span: SecretSpan): boolean {
  return MINUTES_AND_SECONDS.test(text.slice(span.start, span.end)) && HOUR_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start));
}
