import { idsNamedBefore, nameNear } from './ids-named-before';
import type { Finder, SecretSpan } from './rules';

/**
 * AX's round: identity and tax numbers of Zimbabwe, Senegal, Malta, Bahrain, Jamaica, Panama, Honduras, Bangladesh,
 * Rwanda and Tanzania, named on their line or in the 100 characters before (a form's label on the line above, a
 * table's country column), by the ID's own name or the country's.
 *
 * - By their check: Zimbabwe's national ID (the registration office's two digits, a serial of six or seven, the check
 *   letter, the district's two digits; the letter is office and serial read as one number, mod 23, over
 *   ZABCDEFGHJKLMNPQRSTVWXY); Senegal's NINEA (seven or nine digits whose digits weighted 1, 2, 1, 2 … from the left of
 *   the nine-digit form sum to a multiple of 10, then, optionally, the COFI: the tax status 0 to 2, the tax centre's
 *   letter and the legal form's digit).
 * - By structure, under the ID's or the country's own name: Malta's ID card (up to seven digits and the letter of the
 *   holder's kind, M G A P L H B Z); Bahrain's CPR (nine digits, the birth year and month first); Jamaica's TRN (nine
 *   digits, the first a 1, often 3-3-3); Panama's cédula (the province 1 to 13 or PE, E, N, then book and entry, split
 *   by dashes); Honduras' DNI (the municipality's four digits, department 01 to 18, the year of registration and five
 *   digits); Bangladesh's NID (ten digits of the smart card, thirteen or seventeen of the older ones); Rwanda's
 *   national ID (sixteen digits: 1, the birth year, 7 or 8 for the sex, seven digits, one, two); Tanzania's NIDA
 *   number (a birth date YYYYMMDD, five, five and two digits, dashes between).
 *
 * A number of the same shape right after another number's name (an invoice's, an order's, a phone's) is left.
 */
const NAMES = {
  zimbabwe: nameNear(String.raw`zimbabw\p{L}*`),
  senegal: nameNear(String.raw`s[ée]n[ée]gal\p{L}*|ninea`),
  malta: nameNear(String.raw`malt(?:a|ese)|maltais\p{L}*`),
  bahrain: nameNear(String.raw`bahrain\p{L}*|cpr|البحرين|بحريني\p{L}*`),
  jamaica: nameNear(String.raw`jamaic\p{L}*|trn|taxpayer[ \t]+registration[ \t]+number`),
  panama: nameNear(String.raw`panam\p{L}*|c[ée]dula`),
  honduras: nameNear(String.raw`hondur\p{L}*`),
  bangladesh: nameNear(String.raw`bangladesh\p{L}*|বাংলাদেশ|nid|জাতীয়[ \t]+পরিচয়\p{L}*`),
  rwanda: nameNear(String.raw`rwand\p{L}*|indangamuntu`),
  tanzania: nameNear(String.raw`tanzani\p{L}*|nida|kitambulisho`),
};

const NB = String.raw`(?<![\p{L}\p{N}/€$£+-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./-]\d)`;
const ZIMBABWE_ID = new RegExp(`${NB}(\\d{2})[ -]?(\\d{6,7})[ -]?([A-Z])[ -]?\\d{2}${NE}`, 'gu');
const SENEGAL_NINEA = new RegExp(`${NB}(\\d{7}(?:\\d{2})?)(?:[ -]?[012][A-HJ-NP-Z]\\d)?${NE}`, 'gu');
const MALTA_ID = new RegExp(`${NB}\\d{3,7}[MGAPLHBZ]${NE}`, 'gu');
const BAHRAIN_CPR = new RegExp(`${NB}\\d\\d(?:0[1-9]|1[0-2])\\d{5}${NE}`, 'gu');
const JAMAICA_TRN = new RegExp(`${NB}1\\d\\d([ -]?)\\d{3}\\1\\d{3}${NE}`, 'gu');
const PANAMA_CEDULA = new RegExp(`${NB}(?:1[0-3]|[1-9]|PE|E|N)-(\\d{1,4})-(\\d{1,6})${NE}`, 'gu');
const HONDURAS_DNI = new RegExp(`${NB}(?:0[1-9]|1[0-8])\\d\\d([ -]?)(?:19|20)\\d\\d\\1\\d{5}${NE}`, 'gu');
const BANGLADESH_NID = new RegExp(`${NB}(?:\\d{10}|\\d{13}|\\d{17})${NE}`, 'gu');
const RWANDA_ID = new RegExp(`${NB}1([ -]?)(?:19|20)\\d\\d\\1[78]\\1\\d{7}\\1\\d\\1\\d\\d${NE}`, 'gu');
const TANZANIA_NIDA = new RegExp(`${NB}(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])([ -]?)\\d{5}\\1\\d{5}\\1\\d{2}${NE}`, 'gu');

const ZIMBABWE_LETTERS = 'ZABCDEFGHJKLMNPQRSTVWXY';

function zimbabweValid(m: RegExpExecArray): boolean {
  const digits = m[1]! + m[2]!;
  let r = 0;
  for (const c of digits) r = (r * 10 + Number(c)) % 23;
  return ZIMBABWE_LETTERS[r] === m[3];
}

function nineaValid(m: RegExpExecArray): boolean {
  const d = m[1]!.padStart(9, '0');
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(d[i]) * (i % 2 === 0 ? 1 : 2);
  return s % 10 === 0;
}

/** Province-book-entry, not a date written with dashes (8-12-2024). */
function panamaValid(m: RegExpExecArray): boolean {
  return !(Number(m[1]) <= 12 && /^(?:19|20)\d\d$/.test(m[2]!));
}

function findIdsOfTenMoreCountries(text: string): SecretSpan[] {
  return [
    ...idsNamedBefore(text, ZIMBABWE_ID, NAMES.zimbabwe, zimbabweValid),
    ...idsNamedBefore(text, SENEGAL_NINEA, NAMES.senegal, nineaValid),
    ...idsNamedBefore(text, MALTA_ID, NAMES.malta, () => true),
    ...idsNamedBefore(text, BAHRAIN_CPR, NAMES.bahrain, () => true),
    ...idsNamedBefore(text, JAMAICA_TRN, NAMES.jamaica, () => true),
    ...idsNamedBefore(text, PANAMA_CEDULA, NAMES.panama, panamaValid),
    ...idsNamedBefore(text, HONDURAS_DNI, NAMES.honduras, () => true),
    ...idsNamedBefore(text, BANGLADESH_NID, NAMES.bangladesh, () => true),
    ...idsNamedBefore(text, RWANDA_ID, NAMES.rwanda, () => true),
    ...idsNamedBefore(text, TANZANIA_NIDA, NAMES.tanzania, () => true),
  ];
}

export const IDS_OF_TEN_MORE_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-ten-more-countries',
    find: findIdsOfTenMoreCountries,
    trigger: /zimbabw|s[ée]n[ée]gal|ninea|malt[ae]|maltais|bahrain|cpr|البحرين|بحريني|jamaic|trn|taxpayer|panam|c[ée]dula|hondur|bangladesh|বাংলাদেশ|nid|জাতীয়|rwand|indangamuntu|tanzani|kitambulisho/i,
  },
];
