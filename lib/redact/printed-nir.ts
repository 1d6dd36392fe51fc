import { frenchNirValid } from './national-ids';
import type { Finder, SecretSpan } from './rules';

/**
 * BK's round: France's social security number (NIR) printed in its parts, in any language's sentence or any form's
 * cell, with no name before it: sex, year, month, département, commune, order and key, split by single spaces as the
 * carte Vitale prints them ("1 86 08 75 123 217 74"; overseas "2 79 05 971 31 763 49", the département of three digits
 * and the commune of two). The layout of fifteen digits in seven such groups, a sex of 1 or 2, a month and the mod-97 key
 * say what it is: a phone number, an amount or a reference is never split so, and one in 97 runs passes the key.
 */
const PRINTED_NIR = /(?<![\p{L}\p{N}])[12] \d{2} (?:0[1-9]|1[0-2]) (?:(?:\d{2}|2[AB]) \d{3}|9[78]\d \d{2}) \d{3} \d{2}(?![\p{L}\p{N}]|[ .,-]\d)/gu;

function findPrintedNirs(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PRINTED_NIR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PRINTED_NIR.exec(text)); ) {
    if (frenchNirValid(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, label: 'national id' });
  }
  return spans;
}

export const PRINTED_NIR_FINDERS: readonly Finder[] = [{ name: 'printed-nir', find: findPrintedNirs }];
