import { anchoredFinder } from './anchored-finder';
import { wordAnchors } from './fast-anchors';
import { realCardBetween, regexFinder, windowedFinder, type Finder, type RegexRule, type SecretSpan } from './rules';

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

/**
 * The next number after a real card's expiry, three or four digits under a name of one to three words in any language
 * or script, as a card's details are written in order: "Kortið hennar: … gildir til 06/28 öryggisnúmer 8302",
 * "kortelė …, galioja iki 04/27, saugos kodas 516", "| expiry | 09/30 |" over "| CVV2 | 578 |", "exp 11/29 — CVC2:
 * 044". The order (card, expiry, then the code with only its name between) says what the number is, whatever the
 * language calls it; a name that makes it another number (an amount, a limit, a postcode, a room, an order) and a
 * currency or unit after it keep it, and so does a year. A spreadsheet's rows copied as text ("A3: exp\tB3: 06/31" over
 * "A4: CID\tB4: 5348") put a cell's name before the code's and another between them (AJ's round); BA's round: EtherCalc's
 * cells without the colon ("A3 sec code\tB3 626"), and the Arabic script's comma between the fields ("… 01/28، کود پشت کارت 810").
 */
const EXPIRY_DATE = /(?<![\p{N}])(?:0[1-9]|1[0-2])[/.-](?:\d{2}|20\d{2})(?![\p{N}]|[/.-]\d)/gu;
// AU's round: a slash between the fields too, as a card read back is written ("expires 05-30 / security 841").
// BF's round: a CJK comma between the fields ("有效期06/30，背面仨数儿354"), and a name of up to six words, a count
// among them ("the 3 digits on the back are 519", "los tres de atrás 961", "peeche ke teen number 413"); a digit
// is a word of the name only with a word after it, so a code's first digit is never taken for one. BJ's round: a
// dotted leader between the name and the code ("Security code ....... 587"), as a printed slip aligns its fields.
const NAMED_NUMBER_AFTER =
  /^[ \t]*[,;|)—–/،؛，、-]?[ \t]*(?:\r?\n[ \t]*\|?[ \t]*)?(?:[A-Z]{1,2}\d{1,5}:[ \t]*)?(\p{L}[\p{L}\p{M}\p{N}'’._-]{0,30}(?:[ \t]+(?:\p{L}[\p{L}\p{M}\p{N}'’._-]{0,30}|\d(?=[ \t]+\p{L}))){0,5})[ \t]*(?:[:=：|—–-]{1,2}[ \t]*|\.{2,40}[ \t]*|\t[A-Z]{1,2}\d{1,5}:?[ \t]*)?(\d{3,4})(?![\p{N}]|[.,:/-]\d)/u;
/** Names of other numbers that may follow a card's expiry, in the languages the rules read. */
const OTHER_NUMBER =
  /(?<![\p{L}])(?:amount|sum|total|price|cost|fee|charge|balance|limit|credit|betrag|summe|preis|gebühr|montant|prix|importe|precio|valor|preço|kwota|suma|cena|összeg|сумма|сума|ціна|цена|bedrag|prijs|belopp|beløb|beløp|summa|hinta|tutar|jumlah|harga|zip|post(?:al)?|postcode|plz|cep|cap|code[ \t]+postal|código[ \t]+postal|order|invoice|ref\p{L}*|room|floor|year|since|qty|quantity|tickets?|seats?|row|points|miles|pin)(?![\p{L}])/iu;
const UNIT_AFTER = /^[ \t]*(?:[€$£¥₹₽₺₩%]|(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|kr|zł|Ft|Kč|lei|руб|грн)(?![\p{L}]))/u;

/**
 * A number right after the expiry, spaces alone between: "… 07/28 185" (group 1 is empty, as a name would be); or a
 * comma or a semicolon, where the card and its expiry were written the same way ("Visa …, 01/27, 685": AJ's round).
 */
const BARE_NUMBER_AFTER = /^[ \t]+()(\d{3,4})(?![\p{N}\p{L}]|[.,:/-]\d)/u;
// BP's round: or a spaced dash, as "… - 03/30 - 911" lists the fields with the same mark. BR's round: or a spaced
// slash ("… 4111 / 04/28 / 419"), the expiry's own slash having no space around it.
// BS's round: or a spaced bar ("… | 01/30 | 220 |"), as a table copied as text lists them.
const LISTED_NUMBER_AFTER = /^(?:[ \t]*[,;][ \t]*|[ \t]+[-–—/|][ \t]+)()(\d{3,4})(?![\p{N}\p{L}]|[.,:/-]\d)/u;
/**
 * What stands before an expiry listed after its card: the card's last digit (or a masked card's bracket, or the bracket
 * closing the card's name) and the same separator, a line's break among them ("4111 …\n04/31 / 717"); or the expiry's
 * own short name after the card ("Target RedCard 4111 …, exp 06/29, 523": BS's round).
 */
const BEFORE_A_LISTED_EXPIRY = /(?:[\d\])](?:[ \t]*[,;][ \t]*|[ \t]+[-–—/|][ \t]+|[ \t]*\r?\n[ \t]*)|(?<![\p{L}])(?:exp|expiry|expires|expiring)\.?[ \t]*:?[ \t]*)$/u;

