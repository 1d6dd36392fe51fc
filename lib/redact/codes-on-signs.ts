import type { Finder, SecretSpan } from './rules';

/**
 * BF's round: a door's code on a sign or a notice written in capitals, as one is made to be printed and pinned up
 * ("STAFF ONLY - SEED HOUSE - CODE 1679 - PLEASE CLOSE BEHIND YOU"): on a line of capitals, "CODE" and four to eight
 * digits. A sign's other codes have their own word before "CODE" (an error's, a postal, a promo's, a booking's, a
 * receipt's "AUTH CODE") and are left; in a line of mixed case "code 1679" is an error's or a program's as often, and is left too.
 */
const SIGN_CODE = /(?<![\p{L}])CODE[ \t]*[:#-]?[ \t]*(\d{4,8})(?![\p{L}\p{N}]|[.,:/-]\d)/gu;
const OTHER_CODE_BEFORE =
  /(?<![\p{L}])(?:ERROR|STATUS|EXIT|ZIP|POST|POSTAL|AREA|PROMO|PROMOTION|DISCOUNT|VOUCHER|COUPON|PRODUCT|ITEM|COUNTRY|TAX|SORT|DIALLING|DIALING|REFERENCE|REF|BOOKING|ORDER|TRACKING|PROJECT|COURSE|CLASS|FAULT|SHIFT|DRESS|AUTH|AUTHORI[SZ]ATION|APPROVAL|APPR|TRANSACTION|TXN|RESPONSE|RESP|MERCHANT|TERMINAL|BATCH|CONFIRMATION|GIFT|CARD|BANK|BRANCH|SECURITY|CHECK)[ \t]*:?[ \t]*$/u;
const MAX_LINE = 300;

function findCodesOnSigns(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  SIGN_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SIGN_CODE.exec(text)); ) {
    // The line around the match, looked for within MAX_LINE characters only: a search to a long line's ends at each
    // match would be quadratic.
    const from = Math.max(0, m.index - MAX_LINE);
    const back = text.slice(from, m.index).lastIndexOf('\n');
    const ahead = text.slice(m.index, m.index + MAX_LINE).indexOf('\n');
    if ((back < 0 && from > 0) || (ahead < 0 && m.index + MAX_LINE < text.length)) continue;
    const lineStart = back < 0 ? 0 : from + back + 1;
    const lineEnd = ahead < 0 ? text.length : m.index + ahead;
    if (lineEnd - lineStart > MAX_LINE) continue;
    const line = text.slice(lineStart, lineEnd);
    // A line of capitals: three words of two capitals or more, and no small letter.
    if (/\p{Ll}/u.test(line) || (line.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu)?.length ?? 0) < 3) continue;
    if (OTHER_CODE_BEFORE.test(text.slice(lineStart, m.index)) || /^(?:19|20)\d\d$|^(\d)\1+$/.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'password' });
  }
  return spans;
}

export const CODES_ON_SIGNS_FINDERS: readonly Finder[] = [{ name: 'codes-on-signs', find: findCodesOnSigns, trigger: /CODE/ }];
