import { hasCardIssuerPrefix } from './luhn';
import { PUBLISHED_TEST_CARDS, windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * A card number the writer names as their card's ("my card number, the long one on the front 4462 9130 5521 0087",
 * "numéro de carte : 4970 1234 5678 9012"), redacted even where its check digit fails. The card rule elsewhere wants
 * the Luhn check, as a number alone must pass it to be read as a card; but a person who calls a number their card's
 * may have mistyped one digit, and the other fifteen are still their card's. The number must still look like one:
 * four groups of four digits (one separator throughout) opening with an issuer's prefix (Visa's 4, Mastercard's 51–55
 * or 2221–2720, and so on), no more than 80 characters after the card's name in the same sentence.
 */

/** "card number" and "the long number on the card" in the languages the rules read most. */
const CARD_NAME =
  String.raw`card[ \t]+(?:number|no\.?|#)|long[ \t]+(?:number|one)[^.\n]{0,30}(?:front|card)|numéro[ \t]+de[ \t]+(?:ma[ \t]+|la[ \t]+)?carte|número[ \t]+de[ \t]+(?:mi[ \t]+|la[ \t]+)?(?:tarjeta|cartão)|kartennummer|numero[ \t]+(?:di[ \t]+|della[ \t]+)?carta|kaartnummer|kortnummer(?:et)?|korttinumero|numer[ \t]+karty|číslo[ \t]+karty|nomor[ \t]+kartu|nombor[ \t]+kad|kart[ \t]+numaras[ıi]|номер[ \t]+карт[ыи]|номер[ \t]+картки|카드[ \t]?번호|カード番号|卡号|卡號`;

/** The card, then within 80 characters of its sentence four groups of four digits. */
const NAMED_CARD: RegexRule = {
  name: 'named-card-number',
  pattern: new RegExp(String.raw`(?<![\p{L}])(?:${CARD_NAME})[^.!?\n\d]{0,80}?(?<![\d.,-])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4})(?![\d]|[.,-]\d)`, 'dgiu'),
  judge(m, text) {
    const span = m.indices![1]!;
    const digits = m[1]!.replace(/\D/g, '');
    if (/^(\d)\1+$/.test(digits) || !hasCardIssuerPrefix(digits) || PUBLISHED_TEST_CARDS.has(digits)) return null;
    // Cards for testing, named so ("test card number", "sandbox card no."): the processors' own, published.
    if (/(?:test|sandbox|dummy|sample|example|fake)[ \t]+(?:credit[ \t]+)?$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    return { start: span[0], end: span[1], label: 'card number' };
  },
};

/**
 * A card number given with its PIN in the same sentence ("the card is 7044 2915 8630 1177 and pin 5820", "PIN 0417 for
 * card 6011 …"): a fuel, fleet or store card need not pass the bank cards' check or open with their issuers' digits,
 * and a number someone gives with the PIN that unlocks it is a card's, whatever it opens with.
 */
const CARD_WITH_PIN: RegexRule = {
  name: 'card-number-with-pin',
  pattern: new RegExp(
    String.raw`(?<![\d.,-])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4})(?![\d]|[.,-]\d)(?=[^.!?\n]{0,60}?(?<![\p{L}])(?:pin|PIN|Pin)(?:[ \t]*(?:code|is|:|=|#))?[ \t]*\d{4,8}(?!\d))|(?<![\p{L}])(?:pin|PIN|Pin)(?:[ \t]*(?:code|is|:|=|#))?[ \t]*\d{4,8}(?!\d)[^.!?\n]{0,60}?(?<![\d.,-])(\d{4}([ -]?)\d{4}\4\d{4}\4\d{4})(?![\d]|[.,-]\d)`,
    'dgu',
  ),
  judge(m) {
    const group = m[1] ? 1 : 3;
    const span = m.indices![group]!;
    const digits = m[group]!.replace(/\D/g, '');
    if (/^(\d)\1+$/.test(digits) || PUBLISHED_TEST_CARDS.has(digits)) return null;
    return { start: span[0], end: span[1], label: 'card number' };
  },
};

export const NAMED_CARD_NUMBER_FINDERS: readonly Finder[] = [
  windowedFinder(CARD_WITH_PIN, /pin/gi, 100, 100),
  windowedFinder(NAMED_CARD, /card|long|carte|tarjeta|cartão|karte|carta|kaart|kort|kortti|karty|kartu|kad|kart|карт|카드|カード|卡/giu, 40, 200),
];
