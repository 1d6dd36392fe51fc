/**
 * A question about the user that the user sets out as a heading and answers in the next sentence, with no "I": a slide
 * title ("Slide 1: Who am I. AV tech at the civic centre, I run the sound."), a survey or a form filled in
 * ("Q1: What do you do? A: cake decorator at the bakery on 21st, 8 years."), an interview with oneself ("Who am I?
 * Night nurse, Leeds General."). The answer says what the user does as a list item about the user does ("- poultry
 * farmer"), so it is read the same way, as "I'm …" (introductions.ts); only where it opens with a job of the list, so
 * "Who am I? Honestly, no idea anymore." gives nothing.
 *
 * A question in the first person ("Who am I", "What do I do") is the user's own heading wherever it stands alone; one
 * in the second person ("What do you do?", "Occupation?") is a form's question, and the user's only where the answer
 * is marked as one ("A:", "Answer:"), as a form filled in is written; "What do you do? I'm stuck." asks the assistant.
 */

/** Numbering a heading or a form's question may carry: "Slide 1:", "Q1:", "Question 3.", "1)". */
const NUMBERING = String.raw`(?:(?:slide|q|question|part|step)\s*\d{0,2}\s*[:.)-]\s*|\d{1,2}[.)]\s*)?`;

/** The user's own question about themselves, alone as its sentence. */
const ASKED_OF_MYSELF = new RegExp(
  String.raw`^\s*${NUMBERING}(?:so,?\s+)?(?:who am I|what do I do(?: for (?:work|a living))?|what(?:'s| is) my (?:job|work|line of work)|what I do)\s*[?.:!—–-]*\s*$`,
  'i',
);

/** A form's question about the user's work, alone as its sentence. */
const FORM_QUESTION = new RegExp(
  String.raw`^\s*${NUMBERING}(?:what do you do(?: for (?:work|a living))?|what(?:'s| is) your (?:job|occupation|profession|line of work|job title)|(?:current )?(?:occupation|profession|job(?: title)?|employment))\s*[?:]\s*$`,
  'i',
);

/** How a form marks the answer: "A:", "A1:", "Answer:". */
const ANSWER_MARK = /^\s*(?:a\d{0,2}|answer)\s*[:.)-]\s*/i;

/**
 * The words that answer a question about the user set out just before, to be read as what follows "I'm", or undefined
 * where the sentence before asked none.
 */
export function answerToQuestionAboutMe(before: string | undefined, sentence: string): string | undefined {
  if (before === undefined) return undefined;
  const marked = ANSWER_MARK.exec(sentence);
  if (!ASKED_OF_MYSELF.test(before) && !(marked && FORM_QUESTION.test(before))) return undefined;
  const answer = (marked ? sentence.slice(marked[0].length) : sentence).trim();
  // The answer opens its sentence, so its capital is the sentence's ("Night nurse"), not a name's ("AV tech", "EMT").
  return (/^\p{Lu}\p{Lu}/u.test(answer) ? answer : answer.charAt(0).toLowerCase() + answer.slice(1)) || undefined;
}
