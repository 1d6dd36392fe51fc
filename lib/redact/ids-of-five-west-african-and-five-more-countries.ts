import { idsNamedBefore, nameNear } from './ids-named-before';
import type { Finder, SecretSpan } from './rules';

/**
 * BC's round: identity and tax numbers of Côte d'Ivoire, Burkina Faso, Benin, Togo, Suriname, Guyana, Syria,
 * Tajikistan, Fiji and Seychelles, named on their line or in the 100 characters before (a form export's "Country: …
 * | CNIB: …" row, a JSON record's `"country"` and `"id_type"` fields above its `"id_number"`), by the ID's own name or
 * the country's. None has a check digit a public source gives; each is read by structure:
 *
 * - Côte d'Ivoire's NNI: eleven digits opening with 1 or 2.
 * - Burkina Faso's CNIB: B and eight digits.
 * - Benin's NPI: ten digits opening with 1 or 2; named by the country, as "NPI" alone is a US provider's public
 *   registry number of the same shape.
 * - Togo's NIF: ten digits opening with 10.
 * - Suriname's ID-nummer: FA, FB, FC or FD and six digits.
 * - Guyana's national ID and Tajikistan's INN (a Russian INN has ten or twelve digits): nine digits.
 * - Syria's national number: eleven digits opening with 0; named by the country, as "national number" alone names a
 *   phone's digits as often.
 * - Fiji's TIN: nine digits opening with 5.
 * - Seychelles' NIN: three digits, the year of birth, one digit, two digits, dashed (NNN-YYYY-N-NN).
 *
 * A number of the same shape right after another number's name (an invoice's, an order's, a phone's) or a calling
 * code is left (`ids-named-before.ts`), and so is one digit repeated, as a format's help writes the shape
 * (`B00000000`, `FB000000`).
 */
const NAMES = {
  coteDIvoire: nameNear(String.raw`c[oô]te[ \t]+d['’]?ivoire|ivoirien\p{L}*|ivory[ \t]+coast|NNI`),
  burkinaFaso: nameNear(String.raw`burkin\p{L}*|CNIB`),
  benin: nameNear(String.raw`b[eé]nin\p{L}*`),
  togo: nameNear(String.raw`togo\p{L}*|NIF`),
  suriname: nameNear(String.raw`surinam\p{L}*|ID-?nummer`),
  guyana: nameNear(String.raw`guyan\p{L}*`),
  syria: nameNear(String.raw`syria\p{L}*|سوري\p{L}*|سورية`),
  tajikistan: nameNear(String.raw`tajik\p{L}*|tadjik\p{L}*|таджик\p{L}*|тоҷик\p{L}*|INN|ИНН`),
  fiji: nameNear(String.raw`fiji\p{L}*|TIN`),
  seychelles: nameNear(String.raw`seychell\p{L}*|NIN`),
};

const NB = String.raw`(?<![\p{L}\p{N}/€$£+-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./-]\d)`;
const IVORIAN_NNI = new RegExp(`${NB}[12]\\d{10}${NE}`, 'gu');
const BURKINA_CNIB = /(?<![\p{L}\p{N}_-])B\d{8}(?![\p{L}\p{N}_]|[./-]\d)/gu;
const BENIN_NPI = new RegExp(`${NB}[12]\\d{9}${NE}`, 'gu');
const TOGO_NIF = new RegExp(`${NB}10\\d{8}${NE}`, 'gu');
const SURINAME_ID = /(?<![\p{L}\p{N}_-])F[A-D]\d{6}(?![\p{L}\p{N}_]|[./-]\d)/gu;
const NINE_DIGITS = new RegExp(`${NB}\\d{9}${NE}`, 'gu');
const SYRIA_NATIONAL_NUMBER = new RegExp(`${NB}0\\d{10}${NE}`, 'gu');
const FIJI_TIN = new RegExp(`${NB}5\\d{8}${NE}`, 'gu');
const SEYCHELLES_NIN = new RegExp(`${NB}\\d{3}-(?:19|20)\\d\\d-\\d-\\d{2}${NE}`, 'gu');

/** A format's help writes the shape with one digit repeated (`B00000000`, `000-0000-0-00`): no holder's number. */
const always = (m: RegExpExecArray): boolean => !/^(\d)\1{3,}$/.test(m[0].replace(/\D/g, ''));

function findIdsOfFiveWestAfricanAndFiveMoreCountries(text: string): SecretSpan[] {
  return [
    ...idsNamedBefore(text, IVORIAN_NNI, NAMES.coteDIvoire, always),
    ...idsNamedBefore(text, BURKINA_CNIB, NAMES.burkinaFaso, always),
    ...idsNamedBefore(text, BENIN_NPI, NAMES.benin, always),
    ...idsNamedBefore(text, TOGO_NIF, NAMES.togo, always),
    ...idsNamedBefore(text, SURINAME_ID, NAMES.suriname, always),
    ...idsNamedBefore(text, NINE_DIGITS, NAMES.guyana, always),
    ...idsNamedBefore(text, NINE_DIGITS, NAMES.tajikistan, always),
    ...idsNamedBefore(text, SYRIA_NATIONAL_NUMBER, NAMES.syria, always),
    ...idsNamedBefore(text, FIJI_TIN, NAMES.fiji, always),
    ...idsNamedBefore(text, SEYCHELLES_NIN, NAMES.seychelles, always),
  ];
}

export const IDS_OF_FIVE_WEST_AFRICAN_AND_FIVE_MORE_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-five-west-african-and-five-more-countries',
    find: findIdsOfFiveWestAfricanAndFiveMoreCountries,
    trigger: /c[oô]te[ \t]+d|ivoir|ivory|nni|burkin|cnib|b[eé]nin|togo|nif|surinam|id-?nummer|guyan|syria|سوري|tajik|tadjik|таджик|тоҷик|inn|инн|fiji|tin|seychell|nin/i,
  },
];
