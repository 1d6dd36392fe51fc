import { idsNamedBefore, nameNear } from './ids-named-before';
import type { Finder, SecretSpan } from './rules';

/**
 * BA's round: identity numbers of Jersey, Guernsey, the Isle of Man, Curaçao, Macau, Jordan, the Maldives, Bhutan,
 * Madagascar and Barbados, named on their line or in the 100 characters before (a case list's country column, a KYC
 * export's id_type cell, a form's label, "the payroll system keeps rejecting … for the … number"), by the ID's own
 * name or the country's. None has a check digit a public source gives, so each is read by structure only:
 *
 * - Jersey's and Guernsey's social security numbers and the Isle of Man's National Insurance number: JY, GY or MA, six
 *   digits and a letter A to D (the UK's layout under the islands' own prefixes).
 * - Curaçao's persoonsnummer: the birth date YYYYMMDD, then two digits.
 * - Macau's resident ID: 1, 5 or 7, six digits, and the check digit in brackets, `5243426(8)`.
 * - Jordan's national number: ten digits, 9 and the birth year's two digits then seven digits, or 2000 and six.
 * - The Maldives' ID card: A and six digits.
 * - Bhutan's CID: eleven digits opening with 1.
 * - Madagascar's CIN: twelve digits, the first (the province) 1 to 6, the sixth 1 or 2.
 * - Barbados' national registration number: the birth date YYMMDD, a dash, four digits.
 *
 * A number of the same shape right after another number's name (an invoice's, an order's, a phone's) is left.
 */
const L = String.raw`A-Za-z\u00C0-\u024F`;
const near = (names: string) => nameNear(names, L);
const NAMES = {
  jersey: near(String.raw`jersey`),
  guernsey: near(String.raw`guernsey`),
  isleOfMan: near(String.raw`isle[ \t]+of[ \t]+man|manx`),
  curacao: near(String.raw`cura[çc]ao\w*|persoonsnummer|sedula`),
  macau: near(String.raw`maca[ou]\w*|澳門|澳门`),
  jordan: near(String.raw`jordan\w*|الأردن|أردني\p{L}*`),
  maldives: near(String.raw`maldiv\w*`),
  bhutan: near(String.raw`bhutan\w*`),
  madagascar: near(String.raw`madagas\w*|malagasy|malgache`),
  barbados: near(String.raw`barbad\w*|bajan`),
};

const NB = String.raw`(?<![\p{L}\p{N}/€$£+-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./-]\d)`;
const DATE_MMDD = String.raw`(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;
const CROWN_DEPENDENCY_NUMBER = (prefix: string) => new RegExp(`(?<![\\p{L}\\p{N}])${prefix}[ \\t]?\\d{2}[ \\t]?\\d{2}[ \\t]?\\d{2}[ \\t]?[A-D](?![\\p{L}\\p{N}])`, 'gu');
const JERSEY_SSN = CROWN_DEPENDENCY_NUMBER('JY');
const GUERNSEY_SSN = CROWN_DEPENDENCY_NUMBER('GY');
const ISLE_OF_MAN_NI = CROWN_DEPENDENCY_NUMBER('MA');
const CURACAO_PERSOONSNUMMER = new RegExp(`${NB}(?:19|20)\\d\\d${DATE_MMDD}\\d{2}${NE}`, 'gu');
const MACAU_ID = /(?<![\p{L}\p{N}/-])[157]\d{6}\(\d\)/gu;
const JORDAN_NATIONAL = new RegExp(`${NB}(?:9\\d{9}|2000\\d{6})${NE}`, 'gu');
const MALDIVES_ID = /(?<![\p{L}\p{N}])A\d{6}(?![\p{L}\p{N}])/gu;
const BHUTAN_CID = new RegExp(`${NB}1\\d{10}${NE}`, 'gu');
const MADAGASCAR_CIN = new RegExp(`${NB}[1-6]\\d{4}[12]\\d{6}${NE}`, 'gu');
const BARBADOS_NRN = new RegExp(`${NB}\\d\\d${DATE_MMDD}-\\d{4}${NE}`, 'gu');

function findIdsOfTenIslandAndDesertCountries(text: string): SecretSpan[] {
  const always = () => true;
  return [
    ...idsNamedBefore(text, JERSEY_SSN, NAMES.jersey, always),
    ...idsNamedBefore(text, GUERNSEY_SSN, NAMES.guernsey, always),
    ...idsNamedBefore(text, ISLE_OF_MAN_NI, NAMES.isleOfMan, always),
    ...idsNamedBefore(text, CURACAO_PERSOONSNUMMER, NAMES.curacao, always),
    ...idsNamedBefore(text, MACAU_ID, NAMES.macau, always),
    ...idsNamedBefore(text, JORDAN_NATIONAL, NAMES.jordan, always),
    ...idsNamedBefore(text, MALDIVES_ID, NAMES.maldives, always),
    ...idsNamedBefore(text, BHUTAN_CID, NAMES.bhutan, always),
    ...idsNamedBefore(text, MADAGASCAR_CIN, NAMES.madagascar, always),
    ...idsNamedBefore(text, BARBADOS_NRN, NAMES.barbados, always),
  ];
}

export const IDS_OF_TEN_ISLAND_AND_DESERT_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-ten-island-and-desert-countries',
    find: findIdsOfTenIslandAndDesertCountries,
    trigger: /jersey|guernsey|isle[ \t]+of[ \t]+man|manx|cura[çc]ao|persoonsnummer|sedula|maca[ou]|澳[門门]|jordan|الأردن|أردني|maldiv|bhutan|madagas|malagasy|malgache|barbad|bajan/i,
  },
];
