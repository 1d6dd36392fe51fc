import { passesLuhn } from './luhn';
import { hetuValid, idFinder, type IdRule } from './national-ids';
import type { Finder } from './rules';

/**
 * National numbers by their shape and check, named in ways the other tables miss: the Finnish henkilötunnus under an
 * inflected name ("Henkilötunnukseni on …"), Taiwan's national ID (身分證字號: a letter, 1/2 or 8/9, eight digits, a
 * weighted check), the UAE's Emirates ID (784-YYYY-NNNNNNN-C, Luhn) named in Arabic or English, India's PAN with words
 * between ("PAN कार्ड नंबर …": the fourth letter says who holds it), and a Russian passport's series and number a few
 * words after "паспорт" ("Паспорт РФ, серия и номер: 4518 604219"). The number alone, without its name, is left alone.
 */

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Taiwan's letters stand for two-digit area codes; the check weights the code's digits 1, 9 and the rest 8 … 1, 1. */
const TW_LETTER = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
export function taiwanIdValid(raw: string): boolean {
  const m = /^([A-Z])([1289]\d{8})$/.exec(raw);
  if (!m) return false;
  const code = 10 + TW_LETTER.indexOf(m[1]!);
  const d = m[2]!;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (8 - i);
  sum += Number(d[8]);
  return sum % 10 === 0;
}

function emiratesIdValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 15 && d.startsWith('784') && passesLuhn(d);
}

const NB = '(?<![\\p{L}\\p{N}_.,/-])';
const NE = '(?![\\p{L}\\p{N}_]|[.,/-]\\d)';

function rule(name: string, label: RegExp, source: string, valid: (s: string) => boolean, before?: number): IdRule {
  return { name, label, pattern: new RegExp(`${NB}${source}${NE}`, 'dgu'), valid, before };
}

const ID_RULES: IdRule[] = [
  rule('fi-hetu-inflected', /henkilötunnu/gi, '\\d{6}[-+A-FYXWVUa-fyxwvu]\\d{3}[0-9A-Ya-y]', hetuValid),
  rule('tw-national-id', /(?:身分證|身份證|身分证|国民身分|national[ \t]+ID)/gi, '[A-Z][1289]\\d{8}', taiwanIdValid),
  rule('ae-emirates-id', /(?:الهوية|هوية|emirates[ \t]+ID|\bEID\b)/gi, '784-?\\d{4}-?\\d{7}-?\\d', emiratesIdValid),
  rule('in-pan', /\bPAN\b/g, '[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z]', () => true),
  rule('ru-passport-series', /паспорт/giu, '\\d{4}[ \\t]?\\d{6}', (s) => !/^(\d)\1*$/.test(digitsOf(s)), 40),
];

export const IDS_NAMED_MORE_WAYS_FINDERS: readonly Finder[] = ID_RULES.map(idFinder);
