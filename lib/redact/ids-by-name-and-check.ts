import { passesLuhn } from './luhn';
import { idFinder, type IdRule } from './national-ids';
import type { Finder } from './rules';

/**
 * National, health-insurance and immigration numbers the other tables lack, each by its name and its own check or
 * shape, as national-ids.ts takes the rest: Thailand's 13-digit citizen number (เลขบัตรประชาชน, also the taxpayer
 * number), Vietnam's citizen identity card (CCCD, a province code first), Saudi Arabia's national ID and iqama (1 or
 * 2, Luhn), Hungary's TAJ (weights 3 and 7), Greece's AMKA (a birth date, Luhn), the US Medicare Beneficiary
 * Identifier (MBI: digits and letters in fixed places, never S, L, O, I, B or Z), Australia's Medicare card number
 * (weights 1 3 7 9), Germany's Krankenversichertennummer (KVNR: a letter and nine digits, a Luhn-like check) and the US
 * alien registration number (A-Number: A and eight or nine digits). A number without its name, or failing its check,
 * is left alone.
 */

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Thai citizen number: weights 13 … 2 over the first twelve digits, check (11 − sum mod 11) mod 10. */
export function thaiIdValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 13 || d[0] === '0') return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(d[12]);
}

/** Vietnamese CCCD: a province code (001–096), the sex and century digit, the birth year's last two digits, six more. */
export function vietnameseCccdValid(raw: string): boolean {
  const d = digitsOf(raw);
  const province = Number(d.slice(0, 3));
  return d.length === 12 && province >= 1 && province <= 96;
}

/** Saudi national ID (1…) or iqama (2…): ten digits, Luhn. */
export function saudiIdValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 10 && (d[0] === '1' || d[0] === '2') && passesLuhn(d);
}

/** Hungarian TAJ: nine digits, the first eight weighted 3, 7, 3, 7 …, the sum mod 10 the ninth. */
export function tajValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 9 || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (i % 2 === 0 ? 3 : 7);
  return sum % 10 === Number(d[8]);
}

/** Greek AMKA: the birth date as DDMMYY, five digits, Luhn over the eleven. */
export function amkaValid(raw: string): boolean {
  const d = digitsOf(raw);
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  return d.length === 11 && day >= 1 && day <= 31 && month >= 1 && month <= 12 && passesLuhn(d);
}

/** The MBI's letters: A–Z without S, L, O, I, B and Z (read as digits). */
const MBI_L = '[AC-HJKMNP-RT-Y]';
const MBI_AN = '[AC-HJKMNP-RT-Y0-9]';
const MBI_SHAPE = `[1-9]${MBI_L}${MBI_AN}\\d-?${MBI_L}${MBI_AN}\\d-?${MBI_L}{2}\\d{2}`;

/** Australian Medicare card: first digit 2–6, weights 1 3 7 9 1 3 7 9 on the first eight, the sum mod 10 the ninth. */
export function australianMedicareValid(raw: string): boolean {
  const d = digitsOf(raw);
  if ((d.length !== 10 && d.length !== 11) || d[0]! < '2' || d[0]! > '6') return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * weights[i]!;
  return sum % 10 === Number(d[8]);
}

/**
 * German KVNR: a letter and nine digits, the tenth a check. The letter as its two-digit place in the alphabet and the
 * first eight digits are weighted 1, 2, 1, 2 …; the digits of each product are summed, mod 10.
 */
export function kvnrValid(raw: string): boolean {
  const m = /^([A-Z])(\d{9})$/.exec(raw);
  if (!m) return false;
  const digits = String(m[1]!.charCodeAt(0) - 64).padStart(2, '0') + m[2]!.slice(0, 8);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const p = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[2]![8]);
}

const NB = '(?<![\\p{L}\\p{N}_.,/-])';
const NE = '(?![\\p{L}\\p{N}_]|[.,/-]\\p{N})';

function rule(name: string, label: RegExp, source: string, valid: (s: string) => boolean, before?: number): IdRule {
  return { name, label, pattern: new RegExp(`${NB}(?:${source})${NE}`, 'dgu'), valid, before };
}

const ID_RULES: IdRule[] = [
  rule(
    'th-citizen-id',
    /(?:เลขประจำตัวประชาชน|เลขบัตรประชาชน|บัตรประชาชน|เลขประจำตัวผู้เสียภาษี|thai[ \t]+(?:national[ \t]+|citizen[ \t]+)?ID)/giu,
    '\\d-?\\d{4}-?\\d{5}-?\\d{2}-?\\d|\\d(?: \\d{4} \\d{5} \\d{2} \\d)',
    thaiIdValid,
  ),
  rule('vn-cccd', /(?:\bCCCD\b|căn[ \t]+cước(?:[ \t]+công[ \t]+dân)?|\bCMND\b)/giu, '0\\d{11}', vietnameseCccdValid),
  rule('sa-national-id', /(?:رقم[ \t]+الهوية|الهوية[ \t]+الوطنية|هوية[ \t]+وطنية|رقم[ \t]+الإقامة|\biqama\b|saudi[ \t]+(?:national[ \t]+)?ID)/giu, '[12]\\d{9}', saudiIdValid),
  // TAJ in capitals: "Taj" is a name as often.
  rule('hu-taj', /\bTAJ\b/g, '\\d{3}([ -]?)\\d{3}\\1\\d{3}', tajValid),
  rule('gr-amka', /(?:ΑΜΚΑ|Α\.Μ\.Κ\.Α\.?|\bAMKA\b)/gu, '\\d{11}', amkaValid),
  // The MBI's shape is its own check (no other number puts letters and digits in those places), so its name may stand
  // a sentence before: "… said she was from Medicare and asked for her number. She gave them …".
  rule('us-medicare-mbi', /(?:medicare|\bMBI\b)/giu, MBI_SHAPE, () => true, 120),
  rule('au-medicare', /medicare/giu, '[2-6]\\d{3}([ ]?)\\d{5}\\1\\d(?:[ /-]?\\d)?', australianMedicareValid, 100),
  rule('de-kvnr', /(?:\bKVNR\b|krankenversichertennummer|krankenversicherungsnummer|versichertennummer)/giu, '[A-Z]\\d{9}', kvnrValid),
  // The A-Number's name in its own case: "a number" in lower case is any number.
  rule('us-a-number', /(?:\bA-(?:Number|number|No\.?)|\bA#|\b[Aa]lien[ \t]+[Rr]egistration(?:[ \t]+[Nn]umber)?|\bUSCIS[ \t]+(?:[Nn]umber|#))/gu, 'A-?\\d{8,9}', () => true),
];

export const IDS_BY_NAME_AND_CHECK_FINDERS: readonly Finder[] = ID_RULES.map(idFinder);
