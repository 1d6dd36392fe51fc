import { passesLuhn } from './luhn';
import { idsNamedBefore, nameNear } from './ids-named-before';
import type { Finder, SecretSpan } from './rules';

/**
 * AW's round: identity and tax numbers of Cyprus, Guinea, Andorra, Tunisia, Kyrgyzstan and Kosovo, named on their line
 * or in the 100 characters before (a form's label on the line above), by the ID's own name or the country's.
 *
 * - By their check: Cyprus' TIC of a person (eight digits, the first 0 or 9, and the letter the VAT number's check
 *   gives: the even places' digits mapped 0→1, 1→0, 2→5, 3→7, 4→9, 5→13, 6→15, 7→17, 8→19, 9→21, the odd places' added
 *   as they are, mod 26 as A to Z); Guinea's NIFp (nine digits, often 3-3-3, under Luhn's check).
 * - By structure, under the ID's or the country's own name: Andorra's NRT (a letter for the holder's kind, six digits,
 *   a letter, dashes between or not; a resident's F below 700000, an A or L from 700000 to 799999); Tunisia's matricule
 *   fiscal (seven digits, the check letter, the VAT code, the category and the establishment's three digits, split by
 *   slashes); Kyrgyzstan's PIN (fourteen digits: the sex's 1 or 2 and a birth date DDMMYYYY first); Kosovo's personal
 *   number (ten digits, the first a 1).
 *
 * A number of the same shape right after another number's name (an invoice's, an order's, a parcel's) is left.
 */
const NAMES = {
  cyprus: nameNear(String.raw`cyprus|cypriot|κ[υύ]προ\p{L}*|tic|t\.i\.c\.|tax[ \t]+identification[ \t]+code|αφμ|α\.φ\.μ\.`),
  guinea: nameNear(String.raw`guin[ée]e?\p{L}*|nifp|nif`),
  andorra: nameNear(String.raw`andorr\p{L}*|nrt|n[úu]mero[ \t]+de[ \t]+registre[ \t]+tributari`),
  tunisia: nameNear(String.raw`tunisi\p{L}*|tunisie|matricule[ \t]+fiscal|mf|identifiant[ \t]+fiscal`),
  kyrgyz: nameNear(String.raw`kyrgyz\p{L}*|kirghiz\p{L}*|кыргыз\p{L}*|киргиз\p{L}*|пин|инн|жеке[ \t]+номер`),
  kosovo: nameNear(String.raw`kosov\p{L}*|numri[ \t]+personal|nr\.?[ \t]+personal|lični[ \t]+broj|лични[ \t]+број`),
};

const NB = String.raw`(?<![\p{L}\p{N}/-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./-]\d)`;
const CYPRUS_TIC = new RegExp(`${NB}[09]\\d{7}[A-Z]${NE}`, 'gu');
const GUINEA_NIF = new RegExp(`${NB}\\d{3}([ -]?)\\d{3}\\1\\d{3}${NE}`, 'gu');
const ANDORRA_NRT = new RegExp(`${NB}[ACDEFGLOPU]([ -]?)\\d{6}\\1[A-Z]${NE}`, 'gu');
const TUNISIA_MF = new RegExp(`${NB}\\d{7}([ /]?)[A-HJ-NP-TV-Z]\\1[ABDNP]\\1[CEMNP]\\1\\d{3}${NE}`, 'gu');
const FOURTEEN_DIGITS = new RegExp(`${NB}[12]\\d{13}${NE}`, 'gu');
const KOSOVO_NUMBER = new RegExp(`${NB}1\\d{9}${NE}`, 'gu');

const CYPRUS_EVEN = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

function cyprusTicValid(v: string): boolean {
  let s = 0;
  for (let i = 0; i < 8; i++) s += i % 2 === 0 ? CYPRUS_EVEN[Number(v[i])]! : Number(v[i]);
  return String.fromCharCode(65 + (s % 26)) === v[8];
}

function andorraNrtValid(v: string): boolean {
  const head = Number(v.slice(1, 4));
  if (v[0] === 'F') return head <= 699;
  if (v[0] === 'A' || v[0] === 'L') return head >= 700 && head <= 799;
  return true;
}

/** The sex's digit, then a birth date DDMMYYYY in 1900 to 2099. */
function kyrgyzPinValid(d: string): boolean {
  const dd = Number(d.slice(1, 3));
  const mm = Number(d.slice(3, 5));
  const yyyy = Number(d.slice(5, 9));
  return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 && yyyy >= 1900 && yyyy <= 2099;
}

function findIdsOfSixMoreCountries(text: string): SecretSpan[] {
  return [
    ...idsNamedBefore(text, CYPRUS_TIC, NAMES.cyprus, (m) => cyprusTicValid(m[0])),
    ...idsNamedBefore(text, GUINEA_NIF, NAMES.guinea, (m) => passesLuhn(m[0].replace(/[ -]/g, ''))),
    ...idsNamedBefore(text, ANDORRA_NRT, NAMES.andorra, (m) => andorraNrtValid(m[0].replace(/[ -]/g, ''))),
    ...idsNamedBefore(text, TUNISIA_MF, NAMES.tunisia, () => true),
    ...idsNamedBefore(text, FOURTEEN_DIGITS, NAMES.kyrgyz, (m) => kyrgyzPinValid(m[0])),
    ...idsNamedBefore(text, KOSOVO_NUMBER, NAMES.kosovo, () => true),
  ];
}

export const IDS_OF_SIX_MORE_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-six-more-countries',
    find: findIdsOfSixMoreCountries,
    trigger: /cypr|κ[υύ]προ|tic|αφμ|α\.φ\.μ|guin|nif|andorr|nrt|registre|tunisi|fiscal|mf|kyrgyz|kirghiz|кыргыз|киргиз|пин|инн|жеке|kosov|personal|lični|лични/i,
  },
];
