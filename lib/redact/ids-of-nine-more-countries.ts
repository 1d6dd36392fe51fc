import { idsNamedBefore, nameNear } from './ids-named-before';
import type { Finder, SecretSpan } from './rules';

/**
 * AY's round: identity and tax numbers of Morocco, Algeria, the Faroe Islands, Qatar, Botswana, Zambia, Oman and
 * Mongolia, named in the 100 characters before (on their line, a form's label on the line above, a table's country
 * column), by the ID's own name or the country's, in a sentence of any language ("Nomor QID saya …", "我的P-tal号码是
 * …"); Algeria's NIF may have its country after it in the same sentence.
 *
 * - By its check: Morocco's ICE (the company identifier, a sole trader's too: fifteen digits, the whole number a
 *   multiple of 97, python-stdnum's ma.ice).
 * - By structure, under the ID's or the country's own name: Morocco's CIN (one or two letters, five or six digits);
 *   Algeria's NIF (fifteen digits); the Faroese P-tal (the birth date DDMMYY, a dash, three digits); Qatar's QID
 *   (eleven digits: 2 or 3 for the century, the birth year, a three-digit nationality, five digits); Botswana's Omang
 *   (nine digits, the fifth 1 or 2 for the sex); Zambia's NRC (six digits, two, and 1, split by slashes); Oman's civil
 *   number (eight or nine digits, under "civil" and the country's name); Mongolia's register number (two Cyrillic
 *   letters, then the birth date YYMMDD and two digits).
 *
 * Names of two or three capitals (CIN, NIF, QID, NRC, ICE) are read only beside their shapes, where nothing else of the
 * kind is written; a number right after another number's name (an invoice's, a phone's) is left.
 */
const L = String.raw`A-Za-z\u00C0-\u024F`;
const near = (names: string) => nameNear(names, L);
const NAMES = {
  moroccoIce: near(String.raw`ice|identifiant[ \t]+commun|morocc\w*|maroc\w*|marrocos|marruecos|المغرب`),
  moroccoCin: near(String.raw`cin|carte[ \t]+nationale|morocc\w*|maroc\w*|marrocos|marruecos|المغرب`),
  algeria: near(String.raw`alg[ée]ri\w*|argélia|الجزائر`),
  algeriaNif: near(String.raw`nif`),
  faroe: near(String.raw`p-?tal|faroe\w*|f[æø]r\w*|føroy\w*`),
  qatar: near(String.raw`qid|qatar\w*|catar|قطر`),
  botswana: near(String.raw`omang|botswan\w*`),
  zambia: near(String.raw`nrc|zambi\w*|sâmbia|zâmbia`),
  mongolia: /(?:mongol|монгол|регистр|register[ \t]+(?:number|no))/iu,
  oman: near(String.raw`oman\w*|omã|عمان`),
  civil: near(String.raw`civil|مدني`),
};

const NB = String.raw`(?<![\p{L}\p{N}/€$£+-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./-]\d)`;
const MOROCCO_ICE = new RegExp(`${NB}\\d{15}${NE}`, 'gu');
const MOROCCO_CIN = new RegExp(`(?<![\\p{L}\\p{N}/-])[A-Z]{1,2}\\d{5,6}${NE}`, 'gu');
const FAROE_PTAL = new RegExp(`${NB}(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d\\d-\\d{3}${NE}`, 'gu');
const QATAR_QID = new RegExp(`${NB}[23]\\d{10}${NE}`, 'gu');
const BOTSWANA_OMANG = new RegExp(`${NB}\\d{4}[12]\\d{4}${NE}`, 'gu');
const ZAMBIA_NRC = new RegExp(`${NB}\\d{6}/\\d{2}/1${NE}`, 'gu');
const MONGOLIA_REGISTER = /(?<![\p{L}\p{N}])[А-ЯЁӨҮ]{2}[ \t]?\d{8}(?![\p{L}\p{N}])/gu;
const OMAN_CIVIL = new RegExp(`${NB}\\d{8,9}${NE}`, 'gu');

function iceValid(m: RegExpExecArray): boolean {
  let r = 0;
  for (const c of m[0]) r = (r * 10 + Number(c)) % 97;
  return r === 0 && !/^0+$/.test(m[0]);
}

function findIdsOfNineMoreCountries(text: string): SecretSpan[] {
  const always = () => true;
  return [
    ...idsNamedBefore(text, MOROCCO_ICE, NAMES.moroccoIce, iceValid),
    ...idsNamedBefore(text, MOROCCO_CIN, NAMES.moroccoCin, always),
    ...idsNamedBefore(text, MOROCCO_ICE, [NAMES.algeria, NAMES.algeriaNif], always, NAMES.algeria),
    ...idsNamedBefore(text, FAROE_PTAL, NAMES.faroe, always),
    ...idsNamedBefore(text, QATAR_QID, NAMES.qatar, always),
    ...idsNamedBefore(text, BOTSWANA_OMANG, NAMES.botswana, always),
    ...idsNamedBefore(text, ZAMBIA_NRC, NAMES.zambia, always),
    ...idsNamedBefore(text, OMAN_CIVIL, [NAMES.oman, NAMES.civil], always),
    ...idsNamedBefore(text, MONGOLIA_REGISTER, NAMES.mongolia, always),
  ];
}

export const IDS_OF_NINE_MORE_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-nine-more-countries',
    find: findIdsOfNineMoreCountries,
    trigger: /mongol|монгол|регистр|register|ice|identifiant|morocc|maroc|marrocos|marruecos|المغرب|cin|carte|alg[ée]ri|argélia|الجزائر|p-?tal|faroe|f[æø]r|føroy|qid|qatar|catar|قطر|omang|botswan|nrc|zambi|sâmbia|zâmbia|oman|omã|عمان/i,
  },
];
