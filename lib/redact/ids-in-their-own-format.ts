import { belgianNationalNumberValid, chileanRutValid, hetuValid } from './national-ids';
import type { Finder, SecretSpan } from './rules';

/**
 * BX's round: a national ID written in its country's own punctuation, which no other number shares, passing its check,
 * with no word naming it (a row of a table of people, "| Aino | Oulu | 160263-137L |"): a Finnish HETU (a valid birth
 * date, the century's sign, three digits and its check character), a Belgian national number in its dots and dash
 * (`YY.MM.DD-NNN.CC`, mod 97) and a Chilean RUT in its dots and dash (`NN.NNN.NNN-C`, mod 11). The national-ID rules
 * elsewhere read these only after a name; the format and the check together say what they are. A number named as an
 * order's, an invoice's, a part's or a serial is left.
 */
const SHAPES = /(?<![\w.+-])(?:(\d{6}[-+A]\d{3}[0-9A-Y])|(\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})|(\d{1,2}\.\d{3}\.\d{3}-[\dkK]))(?![\w.+-]|\.\d)/g;
const OTHER_KIND_BEFORE =
  /(?<![\p{L}])(?:order|invoice|ref(?:erence)?|part|serial|sku|tracking|batch|lot|model|item|case|ticket|booking|account|acct|no\.?|nr\.?|#)[ \t]*[:#]?[ \t]*$/iu;

function findIdsInTheirOwnFormat(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  SHAPES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SHAPES.exec(text)); ) {
    const valid = m[1] ? hetuValid(m[1]) : m[2] ? belgianNationalNumberValid(m[2]) : chileanRutValid(m[3]!);
    if (!valid || OTHER_KIND_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'national id' });
  }
  return spans;
}

export const IDS_IN_THEIR_OWN_FORMAT_FINDERS: readonly Finder[] = [
  { name: 'ids-in-their-own-format', find: findIdsInTheirOwnFormat, trigger: /\d{6}[-+A]\d{3}|\d\.\d{2}\.\d{2}-\d|\.\d{3}\.\d{3}-/ },
];
