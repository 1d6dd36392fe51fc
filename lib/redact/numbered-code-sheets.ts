import type { Finder, SecretSpan } from './rules';

/**
 * BD's round: backup codes pasted as the numbered list a provider's page prints, one code a line and nothing else on
 * it ("1) 5476 6646" … "8) 3241 6447", "1. g9x2-9fmk" …), often under no more than the app's or the account's name.
 * The sheet itself says what it is: six lines or more numbered from 1 in order, each holding one code, all of one
 * shape, and that shape a generated code's: eight digits printed as two groups of four, or letters and digits in one
 * case, in one or two groups of three to six (the groups joined by a hyphen), digits in most of them. A numbered list
 * of prices, dates, phone numbers (which have more digits or other groups), a rota's shifts ("1) 0700 1500") or
 * words is not read.
 */
/**
 * BM's round: lettered as well as numbered ("(a) …" … "(h) …", from a in order), and two more shapes of a generated
 * code: digits in groups of three joined by underscores (`500_617_414`: a phone's or a date's groups are never so
 * joined), and two groups of five or six small letters or capitals joined by a hyphen, consonants four in a row in
 * most of them (`psdpmj-gzkdta`), as services that draw codes from letters alone print them: words of a list, even
 * hyphenated ones, have vowels between their consonants.
 */
/**
 * BO's round: and groups of two to six joined by one dot or hyphen, some of two (`FZF.16036`, `69-mudt-01`), seven
 * letters and digits at least, judged as the others are (one case, digits and letters in most).
 */
const NUMBERED_LINE = /^[ \t]*\(?(\d{1,2}|[a-z])[.)][ \t]+(\d{4}[ \t]\d{4}|\d{3}(?:_\d{3}){2,3}|\d{3}(?::\d{3}){2,3}|[A-Za-z0-9]{3,6}-[A-Za-z0-9]{3,6}|[A-Za-z0-9]{8,12}|(?=[A-Za-z0-9.-]{8,20}[ \t]*\r?$)[A-Za-z0-9]{2,6}(?:[.-][A-Za-z0-9]{2,6}){1,2})[ \t]*\r?$/gmu;
const MIN_LINES = 6;

function shape(code: string): string {
  return code.replace(/[A-Za-z0-9]/g, 'a');
}

/** Two times of day written as 24-hour digits ("0700 1500"): a rota's shift, not a code. */
const SHIFT = /^(?:[01]\d|2[0-3])[0-5]\d (?:[01]\d|2[0-4])[0-5]\d$/;

function generated(codes: readonly string[]): boolean {
  if (codes.every((c) => /^\d{4} \d{4}$/.test(c))) return !codes.every((c) => SHIFT.test(c));
  if (codes.some((c) => / /.test(c))) return false;
  if (codes.every((c) => /^\d{3}(?:_\d{3})+$/.test(c) || /^\d{3}(?::\d{3})+$/.test(c))) return true;
  if (codes.every((c) => /^(?:[a-z]{5,6}-[a-z]{5,6}|[A-Z]{5,6}-[A-Z]{5,6})$/.test(c))) {
    return codes.filter((c) => /[b-df-hj-np-tv-xz]{4}/i.test(c)).length * 2 > codes.length;
  }
  const oneCase = codes.every((c) => !/[A-Z]/.test(c)) || codes.every((c) => !/[a-z]/.test(c));
  const withDigits = codes.filter((c) => /\d/.test(c) && /[A-Za-z]/.test(c)).length;
  return oneCase && withDigits * 2 > codes.length;
}

function findNumberedCodeSheets(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let run: { start: number; value: string }[] = [];
  let lastEnd = -1;
  const flush = () => {
    const values = run.map((r) => r.value);
    if (run.length >= MIN_LINES && values.every((v) => shape(v) === shape(values[0]!)) && generated(values)) {
      for (const r of run) spans.push({ start: r.start, end: r.start + r.value.length, label: 'recovery code' });
    }
    run = [];
  };
  NUMBERED_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBERED_LINE.exec(text)); ) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : m[1]!.charCodeAt(0) - 96;
    // The list goes on where this line follows the last one and carries the next number; it starts again at 1.
    const follows = lastEnd >= 0 && /^\r?\n$/.test(text.slice(lastEnd, m.index)) && n === run.length + 1;
    if (!follows) flush();
    if (!follows && n !== 1) {
      lastEnd = -1;
      continue;
    }
    run.push({ start: m.index + m[0].lastIndexOf(m[2]!), value: m[2]! });
    lastEnd = m.index + m[0].length;
  }
  flush();
  return spans;
}

export const NUMBERED_CODE_SHEET_FINDERS: readonly Finder[] = [{ name: 'numbered-code-sheets', find: findNumberedCodeSheets, trigger: /^[ \t]*\(?[1a][.)][ \t]/m }];
