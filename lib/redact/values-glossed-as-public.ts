import type { SecretSpan } from './rules';

/**
 * BW's round: a value the words right around it say is a public thing, whichever rule read it.
 *
 * - A number glossed as a postcode right after it: "our office PIN code is 560037 (that's the postcode here)", "PIN
 *   560001, i.e. the postal code", "PLZ … — the zip". India's six-digit postal code is called a "PIN code" (Postal Index
 *   Number), so the PIN rules read it; the gloss after it says which PIN it is. The gloss must follow at once (a
 *   bracket, a comma or a dash, "that's", "i.e.", "which is", then the postcode's word), so a code merely near an
 *   address is still read.
 * - A national ID shown as a form's example: the clause calls it an example or a sample ("S1234567D is the format
 *   example on the form", "e.g. 010130-2989 on the help page", "written 1-2345-67890-12-1 in their example"),
 *   or its digits count up from one as help texts write them (`1234567`). No one gives their own ID as "e.g.".
 */
const COPULA = String.raw`(?:that['’]?s|that[ \t]+is|which[ \t]+is|i\.?e\.?,?|aka|=|it['’]s|is)`;
const POSTCODE_WORD = String.raw`(?:(?:the|our|my|its|a|your)[ \t]+)?(?:(?:local|area|office|home)[ \t]+)?(?:postcode|post[ \t]+code|postal[ \t]+code|zip(?:[ \t]?code)?|pincode|postleitzahl|plz|code[ \t]+postal|c[óo]digo[ \t]+postal|cap|cep)(?![\p{L}])`;
/**
 * Right after the number: a bracket, or a comma or a dash and a copula, or a copula alone, then the postcode's word,
 * which is not the subject of a clause of its own ("4471 (the postcode is on the letter)").
 */
const POSTCODE_GLOSS = new RegExp(String.raw`^(?:[ \t]*\([ \t]*(?:${COPULA}[ \t]+)?|[ \t]*[,—–;-][ \t]*${COPULA}[ \t]+|[ \t]+${COPULA}[ \t]+)${POSTCODE_WORD}(?![ \t]+(?:is|was|are|goes|comes)(?![\p{L}]))`, 'iu');

export function isGlossedAsPostcode(text: string, span: SecretSpan): boolean {
  if (span.label !== 'password' || !/^\d{4,8}$/.test(text.slice(span.start, span.end))) return false;
  return POSTCODE_GLOSS.test(text.slice(span.end, span.end + 60));
}

/** Words that call a value an example, in the languages of the ID rules' help pages. */
const EXAMPLE_WORD = /(?<![\p{L}])(?:e\.g\.?|eg\.|for[ \t]+example|for[ \t]+instance|example|examples|sample|specimen|z\.[ \t]?b\.|beispiel|muster|p\.[ \t]?ej\.|ejemplo|por[ \t]+ejemplo|exemple|par[ \t]+exemple|esempio|ad[ \t]+esempio|exemplo|voorbeeld|bijv\.)(?![\p{L}])/iu;
/** Digits counting up from 1 for seven places or more, as a form's help writes an ID's layout. */
const COUNTING_UP = /1[^\d]?2[^\d]?3[^\d]?4[^\d]?5[^\d]?6[^\d]?7/;

export function isSampleId(text: string, span: SecretSpan): boolean {
  if (span.label !== 'national id') return false;
  if (COUNTING_UP.test(text.slice(span.start, span.end))) return true;
  // The sentence around it: back to the last stop before a capital or a line break (at most 40 characters; "e.g."
  // before the digits is no stop), on to the next stop (40).
  let before = text.slice(Math.max(0, span.start - 40), span.start);
  before = before.slice(before.lastIndexOf('\n') + 1);
  let sentenceStart = 0;
  for (const stop of before.matchAll(/[.!?;](?=[ \t]+\p{Lu})/gu)) sentenceStart = stop.index + 1;
  before = before.slice(sentenceStart);
  let after = text.slice(span.end, span.end + 40);
  const stop = /[.!?;](?:[ \t]|$)|\n/.exec(after);
  if (stop) after = after.slice(0, stop.index);
  return EXAMPLE_WORD.test(before) || EXAMPLE_WORD.test(after);
}
