/**
 * A sentence typed all in capitals ("MY DAD READS THESE OVER MY SHOULDER", "STANDING DIRECTIVE: NEVER ABBREVIATE
 * UNITS.") is read as if typed in ordinary case. The rules take a capitalised word for a name ("my wife Linda"), so in
 * capitals every word looked like one ("User's dad is READS THESE."), and the instruction words they read in lower case
 * were not seen. Read lower-cased, such a sentence loses its names too ("MY WIFE LINDA" says no name); that is kept on
 * purpose: no name is better than a wrong one.
 */

/** A run of text up to where its sentence ends: its own line, or a full stop, "!" or "?" and what follows them. */
const SENTENCE = /[^.!?\n]+[.!?]*/gu;
/** Words of two letters or more, all capitals: three of them make a sentence shouted, not an acronym or two. */
const SHOUTED_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
/** "I", "I'M", "I'LL": the pronoun stays a capital. */
const PRONOUN_I = /(?<![\p{L}\p{N}'’])i(?=(?:['’](?:m|d|ll|ve|s)\b)|(?![\p{L}\p{N}'’]))/gu;

function inOrdinaryCase(sentence: string): string {
  if (/\p{Ll}/u.test(sentence) || (sentence.match(SHOUTED_WORD)?.length ?? 0) < 3) return sentence;
  const lower = sentence.toLowerCase().replace(PRONOUN_I, 'I');
  return lower.replace(/\p{L}/u, (first) => first.toUpperCase());
}

/** The text with each sentence typed in capitals put in ordinary case; the rest as typed. */
export function withCapitalsReadPlain(text: string): string {
  return /\p{Lu}{2}/u.test(text) ? text.replace(SENTENCE, inOrdinaryCase) : text;
}
