import type { SecretSpan } from './rules';

/**
 * BW's round: a value the words right around it say is a public thing, whichever rule read it.
 *
 * - A number glossed as a postcode right after it: "our office PIN code is 560037 (that's the postcode here)", "PIN
 *   560001, i.e. the postal code", "PLZ … — the zip". India's six-digit postal code is called a "PIN code" (Postal Index
 *   Number), so the PIN rules read it; the gloss after it says which PIN it is. The gloss must follow at once (a
 *   bracket, a comma or a dash, "that's", "i.e.", "which is", then the postcode's word), so a code merely near an
 *   address is still read.
 * - A national ID shown as a form's example: "e.g." right before it, or the words right after it call it the example
 *   or the sample ("S1234567D is the format example on the form", "e.g. 010130-2989 on the help page", "written
 *   1-2345-67890-12-1 in their example"). No one gives their own ID as "e.g."; "for example, my DNI is …" opens a
 *   real case, and is still read.
 */
const COPULA = String.raw`(?:that['’]?s|that[ \t]+is|it[ \t]+is|which[ \t]+is|i\.?e\.?,?|aka|=|it['’]s|is)`;
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

/**
 * BY's round: a number glossed as a reference right after it: "the security code on the gas bill is 5598973226 — it's
 * the account reference they print on every letter", "code 48213 (i.e. the customer number)". A bill's or a
 * letter's "security code" is often the account's reference; the gloss says which, as the postcode's does, and must
 * follow at once, its word not the subject of a clause of its own ("4471 (the account number is on the letter)").
 */
const REFERENCE_WORD = String.raw`(?:(?:the|our|my|its|a|your|their)[ \t]+)?(?:(?:account|customer|client|member(?:ship)?|policy|meter|supply|billing|invoice|order|booking|tracking|case|ticket)[ \t]+(?:reference|ref|number|no\.?|id)|reference[ \t]+number|reference)(?![\p{L}])`;
const REFERENCE_GLOSS = new RegExp(String.raw`^(?:[ \t]*\([ \t]*(?:${COPULA}[ \t]+)?|[ \t]*[,—–;-][ \t]*${COPULA}[ \t]+|[ \t]+${COPULA}[ \t]+)${REFERENCE_WORD}(?![ \t]+(?:is|was|are|goes|comes)(?![\p{L}]))`, 'iu');

export function isGlossedAsReference(text: string, span: SecretSpan): boolean {
  if (span.label !== 'password' || !/^[A-Z0-9-]{4,20}$/.test(text.slice(span.start, span.end)) || !/\d/.test(text.slice(span.start, span.end))) return false;
  return REFERENCE_GLOSS.test(text.slice(span.end, span.end + 60));
}

/** "e.g." right before the value. */
const EG_BEFORE = /(?<![\p{L}])(?:e\.g\.|eg\.|z\.[ \t]?b\.|p\.[ \t]?ej\.|bijv\.)[ \t]*,?[ \t]*$/iu;
/**
 * Right after the value: it is (or is written as) the example, the sample ("… is the format example", "… in their
 * example"); CC's round: or a question mark or a comma and "that's" the example ("like 157 368 1938? that's the example
 * from the website").
 */
const EXAMPLE_AFTER =
  /^[ \t]*[,?]?[ \t]*(?:(?:is|as|was|that['’]s|that[ \t]+is|which[ \t]+is)[ \t]+(?:the|a|an|their|our)[ \t]+(?:\p{L}+[ \t]+)?|in[ \t]+(?:the|their|its|our)[ \t]+(?:\p{L}+[ \t]+)?)(?:example|sample|specimen)(?![\p{L}])/iu;

/**
 * BX's round: the words right before the value make it the example or the format ("PESEL example from the government
 * site: 44051401359", "Chilean RUT format is 12.345.678-5", "sample number = …"): the example's or the format's word,
 * a few words of where it comes from, then a colon, "is" or "=" ending right at the value. Not where the line before
 * it says whose it is ("for example, my DNI is …", "my RUT in their format is …"): that is someone's own.
 */
const EXAMPLE_BEFORE =
  /(?<![\p{L}])(?:example|sample|specimen|format)(?:[ \t]+(?:from|on|in|of|given|used|shown|printed)(?:[ \t]+[^\s:=]{1,20}){1,4})?[ \t]*(?::|=|is|reads|looks[ \t]+like)[ \t]*$/iu;
const WHOSE_BEFORE = /(?<![\p{L}])(?:my|mine|his|her|our|your|their|I['’]m|I[ \t]+am)(?![\p{L}])/iu;

export function isSampleId(text: string, span: SecretSpan): boolean {
  if (span.label !== 'national id') return false;
  if (EG_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) || EXAMPLE_AFTER.test(text.slice(span.end, span.end + 50))) return true;
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return EXAMPLE_BEFORE.test(line) && !WHOSE_BEFORE.test(line);
}
