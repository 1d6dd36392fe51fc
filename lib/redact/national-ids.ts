import { tableRows } from './table-rows';
import { anchoredFinder } from './anchored-finder';
import { wordAnchors } from './fast-anchors';
import { passesLuhn } from './luhn';
import { withAccountNearby } from './routing-with-account';
import { windowedFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { byValue } from './trigger-scan';
import { contextOf } from './values';

/**
 * National identity, tax and bank numbers. Most are digits that nothing but their structure tells from an order
 * number or a phone number, so each rule asks for two things: the format's own check (a checksum, a letter table, a
 * date inside the number, or the issuer's ranges) AND a word that names the number close before it (or just after
 * it), in the languages the number is written about. A number that passes its checksum by chance (one in ten or
 * eleven for most) is still left alone without its word, and the word alone redacts nothing that fails the check.
 * Each rule is only run near its words (`windowedFinder`), so text without them costs one scan per rule.
 */

const digitsOf = (s: string) => s.replace(/\D/g, '');

export interface IdRule {
  name: string;
  /** The words that name the number (global, case-insensitive unless the word is an acronym that needs its case). */
  label: RegExp;
  /** The number's shape; group 0 is what is redacted. Must carry the `g` and `d` flags. */
  pattern: RegExp;
  /** The format's own check on the matched text. */
  valid(match: string): boolean;
  /** What the marker calls it (default: national id). */
  kind?: SecretSpan['label'];
  /** How far before the number its word may stand (default 48), and after it (default 24). */
  before?: number;
  after?: number;
  /**
   * The shape is the number's alone (letters and digits in fixed places, as a British licence's, which has no check
   * digit): named right before it, heading its label or in the sentence before, it is taken though its check fails, as
   * a number copied with a slip is still the holder's.
   */
  shapeNamed?: boolean;
}

export function idRegexRule(rule: IdRule): RegexRule {
  const before = rule.before ?? 48;
  const after = rule.after ?? 24;
  const labelOnce = new RegExp(rule.label.source, rule.label.flags.replace('g', ''));
  return {
    name: rule.name,
    pattern: rule.pattern,
    judge(m, text) {
      const raw = m[0];
      if (!rule.valid(raw)) {
        if (!rule.shapeNamed || !(namedRightBefore(text, m.index, labelOnce) || labelPhraseBefore(text, m.index, labelOnce) || namedInSentenceBefore(text, m.index, labelOnce))) return null;
        return { start: m.index, end: m.index + raw.length, label: rule.kind ?? 'national id' };
      }
      // The word must name this number: close before it on the same line, or just after it, or as the head of a label
      // whose words run on to a colon before it.
      const lineBefore = contextOf(text, m.index - before, m.index).split('\n').pop()!;
      const lineAfter = contextOf(text, m.index + raw.length, m.index + raw.length + after).split('\n')[0]!;
      if (!labelOnce.test(lineBefore) && !labelOnce.test(lineAfter) && !namedInSentenceBefore(text, m.index, labelOnce) && !labelPhraseBefore(text, m.index, labelOnce) && !namedLaterInSentence(text, m.index + raw.length, labelOnce, rule.valid, raw)) return null;
      return { start: m.index, end: m.index + raw.length, label: rule.kind ?? 'national id' };
    },
  };
}

/**
 * "It is", "mine is" opening the number's sentence, in the languages the rules read: English, Danish, Norwegian,
 * Swedish, German, French, Spanish, Portuguese, Italian, Polish, Czech, Russian, Ukrainian, Hungarian, Finnish, Dutch,
 * Malay and Indonesian, Turkish, Romanian.
 */
const IT_IS = new RegExp(
  String.raw`(?:^|[.!?;։।។][ \t]+)(?:it['’]s|it[ \t]+is|mine[ \t]+is|mine[ \t]*[:—–-]|meine?[ \t]*:|la[ \t]+mienne[ \t]*:|le[ \t]+mien[ \t]*:|el[ \t]+m[íi]o[ \t]*:|la[ \t]+m[íi]a[ \t]*:|o[ \t]+meu[ \t]*:|a[ \t]+minha[ \t]*:|mijn(?:e)?[ \t]*:|det[ \t]+(?:er|är)|den[ \t]+er|es[ \t]+ist|sie[ \t]+ist|c['’]est|es|é|è|to[ \t]+jest|to[ \t]+je|je|это|це|он|ez|az|se[ \t]+on|het[ \t]+is|ia(?:lah)?|itu|adalah|numaram|este|e|` +
    // "Mine is", "my number is" in more languages: Khmer, Georgian, Armenian, Albanian, Maltese, Welsh, Basque, Zulu,
    // Yoruba, Nepali and Hindi, Latvian, Lithuanian, Estonian, Slovenian and Croatian, Mongolian.
    String.raw`លេខ(?:របស់)?ខ្ញុំ(?:គឺ)?|របស់ខ្ញុំ(?:គឺ)?|ჩემი(?:[ \t]+ნომერი)?(?:[ \t]+არის)?|իմը(?:[ \t]+է)?|իմ[ \t]+համարը(?:[ \t]+է)?|i[ \t]+imi[ \t]+[ëe]sht[ëe]|numri[ \t]+im[ \t]+[ëe]sht[ëe]|tiegħi(?:[ \t]+(?:hu|huwa))?|fy[ \t]+rhif[ \t]+(?:i[ \t]+)?yw|nirea(?:[ \t]+da)?|nire[ \t]+zenbakia(?:[ \t]+da)?|esami(?:[ \t]+ngu)?|t[eè]\p{M}*mi[ \t]+ni|मेरो(?:[ \t]+नम्बर)?(?:[ \t]+हो)?|मेरा(?:[ \t]+नंबर)?(?:[ \t]+है)?|mans(?:[ \t]+ir)?|mano(?:[ \t]+yra)?|minu[ \t]+oma(?:[ \t]+on)?|moj(?:a|e)?(?:[ \t]+je)?|миний(?:[ \t]+дугаар)?` +
    ')[ \\t]*:?[ \\t]*$',
  'iu',
);

/**
 * The number's name heading a label whose words run on to a colon right before the number, what it is for between
 * ("Sozialversicherungsnummer für die Freiwilligen-Versicherung beim Stadtlauf: …", "NHS number for the care home's
 * admission form: …"): up to 120 characters, with no digit and no sentence's end after the name.
 */
function labelPhraseBefore(text: string, at: number, label: RegExp): boolean {
  const lead = contextOf(text, at - 120, at).split('\n').pop()!;
  if (!/:[ \t]*$/.test(lead)) return false;
  const found = label.exec(lead);
  if (!found) return false;
  return !/[\d.!?;]/.test(lead.slice(found.index + found[0].length).replace(/:[ \t]*$/, ''));
}

/** The name right before the number, only a colon, "is", "mine is" or a few letters between (the same clause). */
function namedRightBefore(text: string, at: number, label: RegExp): boolean {
  const lead = contextOf(text, at - 48, at).split('\n').pop()!;
  const found = label.exec(lead);
  if (!found) return false;
  const between = lead.slice(found.index + found[0].length);
  return between.length <= 24 && !/[\d.!?;,]/.test(between);
}

/**
 * The number named in the sentence before and given as "it is …" in its own ("… mit CPR-nummer for at tilmelde mig. Det
 * er …", "They need my NHS number. It's …"): the number's check says what it is, the name says whose kind it is.
 */
function namedInSentenceBefore(text: string, at: number, label: RegExp): boolean {
  const lead = contextOf(text, at - 120, at).split('\n').pop()!;
  const it = IT_IS.exec(lead);
  return it !== null && it.index > 0 && label.test(lead.slice(0, it.index + 1));
}

/** The value with its last letter or digit moved on by one (`…7` → `…8`, `…Z` → `…A`). */
function lastCharBumped(raw: string): string {
  const i = raw.search(/[0-9A-Za-z](?=[^0-9A-Za-z]*$)/);
  if (i < 0) return raw;
  const c = raw[i]!;
  const next = /\d/.test(c) ? String((Number(c) + 1) % 10) : c === 'z' ? 'a' : c === 'Z' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1);
  return raw.slice(0, i) + next + raw.slice(i + 1);
}

