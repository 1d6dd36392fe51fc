import { EN_LABEL, FOREIGN_LABEL, PASSWORD_LABEL_ANCHORS } from './passwords';
import { strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * A password word alone on its line, the value alone on the next line that is not blank: a form or a vendor's sheet
 * copied as label and value on lines of their own ("Password\n\nLWQ…", "Password:\n    9YB0…", "Passwort\nTalsperre-88").
 * The label line holds the word and at most a colon; the value line one token, indented or not, at most one blank line
 * between. The value must be a password beyond doubt (`strongPassword`): a heading "Password" over a paragraph of
 * prose, or over a setting's word, is not read.
 */
const LABEL_ALONE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${EN_LABEL}|${FOREIGN_LABEL})[ \\t]*[:：]?[ \\t]*\\r?\\n`, 'iuy');

/** The line or two below the label: an optional blank line, then one token alone on its line. */
const VALUE_BELOW = /^(?:[ \t]*\r?\n)?[ \t]*(\S{6,64})[ \t]*(?:\r?\n|$)/;

function findValueBelowLabel(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let from = 0;
  for (;;) {
    PASSWORD_LABEL_ANCHORS.lastIndex = from;
    const a = PASSWORD_LABEL_ANCHORS.exec(text);
    if (!a) break;
    from = a.index + 1;
    // The word must open its line (after indentation, a list mark or emphasis): only the 12 characters before it are
    // read (a search back for the line's start, per word, is quadratic in a text of password words and no newline).
    const lead = text.slice(Math.max(0, a.index - 13), a.index);
    if (!(a.index <= 12 ? /^(?:[\s\S]*\n)?[ \t*_#>-]*$/ : /\n[ \t*_#>-]*$/).test(lead)) continue;
    LABEL_ALONE.lastIndex = a.index;
    const m = LABEL_ALONE.exec(text);
    if (!m) continue;
    const below = m.index + m[0].length;
    const v = VALUE_BELOW.exec(text.slice(below, below + 140));
    if (!v) continue;
    const value = v[1]!.replace(/[*_`]+$/, '').replace(/^[*_`]+/, '');
    if (isPlaceholder(value) || !strongPassword(value)) continue;
    const start = below + v[0].indexOf(value);
    spans.push({ start, end: start + value.length, label: 'password' });
    from = start + value.length;
  }
  return spans;
}

/**
 * A PIN's label alone on its line, at most one word before it ("Telephone PIN", "Card PIN", "Karten-PIN", "PIN code"),
 * and four to eight digits alone on the next line that is not blank: a bank's or a phone's sheet copied as label and
 * value lines. India's postal "PIN code" over six digits is an address's, where the lines around name a city, a
 * state or a district.
 */
const PIN_LABEL_THEN_DIGITS =
  /(?:^|\n)[ \t*_#>-]*((?:\p{L}{2,20}[ \t-])?(?:PIN|Pin)(?:[ \t-]?(?:code|Code|number|Number|no\.?|Nummer))?)[ \t]*[:：]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(\d{4,8})[ \t]*(?=\r?\n|$)/gu;
const HARDWARE_PIN = /^(?:GPIO|GND|VCC|IO|data|reset|power|ground|analog|digital|header|input|output|enable|chip|signal)[ \t-]/i;
const ADDRESS_WORDS = /(?<![\p{L}])(?:address|city|state|district|street|road|nagar|post[ \t]?office|village|taluk|tehsil|pincode)(?![\p{L}])/iu;

function findPinBelowLabel(text: string): SecretSpan[] {
  if (!text.includes('PIN') && !text.includes('Pin')) return [];
  const spans: SecretSpan[] = [];
  PIN_LABEL_THEN_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_LABEL_THEN_DIGITS.exec(text)); ) {
    const value = m[2]!;
    const start = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(value)).length;
    PIN_LABEL_THEN_DIGITS.lastIndex = start;
    // A hardware pin ("GPIO PIN", "Reset pin") is numbered, not secret.
    if (/^(\d)\1+$/.test(value) || HARDWARE_PIN.test(m[1]!)) continue;
    if (value.length === 6 && /code|no|number|nummer/i.test(m[1]!) && ADDRESS_WORDS.test(text.slice(Math.max(0, m.index - 200), start + 200))) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const LABEL_LINE_VALUE_FINDERS: readonly Finder[] = [
  { name: 'password-below-label-line', find: findValueBelowLabel },
  { name: 'pin-below-label-line', find: findPinBelowLabel },
];
