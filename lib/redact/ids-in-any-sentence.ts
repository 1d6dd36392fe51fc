import { idFinder, ninoValid, southAfricanIdValid, type IdRule } from './national-ids';
import type { Finder } from './rules';

/**
 * Identity and tax numbers with a check of their own, named in a sentence of any language:
 * - a New Zealand IRD number by its acronym ("my IRD number is 49-091-850", "te nama IRD …"), eight or nine digits
 *   whose last is the mod-11 check over the others (Inland Revenue's two weightings);
 * - a British National Insurance number named in Welsh, Scottish or Irish Gaelic, Polish, Romanian, Spanish, Portuguese,
 *   Italian, French, German, Lithuanian, Latvian, Bulgarian, Russian and Ukrainian, Urdu and the other languages of people
 *   who work in Britain ("rhif Yswiriant Gwladol", "numer NI", "numărul de asigurare națională"), or under a form's
 *   generic "ID number" (an employer's letter: "We have your ID number on file as …"): its two letters, six digits and
 *   suffix letter are checked as in English;
 * - a South African ID glued to a copula's prefix as Zulu and Xhosa write it ("I-ID yami ngu-8507…"), under a generic
 *   "my ID" in any of several languages: the number's birth date and Luhn digit tell it.
 */
const NB = '(?<![\\w.,/-])';
const NE = '(?![\\w]|[.,/-]\\d)';

/** Inland Revenue's check: weights 3,2,7,6,5,4,3,2, then 7,4,3,2,5,2,7,6 where the first gives 10. */
function irdValid(raw: string): boolean {
  let d = raw.replace(/\D/g, '');
  if (d.length === 8) d = `0${d}`;
  if (d.length !== 9 || Number(d) < 10_000_000) return false;
  const check = (weights: number[]): number => {
    const r = weights.reduce((sum, w, i) => sum + w * Number(d[i]), 0) % 11;
    return r === 0 ? 0 : 11 - r;
  };
  let c = check([3, 2, 7, 6, 5, 4, 3, 2]);
  if (c === 10) c = check([7, 4, 3, 2, 5, 2, 7, 6]);
  return c !== 10 && c === Number(d[8]);
}

const NZ_IRD: IdRule = {
  name: 'nz-ird',
  label: /\bIRD\b|\bInland[ \t]+Revenue\b|\bTe[ \t]+Tari[ \t]+Taake\b/g,
  pattern: new RegExp(`${NB}(?:\\d{2,3}-\\d{3}-\\d{3}|\\d{8,9})${NE}`, 'dg'),
  valid: irdValid,
};

/**
 * The number's name: the acronyms in their case, and the words in the plain mode without bounds (the scan that opens
 * each window must not fold case in the Unicode mode over a whole text; the number's shape and check decide).
 */
const NI_NAME =
  /\bNI\b|\bNINO\b|\bI[Dd][ \t]+(?:[Nn]umber|[Nn]o\.?|[Nn]r\.?)|\b[Ii]dent(?:ity|ification)[ \t]+[Nn]umber|[Nn]ational[ \t]+[Ii]nsurance|[Yy]swiriant[ \t]+[Gg]wladol|[àa]rachas[ \t]+n[àa]iseanta|[áa]rachas[ \t]+n[áa]isi[úu]nta|ubezpieczeni[a-zęółśążźćń]*[ \t]+(?:spo[łl]eczn|narodow)|asigur[ăa]ri[a-zăîâșşțţ]*[ \t]+na[țţt]ional|[Ss]eguro[ \t]+(?:[Nn]acional|[Ss]ocial)|[Ss]egurança[ \t]+[Ss]ocial|assicurazion[ei][ \t]+nazional|[Aa]ssurance[ \t]+[Nn]ationale|[Ss]ozialversicherung|draudimo|apdro[šs]in[āa][šs]an|осигуровк|[Сс]трахов|социального[ \t]+страхования/g;
const UK_NINO: IdRule = {
  name: 'uk-nino-any-language',
  label: NI_NAME,
  pattern: new RegExp(`${NB}[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]${NE}`, 'dg'),
  valid: ninoValid,
};

/** "My ID" in several languages, and Zulu and Xhosa "i-ID yami" (my ID), Swahili "ID yangu". */
const MY_ID =
  /\b(?:[Ii]-?)?ID[ \t]+(?:yami|yakho|yakhe|yethu|yangu|yako|yake)\b|\b(?:[Mm]y|[Mm]i|[Mm]eine?|[Mm]on|[Mm]a|[Mm]eu|[Mm]inha|[Mm]io|[Mm]ia|[Ff]y|[Mm]o|[Mm]ijn|[Mm]in)[ \t]+ID\b/g;
const ZA_ID_GLUED: IdRule = {
  name: 'za-id-after-prefix',
  label: MY_ID,
  // A copula's prefix glued by a hyphen ("ngu-", "yi-"), or the number set apart as usual.
  pattern: /(?:(?<=(?:^|[^A-Za-z])[a-z]{1,4}-)|(?<![\w.,/-]))\d{6} ?\d{4} ?\d{3}(?![\w]|[.,/-]\d)/dg,
  valid: southAfricanIdValid,
};

export const IDS_IN_ANY_SENTENCE_FINDERS: readonly Finder[] = [idFinder(NZ_IRD), idFinder(UK_NINO), idFinder(ZA_ID_GLUED)];