/**
 * AR's round: the number first and its name later in the same sentence ("Mine is … — is that the right format for a
 * codice fiscale?", "… — c'est bien mon numéro AVS ?", "…, das ist meine Steuer-ID"): up to 110 characters on, no
 * sentence's end between. Only for a format whose last character is a check over the rest (the same value with that
 * character changed fails `valid`): a date's or a bare shape's number needs its name close.
 */
function namedLaterInSentence(text: string, end: number, label: RegExp, valid: (s: string) => boolean, raw: string): boolean {
  const tail = contextOf(text, end, end + 110).split(/\n|[.!?;。！？](?:\s|$)/)[0]!;
  return label.test(tail) && !valid(lastCharBumped(raw));
}

/**
 * One rule, run only near its words: the number may start up to `before` characters after its word (or, given as "it
 * is …" in the next sentence, up to 128), or end up to `after` before it.
 */
export function idFinder(rule: IdRule): Finder {
  return windowedFinder(idRegexRule(rule), rule.label, Math.max((rule.after ?? 24) + 32, 140), Math.max((rule.before ?? 48) + 8, 128));
}

// ---------------------------------------------------------------------------------------------------------------
// Checks

/** Verhoeff's dihedral-group check (Aadhaar): a valid number, check digit included, leaves 0. */
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

export function passesVerhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![Number(digits[digits.length - 1 - i])]!]!;
  return c === 0;
}

/** German Steuer-ID: ISO 7064 MOD 11,10 over the first ten digits, and one digit of them repeated (twice or thrice). */
export function germanTaxIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const d of digits.slice(0, 10)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[10]);
}

/** French NIR (numéro de sécurité sociale): key = 97 − (first 13 digits mod 97); Corsica's 2A/2B count as 19/18. */
export function frenchNirValid(raw: string): boolean {
  const s = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(s)) return false;
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(body) % 97n) === Number(s.slice(13));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (eight digits) and NIE (X, Y or Z for 0, 1, 2, then seven digits): the letter is the number mod 23. */
export function spanishIdValid(raw: string): boolean {
  const s = raw.replace(/[\s.-]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m || (m[1] ? m[2]!.length !== 7 : m[2]!.length !== 8)) return false;
  const n = Number(('XYZ'.indexOf(m[1]!) >= 0 && m[1] ? String('XYZ'.indexOf(m[1]!)) : '') + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

/** Brazilian CPF: two mod-11 check digits (weights 10…2, then 11…2); one digit repeated eleven times is not issued. */
export function cpfValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Number(d[i]) * (n + 1 - i);
    const check = ((sum * 10) % 11) % 10;
    if (check !== Number(d[n])) return false;
  }
  return true;
}

/** Dutch BSN: the "elfproef", 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11. */
export function bsnValid(raw: string): boolean {
  const d = digitsOf(raw).padStart(9, '0');
  if (d.length !== 9 || /^0+$/.test(d)) return false;
  let sum = -Number(d[8]);
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  return sum % 11 === 0;
}

/** Chinese resident identity number: region, birth date (YYYYMMDD), sequence, and an ISO 7064 MOD 11-2 check (0–9, X). */
export function chineseIdValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return false;
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === s[17];
}

/** Italian codice fiscale: the 16th letter is a sum over the first fifteen characters, odd and even places weighted apart. */
const CF_ODD: Record<string, number> = Object.fromEntries(
  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23].flatMap((v, i) => [
    [String.fromCharCode(65 + i), v],
    ...(i < 10 ? [[String(i), v]] : []),
  ]),
);

export function codiceFiscaleValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s[i]!;
    // Places 1, 3, 5 … (odd, counting from one) use the odd table; even places count A/0 = 0 … Z = 25.
    sum += i % 2 === 0 ? CF_ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** A US bank routing (ABA) number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) divisible by 10. */
export function abaRoutingValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 3) sum += 3 * Number(d[i]) + 7 * Number(d[i + 1]) + Number(d[i + 2]);
  return sum % 10 === 0 && !/^0+$/.test(d);
}

/** US ITIN: 9XX-XX-XXXX with the middle group in 50–65, 70–88, 90–92 or 94–99. */
export function itinValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (!/^9\d{8}$/.test(d)) return false;
  const group = Number(d.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

/** UK National Insurance number: two prefix letters (not D, F, I, Q, U, V; second not O; not BG GB KN NK NT TN ZZ), six digits, A–D. */
export function ninoValid(raw: string): boolean {
  const s = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

/** Canadian SIN: Luhn over nine digits; none starts with 0 or 8. */
export function sinValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 9 && !/^[08]/.test(d) && passesLuhn(d);
}

const weighted = (d: string, weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * Number(d[i]), 0);

/** A two-digit year, month and day that make a calendar date (month and day checked, not leap years). */
function dateOk(mm: number, dd: number): boolean {
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/** Polish PESEL: birth date (month + 20/40/60/80 by century), weights 1 3 7 9 1 3 7 9 1 3, mod 10. */
export function peselValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11 || !dateOk(Number(d.slice(2, 4)) % 20, Number(d.slice(4, 6)))) return false;
  return (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(d[10]);
}

/** Swiss AHV/AVS number: 756, then nine digits and an EAN-13 check digit. */
export function ahvValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 13 || !d.startsWith('756')) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(d[12]);
}

