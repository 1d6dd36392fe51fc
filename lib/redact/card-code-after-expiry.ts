import { realCardBetween, regexFinder, type Finder, type RegexRule } from './rules';

/**
 * A card's security code named only as "code" in the words of the sentence that gives the card: "numer karty …,
 * ważna do 07/27, kod 903", "Karte …, gültig bis 05/28, Code 412", "tarjeta …, vence 03/29, código 771". The card's
 * number and then its expiry date stand right before the code, so the code can be no other number; elsewhere
 * "code 903" is an error or an order as often, and the card rules' own names for it (CVV, CVC, Prüfziffer) are read
 * by `CARD_SECURITY_CODE`.
 */
const CODE_AFTER_EXPIRY = /(?<![\p{L}\p{N}_])(?:code|kod|kodu|koden|kode|koodi|kód|código|codigo|codice|код)[ \t]*[:=]?[ \t]*(\d{3,4})(?![\p{N}]|[.,]\d)/dgiu;

/** An expiry date: MM/YY or MM/YYYY. */
const EXPIRY = /(?<!\d)(?:0[1-9]|1[0-2])[/.-](?:\d{2}|20\d{2})(?!\d)/;

const CARD_CODE_AFTER_EXPIRY: RegexRule = {
  name: 'card-code-after-expiry',
  pattern: CODE_AFTER_EXPIRY,
  judge(m, text) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!EXPIRY.test(before) || !realCardBetween(text, m.index - 200, m.index)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'card number' };
  },
};

export const CARD_CODE_FINDERS: readonly Finder[] = [regexFinder(CARD_CODE_AFTER_EXPIRY)];
