import { idFinder, type IdRule } from './national-ids';
import type { Finder } from './rules';

/**
 * National numbers named in Greek, Czech and Slovak, Persian, Malay, Bengali and Russian, each by its own check where
 * the format has one and by its name close before it (as in `national-ids.ts`): "ΑΦΜ: 066289752", "Rodné číslo
 * 620618/1520", "کد ملی من 3243080770", "No. MyKad saya 900727-01-6940", "জাতীয় পরিচয়পত্র (NID) নম্বর 2376207654",
 * "ИНН 191692711580", "паспорт серия 88 43 номер 753618"; and a bank account after Indonesian or Malay "rekening" /
 * "akaun". Labels are read with the `u` flag and without `\b`, which knows no letters outside ASCII. The Czech and
 * Slovak birth number, Iran's national code and Malaysia's MyKad were read here and in `ids-by-name-and-check.ts` with
 * different words; BP's round made each one rule there, with the words of both.
 */

const digitsOf = (s: string) => s.replace(/\D/g, '');
const allSame = (d: string) => /^(\d)\1*$/.test(d);
const weighted = (d: string, weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * Number(d[i]), 0);

/** Greek ΑΦΜ: nine digits, the last (Σ d_i·2^(8−i) mod 11) mod 10 over the first eight. */
export function greekAfmValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 9 || allSame(d)) return false;
  return (weighted(d, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === Number(d[8]);
}

/** Russian ИНН: ten digits (a company, one check digit) or twelve (a person, two), each a weighted sum mod 11 mod 10. */
export function russianInnValid(raw: string): boolean {
  const d = digitsOf(raw);
  const check = (weights: readonly number[], at: number) => (weighted(d, weights) % 11) % 10 === Number(d[at]);
  if (d.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8], 9);
  if (d.length !== 12) return false;
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 10) && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 11);
}

/** Russian СНИЛС: nine digits and a check pair, Σ d_i·(9−i) mod 101 (100 counts as 00). */
function snilsValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11 || allSame(d)) return false;
  const sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, 1]) % 101;
  return (sum === 100 ? 0 : sum) === Number(d.slice(9));
}

/** Bangladeshi NID: ten, thirteen or seventeen digits, with no check digit; its name must stand close before it. */
function bangladeshNidValid(raw: string): boolean {
  const d = digitsOf(raw);
  return (d.length === 10 || d.length === 13 || d.length === 17) && !allSame(d);
}

/** Digits not glued to more digits, letters (of any script) or a decimal point on either side. */
const NB = '(?<![\\p{L}\\p{N}_.,/-])';
const NE = '(?![\\p{L}\\p{N}_]|[.,/-]\\d)';

function rule(name: string, label: RegExp, source: string, valid: (s: string) => boolean, extra: Partial<IdRule> = {}): IdRule {
  return { name, label, pattern: new RegExp(`${NB}${source}${NE}`, 'dgu'), valid, ...extra };
}

const ID_RULES: IdRule[] = [
  rule('gr-afm', /(?:ΑΦΜ|Α\.Φ\.Μ\.?|(?<![\p{L}])AFM(?![\p{L}])|αριθμ[όο]ς[ \t]+φορολογικού[ \t]+μητρώου)/gu, '\\d{9}', greekAfmValid),
  rule('ru-inn', /(?<![\p{L}])ИНН(?![\p{L}])/gu, '\\d{10}(?:\\d{2})?', russianInnValid),
  rule('ru-snils', /(?<![\p{L}])(?:СНИЛС|SNILS)(?![\p{L}])/gu, '\\d{3}-?\\d{3}-?\\d{3}[- ]?\\d{2}', snilsValid),
  // A passport's series and number together: "серия 88 43 номер 753618", "паспорт 4509 123456"; no check digit.
  rule('ru-passport', /паспорт/giu, '(?:серия[ \\t]*)?\\d{2} ?\\d{2}[ \\t]*(?:(?:№|номер|N)[ \\t]*)?\\d{6}', () => true, { before: 24 }),
  // Its dashed shape (date, place of birth, serial) is its own: named up to a sentence before ("The form asks NRIC/MyKad
  // for each player. Two of ours: … and 941123-10-4640").
  rule('bd-nid', /(?:জাতী|এনআইডি|(?<![\p{L}])NID(?![\p{L}]))/gu, '\\d{10}(?:\\d{3}(?:\\d{4})?)?', bangladeshNidValid),
  // Indonesian and Malay "rekening" / "akaun": a bank account, named with its number word or the bank's name after it
  // ("nomor rekening …", "rekening BCA …"); "rekening listrik" is an electricity customer's account, no bank's.
  rule('id-rekening', /(?:[Nn]o(?:mor)?\.?[ \t]*[Rr]ek(?:ening)?(?![\p{L}])|[Rr]ekening[ \t]+(?:[Bb]ank[ \t]+)?\p{Lu}[\p{L}]{1,9}|[Aa]kaun[ \t]+[Bb]ank|[Nn]ombor[ \t]+[Aa]kaun)/gu, '\\d{8,16}', (v) => !allSame(digitsOf(v)), {
    kind: 'bank account',
    before: 24,
  }),
];

export const IDS_IN_MORE_LANGUAGES_FINDERS: readonly Finder[] = ID_RULES.map(idFinder);
