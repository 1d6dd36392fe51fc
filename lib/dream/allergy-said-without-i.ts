/**
 * An allergy said in note form, its "I'm" left out: "Allergic to penicillin.", "B: allergic to nitrofurantoin
 * (Macrobid), i had a lung reaction", "Health: severely allergic to peanuts". At the start of the message, of a sentence,
 * or after a note's own label and a colon (a handoff's letter, "Health:", "Allergies:", "Note:"), only the writer can be
 * its subject. Not after a sentence that talks of someone else ("My daughter is 5. Allergic to eggs." is the
 * daughter's), not after a label that names someone ("Patient: allergic to latex", "Emma: allergic to nuts" are theirs,
 * so only the labels of a note about oneself are read), nor in a question.
 */

import { KIN_WORDS } from './kin-words';

/** A note's own label: a handoff's letter (SBAR's "B:"), or a word for one's health, history or a remark. */
const OWN_NOTE_LABEL =
  /^(?:\p{L}|background|history|hx|pmh|health|medical|med|meds|medication|medications|allergies|allergy|note|notes|nb|fyi|btw|ps|me|myself|also|update|reminder|info)$/iu;

/** The start of a sentence, perhaps a one-word label and a colon, then "allergic to". */
const ALLERGIC_WITHOUT_I = /(^|[.!?]\s+|\n)((?:[\p{L}]{1,14}:\s*)?)((?:also |and |oh |btw |fyi |severely |very |highly |deathly )*)(allergic to\b)(?![^.!?\n]*\?)/giu;
/** Someone else the sentence before may be about: the "allergic to" that follows may be theirs. */
const SOMEONE_ELSE = new RegExp(
  String.raw`\b(?:(?:my|our|his|her|their) (?:\p{L}+[- ])?(?:${KIN_WORDS}|dog|cat|patient|client|student)s?|he|she|they|him|her)\b`,
  'iu',
);

/** The text with each such allergy read as "I'm allergic to …". */
export function withAllergySaidWithoutI(text: string): string {
  return text.replace(ALLERGIC_WITHOUT_I, (all, start: string, label: string, words: string, allergic: string, at: number) => {
    if (label !== '' && !OWN_NOTE_LABEL.test(label.replace(/:\s*$/, ''))) return all;
    const before = text.slice(0, at);
    const sentenceBefore = before.split(/(?<=[.!?])\s+|\n/).filter((s) => s.trim()).at(-1) ?? '';
    if (start !== '' && SOMEONE_ELSE.test(sentenceBefore)) return all;
    return `${start}${label}I'm ${words}${allergic.replace(/^A/, 'a')}`;
  });
}
