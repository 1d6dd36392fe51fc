import { OWNS_A_MISTAKE } from './said-was-wrong';

/**
 * "Correction: it's not clindamycin, I mixed them up": the user names the value they had wrong with "it's not", and
 * says only in other words (or the next sentence) what is right. "not X, it's Y" is read where the right value follows
 * (extract.ts's NOT_X_ITS_Y); here the wrong value stands alone, and it is retracted as never true.
 *
 * "It's not X" says a mistake only beside a word that owns one: "correction", "I mixed them up", "I got it wrong", "my
 * mistake", "my bad", "I misspoke", "typo". Without one it is an opinion or a reassurance ("it's not a big deal", "it's
 * not easy", "sorry, it's not working"), and nothing is taken back.
 */

/** A word that owns a mistake in this sentence (said-was-wrong.ts), or a bare "typo" beside "it's not". */
const OWNS_A_MISTAKE_HERE = new RegExp(String.raw`\b(?:${OWNS_A_MISTAKE}|typo)\b`, 'i');

/**
 * "it's not X" at the start of the sentence or of a clause, X a short value ended by the clause: "it isn't Hull", "it
 * wasn't the 14th". Not "it's not X, it's Y" (read elsewhere), nor a value that opens with a word no value opens with.
 */
const NOT_THAT =
  /(?:^|[,;:—–]\s*|\s-\s)(?:it|that)(?:'s|’s| is| was|s)? ?(?:not|n't|n’t) (?:an? |the |my )?([\p{L}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*){0,2}?)\s*(?=[,;.!?—–)]|\s-\s|$)/iu;

/** First words of no value: "it's not that bad", "it's not for me", "it's not working", "it's not even close". */
const NOT_A_VALUE =
  /^(?:that|this|so|too|very|really|quite|even|just|only|always|ever|exactly|necessarily|as|like|about|for|from|in|on|at|to|with|by|because|since|what|how|why|when|where|who|true|right|correct|wrong|fair|ok|okay|fine|bad|good|great|easy|hard|possible|important|enough|over|done|mine|yours|me|you|him|her|them|us|it|(?:big |huge )?deal|problem|issue|case|point|end of the world|\p{L}+ing)$/iu;

/** The value the sentence says the user had wrong, or undefined. */
export function valueSaidWrong(sentence: string): string | undefined {
  const s = sentence.replace(/[’]/g, "'");
  if (!OWNS_A_MISTAKE_HERE.test(s)) return undefined;
  const m = NOT_THAT.exec(s);
  if (!m) return undefined;
  const value = m[1]!.trim();
  // "it's not X, it's Y", "it's not X but Y": the right value is said with it (extract.ts reads those).
  if (/^\s*,?\s*(?:it'?s|it is|it was|but|rather)\b/i.test(s.slice(m.index + m[0].length))) return undefined;
  if (NOT_A_VALUE.test(value) || NOT_A_VALUE.test(value.split(' ')[0]!)) return undefined;
  return value;
}
