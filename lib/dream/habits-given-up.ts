/**
 * A habit the user has given up, said as done: "I've stopped drinking", "I'm sober now", "I quit smoking in March",
 * "I don't drink any more". A count alone ("two weeks smoke free!!") is a milestone of a quit already told, whose own
 * words (and date) a search for it should find first. It is who the user is now (whoever suggests a Friday night in should know), and
 * the likes that went with it ("User likes a hoppy IPA") are no longer current: each habit names the words its likes
 * are said in (one form each: a retraction matches by stem), and the retractions it makes retire only likes, never a
 * job at a brewery or a brother's bar.
 */

import { saidAsDone } from './said-as-done';

export interface GivenUpHabit {
  fact: { kind: 'fact'; slot: string; text: string; value: string; importance: number };
  /** The words of the likes it ends ("IPA", "wine"). */
  likes: string[];
}

const HABITS: { name: string; said: RegExp; text: string; likes: string[] }[] = [
  {
    name: 'alcohol',
    said: /\b(?:(?:stopped|quit|given up|gave up|giving up|cut out|knocked|kicked) (?:the )?(?:drinking|alcohol|booze|the drink|drink)\b|(?:don't|do not|no longer) drink(?: alcohol)?(?: any ?more| now| these days)|I(?:'m| am) (?:now |officially )?(?:sober|teetotal|tee-total|alcohol[- ]free)\b|(?:stayed|staying|been|being) sober\b)/i,
    text: 'User has stopped drinking alcohol.',
    likes: ['beer', 'IPA', 'lager', 'ale', 'stout', 'wine', 'whisky', 'whiskey', 'gin', 'vodka', 'rum', 'tequila', 'mezcal', 'cocktail', 'prosecco', 'champagne', 'cider', 'bourbon', 'scotch', 'sake', 'mead', 'negroni', 'margarita', 'mojito', 'martini', 'pints'],
  },
  {
    name: 'smoking',
    said: /\b(?:(?:stopped|quit|given up|gave up|giving up|kicked) (?:smoking|cigarettes|the cigarettes|fags|tobacco|vaping|the vape|nicotine)\b|(?:don't|do not|no longer) smoke(?: any ?more| now)|I(?:'m| am) (?:now |officially )?(?:a non-?smoker|smoke[- ]free|an ex-?smoker)\b)/i,
    text: 'User has stopped smoking.',
    likes: ['cigarette', 'cigar', 'tobacco', 'vape', 'vaping', 'shisha', 'hookah'],
  },
];

/** The habit a sentence says the user gave up, if any. */
export function givenUp(sentence: string): GivenUpHabit | null {
  if (/\?\s*$/.test(sentence)) return null;
  for (const h of HABITS) {
    const m = h.said.exec(sentence);
    if (!m) continue;
    // Within the clause: "Something you should know: I've stopped drinking" is said as done.
    if (!saidAsDone(sentence.slice(0, m.index))) continue;
    // "stopped drinking coffee", "quit drinking soda": another drink, not alcohol.
    if (h.name === 'alcohol' && /^\s+(?:coffee|tea|soda|pop|coke|energy drinks?|fizzy drinks?|milk|juice|caffeine)\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    return { fact: { kind: 'fact', slot: `user/habit:${h.name}`, text: h.text, value: h.name === 'alcohol' ? 'stopped drinking' : 'stopped smoking', importance: 0.85 }, likes: h.likes };
  }
  return null;
}
