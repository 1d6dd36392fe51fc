import type { Finder, SecretSpan } from './rules';

/**
 * Identity numbers in fixed record layouts, where the place in the record names the number and no word stands
 * before it:
 * - the machine-readable zone of a passport (ICAO 9303 TD3: two lines of 44) or an identity card (TD1: three lines
 *   of 30). The document number opens the passport's second line and stands fifth to thirteenth on the card's first,
 *   each followed by its check digit; the passport line carries the birth and expiry dates with their own checks, the
 *   card's second line likewise. Only the document number is taken: the copy of it written elsewhere in the text
 *   ("document number …") is then masked as a repeat of a found value.
 * - an HL7 v2 message's PID segment, whose nineteenth field is the patient's Social Security number
 *   (`PID|1||…|…||…|…|||…||…|||||…|123-45-6789`), given there with no label.
 */

/** ICAO 9303's check digit: digits as themselves, A–Z as 10–35, `<` as 0, weighted 7, 3, 1, mod 10. */
function mrzCheck(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * weights[i % 3]!;
  }
  return sum % 10;
}

const checks = (field: string, digit: string) => /^\d$/.test(digit) && mrzCheck(field) === Number(digit);

/** A passport's second MRZ line: number, check, nationality, birth date, check, sex, expiry, check, optional data, checks. */
const TD3_LINE2 = /(?<![A-Z0-9<])([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])/g;
/** An identity card's first and second MRZ lines. */
const TD1_LINES = /(?<![A-Z0-9<])[AIC][A-Z<]([A-Z<]{3})([A-Z0-9<]{9})(\d)[A-Z0-9<]{15}\r?\n(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z<]{3}[A-Z0-9<]{11}\d(?![A-Z0-9<])/g;

/**
 * A specimen, not anyone's document: ICAO 9303 and issuers print specimens for Utopia (UTO), a state that does not
 * exist, or the text calls the document a specimen (Muster, spécimen) just before.
 */
function isSpecimen(text: string, at: number, state: string): boolean {
  return state === 'UTO' || /\b(?:specimen|sample|muster|spécimen|espécimen|esemplare)\b/i.test(text.slice(Math.max(0, at - 300), at));
}

function documentNumberSpan(numberField: string, at: number): SecretSpan | null {
  const number = numberField.replace(/<+$/, '');
  if (number.length < 5 || /^(.)\1+$/.test(number)) return null;
  return { start: at, end: at + number.length, label: 'national id' };
}

function findMrzNumbers(text: string): SecretSpan[] {
  // Both layouts hold runs of `<`; a text without one holds no MRZ.
  if (!text.includes('<<')) return [];
  const spans: SecretSpan[] = [];
  TD3_LINE2.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TD3_LINE2.exec(text)); ) {
    if (!checks(m[1]!, m[2]!) || !checks(m[4]!, m[5]!) || !checks(m[6]!, m[7]!) || isSpecimen(text, m.index, m[3]!)) continue;
    const span = documentNumberSpan(m[1]!, m.index);
    if (!span) continue;
    // The rest of the line carries the nationality, birth date, sex and expiry beside the number: masked with it, as
    // a second span, so that the number alone is what is looked for again elsewhere in the text.
    spans.push(span, { start: span.end, end: m.index + m[0].length, label: 'national id' });
  }
  TD1_LINES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TD1_LINES.exec(text)); ) {
    if (!checks(m[2]!, m[3]!) || !checks(m[4]!, m[5]!) || !checks(m[6]!, m[7]!) || isSpecimen(text, m.index, m[1]!)) continue;
    const span = documentNumberSpan(m[2]!, m.index + 5);
    if (span) spans.push(span);
  }
  return spans;
}

/** A PID segment: its line, from `PID|` to the line's end (HL7 ends segments with a carriage return). */
const PID_SEGMENT = /(?:^|[\r\n])PID\|[^\r\n]*/g;
const SSN_SHAPE = /^\d{3}-?\d{2}-?\d{4}$/;

function findHl7Ssns(text: string): SecretSpan[] {
  if (!text.includes('PID|')) return [];
  const spans: SecretSpan[] = [];
  PID_SEGMENT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PID_SEGMENT.exec(text)); ) {
    const segment = m[0].replace(/^[\r\n]/, '');
    const start = m.index + m[0].length - segment.length;
    const fields = segment.split('|');
    // fields[0] is "PID"; PID-19 is fields[19].
    const ssn = fields[19];
    if (ssn === undefined || !SSN_SHAPE.test(ssn) || /^(\d)\1+$/.test(ssn.replace(/-/g, ''))) continue;
    let at = start;
    for (let i = 0; i < 19; i++) at += fields[i]!.length + 1;
    spans.push({ start: at, end: at + ssn.length, label: 'ssn' });
  }
  return spans;
}

export const RECORD_LAYOUT_FINDERS: readonly Finder[] = [
  { name: 'mrz-document-number', find: findMrzNumbers },
  { name: 'hl7-pid-ssn', find: findHl7Ssns },
];