/** Swedish personnummer / samordningsnummer: YYMMDD (day + 60 for the latter) and four digits, Luhn over the ten. */
export function swedishPersonnummerValid(raw: string): boolean {
  let d = digitsOf(raw);
  if (d.length === 12) d = d.slice(2);
  if (d.length !== 10 || !dateOk(Number(d.slice(2, 4)), Number(d.slice(4, 6)) % 60)) return false;
  return passesLuhn(d);
}

/** UK NHS number: ten digits, weights 10 … 2, check digit 11 − (sum mod 11), never 10. */
export function nhsValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10 || /^(\d)\1+$/.test(d)) return false;
  const check = (11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return check !== 10 && check === Number(d[9]);
}

/** Korean resident registration number: YYMMDD, then seven digits; weights 2 … 9, 2 … 5, check (11 − sum mod 11) mod 10. */
export function koreanRrnValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 13 || !dateOk(Number(d.slice(2, 4)), Number(d.slice(4, 6))) || !/[1-8]/.test(d[6]!)) return false;
  return (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(d[12]);
}

/** South African ID number: YYMMDD, gender and sequence, citizenship, then a Luhn check digit. */
export function southAfricanIdValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 13 && dateOk(Number(d.slice(2, 4)), Number(d.slice(4, 6))) && /[012]/.test(d[10]!) && passesLuhn(d);
}

/** Turkish T.C. Kimlik No: eleven digits, no leading 0, two check digits from the odd and even places. */
export function tcKimlikValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const n = [...d].map(Number);
  const odd = n[0]! + n[2]! + n[4]! + n[6]! + n[8]!;
  const even = n[1]! + n[3]! + n[5]! + n[7]!;
  return (((odd * 7 - even) % 10) + 10) % 10 === n[9] && n.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === n[10];
}

/** Belgian national number: YYMMDD, sequence, and 97 − (the nine digits mod 97), with a 2 before them for births from 2000. */
export function belgianNationalNumberValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11) return false;
  const check = Number(d.slice(9));
  const body = BigInt(d.slice(0, 9));
  return 97n - (body % 97n) === BigInt(check) || 97n - ((2000000000n + body) % 97n) === BigInt(check);
}

/** Portuguese NIF: nine digits, weights 9 … 2, check 11 − (sum mod 11), 0 when that is 10 or 11. */
export function portugueseNifValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (!/^[1235689]\d{8}$/.test(d)) return false;
  const check = 11 - (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (check >= 10 ? 0 : check) === Number(d[8]);
}

/** Chilean RUT/RUN: the body by weights 2 … 7 from the right, mod 11; 11 is 0, 10 is K. */
export function chileanRutValid(raw: string): boolean {
  const m = /^(\d{1,2}\.?\d{3}\.?\d{3})-?([\dkK])$/.exec(raw.trim());
  if (!m) return false;
  const body = digitsOf(m[1]!);
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += Number(body[i]) * w;
  const check = 11 - (sum % 11);
  return (check === 11 ? '0' : check === 10 ? 'K' : String(check)) === m[2]!.toUpperCase();
}

/** Mexican CURP: name letters, birth date, sex, state, consonants, and a check digit over the seventeen before it. */
export function curpValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/.test(s) || !dateOk(Number(s.slice(6, 8)), Number(s.slice(8, 10)))) return false;
  const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(s[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(s[17]);
}

/** Australian tax file number: eight or nine digits, weights 1 4 3 7 5 8 6 9 10, divisible by 11. */
export function tfnValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 9 && d.length !== 8) return false;
  const weights = d.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : [10, 7, 8, 4, 6, 3, 5, 1];
  return weighted(d, weights) % 11 === 0;
}

/** Israeli identity number (Teudat Zehut): nine digits, weights 1 and 2 alternating, digit sums, mod 10. */
export function israeliIdValid(raw: string): boolean {
  const d = digitsOf(raw).padStart(9, '0');
  if (d.length !== 9 || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const v = Number(d[i]) * (i % 2 === 0 ? 1 : 2);
    sum += v > 9 ? v - 9 : v;
  }
  return sum % 10 === 0;
}

/** Finnish henkilötunnus: DDMMYY, century sign, individual number, and a check character: the nine digits mod 31. */
export function hetuValid(raw: string): boolean {
  const m = /^(\d{6})[-+ABCDEFYXWVU](\d{3})([0-9A-Y])$/i.exec(raw.trim());
  if (!m || !dateOk(Number(m[1]!.slice(2, 4)), Number(m[1]!.slice(0, 2)))) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[2]!) % 31] === m[3]!.toUpperCase();
}

/** Norwegian fødselsnummer: DDMMYY, individual number, two mod-11 check digits. */
export function norwegianFnrValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11 || !dateOk(Number(d.slice(2, 4)) % 40, Number(d.slice(0, 2)) % 40)) return false;
  const k1 = (11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  const k2 = (11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return k1 === Number(d[9]) && k2 === Number(d[10]);
}

/** Romanian CNP: sex/century digit, YYMMDD, county, sequence; weights 2 7 9 1 4 6 3 5 8 2 7 9, mod 11 (10 is 1). */
export function romanianCnpValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (!/^[1-9]\d{12}$/.test(d) || !dateOk(Number(d.slice(3, 5)), Number(d.slice(5, 7)))) return false;
  const r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === Number(d[12]);
}

/** Irish PPS number: seven digits and a check letter (weights 8 … 2, and 9 × an optional second letter), mod 23. */
export function ppsValid(raw: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/i.exec(raw.replace(/\s/g, ''));
  if (!m) return false;
  const second = m[3] ? (m[3].toUpperCase() === 'W' ? 0 : m[3].toUpperCase().charCodeAt(0) - 64) : 0;
  const sum = weighted(m[1]!, [8, 7, 6, 5, 4, 3, 2]) + 9 * second;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === m[2]!.toUpperCase();
}

/** Argentine CUIT/CUIL: type, DNI, check digit by weights 5 4 3 2 7 6 5 4 3 2 mod 11. */
export function cuitValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (!/^(?:20|23|24|27|30|33|34)\d{9}$/.test(d)) return false;
  // 11 − (sum mod 11): 11 is written 0, and 10 is written 9.
  const check = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (check === 11 ? 0 : check === 10 ? 9 : check) === Number(d[10]);
}

