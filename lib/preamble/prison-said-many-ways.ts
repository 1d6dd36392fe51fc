/**
 * Being in prison is said many ways, and a topic the user keeps off is rarely named the way the chats about it named
 * it: "don't ever bring up my dad being inside again" keeps off "my dad's doing four years in HMP Chelmsford", and "my
 * brother being locked up" keeps off "since he went to jail". The words for it are read as one word, "prison", on both
 * sides, before a topic's terms are matched (build.ts), so the request's own wording keeps the lines off.
 *
 * "inside" counts only as a state (after "being", "is", "was" …, closing its clause or before a time): "being inside the
 * house" stays what it is, as "locked up the shop" does. "the cat is inside." still reads as prison; that costs a line
 * only where the user keeps prison off and the line names the rest of that topic too.
 */
const PRISON_WORDS: readonly RegExp[] = [
  /\b(?:jail|gaol|prison)(?:s|ed)?\b/giu,
  /\bimprison(?:ed|ment)?\b/giu,
  /\bincarcerat(?:ed|ion)\b/giu,
  /\b(?:locked|banged|sent) up\b(?! (?:the|a|an|my|your|his|her|their|our|it|this|that|early|late|for the night)\b)/giu,
  /\bbehind bars\b/giu,
  /\b(?:doing|serving|did|served|done) (?:time|(?:a|his|her|their|my) (?:sentence|stretch))\b/giu,
  /\bin the (?:nick|clink|slammer)\b/giu,
  /\b(?:being|is|was|are|were|been|be|'s|’s) inside\b(?=\s*(?:[,.;:!?)]|$|\s+(?:again|now|for|since|until|till|yeah|innit|and|but|so|anymore)\b))/giu,
];

/** The text with every way of saying someone is or was in prison read as "prison". */
export function withPrisonSaidOneWay(text: string): string {
  let out = text;
  for (const re of PRISON_WORDS) out = out.replace(re, (m) => (/^(?:being|is|was|are|were|been|be|'s|’s) /iu.test(m) ? `${m.split(/\s+/)[0]} prison` : 'prison'));
  return out;
}
