/**
 * A message dictated by voice, with its punctuation spoken as words, as phone keyboards take it down when they do
 * not turn it into marks: "I drive a tanker out of Hull full stop new line I've just been told I'm anaemic comma the
 * GP wants …". The rules read sentences by their stops, so such a turn is one long sentence to them, whose "full stop"
 * reads as a change ("stop") and whose "comma" joins facts that were said apart. A turn holding two or more spoken
 * marks, more than it has typed ones, is read with the marks put back; one alone stays as typed ("I'm not doing it, full stop." says it as a figure
 * of speech; "where does the comma go" asks about one). "Colon" is left as a word: it is as often the bowel.
 */

/** Punctuation said aloud, as dictation takes it down, and the mark it stands for. */
const SPOKEN: [RegExp, string][] = [
  [/\s*\bfull stop\b(?:\s+new (?:line|paragraph)\b)?/giu, '.'],
  // American dictation's "period", not the word's other senses ("my period is late", "a trial period").
  [/(?<!\b(?:my|her|the|a|an|this|that|your|each|every|same|trial|waiting|grace|notice|probation|probationary|time|long|short|cooling-off|rest|free)\s)\s*\bperiod\b(?!\s+(?:of|is|was|pain|pains|cramps|tracker|app|drama|piece|costume|features?|property|home|house)\b)(?:\s+new (?:line|paragraph)\b)?/giu, '.'],
  [/\s*\bquestion mark\b(?:\s+new (?:line|paragraph)\b)?/giu, '?'],
  [/\s*\bexclamation (?:mark|point)\b(?:\s+new (?:line|paragraph)\b)?/giu, '!'],
  [/\s*\bnew (?:line|paragraph)\b/giu, '.'],
  [/\s*\bcomma\b/giu, ','],
  [/\s*\bsemicolon\b/giu, ';'],
];
/** "full stop", "comma", "question mark" … said as words, counted to tell a dictated turn. */
const SPOKEN_MARK = /\b(?:full stop|question mark|exclamation (?:mark|point)|new (?:line|paragraph)|comma|semicolon|period(?=\s*$|\s+new (?:line|paragraph)\b))\b/giu;
/** Punctuation typed as marks. */
const TYPED_MARK = /[.,;?!]/g;

/** The turn with its spoken punctuation put back as marks, when it was dictated; otherwise as typed. */
export function withDictatedPunctuation(text: string): string {
  // Dictation takes down the marks said, and few typed: a turn that says two or more, and more than it types, was dictated.
  const spoken = (text.match(SPOKEN_MARK) ?? []).length;
  if (spoken < 2 || spoken <= (text.match(TYPED_MARK) ?? []).length) return text;
  let out = text;
  for (const [re, mark] of SPOKEN) out = out.replace(re, mark);
  // A mark said twice in a row ("full stop new line") or before another is one stop.
  return out.replace(/([.?!])[.,;:]+/g, '$1').replace(/,([.?!;:])/g, '$1');
}
