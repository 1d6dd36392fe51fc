/**
 * A job or a business the user has had for a while, said in the perfect with how long: "I've run a frame shop on Main
 * Street for 17 years", "I've worked as a welder for 12 years", "I have been running the bakery since 2009". It is
 * theirs now, as "I run a frame shop" says, which the rules read; the perfect is read so (the words after it kept).
 * Only with the length or the start: "I've run a marathon" and "I've worked as a waiter before" say nothing of now.
 */

const HELD = /\bI(?:'ve| have)(?: been)? (run|running|owned|managed|managing|worked as|working as)(?= (?:an?|my|our|the)\b[^.!?\n]*\b(?:for (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|almost|nearly|over|about|around|more than|close to|a few|several|many|a couple of)\b[^.!?\n]{0,15}?\b(?:years?|yrs?|decades?|months?)\b|since (?:(?:19|20)\d\d|I was|the (?:19|20)\d0s)))/giu;

const NOW: Record<string, string> = {
  run: 'run',
  running: 'run',
  owned: 'own',
  managed: 'manage',
  managing: 'manage',
  'worked as': 'work as',
  'working as': 'work as',
};

/** The text with a job or business held for a while said as held now ("I've run a shop for 17 years" → "I run a shop …"). */
export function heldForYearsSaidAsNow(text: string): string {
  return text.replace(HELD, (_, verb: string) => `I ${NOW[verb.toLowerCase()]!}`);
}
