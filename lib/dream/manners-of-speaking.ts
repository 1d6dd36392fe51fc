/**
 * "Okay, real talk, not coach voice for a sec", "Honestly, not as your lawyer", "plain words, not therapist mode": a
 * "not X" after a comma that sets one way of talking against another, the user's or the assistant's. It takes back
 * no fact: nothing was said to be X, so nothing is retracted. A thing's setting is no way of talking ("dark mode, not
 * light mode", "the red hat, not the blue hat"): a mode, tone or voice is one only when it is someone's.
 */

/** What comes after the way of talking: "for a sec", "right now", "please". */
const FOR_NOW = String.raw`(?:\s+(?:for (?:a|one) (?:sec|second|minute|min|moment|bit)|(?:right )?now|here|today|please))?`;

/** Whose way of talking it is: a person by the shape of the word for them ("coach", "therapist", "lawyer", "teacher"). */
const SOMEONE = String.raw`(?:[\p{L}-]+(?:ist|er|or|ian|ant|ent)|coach|mom|mum|dad|parent|boss|robot|bot|cop|nurse|doctor|salesman|guru|hr|corporate|customer[- ]service)`;

const NOT_A_MANNER = [
  // "not coach voice", "not therapist mode", "not your customer-service tone", "not in teacher mode"
  new RegExp(String.raw`^(?:in\s+|with\s+|using\s+)?(?:(?:my|your|the|a|an|that|this|full|usual)\s+)?(?:[\p{L}-]+\s+)?${SOMEONE}\s+(?:voice|mode|tone|persona|speak|talk)${FOR_NOW}$`, 'iu'),
  // "not with my editor hat on", "not wearing my teacher hat"
  new RegExp(String.raw`^(?:with|wearing)\s+(?:my|your|the|a)\s+(?:[\p{L}-]+\s+){1,2}hat(?:\s+on)?${FOR_NOW}$`, 'iu'),
  // "not the usual spiel", "not corporate jargon", "not lawyer-speak"
  new RegExp(String.raw`^(?:(?:my|your|the|a|an|that|this|usual)\s+)*(?:[\p{L}-]+[\s-])?(?:spiel|jargon|lingo|legalese|[\p{L}]+-speak)${FOR_NOW}$`, 'iu'),
];

/** "not as a doctor", "not as your coach": a role spoken from, after a word that opens frank speech. */
const FRANK_OPENING = /(?:^|[\s,])(?:real talk|honestly|frankly|seriously|straight up|off the record|between us|no filter|plainly|candidly)\s*$/iu;
const AS_A_ROLE = /^as (?:an?|my|your|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/iu;

/** Whether ", not <value>" after <before> contrasts a way of talking rather than a fact. */
export function contrastsAManner(before: string, value: string): boolean {
  const v = value.trim();
  return NOT_A_MANNER.some((re) => re.test(v)) || (FRANK_OPENING.test(before.trim()) && AS_A_ROLE.test(v));
}
