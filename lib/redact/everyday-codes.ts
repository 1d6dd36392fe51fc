import { anchoredFinder } from './anchored-finder';
import { OTHER_COPULAS, SHORT_COPULAS } from './passwords';
import { type Finder, type RedactionLabel, type RegexRule } from './rules';

/**
 * Everyday secrets a person types into a message: a door, gate, key-box or alarm code, a card's PIN, an insurance
 * policy number. The number alone is not a secret ("code 4497" is as often an error or an order), so only a value the
 * sentence names right before it is taken: "the building door code is 0145#", "die PIN ist 3593", "le code de la porte
 * d'entrée est V2805", "Versicherungsnummer 863/6534205-J", "número da apólice 1984891962". "PIN" is read in capitals
 * only: "pin 13" is a GPIO pin.
 */
const CODE_NAME =
  '(?:(?:door|gate|entry|building|front[ \\t]door|garage|key[ \\t]?box|lock[ \\t]?box|alarm|safe)[ \\t]+code|' +
  '(?:T[üu]r|Tor|Haust[üu]r|Schl[üu]sselkasten|Alarm|Tresor)code|digicode|' +
  "code[ \\t]+(?:de[ \\t]+la[ \\t]+porte|du[ \\t]+portail|d['’]entr[ée]e|de[ \\t]+l['’]alarme|du[ \\t]+coffre)(?:[ \\t]+d['’]entr[ée]e)?|" +
  'c[óo]digo[ \\t]+(?:de[ \\t]+la[ \\t]+puerta|del[ \\t]+portal|de[ \\t]+la[ \\t]+alarma|do[ \\t]+port[ãa]o|da[ \\t]+porta|do[ \\t]+alarme|da[ \\t]+caixa))';

/** An insurance policy's number, by the names insurers print on the policy. */
const POLICY_NAME =
  '(?:(?:insurance[ \\t]+)?policy[ \\t]+(?:number|no\\.?)|' +
  '(?:Versicherungs|Policen|Versicherungsschein|Vertrags)nummer|' +
  "num[ée]ro[ \\t]+(?:de[ \\t]+(?:police|contrat)|d['’]assur[ée])|" +
  'n[úu]mero[ \\t]+(?:de[ \\t]+(?:la[ \\t]+)?p[óo]liza|da[ \\t]+ap[óo]lice|de[ \\t]+utente|de[ \\t]+segurado))';

/** "is", "ist", "est", "es", "é", "lautet", a colon or an equals sign between the name and the value; or nothing. */
const LINK = '(?:[ \\t]+(?:is|was|ist|lautet|est|es|é)(?![\\p{L}]))?[ \\t]*[:=]?[ \\t]*';

/**
 * What a language joins to the word PIN itself: an Indonesian or Malay possessive ("PIN-nya", "PIN-ku"), a Turkish
 * one ("PIN'im"), or the card the PIN belongs to as a dotted capital name (the German health cards' "PIN.SMC",
 * "PIN.CH", "PIN.QES").
 */
const PIN_SUFFIX = "(?:-(?:nya|ku|mu)|['’](?:im|ım|um|üm|in|ın|i|ı)|\\.[A-Z]{2,5})";

/**
 * The PINs of a wallet, a phone banking line or a payment system, written with a letter before "PIN": "MPIN" and
 * "M-PIN" (mobile banking, GCash, M-Pesa), "TPIN" (phone banking), "ePIN", "iPIN", "UPI PIN", "ATM PIN".
 */
const PIN_PREFIX = '(?:(?:UPI|ATM|SIM|card|Card)[ \\t-]|[MT]-?|[mei])?';

/** "code" or "number" after PIN, in the languages people write ("PIN-kod", "PIN коды", "PIN kodu", "PIN-kóði"). */
const PIN_CODE_WORD = '(?:code|kod|koden|kode|koodi|kodu|kodi|kodas|k[óo]ði|c[óo]d|number|nummer|numara|Code|Kod|Nummer|код[\\p{L}]{0,3})';

/** A code or number: digits, with letters, dashes, slashes or a closing '#' as such codes are written. */
const VALUE = '([A-Za-z]{0,4}[-/]?\\d[\\dA-Za-z/-]{2,24}#?|\\d{3,12}#?)';

const NAMED_CODE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${CODE_NAME})${LINK}${VALUE}(?![\\p{L}\\p{N}_])`, 'dgiu');
const POLICY_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${POLICY_NAME})${LINK}${VALUE}(?![\\p{L}\\p{N}_])`, 'dgiu');

/**
 * A PIN or a SIM card's PUK, in capitals in any language: "PIN 4077", "the PIN is 4077", "die PIN ist 3593", "el PIN
 * es 4077", "PIN-kod 7423, PUK-kod 27284860", "PIN1: 6131 PUK1: 27325229" (a SIM's first and second PIN and PUK).
 */