/** Brazilian CNPJ: fourteen digits, two mod-11 check digits (weights 5 … 2, 9 … 2). */
export function cnpjValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 14 || /^(\d)\1+$/.test(d)) return false;
  for (const n of [12, 13]) {
    const weights = Array.from({ length: n }, (_, i) => ((n - 1 - i) % 8) + 2);
    const r = weighted(d, weights) % 11;
    if ((r < 2 ? 0 : 11 - r) !== Number(d[n])) return false;
  }
  return true;
}

/** Austrian social insurance number: serial, check digit, DDMMYY; weights 3 7 9 (check) 5 8 4 2 1 6, mod 11. */
export function austrianSvnrValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10 || d[0] === '0') return false;
  const r = weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
  return r !== 10 && r === Number(d[3]);
}

/** Japanese My Number (個人番号): twelve digits, check digit 11 − (Σ Pn·Qn mod 11), 0 when that leaves 0 or 1. */
export function myNumberValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(d[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === Number(d[11]);
}

/** Singapore NRIC/FIN: prefix letter, seven digits, a check letter from weights 2 7 6 5 4 3 2. */
export function nricValid(raw: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/i.exec(raw);
  if (!m) return false;
  const p = m[1]!.toUpperCase();
  let sum = weighted(m[2]!, [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' || p === 'G' ? 4 : p === 'M' ? 3 : 0);
  sum %= 11;
  const table = p === 'S' || p === 'T' ? 'JZIHGFEDCBA' : p === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
  return table[sum] === m[3]!.toUpperCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

/** Digits not glued to more digits, letters or a decimal point on either side. */
const NB = '(?<![\\w.,/-])';
const NE = '(?![\\w]|[.,/-]\\d)';

/** A Danish CPR number's date (DDMMYY): it has had no required check digit since 2007, so its word must be right before. */
function cprValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 10 && dateOk(Number(d.slice(2, 4)), Number(d.slice(0, 2)));
}

/** National numbers of further countries, each by its own check (see the validators above) and its name. */
function MORE_ID_RULES(): IdRule[] {
  const rule = (name: string, label: RegExp, source: string, valid: (s: string) => boolean, before?: number): IdRule => ({
    name,
    label,
    pattern: new RegExp(`${NB}${source}${NE}`, 'dg'),
    valid,
    ...(before === undefined ? {} : { before }),
  });
  return [
    rule('pl-pesel', /\bPESEL\b/gi, '\\d{11}', peselValid),
    rule('ch-ahv', /\b(?:AHV|AVS|AHVN13|sozialversicherungsnummer|num[ée]ro[ \t]+AVS)\b/gi, '756[. ]?\\d{4}[. ]?\\d{4}[. ]?\\d{2}', ahvValid),
    // Reaching 80 characters back: the number is often given in the next sentence ("… mitt personnummer på blanketten. Det är …"),
    // and the date inside it and the Luhn check keep order and phone numbers out.
    // Also the forms' abbreviations, Swedish 'pnr' and Norwegian 'fnr': the numbers' own checks (a date and Luhn, two
    // mod 11 digits) tell them from anything else so named.
    rule('se-personnummer', /(?:personnummer|personnr|samordningsnummer|\bpnr\b)/gi, '(?:\\d{2})?\\d{6}[-+ ]?\\d{4}', swedishPersonnummerValid, 80),
    rule('uk-nhs', /\bNHS\b/g, '\\d{3}([ -]?)\\d{3}\\1\\d{4}', nhsValid),
    rule('kr-rrn', /(?:주민등록번호|주민번호|\bRRN\b|resident[ \t]+registration)/gi, '\\d{6}-?\\d{7}', koreanRrnValid),
    rule('za-id', /\b(?:SA[ \t]+ID|South[ \t]+African[ \t]+ID|ID[ \t]+(?:number|no\.?|nr)|identity[ \t]+number)\b/gi, '\\d{6} ?\\d{4} ?\\d{3}', southAfricanIdValid),
    rule('tr-tckn', /(?:kimlik|\bTCKN\b|\bT\.?C\.?(?=[ \t]|$))/gi, '[1-9]\\d{10}', tcKimlikValid),
    rule('be-national-number', /(?:rijksregister(?:nummer)?|num[ée]ro[ \t]+(?:de[ \t]+registre[ \t]+)?national|national[ \t]+(?:register[ \t]+)?number|\bINSZ\b|\bNISS\b)/gi, '\\d{2}[. ]?\\d{2}[. ]?\\d{2}[- ]?\\d{3}[. ]?\\d{2}', belgianNationalNumberValid),
    rule('pt-nif', /(?:\bNIF\b|contribuinte)/gi, '\\d{3} ?\\d{3} ?\\d{3}', portugueseNifValid),
    rule('cl-rut', /\b(?:RUT|RUN)\b/gi, '\\d{1,2}\\.?\\d{3}\\.?\\d{3}-?[\\dkK]', chileanRutValid),
    // AM's round: written with its dots and dash ("10.841.954-7") the RUT is known by shape and check digit under any
    // form's name for an identity number ("ID number:", "N.º de documento", "cédula", "carnet").
    rule('cl-rut-dotted', /(?:\bID\b|\bI\.D\.|identi(?:ty|dad|fica\p{L}*)|documento?|c[ée]dula|carnet)/giu, '\\d{1,2}\\.\\d{3}\\.\\d{3}-[\\dkK]', chileanRutValid, 60),
    rule('mx-curp', /\bCURP\b/gi, '[A-Za-z]{4}\\d{6}[HMXhmx][A-Za-z]{5}[A-Za-z0-9]\\d', (v) => curpValid(v.toUpperCase())),
    rule('au-tfn', /(?:\bTFN\b|tax[ \t]+file[ \t]+number)/gi, '\\d{3} ?\\d{3} ?\\d{2,3}', tfnValid),
    rule('il-id', /(?:תעודת[ \t]+זהות|ת\.ז|teudat[ \t]+zehut|israeli[ \t]+id)/gi, '\\d{8}-?\\d', israeliIdValid),
    rule('fi-hetu', /(?:henkilötunnus|\bHETU\b|personal[ \t]+identity[ \t]+code|sosiaaliturvatunnus|\bsotu\b)/gi, '\\d{6}[-+A-FYXWVUa-fyxwvu]\\d{3}[0-9A-Ya-y]', hetuValid, 80),
    rule('no-fodselsnummer', /(?:fødselsnummer|fodselsnummer|personnummer|\bf(?:ø|o)?dsels?nr\b|\bfnr\b|\bf\.nr\b)/gi, '\\d{6} ?\\d{5}', norwegianFnrValid),
    rule('ro-cnp', /(?:\bCNP\b|cod[ \t]+numeric[ \t]+personal)/gi, '[1-9]\\d{12}', romanianCnpValid),
    // Irish writes it PSP (uimhir phearsanta seirbhíse poiblí).
    rule('ie-pps', /(?:\bPPSN?\b|\bPSP\b|personal[ \t]+public[ \t]+service|pearsanta[ \t]+seirbh[íi]se[ \t]+poibl[íi])/gi, '\\d{7}[A-Wa-w][A-IWa-iw]?', ppsValid),
    rule('ar-cuit', /\bCUI[TL]\b/gi, '\\d{2}-?\\d{8}-?\\d', cuitValid),
    // No rule for the Brazilian CNPJ: a company's registration number, printed on every invoice and searchable (cnpjValid
    // stays, checked in test/unit/redact/identities.test.ts).
    rule('at-svnr', /(?:sozialversicherungsnummer|versicherungsnummer|\bSVNR\b|\bSV-?Nummer\b)/gi, '\\d{4} ?\\d{6}', austrianSvnrValid),
    rule('jp-my-number', /(?:マイナンバー|個人番号|\bmy[ \t]?number\b)/gi, '\\d{4} ?\\d{4} ?\\d{4}', myNumberValid),
    rule('sg-nric', /\b(?:NRIC|FIN)\b/g, '[STFGMstfgm]\\d{7}[A-Za-z]', nricValid),
    rule('dk-cpr', /(?:\bCPR\b|cpr-nummer|personnummer)/gi, '\\d{6}-?\\d{4}', cprValid, 24),
    rule('us-ein', /\b(?:EIN|FEIN|employer[ \t]+identification)\b/gi, '\\d{2}-\\d{7}', () => true, 24),
  ];
}

const ID_RULES: IdRule[] = [
  {
    // US Individual Taxpayer Identification Number: like an SSN but 9XX and a middle group of its own ranges.
    name: 'us-itin',
    label: /\b(?:ITIN|taxpayer[ \t]+id(?:entification)?|tax[ \t]+id|TIN|SSN)\b/gi,
    pattern: new RegExp(`${NB}9\\d{2}([- ]?)\\d{2}\\1\\d{4}${NE}`, 'dg'),
    valid: itinValid,
  },
  {
    // UK National Insurance number: AB 12 34 56 C.
    name: 'uk-nino',
    label: /\b(?:national[ \t_-]+insurance|NI[ \t_-]*(?:number|no\.?|nr\.?|num|#)|NINO)\b/gi,
    pattern: new RegExp(`${NB}[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]${NE}`, 'dg'),
    valid: ninoValid,
  },
  {
    // German Steuerliche Identifikationsnummer: eleven digits, often printed 12 345 678 901.
    name: 'de-steuer-id',
    label: /(?:steuer[ \t-]*(?:id|identifikationsnummer|nummer)|\bIdNr\b|identifikationsnummer|\btax[ \t]+id\b|\bTIN\b)/gi,
    pattern: new RegExp(`${NB}[1-9]\\d(?: ?\\d{3}){3}${NE}`, 'dg'),
    valid: (s) => germanTaxIdValid(digitsOf(s)),
  },
  {
    // French NIR: sex, year, month, département (2A/2B in Corsica), commune, order, then a two-digit key.
    name: 'fr-nir',
    label: /(?:s[ée]cu(?:rit[ée][ \t]+sociale)?\b|\bNIR\b|\bINSEE\b|carte[ \t]+vitale|\bameli\b|social[ \t]+security)/gi,
    pattern: new RegExp(`${NB}[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[ABab]) ?\\d{3} ?\\d{3} ?\\d{2}${NE}`, 'dg'),
    valid: frenchNirValid,
    before: 60,
    // Its key (mod 97) lets the name follow in the next clause: "… du numéro : 2 71 … . Il dit que c'est bien son
    // numéro de sécurité sociale".
    after: 90,
  },
  {
    // Spanish DNI (12345678Z) and NIE (X1234567L): the letter is a check over the digits.
    name: 'es-dni-nie',
    label: /\b(?:DNI|NIE|NIF|D\.N\.I\.?|documento[ \t]+nacional|n[úu]mero[ \t]+de[ \t]+identidad|TIE)\b/gi,
    pattern: new RegExp(`${NB}(?:[XYZxyz][- ]?\\d{7}|\\d{8})[- ]?[A-Za-z]${NE}`, 'dg'),
    valid: spanishIdValid,
  },
  {
    // Brazilian CPF: 123.456.789-09.
    name: 'br-cpf',
    label: /\bCPF\b/gi,
    pattern: new RegExp(`${NB}\\d{3}(\\.?)\\d{3}\\1\\d{3}-?\\d{2}${NE}`, 'dg'),
    valid: cpfValid,
  },
  {
    // Indian Aadhaar: twelve digits, never starting with 0 or 1, Verhoeff check digit last.
    name: 'in-aadhaar',
    label: /(?:aadh?aar|आधार|\bUIDAI\b|\bUID\b)/gi,
    pattern: new RegExp(`${NB}[2-9]\\d{3}([ -]?)\\d{4}\\1\\d{4}${NE}`, 'dg'),
    valid: (s) => passesVerhoeff(digitsOf(s)),
  },
  {
    // Canadian Social Insurance Number: nine digits by Luhn.
    name: 'ca-sin',
    label: /\b(?:SIN|social[ \t]+insurance|NAS|assurance[ \t]+sociale)\b/gi,
    pattern: new RegExp(`${NB}\\d{3}([ -]?)\\d{3}\\1\\d{3}${NE}`, 'dg'),
    valid: sinValid,
    before: 32,
  },
  {
    // Dutch burgerservicenummer: nine digits by the elfproef, sometimes written 1234.56.789.
    name: 'nl-bsn',
    label: /\b(?:BSN|burgerservicenummer|sofi[ -]?nummer)\b/gi,
    pattern: new RegExp(`${NB}(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3} \\d{3} \\d{3})${NE}`, 'dg'),
    valid: bsnValid,
  },
  {
    // Chinese resident identity card number: 18 characters with the birth date inside and a MOD 11-2 check.
    name: 'cn-resident-id',
    label: /(?:身份证|身份證|公民身份号码|居民身份|resident[ \t]+id|\bID[ \t]+card\b)/gi,
    pattern: /(?<![\w.,/-])[1-9]\d{16}[\dXx](?![\w]|[.,/-]\d)/dg,
    valid: chineseIdValid,
  },
  {
    // Italian codice fiscale: RSSMRA85T10A562S — surname, name, birth date and place, a check letter.
    name: 'it-codice-fiscale',
    label: /(?:codice[ \t]+fiscale|\bC\.?F\.?(?=[ \t:]|$)|\btax[ \t]+code\b)/gi,
    pattern: /(?<![\w.-])[A-Za-z]{6}[0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{3}[A-Za-z](?![\w])/dg,
    valid: codiceFiscaleValid,
  },
  ...MORE_ID_RULES(),
];

/** US bank account numbers: six to seventeen digits after "account", beside a valid routing number or bank words. */
const ROUTING_WORDS = /\b(?:routing|ABA|RTN|transit)\b/gi;
const ROUTING: IdRule = {
  name: 'us-routing-number',
  label: ROUTING_WORDS,
  pattern: new RegExp(`${NB}\\d{9}${NE}`, 'dg'),
  valid: abaRoutingValid,
  kind: 'bank account',
};

/**
 * A British sort code or an Australian BSB names a branch, as a routing number does (`withAccountNearby`): masked
 * only where an account is named near it ("sort code 75-…, account number …").
 */
const SORT_CODE: IdRule = {
  name: 'sort-code',
  label: /\b(?:sort[ \t-]?code|BSB)\b/gi,
  pattern: new RegExp(`${NB}(?:\\d{2}-\\d{2}-\\d{2}|\\d{3}-\\d{3})${NE}`, 'dg'),
  // Not one digit repeated ("00-00-00", "111-111"): a form's blank.
  valid: (s) => !/^(\d)(?:\1|-)+$/.test(s),
  kind: 'bank account',
};

const BANK_CONTEXT =
  /\b(?:bank|banking|routing|ABA|BSB|checking|savings|deposit|wire|ACH|IBAN|BIC|SWIFT|sort[ \t]+code|Konto|compte|cuenta|conta|benki|banco|banque|banca|pankki|banka|bankas|M-?Pesa|mobile[ \t]+money|SACCO|IFSC|MICR|NEFT|RTGS|IMPS|CCI|CBU|CLABE)\b|ngân[ \t]+hàng|τράπεζ|銀行|银行|은행|בנק|банк/i;
/**
 * A bank's own name run into one word (GTBank, UBA's "Bank"), Welsh banc and cod didoli (sort code), Yoruba báǹkì,
 * Zulu ibhange and ikhodi yegatsha (branch code), Estonian and Latvian pank and banka, Albanian bankë, Armenian,
 * Georgian, the Indic scripts, Thai, Khmer, Arabic and Persian: read in Unicode mode, where the words above are not.
 */
const BANK_CONTEXT_MORE =
  /[a-z]Bank\b|బ్యాంక్|ಬ್ಯಾಂಕ್|බැංකු|ဘဏ်|ທະນາຄານ|ባንክ|\bbanki\p{L}*|\bbangi\p{L}*|\bbanc\b|cod[ \t]+didoli|b[aá]\p{M}*[nńǹ]\p{M}*k[iì]\p{M}*|ibhange|yegatsha|\bpank|bank[ëe]|բանկ|ბანკ|बैंक|ব্যাংক|ബാങ്ക്|வங்கி|ธนาคาร|ធនាគារ|بنك|بانک|بینک/iu;

/**
 * "Account" in the languages the rules read (Swahili akaunti, Indonesian rekening, Vietnamese tài khoản, Turkish
 * hesap, Polish rachunek, Czech účet, Greek λογαριασμός …), then whose it is in two words at most ("Akaunti ya
 * ushirika ni …", "numer konta firmy: …"), then a word for "number", and a verb for "is" or a colon. Nigerian Pidgin's
 * "na" is "is": "My account number na 0123456789".
 */
const ACCOUNT_WORD =
  // Welsh, Yoruba (tone marks as combining marks or not), Zulu and Xhosa, Albanian, Latvian, Lithuanian, Estonian,
  // Slovenian and the other South Slavic languages, the Cyrillic ones, Armenian, Georgian, Mongolian, Basque, Maltese,
  // Irish, Hungarian, Romanian, Malay, Tagalog, Hindi and Nepali, Bengali, Malayalam, Tamil, Thai, Khmer, Arabic,
  // Persian, Urdu, Amharic, Hausa: "account number".
  // Igbo, Hausa, Somali, Amharic, the Dravidian and Sinhala scripts, Burmese, Lao, Gujarati, Punjabi, Marathi, Kazakh,
  // Azerbaijani, Uzbek, Icelandic, Afrikaans, Catalan and Galician.
  "n[oọ][\\u0300-\\u036f]*mba[ \\t]+akaụntụ|nọmba[ \\t]+akantu|lambar[ \\t]+asusu\\p{L}*|lambarka[ \\t]+(?:akoonka|xisaabta)|የሂሳብ[ \\t]+ቁጥር|ఖాతా[ \\t]+(?:సంఖ్య|నంబర్)|ಖಾತೆ[ \\t]+(?:ಸಂಖ್ಯೆ|ನಂಬರ್)|ගිණුම්[ \\t]+අංක\\p{L}*|" +
  "(?:ငွေစာရင်း|အကောင့်)[ \\t]*နံပါတ်|ເລກ(?:ທີ່)?ບັນຊີ|ખાતા[ \\t]+(?:નંબર|ક્રમાંક)|ਖਾਤਾ[ \\t]+ਨੰਬਰ|खाते[ \\t]+क्रमांक|шот[ \\t]+нөмірі|hesab[ \\t]+n[öo]mr[əe]si|hisob[ \\t]+raqami|reikningsn[úu]mer\\p{L}*|rekeningnommer|n[úu]mero[ \\t]+de[ \\t]+co(?:mp)?te|" +
  "rhif[ \\t]+(?:y[ \\t]+)?cyfrif|n[oọ][\\u0300-\\u036f]*[nń][\\u0300-\\u036f]*b[aà][\\u0300-\\u036f]*[ \\t]+[aà][\\u0300-\\u036f]*k[aá][\\u0300-\\u036f]*[nǹ][\\u0300-\\u036f]*t[iì][\\u0300-\\u036f]*|i?nombolo[ \\t]+ye-?akhawunti|i-?akhawunti|iakhawunti|" +
  "num(?:ri|rin)[ \\t]+(?:i|e)[ \\t]+llogaris[ëe]\\p{L}*|konta[ \\t]+numur\\p{L}*|s[ąa]skaitos[ \\t]+numer\\p{L}*|kontonumber|arvelduskonto|[šs]tevilk\\p{L}*[ \\t]+ra[čc]una|broj[ \\t]+(?:tekućeg[ \\t]+)?ra[čc]una|" +
  "номер[ \\t]+(?:банковского[ \\t]+)?сч[её]та|номер[ \\t]+рахунку|номер[ \\t]+на[ \\t]+сметка|број[ \\t]+рачуна|расчётный[ \\t]+сч[её]т|харгалцах[ \\t]+данс|дансны[ \\t]+дугаар|հաշվեհամար\\p{L}*|ანგარიშის[ \\t]+ნომერ\\p{L}*|" +
  "kontu[ \\t]+(?:korrontearen[ \\t]+)?zenbaki\\p{L}*|numru[ \\t]+tal-kont|uimhir[ \\t]+(?:an[ \\t]+)?chuntais|sz[áa]mlasz[áa]m\\p{L}*|num[ăa]r(?:ul)?[ \\t]+de[ \\t]+cont|nombor[ \\t]+akaun|numero[ \\t]+ng[ \\t]+account|" +
  "खाता[ \\t]+(?:संख्या|नंबर|नम्बर|क्रमांक)|অ্যাকাউন্ট[ \\t]+নম্বর|হিসাব[ \\t]+নম্বর|അക്കൗണ്ട്[ \\t]+നമ്പർ|கணக்கு[ \\t]+எண்|เลขที่บัญชี|เลขบัญชี|លេខគណនី|رقم[ \\t]+الحساب|شماره[ \\t]+حساب|اکاؤنٹ[ \\t]+نمبر|የሂሳብ[ \\t]+ቁጥር|lambar[ \\t]+asusu\\p{L}*|" +
  // A bank's own short word for an account, only before a number in the groups banks print ("BCP cuenta 396-43087372-0-80").
  "(?:cuenta|conta|compte|konto|conto|rekening)(?=[ \\t:#]*\\d{2,8}-\\d)|" +
  "account|acct|a\\/c|kontonummer|numéro[ \\t]+de[ \\t]+compte|n[úu]mero[ \\t]+de[ \\t]+cuenta|n[úu]mero[ \\t]+da[ \\t]+conta|numero[ \\t]+di[ \\t]+conto|rekeningnummer|akaunti|nambari[ \\t]+ya[ \\t]+akaunti|rekening|nomor[ \\t]+rekening|s[ốo][ \\t]+t[àa]i[ \\t]+kho[ảa]n|hesap[ \\t]+numaras\\p{L}*|numer[ \\t]+(?:konta|rachunku)|[čc][íi]slo[ \\t]+[úu][čc]tu|tilinumero|αριθμ(?:ός|ό|ού)[ \\t]+λογαριασμού|מספר[ \\t]+חשבון|口座番号|계좌[ \\t]*번호|银行账号|账号";
const ACCOUNT_OWNER = "(?:[ \\t]+(?:ya|wa|la|of|de|del|do|da|di|der|des|von|van|ng|của|dla|του|της)(?:[ \\t]+[\\p{L}\\p{M}'’-]{1,20}){1,3}?)?";
const ACCOUNT_IS = "(?:[:#=：՝]|is|na(?=[ \\t])|ni|ay|là|adalah|jest|je|είναι|ist|lautet|est|es|é|è|er|är|on|は|是|는|은)";
/** The bank or the account's kind in parentheses before the colon: "የሂሳብ ቁጥር (CBE): …", "Kontonummer (Sparkasse): …". */
const BANK_IN_PARENTHESES = "(?:[ \\t]*\\([^()\\n\\d]{1,24}\\)(?=[ \\t]*[:#=：]))?";
const BANK_ACCOUNT: RegexRule = {
  name: 'bank-account',
  pattern: new RegExp(
    `(?:${ACCOUNT_WORD})${ACCOUNT_OWNER}(?:[ \\t]+(?:number|no\\.?|num|nr\\.?|#))?(?:[ \\t]+\\p{Ll}[\\p{Ll}\\p{M}-]{1,19}(?=[ \\t]*:))?${BANK_IN_PARENTHESES}[ \\t]*${ACCOUNT_IS}?[ \\t]*(?<![\\w.,/-])(\\d{6,17}|\\d{2,8}(?:-\\d{1,10}){1,4})(?![\\w]|[.,/-]\\d)`,
    'dgiu',
  ),
  judge(m, text) {
    const span = m.indices![1]!;
    const digits = m[1]!.replace(/\D/g, '');
    // Grouped by dashes as banks print it (Peru's 396-43087372-0-80): eight to twenty digits in all.
    if (/^(\d)\1+$/.test(digits) || digits.length < 6 || digits.length > 20 || (m[1]!.includes('-') && digits.length < 8)) return null;
    const around = contextOf(text, m.index - 160, span[1] + 160);
    if (!BANK_CONTEXT.test(around) && !BANK_CONTEXT_MORE.test(around)) return null;
    return { start: span[0], end: span[1], label: 'bank account' };
  },
};

/**
 * A column of identity numbers in a CSV, TSV or pipe table whose header cell is the number's name (`ni_number`,
 * `SSN`, `Steuer-ID`): each row's cell in that column, when the number passes its rule's shape and check. The
 * windowed rules read a number close to its name only, so every row but the first would stand too far from the header.
 * Header lines are found by one scan for all the rules' names; a table ends at a blank line or after 500 rows.
 */
// Found in the plain mode (`wordAnchors`): a case-folding Unicode scan of 10 MB for all the names took seconds. Each
// header cell is then tested against its rule's own name.
/**
 * Columns of document numbers, which carry no check a rule could read in a sentence (document-numbers.ts takes them
 * only right after their names): a header cell that is the document's name with or without a word for number
 * (`passport_no`, `Passport Number`, `licence_no`, `id_card_number`, `Reisepass-Nr`, `numero_passaporto`) names each
 * row's cell, when it is six to sixteen capitals and digits (a British licence has sixteen) with a digit in it (not `n/a`, a country code or a name).
 */
const NUMBER_SUFFIX = '(?:[ _.-]*(?:no|nr|num|number|numbers|nummer|numero|número|numéro|numer|id|#))?';
const NUMBER_PREFIX = '(?:(?:no|nr|num|number|nummer|numero|número|numéro|numer)[ _.-]*(?:de[ _.-]*|di[ _.-]*|do[ _.-]*|du[ _.-]*)?)?';
// The Nordic numbers keep their date and serial apart (`850225-1914`, `170260-2504`, `131052-308T`).
const DOCUMENT_COLUMN_SHAPE = /\d{6}[-+A]\d{3,5}[0-9A-Z]?|(?=[A-Z]{0,15}\d)[A-Z0-9]{6,16}/dg;
const DOCUMENT_COLUMN_RULES: IdRule[] = [
  ['passport', 'passport|reisepass|pass|passeport|pasaporte|passaporto|passaporte|paspoort|paszport|pasaport|pa[șş]aport|paspor|passi|travel[ _.-]*document'],
  ['driving-licence', "driver'?s?[ _.-]*licen[cs]e|driving[ _.-]*licen[cs]e|licen[cs]e|dl|f(?:ü|ue)hrerschein|permis[ _.-]*de[ _.-]*conduire|patente|rijbewijs|k(?:ö|o)rkort|ehliyet"],
  ['identity-card', 'id[ _.-]*card|identity[ _.-]*card|national[ _.-]*id|personalausweis|ausweis|cni|dni|nic|kimlik|ktp|nik'],
  // A person's identity number by its country's name for it, as payroll and member exports head the column
  // (`asmens_kodas`, `isikukood`, `personnummer`, `henkilötunnus`, `PESEL`, `CNP`, `ЕГН`, `JMBG`, `OIB`, `BSN`, `IIN`,
  // `PINFL`, `NRIC`, `CURP`, `RUT`, `cédula`, `codice_fiscale`, `Aadhaar`, `matricule`): the header says what each
  // row's number is, as a document's name does.
  ['personal-code', 'personal[ _.-]*(?:code|identity|identification)(?:[ _.-]*(?:code|number))?|asmens[ _.-]*kod\\p{L}*|isikukood\\p{L}*|personas[ _.-]*kods|personnummer|personnr|henkil(?:ö|o)tunnus|hetu|kennitala|pesel|cnp|egn|егн|jmbg|em(?:š|s)o|oib|bsn|rodn(?:é|e)[ _.-]*(?:č|c)(?:í|i)slo|iin|жсн|иин|pinfl|jshshir|nric|curp|rut|c(?:é|e)dula|codice[ _.-]*fiscale|aadhaa?r|matricule|nida|ghana[ _.-]*card|cccd'],
].map(([name, names]) => ({
  name: `${name}-column`,
  label: new RegExp(`${NUMBER_PREFIX}(?:${names})${NUMBER_SUFFIX}`, 'giu'),
  pattern: DOCUMENT_COLUMN_SHAPE,
  valid: (v: string) => !/^(\d)\1+$/.test(v),
}));
const COLUMN_RULES: readonly IdRule[] = [...ID_RULES, ...DOCUMENT_COLUMN_RULES];
const ANY_ID_LABEL = wordAnchors(COLUMN_RULES.map((r) => `(?:${r.label.source})`).join('|'));
const TABLE_SEPARATORS = [',', ';', '\t', '|'] as const;
/** Each rule's name as a whole header cell. */
const WHOLE_CELL_LABELS: readonly [IdRule, RegExp][] = COLUMN_RULES.map((r) => [r, new RegExp(`^(?:${r.label.source})$`, r.label.flags.replace('g', ''))]);

/** Whether a line could head a table: a separator twice or more, and no sentence's end. */
function headerShaped(line: string): boolean {
  return TABLE_SEPARATORS.some((c) => line.indexOf(c) !== line.lastIndexOf(c)) && !/[.?!](?:\s|$)/.test(line);
}

function findIdColumns(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Each header cell's rule, found once per text: a long table or export repeats its header lines.
  const ruleOf = byValue((cell: string): IdRule | null => WHOLE_CELL_LABELS.find(([, whole]) => whole.test(cell))?.[0] ?? null);
  // Line by line: a header is a line shaped as one that names a column (the names, a long list, are looked for only
  // in such lines; a scan of the whole text for them cost as much as the rest of the rule).
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const header = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    let next = lineEnd + 1;
    ANY_ID_LABEL.lastIndex = 0;
    if (lineEnd - lineStart <= 600 && headerShaped(header) && ANY_ID_LABEL.test(header)) next = Math.max(next, readIdColumns(text, header, lineEnd, spans, ruleOf));
    lineStart = next;
  }
  return spans;
}

/** The rows under a header line (ending at `lineEnd`) whose cells its named columns say are numbers; where they end. */
function readIdColumns(text: string, header: string, lineEnd: number, spans: SecretSpan[], ruleOf: (cell: string) => IdRule | null): number {
  const sep = TABLE_SEPARATORS.find((c) => header.split(c).length >= 3);
  // A header is a row of names, not a sentence.
  if (!sep) return lineEnd + 1;
  const head = header.split(sep).map((c) => c.trim());
  const columns: [number, IdRule][] = [];
  head.forEach((cell, i) => {
    if (cell.length > 40) return;
    const rule = ruleOf(cell);
    if (rule) columns.push([i, rule]);
  });
  if (columns.length === 0) return lineEnd + 1;
  let at = lineEnd + 1;
  for (const { line, start, end } of tableRows(text, lineEnd)) {
    const cells = line.split(sep);
    if (Math.abs(cells.length - head.length) > 1) break;
    for (const [i, rule] of columns) {
      const cell = cells[i];
      if (cell === undefined) continue;
      const value = cell.trim();
      let offset = start;
      for (let k = 0; k < i; k++) offset += cells[k]!.length + sep.length;
      offset += cell.indexOf(value);
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(value);
      if (m && m.index === 0 && m[0].length === value.length && rule.valid(value)) {
        spans.push({ start: offset, end: offset + value.length, label: rule.kind ?? 'national id' });
      }
    }
    at = end + 1;
  }
  return at;
}

/** The bank-account rule alone: `sort-codes-beside-accounts.ts` reads a sort code's sentence with it. */
export const BANK_ACCOUNT_FINDER: Finder = anchoredFinder(BANK_ACCOUNT, wordAnchors(ACCOUNT_WORD));

export const NATIONAL_ID_FINDERS: readonly Finder[] = [
  ...ID_RULES.map(idFinder),
  { name: 'id-column', find: findIdColumns },
  withAccountNearby(idFinder(ROUTING)),
  withAccountNearby(idFinder(SORT_CODE)),
  // Tried at each place its words begin (`anchored-finder.ts`): every match opens with them, and a window's scan tried
  // the whole alternation of words at every character after them.
  BANK_ACCOUNT_FINDER,
];
