import type { SecretSpan } from './rules';

/**
 * The machinery of the rules for national and tax numbers that carry no mark of their own (ids-of-six-more-countries.ts,
 * ids-of-ten-more-countries.ts, ids-of-nine-more-countries.ts): a number of the ID's shape counts only where the ID's own name or its country's
 * stands on its line or in the 100 characters before it (a form's label on the line above, a table's country column),
 * and not where the words right before it name another kind of number or the digits open with a calling code.
 */

/**
 * A name, or one of several (`a|b`), as a whole word: not inside a longer run of `letters` (any script's by default;
 * Latin only where the name may stand right against Chinese or Japanese, which put no space between words).
 */
export const nameNear = (names: string, letters = String.raw`\p{L}`): RegExp => new RegExp(String.raw`(?<![${letters}])(?:${names})(?![${letters}])`, 'iu');

/** A word right before the number naming another kind of number: an invoice's, an order's, a parcel's, a phone's. */
const OTHER_NUMBER_BEFORE =
  /(?<![\p{L}])(?:invoice|order|ref|reference|tracking|booking|ticket|case|parcel|shipment|po|sku|serial|part|item|account|phone|tel|mobile|cell|imei|iban|fax|siret|siren)(?:[ \t]*(?:no\.?|nr\.?|number|#))?[ \t]*[:#]?[ \t]*$/iu;

/** A country's calling code right before the number: a phone's, not an ID. */
const CALLING_CODE_BEFORE = /(?:\+|00)\d{1,3}[ \t-]?$/;

/**
 * The spans of `pattern`'s matches that are named as the ID (every one of `names` in the 100 characters before) and
 * pass `valid`. `after`, one of `names`, may instead follow the number in its sentence ("nif 1115…, is that right for
 * Algeria?"), once the others stand before it.
 */
export function idsNamedBefore(
  text: string,
  pattern: RegExp,
  names: RegExp | readonly RegExp[],
  valid: (m: RegExpExecArray) => boolean,
  after?: RegExp,
): SecretSpan[] {
  const all = Array.isArray(names) ? names : [names as RegExp];
  const spans: SecretSpan[] = [];
  pattern.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = pattern.exec(text)); ) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    const end = m.index + m[0].length;
    const rest = after ? text.slice(end, end + 100).split(/[.!?\n]/)[0]! : '';
    const named = all.every((n) => n.test(before) || (n === after && n.test(rest)));
    if (named && !OTHER_NUMBER_BEFORE.test(before) && !CALLING_CODE_BEFORE.test(before) && valid(m)) {
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'national id' });
    }
  }
  return spans;
}
