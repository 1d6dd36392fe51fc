import type { Finder, SecretSpan } from './rules';

/**
 * BY's round: a row of backup codes under words about two-step sign-in but no "backup codes" heading: "I printed these
 * when I set up 2FA on the shop's Shopify, which ones have I used? 09641442  27604044  49655831 …", "spare login
 * codes: 63066151 22447903 …". BX's and BW's corpora left the same (codes handed over with no naming word). A row
 * of five codes or more of one shape (eight digits, or two to four groups of four or five letters and digits), set
 * apart by blanks, commas, semicolons or slashes, on the same line as a two-step word or on the line after it. Five
 * random numbers of one length side by side are what a code sheet prints; a list of prices, years or phone numbers
 * has its own words and shapes (no two-step word, or separators inside).
 */
const TWO_STEP_WORD =
  /(?<![\p{L}\p{N}])(?:2fa|mfa|two[- ]?factor|two[- ]?step|2[- ]?step|2-?sv|authenticator|spare[ \t]+(?:login|sign-?in)[ \t]+codes|(?:login|sign-?in)[ \t]+codes|one[- ]time[ \t]+codes)(?![\p{L}])/giu;
const CODE = /(?<![\p{L}\p{N}-])(?:\d{8}|\d{10}|[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){1,3}|[A-Z0-9]{4,5}(?:-[A-Z0-9]{4,5}){1,3})(?![\p{L}\p{N}-])/gu;
const BETWEEN = /^[ \t]*(?:[,;/|][ \t]*)?$/;

function findRows(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  TWO_STEP_WORD.lastIndex = 0;
  let after = 0;
  for (let a: RegExpExecArray | null; (a = TWO_STEP_WORD.exec(text)); ) {
    const from = Math.max(after, a.index + a[0].length);
    // This line's rest and the next line, read in a slice.
    let end = text.indexOf('\n', from);
    if (end >= 0) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    } else end = text.length;
    const reach = text.slice(from, Math.min(end, from + 600));
    CODE.lastIndex = 0;
    let run: { start: number; end: number }[] = [];
    let shape = '';
    let lastEnd = -1;
    let best: { start: number; end: number }[] = [];
    for (let c: RegExpExecArray | null; (c = CODE.exec(reach)); ) {
      const s = c[0].replace(/[a-z]/gi, 'a').replace(/\d/g, '9');
      const joined = lastEnd >= 0 && BETWEEN.test(reach.slice(lastEnd, c.index));
      // Digits only, or letters and digits mixed in each code (not words joined by hyphens).
      const random = /^\d+$/.test(c[0]) || /\d/.test(c[0]);
      if (!random || !joined || s !== shape) {
        if (run.length > best.length) best = run;
        run = [];
      }
      if (random) {
        run.push({ start: from + c.index, end: from + c.index + c[0].length });
        shape = s;
        lastEnd = c.index + c[0].length;
      } else lastEnd = -1;
    }
    if (run.length > best.length) best = run;
    if (best.length < 5) continue;
    // Not a row of one number repeated.
    const values = best.map((r) => text.slice(r.start, r.end));
    if (new Set(values).size < values.length) continue;
    for (const r of best) spans.push({ ...r, label: 'recovery code' });
    after = best[best.length - 1]!.end;
  }
  return spans;
}

export const CODE_ROWS_AFTER_TWO_FACTOR_WORDS_FINDERS: readonly Finder[] = [{ name: 'code-rows-after-two-factor-words', find: findRows }];
