import { idsNamedBefore, nameNear } from './ids-named-before';
import { passesLuhn } from './luhn';
import type { Finder, SecretSpan } from './rules';

/**
 * AZ's round: identity numbers of Palestine, Liechtenstein, Uganda, Bolivia, Nepal, Libya, Angola, Eswatini, Brunei
 * and Myanmar, named on their line or in the 100 characters before (a form's label, a crew list's column, "the insurer
 * needs my … ID, it's …"), by the ID's own name or the country's.
 *
 * - By its check: Palestine's ID (nine digits opening with 4, 8 or 9, the last a Luhn check digit over all nine, as
 *   Israel's).
 * - By structure, under the ID's or the country's own name: Liechtenstein's PEID (four to twelve digits); Uganda's NIN
 *   (CM or CF, the birth year's two digits, seven digits, three letters); Bolivia's CI (five to eight digits and the
 *   department's two letters, LP SC CB OR PT TJ CH BE PD); Nepal's citizenship certificate (district, two, two and
 *   five digits, dashes between); Libya's national number (twelve digits: 1 or 2 for the sex, the birth year, seven
 *   digits); Angola's BI (nine digits, the province's two letters, three digits); Eswatini's PIN (thirteen digits, the
 *   birth date YYMMDD first); Brunei's IC (00, 01, 30, 50 or 51, a dash, six digits); Myanmar's NRC (the state 1 to
 *   14, a slash, the township's letters, (N) and six digits).
 *
 * A number of the same shape right after another number's name (an invoice's, an order's, a phone's) is left.
 */
const L = String.raw`A-Za-z\u00C0-\u024F`;
const near = (names: string) => nameNear(names, L);
const NAMES = {
  palestine: near(String.raw`palestin\w*|filast\w*|فلسطين\p{L}*`),
  liechtenstein: near(String.raw`liechtenstein\w*|peid`),
  uganda: near(String.raw`ugand\w*|nin`),
  bolivia: near(String.raw`bolivi\w*|carnet[ \t]+de[ \t]+identidad|ci`),
  nepal: near(String.raw`nepal\w*|citizenship|नागरिकता`),
  libya: near(String.raw`liby\w*|libi\w*|ليبيا|ليبي`),
  angola: near(String.raw`angol\w*|bilhete[ \t]+de[ \t]+identidade|bi`),
  eswatini: near(String.raw`eswatini|swazi\w*`),
  brunei: near(String.raw`brunei\w*|ic`),
  myanmar: near(String.raw`myanmar|burm\w*|nrc`),
};

const NB = String.raw`(?<![\p{L}\p{N}/€$£+-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./-]\d)`;
const PALESTINE_ID = new RegExp(`${NB}[489]\\d{8}${NE}`, 'gu');
const LIECHTENSTEIN_PEID = new RegExp(`${NB}\\d{4,12}${NE}`, 'gu');
const UGANDA_NIN = /(?<![\p{L}\p{N}])C[MF]\d{9}[A-Z]{3}(?![\p{L}\p{N}])/gu;
const BOLIVIA_CI = new RegExp(`${NB}\\d{5,8}[ \\t-]?(?:LP|SC|CB|OR|PT|TJ|CH|BE|PD)(?![\\p{L}\\p{N}])`, 'gu');
const NEPAL_CITIZENSHIP = new RegExp(`${NB}\\d{2}-\\d{2}-\\d{2}-\\d{5}${NE}`, 'gu');
const LIBYA_NATIONAL = new RegExp(`${NB}[12](?:19|20)\\d{9}${NE}`, 'gu');
const ANGOLA_BI = /(?<![\p{L}\p{N}])\d{9}[A-Z]{2}\d{3}(?![\p{L}\p{N}])/gu;
const ESWATINI_PIN = new RegExp(`${NB}\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{7}${NE}`, 'gu');
const BRUNEI_IC = new RegExp(`${NB}(?:00|01|30|50|51)-\\d{6}${NE}`, 'gu');
const MYANMAR_NRC = /(?<![\p{L}\p{N}])(?:1[0-4]|[1-9])\/[A-Za-z]{3,9}\([A-Z]\)\d{6}(?![\p{L}\p{N}])/gu;

function findIdsOfAnotherTenCountries(text: string): SecretSpan[] {
  const always = () => true;
  return [
    ...idsNamedBefore(text, PALESTINE_ID, NAMES.palestine, (m) => passesLuhn(m[0])),
    ...idsNamedBefore(text, LIECHTENSTEIN_PEID, NAMES.liechtenstein, always),
    ...idsNamedBefore(text, UGANDA_NIN, NAMES.uganda, always),
    ...idsNamedBefore(text, BOLIVIA_CI, NAMES.bolivia, always),
    ...idsNamedBefore(text, NEPAL_CITIZENSHIP, NAMES.nepal, always),
    ...idsNamedBefore(text, LIBYA_NATIONAL, NAMES.libya, always),
    ...idsNamedBefore(text, ANGOLA_BI, NAMES.angola, always),
    ...idsNamedBefore(text, ESWATINI_PIN, NAMES.eswatini, always),
    ...idsNamedBefore(text, BRUNEI_IC, NAMES.brunei, always),
    ...idsNamedBefore(text, MYANMAR_NRC, NAMES.myanmar, always),
  ];
}

export const IDS_OF_ANOTHER_TEN_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-another-ten-countries',
    find: findIdsOfAnotherTenCountries,
    // The IDs' two- and three-letter names (CI, BI, IC, NIN) are read once a country's or a longer name is in the text.
    trigger: /palestin|filast|فلسطين|liechtenstein|peid|ugand|bolivi|carnet|nepal|citizenship|नागरिकता|liby|libi|ليبي|angol|bilhete|eswatini|swazi|brunei|myanmar|burm|nrc/i,
  },
];
