import { namedAsAnotherNumber } from './card-context';
import { passesLuhn, printedAsCard } from './luhn';
import { PUBLISHED_TEST_CARDS, realCardBetween, regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';

/**
 * BL's round: a card's number grouped as no card is printed but as a person copies it (`707197 9479653093`, `528 137
 * 665 685 0677`, `4973/5951 85595778`, `6046 ~ 2476 ~ 3611 ~ 5255`), with its expiry right after, and the security
 * code after that expiry whatever word names it ("back 487", "hint 672", "takana 707", "πίσω 762"): a card's details
 * are written number, month and year, code, in every language. The card rule elsewhere reads four groups of four (or
 * an issuer's print layout) and a code only after a name it knows.
 *
 * Sixteen digits in two to eight groups of two to ten, joined by spaces, slashes, tildes or dashes; passing the Luhn
 * check (one random number in ten does); then within a few words, no other digit between, a month and a two- or
 * four-digit year that no day or further year follows (`08/27`, not `08/27/2026`). Fifteen digits (an IMEI's length,
 * Luhn-valid by design) are left to the card rule, which wants an issuer's layout for them. A number the sentence
 * names as another (an order's, a tracking number, an IMEI) is kept. A comma before it is a field's (CSV) unless a
 * digit stands before the comma (a decimal or a thousands' comma).
 */

/** A card's expiry within a few words after its number, no other digit between (the card rule's own reach). */
const EXPIRY_AFTER = /^[^\d\n]{0,30}(?:\n[^\d\n]{0,20})?(?<!\d)(?:0[1-9]|1[0-2])\/(?:\d{2}|20\d{2})(?![\d/])/;

/**
 * The code: three or four digits a few words after the expiry, nothing numeric between and no word of another
 * number's (a reference, an order, a room, a quantity, a price).
 */
const CODE_AFTER_EXPIRY = /^[^\d\n]{1,30}?(?<![\d.,])(\d{3,4})(?![\d]|[.,/:-]\d)/;
const OTHER_NUMBER_WORD = /(?<![\p{L}])(?:ref\p{L}*|order|invoice|room|qty|quantity|items?|tickets?|case|flight|gate|seat|ext|tel|phone|page|€|\$|£|eur|usd|gbp)(?![\p{L}])|#/iu;

const CARD_GROUPS: RegexRule = {
  name: 'card-in-any-grouping',
  pattern: /(?<![\w./~-]|[\d.],)\d{2,10}(?:(?:[ \t]?[~/–-][ \t]?|[ \t\u00a0]{1,2})\d{2,10}){1,7}(?![\w]|[./~–-]\d)/dg,
  judge(m, text) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (digits.length !== 16 || /^(\d)\1+$/.test(digits) || PUBLISHED_TEST_CARDS.has(digits) || !passesLuhn(digits)) return null;
    const end = m.index + raw.length;
    // A run the scan cut short where a longer one failed its ending is part of that longer number.
    if (/^(?:[ \t]?[~/–-][ \t]?|[ \t\u00a0]{1,2})\d/.test(text.slice(end, end + 4))) return null;
    const expiry = EXPIRY_AFTER.exec(text.slice(end, end + 60));
    if (!expiry) return null;
    if (namedAsAnotherNumber(text, m.index, end)) return null;
    const spans: SecretSpan[] = [];
    // Four groups of four with one joint are the card rule's to judge (its test cards, its barcodes); the code after
    // their expiry is read here only where that rule takes the number.
    const printed = printedAsCard(raw);
    if (printed && !realCardBetween(text, m.index, end)) return null;
    if (!printed) spans.push({ start: m.index, end, label: 'card number' });
    const codeFrom = end + expiry[0].length;
    const code = CODE_AFTER_EXPIRY.exec(text.slice(codeFrom, codeFrom + 40));
    if (code && !OTHER_NUMBER_WORD.test(code[0].slice(0, -code[1]!.length))) {
      const start = codeFrom + code[0].length - code[1]!.length;
      spans.push({ start, end: start + code[1]!.length, label: 'card number' });
    }
    return spans.length ? spans : null;
  },
};

export const CARD_IN_ANY_GROUPING_FINDERS: readonly Finder[] = [regexFinder(CARD_GROUPS)];
