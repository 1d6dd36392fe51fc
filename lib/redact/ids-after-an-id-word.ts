import { chileanRutValid, cpfValid, hetuValid, idFinder, southAfricanIdValid, spanishIdValid, swedishPersonnummerValid, type IdRule } from './national-ids';
import type { Finder } from './rules';

/**
 * AP's round: an identity number after the bare word for an identity document ("ID", "ID number", "HKID", "CI",
 * "cédula", "identity", "identificación", "身分證"), where the number passes its own country's check: the word alone
 * names too many numbers (an order's, a user's, a ticket's), and the check digit is what says it is an identity's.
 * The shapes and checks are each country's; the label is any language's word for an identity document:
 * - Hong Kong's HKID: one or two letters, six digits and a check digit or A in parentheses (`E737743(A)`), mod 11.
 * - Taiwan's national identification number: a letter, 1 or 2 (sex), eight digits; the letter's code and the digits
 *   weighted 1, 9, 8 … 1 sum to a multiple of ten.
 * - Uruguay's cédula de identidad: seven digits (six padded), dots optional, and a check digit after its hyphen
 *   (weights 2 9 8 7 6 3 4, mod 10): the hyphen is required, as without it the number reads as any number.
 * - South Africa's identity number: thirteen digits, a birth date, Luhn (its named forms are `national-ids.ts`'s;
 *   here after the bare "ID" too: "ID 9611234396088").
 * - CB's round: Sweden's personnummer (a birth date, a hyphen or a plus, four digits, Luhn), Brazil's CPF written with
 *   its dots and hyphen, Chile's RUT with its dots, Spain's NIE and Finland's HETU. Nine bare digits (a Dutch BSN, a
 *   Portuguese NIF) are left: their checks pass one number in eleven, and "ID:" names a user's or an order's as often.
 */
const ID_WORD =
  /(?<![\p{L}\p{N}_])(?:hkid|id|i\.d\.|c\.i\.?|ci|ident\p{L}{0,12}|c[ée]dula|carn[eê]t|documento|dni|身分證|身份證|身份证|身分证|신분증|هوية|الهوية|удостоверени\p{L}*|паспорт\p{L}*)(?![\p{L}\p{N}_])/giu;

const HKID_LETTER = (c: string): number => (c === ' ' ? 36 : c.charCodeAt(0) - 55);

function hkidValid(raw: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})[ ]?\(?([0-9A])\)?$/.exec(raw);
  if (!m) return false;
  const head = m[1]!.padStart(2, ' ');
  let sum = HKID_LETTER(head[0]!) * 9 + HKID_LETTER(head[1]!) * 8;
  for (let i = 0; i < 6; i++) sum += Number(m[2]![i]) * (7 - i);
  const check = m[3] === 'A' ? 10 : Number(m[3]);
  return (sum + check) % 11 === 0;
}

const TAIWAN_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

function taiwanIdValid(raw: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(raw)) return false;
  const code = 10 + TAIWAN_LETTERS.indexOf(raw[0]!);
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += Number(raw[i]) * (9 - i);
  return (sum + Number(raw[9])) % 10 === 0;
}

function uruguayCiValid(raw: string): boolean {
  const d = raw.replace(/\D/g, '').padStart(8, '0');
  if (d.length !== 8 || /^0+$/.test(d)) return false;
  const weights = [2, 9, 8, 7, 6, 3, 4];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(d[i]) * weights[i]!;
  return (10 - (sum % 10)) % 10 === Number(d[7]);
}

const NB = '(?<![\\p{L}\\p{N}_.,/-])';
const NE = '(?![\\p{L}\\p{N}_]|[.,/-]\\p{N})';
const rule = (name: string, source: string, valid: (s: string) => boolean): IdRule => ({
  name,
  label: ID_WORD,
  pattern: new RegExp(`${NB}(?:${source})${NE}`, 'dgu'),
  valid,
});

const RULES: IdRule[] = [
  rule('hk-id', '[A-Z]{1,2}\\d{6}[ ]?\\([0-9A]\\)', hkidValid),
  rule('tw-id', '[A-Z][12]\\d{8}', taiwanIdValid),
  rule('uy-ci', '\\d?\\.?\\d{3}\\.?\\d{3}-\\d', uruguayCiValid),
  rule('za-id-after-id', '\\d{6}[ ]?\\d{4}[ ]?\\d{3}', southAfricanIdValid),
  // CB's round: IDs whose written form is their own as well as their check (a birth date and a hyphen, dots and a
  // hyphen, a letter at each end), after the bare "ID:" of a form's row ("Name: … | Town: Kiruna | ID: 911025-2385").
  rule('se-personnummer-after-id', '\\d{6}[-+]\\d{4}', swedishPersonnummerValid),
  rule('br-cpf-after-id', '\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}', cpfValid),
  rule('cl-rut-after-id', '\\d{1,2}\\.\\d{3}\\.\\d{3}-[\\dkK]', chileanRutValid),
  rule('es-nie-after-id', '[XYZ]-?\\d{7}-?[A-Z]', spanishIdValid),
  rule('fi-hetu-after-id', '\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]', hetuValid),
];

export const IDS_AFTER_AN_ID_WORD_FINDERS: readonly Finder[] = RULES.map(idFinder);
