import { idFinder, type IdRule } from './national-ids';
import type { Finder } from './rules';

/**
 * National and tax numbers named in Urdu, Swahili and Ukrainian, by their shape (and check digit where the format has
 * one) and their name close before them, as in `ids-in-more-languages.ts`: Pakistan's CNIC ("میرا شناختی کارڈ نمبر
 * (CNIC) 12345-1234567-1"), Kenya's KRA PIN ("KRA PIN yangu ni A123456789Z"), Ukraine's РНОКПП / ІПН
 * ("РНОКПП (ідентифікаційний код): …"). The number alone, without its name, is left alone.
 */

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Pakistani CNIC: thirteen digits (5-7-1), no check digit: its name must stand close before it. */
function cnicValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 13 && !/^(\d)\1*$/.test(d);
}

/** Ukrainian РНОКПП (ІПН): ten digits, the last Σ d_i·w_i mod 11 mod 10 with weights −1, 5, 7, 9, 4, 6, 10, 5, 7. */
export function rnokppValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10 || /^(\d)\1*$/.test(d)) return false;
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = weights.reduce((s, w, i) => s + w * Number(d[i]), 0);
  return (((sum % 11) + 11) % 11) % 10 === Number(d[9]);
}

const NB = '(?<![\\p{L}\\p{N}_.,/-])';
const NE = '(?![\\p{L}\\p{N}_]|[.,/-]\\d)';

function rule(name: string, label: RegExp, source: string, valid: (s: string) => boolean): IdRule {
  return { name, label, pattern: new RegExp(`${NB}${source}${NE}`, 'dgu'), valid };
}

const ID_RULES: IdRule[] = [
  rule('pk-cnic', /(?:(?<![\p{L}])CNIC(?![\p{L}])|شناختی[ \t]+کارڈ|قومی[ \t]+شناختی)/gu, '\\d{5}-?\\d{7}-?\\d', cnicValid),
  // A Kenyan taxpayer's PIN: A (a person) or P (a company), nine digits, a letter.
  rule('ke-kra-pin', /(?:(?<![\p{L}])KRA[ \t]+PIN|(?<![\p{L}])PIN[ \t]+ya[ \t]+KRA)(?![\p{L}])/gu, '[AP]\\d{9}[A-Z]', () => true),
  rule('ua-rnokpp', /(?:РНОКПП|(?<![\p{L}])ІПН(?![\p{L}])|ідентифікаційн\p{L}*[ \t]+(?:код|номер))/giu, '\\d{10}', rnokppValid),
];

export const IDS_IN_FURTHER_LANGUAGES_FINDERS: readonly Finder[] = ID_RULES.map(idFinder);
