/**
 * Words looked for in many short windows of one text. A check run per found value that tests the line before it for a
 * list of words (`isQuotedFromDocs`: a docs, example or README word in the 200 characters before a password) read its
 * window again for each value; a window tester scans the text once for the list and answers each window from the
 * places found.
 *
 * The pattern must match by its own characters only: no look-around, no `^`, `$`, `\b` or `\B`, no back-reference,
 * and never the empty string. Then a window holds a match exactly where a match of the whole-text scan lies inside it
 * (each place the scan passed over lies inside a match it found, so a match the window holds either is one of the
 * scan's or meets one); where the first of the scan's matches that meets the window is cut by its ends, the window is
 * read by itself, as before. Same answers as `pattern.test(text.slice(from, to))`, on every text.
 */
export type WindowTester = (text: string, from: number, to: number) => boolean;

/** What reads beyond a match's own characters, outside character classes (which are taken out first). */
const CONTEXTUAL = /\(\?<?[=!]|\\[bBk1-9]|(?<!\\)[$^]/;
const CLASS = /\[(?:\\.|[^\]\\])*\]/g;

export function windowTester(pattern: RegExp): WindowTester {
  const flags = pattern.flags.replace(/[gy]/g, '');
  if (CONTEXTUAL.test(pattern.source.replace(CLASS, '')) || new RegExp(pattern.source, flags).test('')) throw new Error(`windowTester: ${pattern} reads beyond its own characters`);
  const scan = new RegExp(pattern.source, `${flags}g`);
  const single = new RegExp(pattern.source, flags);
  let scanned: string | null = null;
  let starts: number[] = [];
  let ends: number[] = [];
  return (text, from, to) => {
    if (text !== scanned) {
      scanned = text;
      starts = [];
      ends = [];
      scan.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = scan.exec(text)); ) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
    }
    // The first match that ends after `from` (the scan's matches do not overlap: their ends rise with their starts).
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! > from) hi = mid;
      else lo = mid + 1;
    }
    if (lo === ends.length || starts[lo]! >= to) return false;
    if (starts[lo]! >= from && ends[lo]! <= to) return true;
    return single.test(text.slice(from, to));
  };
}

/**
 * A check of a value alone (its characters, nothing around it) run by many rules on the same values: each answer is
 * kept, for the last few thousand values, so a value found again by the next rule, or repeated down a text (a long
 * export's header line), is judged once. Only for checks whose answer depends on the value and nothing else.
 */
export function byValue<T>(check: (value: string) => T): (value: string) => T {
  const answers = new Map<string, T>();
  return (value) => {
    let answer = answers.get(value);
    if (answer === undefined) {
      answer = check(value);
      if (answers.size >= 8192) answers.clear();
      answers.set(value, answer);
    }
    return answer;
  };
}
