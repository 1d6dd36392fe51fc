/**
 * `text.lastIndexOf('\n', at)` for a scan that asks at places that never go back (a regex's matches, in order), in time
 * linear in the text's length over all the asks. Asked at each match, `lastIndexOf` searches back to the line break
 * before it: to the text's start on a line without one, so a long line of matches took time quadratic in its length
 * (a 1 MB line of "what is the code? " took 3.5 s in one rule, 0.34 s for a quarter of it). Here the line breaks are
 * walked forward once, each found by `indexOf` from the one before; an ask at a place before the last one is answered
 * by `lastIndexOf` itself, so the answer is always the same.
 */
export function lastBreakBefore(text: string): (at: number) => number {
  let asked = 0;
  let last = -1;
  let next = text.indexOf('\n');
  return (at) => {
    if (at < asked) return text.lastIndexOf('\n', at);
    asked = at;
    while (next >= 0 && next <= at) {
      last = next;
      next = text.indexOf('\n', next + 1);
    }
    return last;
  };
}

/**
 * The start of the line before (`step` -1) or after (+1) the line that starts at `lineStart`, or -1 at the text's first
 * or last line: how the rules that read a found secret's neighbours (the other entries of its list, the other cells of
 * its column) walk from line to line.
 */
export function neighbourLineStart(text: string, lineStart: number, step: -1 | 1): number {
  if (step < 0) return lineStart === 0 ? -1 : text.lastIndexOf('\n', lineStart - 2) + 1;
  const next = text.indexOf('\n', lineStart);
  return next < 0 ? -1 : next + 1;
}
