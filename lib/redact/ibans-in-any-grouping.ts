import { ibanChecksumValid, ibanLength } from './checks';
import { PUBLISHED_IBANS, regexFinder, type Finder, type RegexRule } from './rules';

/**
 * BK's and BL's rounds: an IBAN copied in groups of any size, as a bank's letter, a form or a note writes it (`XX12 345
 * 678 …`, `XX1234 567890 …`, `XX12_ABCD_…`, `XX1 234 567 …`, the country and check digits run into the first group or
 * split by the first joint): the IBAN rules elsewhere read groups of four. What decides is what always did: capitals and digits, one kind of joint throughout (a space,
 * an underscore, a dot or a hyphen), exactly the country's registered length with the last group ending there, and
 * mod 97 (one chance in 97 for a random run). A published example IBAN is kept.
 */
const IBAN_ANY_GROUPS: RegexRule = {
  name: 'iban-in-any-grouping',
  pattern: /(?<![A-Za-z0-9_.-])[A-Z]{2}\d[A-Z0-9]{0,9}(?:[ _.-][A-Z0-9]{1,8}){1,16}/g,
  judge(m) {
    const raw = m[0];
    const length = ibanLength(raw.slice(0, 2));
    if (!length) return null;
    let count = 0;
    let end = 0;
    while (end < raw.length && count < length) if (/[A-Z0-9]/.test(raw[end++]!)) count++;
    if (count !== length || /[A-Z0-9]/.test(raw[end] ?? '')) return null;
    const taken = raw.slice(0, end);
    if (new Set(taken.replace(/[A-Z0-9]/g, '')).size !== 1) return null;
    const iban = taken.replace(/[^A-Z0-9]/g, '');
    if (!/^[A-Z]{2}\d\d/.test(iban)) return null;
    if (PUBLISHED_IBANS.has(iban) || !ibanChecksumValid(iban)) return null;
    return { start: m.index, end: m.index + end, label: 'iban' };
  },
};

export const IBAN_IN_ANY_GROUPING_FINDERS: readonly Finder[] = [regexFinder(IBAN_ANY_GROUPS)];
