import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * The number of a gift card and the code of a prepaid top-up or scratch card, named as such: "Gift card number
 * 1744 3962 6104 5945 005", "Presentkort: nummer 9083744402030622", "ギフトカード番号 4093415219752534793", "the
 * code under the scratch panel is 8658 6471 4514 0904", "Doładowanie Orange: kod 37235643522908". Whoever reads one
 * spends the balance, as whoever reads a claim code in groups of capitals and digits does ("a gift card, code
 * I0CV-X4ZN-…"); such numbers carry no Luhn digit, so the card rules do not take them. The name must stand in
 * the same sentence, before the number.
 */

/** Gift cards, in English, Swedish, Japanese, German, French, Spanish, Portuguese, Dutch, Polish, Turkish, Finnish. */
const GIFT_CARD =
  'gift[ \\t-]?card|e-?gift[ \\t-]?card|presentkort\\p{L}*|geschenkkarte|gutscheinkarte|carte[ \\t-]+cadeau|' +
  'tarjeta[ \\t]+(?:de[ \\t]+)?regalo|cart[ãa]o[ \\t-]+presente|cadeaukaart|karta[ \\t]+podarunkowa|karty[ \\t]+podarunkowej|' +
  'hediye[ \\t]+kart\\p{L}*|lahjakort\\p{L}*';
/** Prepaid top-ups and scratch cards: the code itself is the money. */
const TOP_UP =
  'top[ \\t-]?up|recharge|scratch[ \\t-]?(?:card|panel|off|area)|prepaid[ \\t]+(?:card|voucher|code)|airtime|' +
  'doładowani\\p{L}*|recarga|aufladecode|aufladung|guthabenkarte|kontantkort\\p{L}*|yükleme|lataus\\p{L}*|carte[ \\t]+pr[ée]pay[ée]e';

/** Twelve to twenty digits, bare or in groups of three to five. */
const NUMBER =
  '(?<![\\p{L}\\p{N}])(\\d{3,5}(?:[ -]\\d{3,5}){2,5}|\\d{12,20}|' +
  // A claim code of capitals and digits in groups of four or five (Amazon's, Google Play's, Steam's wallet codes).
  '(?=[A-Z0-9-]*\\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,4})(?![\\p{L}\\p{N}_]|[.,:/-]\\w)';
/** Between the name and the number: words, signs, "number", "PIN" never (the card's PIN is the PIN rules'). */
const BETWEEN = '[^\\n\\d.!?;]{0,60}?';

// Japanese writes the card's name and the word for number as one run (ギフトカード番号), so it has no word boundary.
const NAMED_NUMBER = new RegExp(`(?:(?<![\\p{L}])(?:${GIFT_CARD}|${TOP_UP})(?![\\p{L}])|ギフトカード)${BETWEEN}${NUMBER}`, 'dgiu');

const GIFT_CARD_RULE: RegexRule = {
  name: 'gift-card-number',
  pattern: NAMED_NUMBER,
  judge(m) {
    const value = m[1]!;
    const digits = value.replace(/\D/g, '').length;
    const claimCode = /[A-Z]/.test(value);
    if ((!claimCode && (digits < 10 || digits > 20)) || /(?:order|invoice|tracking|receipt|phone|sipariş|tilaus|zamówieni)/iu.test(m[0])) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: claimCode ? 'password' : 'card number' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

const ANCHOR = /gift|presentkort|ギフトカード|geschenk|gutschein|cadeau|regalo|presente|podarunkow|hediye|lahjakort|top[ \t-]?up|recharge|scratch|prepaid|airtime|doładowani|recarga|auflad|guthaben|kontantkort|yükleme|lataus|prépay|prepay/giu;

export const GIFT_CARD_FINDERS: readonly Finder[] = [windowedFinder(GIFT_CARD_RULE, ANCHOR, 4, 80)];