const PIN = new RegExp(
  `(?<![\\p{L}\\p{N}_])${PIN_PREFIX}(?:PIN|PUK)[12]?(?:[ \\t-]${PIN_CODE_WORD})?${PIN_SUFFIX}?${LINK}(\\d{4,10})(?![\\p{L}\\p{N}_])`,
  'dgu',
);

/**
 * A code whose name says it is the secret one, in the languages people write in: the PIN of a bank card or a mobile
 * money wallet ("mon code secret 0157", "mi código secreto es …", "il codice segreto: …", "kode rahasia …", "gizli
 * kodum …", "mã bí mật …"); a verb, a colon or nothing between, four to eight digits.
 */
const SECRET_CODE_NAME = `code[ \\t]+secret|c[óo]digo[ \\t]+secreto|codice[ \\t]+segreto|geheim(?:code|nummer)|kode[ \\t]+rahasia|gizli[ \\t]+kod(?:u|um)?|mã[ \\t]+bí[ \\t]+mật|secret[ \\t]+code`;
const SECRET_CODE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${SECRET_CODE_NAME})(?![\\p{L}])${LINK}(\\d{4,8})(?![\\p{L}\\p{N}_]|[.,]\\d)`, 'dgiu');

/**
 * What joins a PIN to its owner in more languages (Swahili "PIN ya benki", "PIN wa simu", Tagalog "PIN ng card" and
 * "MPIN ko", Cebuano "MPIN nako sa GCash",
 * Vietnamese "mã PIN của thẻ", Greek "PIN της κάρτας", Polish "PIN do karty", Indonesian "PIN untuk ATM"), and the
 * verbs for "is" and "was" in them ("PIN ya zamani ilikuwa …", "ang PIN ng card ay …", "PIN của thẻ là …").
 */
const OWNER_WORDS = 'ya|wa|la|ng|sa|của|της|του|για|dla|untuk|dari|na|ko|mo|nako|nimo|namo';
const MORE_COPULAS = 'ni|ilikuwa|ulikuwa|ay|là|adalah|είναι|ήταν|jest|był|je|bylo|er|var|är|on|oli|war|était|fue|foi';

/**
 * A PIN with what it opens between the word and the value, then a verb, a colon or a parenthesis with a verb: "el PIN
 * de la app del banco (es 185589)", "the PIN for my debit card is 4077", "die PIN von meiner EC-Karte: 3593". The verb
 * or colon is required here: "PIN of 4 digits" names a format.
 */
const PIN_OF = new RegExp(
  `(?<![\\p{L}\\p{N}_])${PIN_PREFIX}PIN(?:[ \\t]+(?:code|number|Code|Nummer))?[ \\t]+(?:of|for|on|to|de|del|da|do|di|du|für|von|vom|der|zu|${OWNER_WORDS})(?:[ \\t]+[\\p{L}\\p{N}'’-]{1,20}){1,5}?` +
    `(?:[ \\t]*[:=][ \\t]*|[ \\t]*\\(?[ \\t]*(?:is|was|ist|lautet|est|es|era|é|è|${MORE_COPULAS}|${OTHER_COPULAS}|${SHORT_COPULAS})[ \\t]*:?[ \\t]+)(\\d{4,8})(?![\\p{L}\\p{N}_])`,
  'dgu',
);

function codeRule(name: string, pattern: RegExp, label: RedactionLabel): RegexRule {
  return {
    name,
    pattern,
    judge(m) {
      const value = m[1]!;
      const start = m.indices![1]![0];
      // At least three digits: "door code is 4 digits long" names the format, not a code.
      if ((value.match(/\d/g) ?? []).length < 3) return null;
      return { start, end: start + value.length, label };
    },
  };
}

export const EVERYDAY_CODE_FINDERS: readonly Finder[] = [
  // Each tried only where its name stands (`anchored-finder.ts`): the names are rare, the text is long.
  anchoredFinder(codeRule('named-everyday-code', NAMED_CODE, 'password'), new RegExp(CODE_NAME, 'giu')),
  anchoredFinder(codeRule('pin', PIN, 'password'), /(?:UPI|ATM|SIM|card|Card)[ \t-](?:PIN|PUK)|[MT]-PIN|[MTmei]?PIN|PUK/g),
  anchoredFinder(codeRule('pin-of', PIN_OF, 'password'), /(?:UPI|ATM|SIM|card|Card)[ \t-]PIN|[MT]-PIN|[MTmei]?PIN/g),
  anchoredFinder(codeRule('secret-code', SECRET_CODE, 'password'), new RegExp(SECRET_CODE_NAME, 'giu')),
  anchoredFinder(codeRule('policy-number', POLICY_NUMBER, 'policy number'), new RegExp(POLICY_NAME, 'giu')),
];