// BI's round: slashes join a card's groups too (the card rule reads them only between groups of four).
// BJ's round: and a dash with spaces around it (`6058 – 8101 – …`). BK's round: and a bar with spaces around it.
const CARD_DIGITS = /\d(?:(?:[ ._/\u00a0\u2009\u202f-]| {2}| [–—|-] )?\d){12}/;

function findCodesAfterExpiry(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  EXPIRY_DATE.lastIndex = 0;
  for (let e: RegExpExecArray | null; (e = EXPIRY_DATE.exec(text)); ) {
    const end = e.index + e[0].length;
    let m = NAMED_NUMBER_AFTER.exec(text.slice(end, end + 120));
    // Or no name at all, where the card, its expiry and the code stand in a row as people paste them ("4111… 07/28 185").
    if (!m && /\d[ \t]+$/.test(text.slice(Math.max(0, e.index - 3), e.index))) m = BARE_NUMBER_AFTER.exec(text.slice(end, end + 12));
    if (!m && BEFORE_A_LISTED_EXPIRY.test(text.slice(Math.max(0, e.index - 12), e.index))) m = LISTED_NUMBER_AFTER.exec(text.slice(end, end + 12));
    if (!m || OTHER_NUMBER.test(m[1]!) || /^(?:19|20)\d\d$/.test(m[2]!)) continue;
    const start = end + m[0].length - m[2]!.length;
    if (UNIT_AFTER.test(text.slice(start + m[2]!.length, start + m[2]!.length + 8))) continue;
    // A card number has thirteen digits or more, a separator of one kind between groups: without such a run before the
    // expiry, no card is looked for (texts of dates and short codes would look at every date).
    const before = text.slice(Math.max(0, e.index - 200), e.index);
    // The window takes the expiry in: a card of a scheme no prefix names is read by its expiry after it.
    if (!CARD_DIGITS.test(before) || !realCardBetween(text, e.index - 200, end)) continue;
    spans.push({ start, end: start + m[2]!.length, label: 'card number' });
  }
  return spans;
}

/**
 * The code read off the card's back, as a photo's transcript or a note gives it under the card's front: "back: 248",
 * "reverse — 0412", "Rückseite: 771", "verso : 318", "на обороте: 905", "背面: 552". A real card must stand in the 300
 * characters before; the back of anything else has no such number.
 */
const BACK_NAME = String.raw`(?:on[ \t]+the[ \t]+)?(?:back|reverse|rear)(?:[ \t]+side)?|verso|dorso|r[üu]ckseite|achterkant|baksida|bagside|bakside|ty[łl]|odwrocie|arka(?:s[ıi])?|оборот\p{L}*|зворот\p{L}*|zadn[íi][ \t]+stran\p{L}*|hátoldal\p{L}*|takapuol\p{L}*|πίσω|背面|裏面|뒷면|baliktad|belakang`;
const BACK_OF_CARD = new RegExp(
  // AV's round: or a verb as the card is read back aloud ("the three digits on the back are 553", "… on the back is 0412").
  // BP's round: or a space alone where the number ends its clause ("three on the back 130.").
  String.raw`(?<![\p{L}])(?:${BACK_NAME})(?:[ \t]*[:：=—–-]|[ \t]+(?:are|is|reads?|says?)(?![\p{L}])|(?=[ \t]+\d{3,4}[ \t]*(?:[.,;!)\n]|$)))[ \t]*(\d{3,4})(?![\p{N}\p{L}]|[.,:/-]\d)`,
  'dgiu',
);

const CODE_ON_THE_BACK: RegexRule = {
  name: 'card-code-on-the-back',
  pattern: BACK_OF_CARD,
  judge(m, text) {
    if (!CARD_DIGITS.test(text.slice(Math.max(0, m.index - 300), m.index)) || !realCardBetween(text, m.index - 300, m.index)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'card number' };
  },
};

/**
 * BX's round: the code said before the back it is read off, as a card is read out: "…, 767 on the back", "and 0412
 * is on the reverse". A real card must stand in the 300 characters before, as above.
 */
const CODE_BEFORE_THE_BACK: RegexRule = {
  name: 'card-code-before-the-back',
  pattern: /(?<![\p{N}\p{L}.,:/-])(\d{3,4})[ \t]+(?:(?:is|are)[ \t]+)?on[ \t]+the[ \t]+(?:back|reverse|rear)(?![\p{L}])/dgiu,
  judge(m, text) {
    if (!CARD_DIGITS.test(text.slice(Math.max(0, m.index - 300), m.index)) || !realCardBetween(text, m.index - 300, m.index)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'card number' };
  },
};

export const CARD_CODE_FINDERS: readonly Finder[] = [
  windowedFinder(CODE_BEFORE_THE_BACK, /on[ \t]+the[ \t]+(?:back|reverse|rear)/gi, 16, 0),
  regexFinder(CARD_CODE_AFTER_EXPIRY),
  { name: 'card-code-named-after-expiry', find: findCodesAfterExpiry },
  anchoredFinder(CODE_ON_THE_BACK, wordAnchors(BACK_NAME)),
];
