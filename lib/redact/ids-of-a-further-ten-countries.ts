import { idsNamedBefore, nameNear } from './ids-named-before';
import type { Finder, SecretSpan } from './rules';

/**
 * BB's round: identity and tax numbers of Greenland, Armenia, Afghanistan, Iraq, Haiti, Trinidad and Tobago, Malawi,
 * Cameroon, Cambodia and Mauritania, named on their line or in the 100 characters before (a crew manifest's
 * nationality column, a table's country cell, a form's "Nationality:" line above, "my … is X and my wife's is Y"), by
 * the ID's own name or the country's. Only Greenland's has a check digit a public source gives; the others are read
 * by structure:
 *
 * - Greenland's CPR number (the Danish system's): the birth date DDMMYY, a dash, four digits, with the old mod-11
 *   check (weights 4 3 2 7 6 5 4 3 2 1); Denmark's own CPR numbers have not carried it since 2007 and stay
 *   `national-ids.ts`'s, where the word must stand right before.
 * - Armenia's public service number (PSN) and Mauritania's NNI: ten digits.
 * - Afghanistan's e-Tazkira: the Solar Hijri year of issue (13xx or 14xx), four digits, five digits, dashed.
 * - Iraq's unified national card: twelve digits opening with 1 or 2.
 * - Haiti's NIF: NNN-NNN-NNN-N.
 * - Trinidad and Tobago's national ID: the birth date YYYYMMDD and three digits.
 * - Malawi's NRB national ID: eight capitals and digits, both kinds in it.
 * - Cameroon's NIU: M or P, twelve digits, a letter.
 * - Cambodia's Khmer ID card: nine digits.
 *
 * A number of the same shape right after another number's name (an invoice's, an order's, a phone's) or a calling
 * code is left (`ids-named-before.ts`), and so is one digit repeated, as a format's help writes the shape.
 */
const near = (names: string) => nameNear(names);
const NAMES = {
  greenland: near(String.raw`greenland\p{L}*|kalaallit|gr[øo]nland\p{L}*|CPR|personnummer`),
  armenia: near(String.raw`armenia\p{L}*|PSN|public[ \t]+service[ \t]+number|հայաստան\p{L}*`),
  afghanistan: near(String.raw`afghan\p{L}*|e-?tazkira|tazkira|tazkera|تذکره|تذكرة`),
  iraq: near(String.raw`iraq\p{L}*|unified[ \t]+national[ \t]+card|العراق|عراقي\p{L}*`),
  haiti: near(String.raw`ha[iï]ti\p{L}*|NIF`),
  trinidad: near(String.raw`trinidad\p{L}*|tobago\p{L}*`),
  malawi: near(String.raw`malawi\p{L}*|NRB`),
  cameroon: near(String.raw`camero\p{L}*|cameroun\p{L}*|NIU`),
  cambodia: near(String.raw`cambodia\p{L}*|cambodge|khmer|កម្ពុជា`),
  mauritania: near(String.raw`mauritani\p{L}*|NNI|موريتاني\p{L}*`),
};

const NB = String.raw`(?<![\p{L}\p{N}/€$£+-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./-]\d)`;
const DATE_MMDD = String.raw`(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;
const GREENLAND_CPR = new RegExp(`${NB}(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d\\d-\\d{4}${NE}`, 'gu');
const TEN_DIGITS = new RegExp(`${NB}\\d{10}${NE}`, 'gu');
const AFGHAN_TAZKIRA = new RegExp(`${NB}1[34]\\d\\d-\\d{4}-\\d{5}${NE}`, 'gu');
const IRAQ_NATIONAL_CARD = new RegExp(`${NB}[12]\\d{11}${NE}`, 'gu');
const HAITI_NIF = new RegExp(`${NB}\\d{3}-\\d{3}-\\d{3}-\\d${NE}`, 'gu');
const TRINIDAD_ID = new RegExp(`${NB}(?:19|20)\\d\\d${DATE_MMDD}\\d{3}${NE}`, 'gu');
const MALAWI_ID = /(?<![\p{L}\p{N}_-])(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8}(?![\p{L}\p{N}_-])/gu;
const CAMEROON_NIU = /(?<![\p{L}\p{N}_-])[MP]\d{12}[A-Z](?![\p{L}\p{N}_-])/gu;
const CAMBODIA_ID = new RegExp(`${NB}\\d{9}${NE}`, 'gu');

/** The Danish system's old check: the ten digits weighted 4 3 2 7 6 5 4 3 2 1 sum to a multiple of 11. */
const CPR_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
function cprMod11(m: RegExpExecArray): boolean {
  const digits = m[0].replace('-', '');
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * CPR_WEIGHTS[i]!;
  return sum % 11 === 0;
}

/** A format's help writes the shape with one digit repeated (`000-000-000-0`): no holder's number. */
const always = (m: RegExpExecArray): boolean => !/^(\d)\1{3,}$/.test(m[0].replace(/\D/g, ''));

function findIdsOfAFurtherTenCountries(text: string): SecretSpan[] {
  return [
    ...idsNamedBefore(text, GREENLAND_CPR, NAMES.greenland, (m) => always(m) && cprMod11(m)),
    ...idsNamedBefore(text, TEN_DIGITS, NAMES.armenia, always),
    ...idsNamedBefore(text, TEN_DIGITS, NAMES.mauritania, always),
    ...idsNamedBefore(text, AFGHAN_TAZKIRA, NAMES.afghanistan, always),
    ...idsNamedBefore(text, IRAQ_NATIONAL_CARD, NAMES.iraq, always),
    ...idsNamedBefore(text, HAITI_NIF, NAMES.haiti, always),
    ...idsNamedBefore(text, TRINIDAD_ID, NAMES.trinidad, always),
    ...idsNamedBefore(text, MALAWI_ID, NAMES.malawi, always),
    ...idsNamedBefore(text, CAMEROON_NIU, NAMES.cameroon, always),
    ...idsNamedBefore(text, CAMBODIA_ID, NAMES.cambodia, always),
  ];
}

export const IDS_OF_A_FURTHER_TEN_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-a-further-ten-countries',
    find: findIdsOfAFurtherTenCountries,
    trigger: /greenland|kalaallit|gr[øo]nland|cpr|personnummer|armenia|psn|public[ \t]+service[ \t]+number|հայաստան|afghan|tazk[ie]ra|تذکره|تذكرة|iraq|unified[ \t]+national|العراق|عراقي|ha[iï]ti|nif|trinidad|tobago|malawi|nrb|camero|niu|cambod|khmer|កម្ពុជា|mauritani|nni|موريتاني/i,
  },
];
