import { nameNear } from './ids-named-before';
import type { Finder, SecretSpan } from './rules';

/**
 * AV's round: identity and tax numbers of Mozambique, Ghana, Azerbaijan, Namibia, Mauritius and Cuba, named on their line
 * or in the 100 characters before (a form's label on the line above), by the ID's own name, the country's, or, where
 * the number carries its own check, a word for an identity number.
 *
 * - By their check digit: Mozambique's NUIT (nine digits, weights 8 9 4 5 6 7 8 9, "01234567891"[sum mod 11]),
 *   Azerbaijan's VÖEN (ten digits, weights 4 1 8 6 2 7 5 3 mod 11 as the ninth, a 1 or a 2 last), under their own or
 *   their country's name: their bare digits are any number's; Ghana's TIN of a person (P00, seven digits and a
 *   check, positions 2 to 10 weighted 1 to 9 mod 11, X for 10), Namibia's ID (a birth date, four digits, a check with
 *   weights 11 to 2), Mauritius' NID (the surname's initial, a birth date, six digits and a mod-17 check character),
 *   under a generic identity word too.
 * - By structure only, under the ID's or the country's own name: Cuba's carné de identidad (a birth date, the century's
 *   digit, three digits and a last one).
 */
const GENERIC = String.raw`(?:national[ \t]+id|identity|identification|id[ \t]+(?:no|number|card|#)|tin|tax[ \t]+(?:id|number))`;
const NAMES = {
  nuit: nameNear(String.raw`nuit|mo[cç]ambi\p{L}*|mozambi\p{L}*`),
  ghana: nameNear(String.raw`ghana\p{L}*|tin`),
  voen: nameNear(String.raw`v[öo]en|azerbaijan\p{L}*|az[əe]rbaycan\p{L}*`),
  namibia: nameNear(String.raw`namibi\p{L}*`),
  mauritius: nameNear(String.raw`mauriti\p{L}*|maurice|nid`),
  cuba: nameNear(String.raw`cuba\p{L}*|carn[ée][ \t]+de[ \t]+identidad|carn[ée]`),
};
const GENERIC_NEAR = nameNear(GENERIC);

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NB = String.raw`(?<![\p{L}\p{N}-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[.-]\d)`;
const NUIT = new RegExp(`${NB}\\d{3}([ ]?)\\d{3}\\1\\d{3}${NE}`, 'gu');
const GHANA_TIN = new RegExp(`${NB}P00\\d{7}[\\dX]${NE}`, 'gu');
const TEN_DIGITS = new RegExp(`${NB}\\d{10}${NE}`, 'gu');
const NAMIBIA_ID = new RegExp(`${NB}\\d{6}([ ]?)\\d{4}\\1\\d${NE}`, 'gu');
const MAURITIUS_NID = new RegExp(`${NB}[A-Z]\\d{12}[0-9A-Z]${NE}`, 'gu');

function dateValid(yymmdd: string): boolean {
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

function weighted(digits: string, weights: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += weights[i]! * Number(digits[i]);
  return s;
}

function nuitValid(d: string): boolean {
  return '01234567891'[weighted(d, [8, 9, 4, 5, 6, 7, 8, 9]) % 11] === d[8];
}

function ghanaTinValid(v: string): boolean {
  let s = 0;
  for (let i = 1; i <= 9; i++) s += i * ALPHABET.indexOf(v[i]!);
  const c = s % 11;
  return (c === 10 ? 'X' : String(c)) === v[10];
}

function voenValid(d: string): boolean {
  return String(weighted(d, [4, 1, 8, 6, 2, 7, 5, 3]) % 11) === d[8] && (d[9] === '1' || d[9] === '2');
}

function namibianIdValid(d: string): boolean {
  if (!dateValid(d)) return false;
  return (11 - (weighted(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11 === Number(d[10]);
}

function mauritianNidValid(v: string): boolean {
  if (!dateValid(v.slice(1, 7).replace(/^(\d\d)(\d\d)(\d\d)$/, '$3$2$1'))) return false;
  let s = 0;
  for (let i = 0; i < 13; i++) s += (14 - i) * ALPHABET.indexOf(v[i]!);
  return ALPHABET[(((17 - s) % 17) + 17) % 17] === v[13];
}

/** Cuba's carné: YYMMDD, the century's digit (9 for the 1800s, 0 to 5 the 1900s, 6 to 8 the 2000s), four more. */
function cubanCarneValid(d: string): boolean {
  return dateValid(d);
}

/** The line up to the number and the 100 characters before it (a form's label on the line above). */
function contextOf(text: string, at: number): string {
  return text.slice(Math.max(0, at - 100), at);
}

function findIdsOfFurtherCountries(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const scan = (re: RegExp, ok: (value: string, ctx: string) => boolean) => {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      if (ok(m[0], contextOf(text, m.index))) spans.push({ start: m.index, end: m.index + m[0].length, label: 'national id' });
    }
  };
  scan(NUIT, (v, ctx) => NAMES.nuit.test(ctx) && nuitValid(v.replace(/ /g, '')));
  scan(GHANA_TIN, (v, ctx) => (NAMES.ghana.test(ctx) || GENERIC_NEAR.test(ctx)) && ghanaTinValid(v));
  scan(TEN_DIGITS, (v, ctx) => NAMES.voen.test(ctx) && voenValid(v));
  scan(NAMIBIA_ID, (v, ctx) => (NAMES.namibia.test(ctx) || GENERIC_NEAR.test(ctx)) && namibianIdValid(v.replace(/ /g, '')));
  scan(MAURITIUS_NID, (v, ctx) => (NAMES.mauritius.test(ctx) || GENERIC_NEAR.test(ctx)) && mauritianNidValid(v));
  return spans;
}

/** Cuba's carné by structure: eleven digits under the ID's or the country's own name only. */
const ELEVEN_DIGITS = new RegExp(`${NB}\\d{11}${NE}`, 'gu');

function findCubanCarnes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ELEVEN_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ELEVEN_DIGITS.exec(text)); ) {
    if (NAMES.cuba.test(contextOf(text, m.index)) && cubanCarneValid(m[0])) spans.push({ start: m.index, end: m.index + 11, label: 'national id' });
  }
  return spans;
}

export const IDS_OF_FURTHER_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-further-countries',
    find: findIdsOfFurtherCountries,
    trigger: /nuit|mo[cç]ambi|mozambi|ghana|tin|v[öo]en|azerbaijan|az[əe]rbaycan|namibi|mauriti|maurice|nid|id|identi|tax/i,
  },
  { name: 'cuban-carnes', find: findCubanCarnes, trigger: /cuba|carn[ée]/i },
];
