/**
 * A contrast in brackets is an example of what the sentence asks or says, not a correction of something said before:
 * "use British spelling (colour, not color) and metric units always", "log weights in kg (70, not 154)". Read as ", not
 * …", the rules took "color) and metric units always" for a value the user took back, and the instruction went with it.
 * The contrast rules read the sentence with what is in brackets blanked out (same length, so what they match outside
 * stays where it was).
 */
export function outsideBrackets(s: string): string {
  // A sentence said wholly in brackets ("(Mila is a pantherkin, not a kitsune.)") is no aside: it is read.
  return s.replace(/\([^()]*\)/g, (m, at: number) => (s.slice(0, at).trim() === '' ? m : ' '.repeat(m.length)));
}

/**
 * `s` split where `separator` matches outside brackets: "use British spelling (colour, not color) and metric units
 * always, I'm sick of converting" is two clauses, the first whole with its example.
 */
export function splitOutsideBrackets(s: string, separator: RegExp): string[] {
  const masked = outsideBrackets(s);
  const every = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(every)) {
    if (m[0].length === 0) continue;
    out.push(s.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(s.slice(from));
  return out;
}
