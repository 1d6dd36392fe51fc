/**
 * Things the user replaced: "ditched my iphone for a pixel 8", "sold the old passat and got a Tesla", "upgraded from
 * the Galaxy S21 to an S24", "went part-time", "on days now". The old thing was often never learned as a fact (nobody
 * says "I own an iPhone"; they ask for help with it), so no later fact supersedes it and the chats about it read as
 * current. Said as a change, the old value is retracted ('changed', not 'wrong'): corrections.ts then notes the
 * passages where the user talked about it, and the new value is learned.
 */

import { replacedInNordic } from './replaced-nordic';

/** A replacement the sentence states: what was given up, and what took its place (absent when not said). */
export interface Replaced {
  old: string;
  now?: string;
  /** The slot the new value fills, when it is one of a closed set ('work-pattern:shift'). */
  slot?: string;
  /** The words that mark a passage as about the old value, when its name alone is too common ("nights"). */
  about?: string;
}

// A thing's name: words, numbers, a model ("pixel 8", "Model 3", "X1 Carbon", "s24+"), not a clause.
const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}'+-]|\.(?=[\p{L}\p{N}]))*`;
const THING = String.raw`(${WORD}(?: ${WORD}){0,3}?)`;
// Where a named thing ends: punctuation, or a word that starts a new clause or a time.
const THING_END = String.raw`(?=\s+(?:and|but|so|because|since|as|which|that|to|last|this|yesterday|today|tonight|recently|ago|after|before|when|for|from|in|on|at|over|during|by|with|through|via|thanks|instead|now|though|lol|haha)\b|\s*[,.;:!?()\n]|\s+[-–—]\s|\s*\p{Extended_Pictographic}|$)`;
const OLD_ADJ = String.raw`(?:(?:old|trusty|ancient|beloved|battered|dying|broken|ageing|aging|first|previous)\s+)?`;
const NEW_ADJ = String.raw`(?:(?:a|an|the|my|our)\s+)?(?:(?:new|brand[- ]new|shiny|used|second[- ]hand|secondhand|refurbished|refurb)\s+)?`;
const MINE = String.raw`(?:my|our|the)\s+`;
// What may stand before the verb: nothing (the subject left out), or the user (or "we"), with an adverb or two.
const LEAD = String.raw`(?:^|[,;:.!?—–]\s*|\b(?:and|so|then|but|lol|btw|finally|just|honestly|tbh|anyway|yeah|yep|well|ok|okay)\s+|\b(?:I|we)(?:'ve| have| had)?\s+)(?:(?:just|finally|recently|also|already|actually|officially|eventually)\s+)*`;

// "ditched my iphone for a pixel", "swapped our old sofa for a corner unit", "replaced the macbook with a thinkpad",
// "traded my Civic in for a Yaris" (the "in" is the trade's, not the old thing's name).
// Not "sold": "sold my car for 5k" is a price.
const SWAPPED = new RegExp(
  String.raw`${LEAD}(?:ditched|dumped|swapped|traded(?: in)?|exchanged|replaced|returned|switched out)\s+${MINE}${OLD_ADJ}${THING}(?:\s+in)?\s+(?:for|with)\s+${NEW_ADJ}${THING}${THING_END}`,
  'iu',
);
// "sold the old passat last week and got a Tesla", "gave away my kindle, bought a kobo", "sold the golf for 8.900 and
// picked up a kia" (the old thing ends where a price or a time begins; a price may hold a dot).
const GAVE_UP_THEN_GOT = new RegExp(
  String.raw`${LEAD}(?:sold|got rid of|gave away|traded in|scrapped|retired|returned|gave back)\s+${MINE}${OLD_ADJ}${THING}${THING_END}(?:\s+(?:[^,.;!?\n]|[.,](?=\d)){0,30}?)??\s*(?:,\s*|\s+)(?:(?:and|then|so|&)\s+)*(?:(?:I|we)\s+)?(?:(?:just|finally|now|then)\s+)*(?:got|bought|picked up|switched to|went with|went for|ordered|leased|upgraded to|replaced (?:it|her|him) with)\s+${NEW_ADJ}${THING}${THING_END}`,
  'iu',
);
// A new thing's name may run longer than an old one's ("a macbook air m3 15 inch").
const NEW_THING = String.raw`(${WORD}(?: ${WORD}){0,5}?)`;
// "replaced the laptop, got a macbook air", "replaced my car – bought a Zoe": the old thing named first, the new after.
const REPLACED_THEN_GOT = new RegExp(
  String.raw`${LEAD}(?:replaced|swapped out|retired)\s+${MINE}${OLD_ADJ}${THING}${THING_END}\s*(?:,\s*|\s+(?:and|&)\s+|\s*[-–—]\s*)(?:(?:I|we)\s+)?(?:(?:just|finally|then)\s+)*(?:got|bought|went with|went for|picked up|ordered)\s+${NEW_ADJ}${NEW_THING}${THING_END}`,
  'iu',
);
// "got a macbook air and sold the xps on olx", "bought a kobo, then gave away my kindle": the new thing first. Said
// side by side, two things are a replacement only where the sentence says so ("got a new job and sold my car" is not).
const GOT_THEN_GAVE_UP = new RegExp(
  String.raw`${LEAD}(?:got|bought|picked up|ordered)\s+${NEW_ADJ}${NEW_THING}${THING_END}(?:\s+(?:[^,.;!?\n]|[.,](?=\d)){0,30}?)??\s*(?:,\s*|\s+)(?:(?:and|then|so|&)\s+)+(?:(?:I|we)\s+)?(?:(?:just|finally|then|already)\s+)*(?:sold|got rid of|gave away|traded in|returned|gave back)\s+${MINE}${OLD_ADJ}${THING}${THING_END}`,
  'iu',
);
const REPLACEMENT_SAID = /\b(?:replac\w*|switch\w*|instead|upgrad\w*|(?:a |the )?new one|in (?:its|their) place)\b/i;
// "upgraded from the Galaxy S21 to an S24", "migrated from Notion to Obsidian". ("I switched / moved / changed from …"
// is extract.ts's own rule.)
const UPGRADED = new RegExp(
  String.raw`${LEAD}(?:upgraded|downgraded|migrated|jumped|converted|went over|switched over|changed over|moved over)\s+from\s+(?:(?:my|our|the|an?)\s+)?${OLD_ADJ}${THING}\s+to\s+${NEW_ADJ}${THING}${THING_END}`,
  'iu',
);

/**
 * How the user works, one dimension at a time: going part-time says nothing of nights, working days ends nights.
 * Each value is named by the words a person uses; the others of its dimension are what it replaces.
 */
// A passage is about the old shift when it says "night shift": "last night" and "two days ago" are not.
const WORK_PATTERNS: { dimension: string; values: { name: string; words: RegExp; about?: string; replaces?: string[] }[] }[] = [
  {
    dimension: 'shift',
    values: [
      { name: 'nights', words: /^(?:nights|night shifts?|nightshifts?|the night shift)$/i, about: 'night shift' },
      // Early and late shifts are both worked by day: "on days" ends nights only, and each of them ends the other.
      { name: 'days', words: /^(?:days|day shifts?|dayshifts?|the day shift)$/i, about: 'day shift', replaces: ['nights'] },
      { name: 'earlies', words: /^(?:earlies|early shifts?|the early shift)$/i, about: 'early shift', replaces: ['nights', 'lates'] },
      { name: 'lates', words: /^(?:lates|late shifts?|the late shift)$/i, about: 'late shift', replaces: ['nights', 'earlies'] },
    ],
  },
  {
    dimension: 'hours',
    values: [
      { name: 'part-time', words: /^part[- ]?time$/i },
      { name: 'full-time', words: /^full[- ]?time$/i },
    ],
  },
];
// "I'm on days now", "back on nights", "went part-time", "I've gone full time", "I'm part-time now", "back at work
// but on day shifts now" (the "I'm" said once, before), "going back to the clinic in July but part-time", "from this
// monday I'm on earlies", and the move made by someone else: "they moved me to days", "I got put on nights".
const WORK_CHANGE = new RegExp(
  String.raw`(?:\b(?:moved|switched|put|changed|transferred|rota'?d|scheduled) me (?:back )?(?:to|onto|on to|on)\s+|\b(?:from|starting|as of)\s+(?:this\s+|next\s+)?\p{L}+,?\s+(?:I'm|I am|we're)\s+(?:on\s+|working\s+)|${LEAD}(?:(?:I'm|I am|we're)\s+(?:now\s+|back\s+)?(?:on\s+|working\s+)?(?=[^,.;!?\n]*\bnow\b|[^,.;!?\n]*\b(?:permanently|for good)\b)|(?<=\b(?:but|and|so)\s+)on\s+(?=[^,.;!?\n]*\bnow\b)|(?:went|gone|switched(?: to| onto)?|moved(?: to| onto| on to)?|changed to|dropped to|cut down to|back on|back to)\s+|\b(?:got|been|was|get|getting) (?:moved|switched|put|changed|transferred) (?:back )?(?:to|onto|on to|on)\s+|(?:switched|moved|changed|went|gone)\s+from\s+[^,.;!?\n]{1,20}?\s+to\s+|(?<=\b(?:(?:going|I'm|I am|I'll be|I will be|heading|be) back|(?:I'm|I am|I'll be|I will be) returning)\b[^.;!?\n]{0,40}?\b(?:but|only|just)\s+)(?:only\s+)?))(nights|night shifts?|nightshifts?|the night shift|days|day shifts?|dayshifts?|the day shift|earlies|early shifts?|the early shift|lates|late shifts?|the late shift|part[- ]?time|full[- ]?time)\b(?!\s+(?:away|late|behind|ago|before|after|left|off|of|in a row|is|was|are|were|jobs?|work|staff)\b)`,
  'iu',
);

/** The dimension of a work pattern ('shift' for "night shifts"), if it has one. */
export function workDimension(value: string): string | undefined {
  return WORK_PATTERNS.find((d) => d.values.some((v) => v.words.test(value.trim())))?.dimension;
}

/** The work pattern a change names, its dimension and the values it replaces. */
function workChange(s: string): Replaced[] {
  const m = WORK_CHANGE.exec(s);
  if (!m) return [];
  const said = m[1]!;
  for (const { dimension, values } of WORK_PATTERNS) {
    const hit = values.find((v) => v.words.test(said));
    if (hit) return values.filter((v) => v !== hit && (hit.replaces?.includes(v.name) ?? true)).map((v) => ({ old: v.name, now: hit.name, slot: `work-pattern:${dimension}`, ...(v.about ? { about: v.about } : {}) }));
  }
  return [];
}

/** A value named, without an article or a possessive, trimmed ("a pixel 8" → "pixel 8"); undefined when it names nothing. */
function named(v: string | undefined): string | undefined {
  const t = (v ?? '').trim().replace(/^(?:a|an|the|my|our)\s+/i, '');
  // A price, an amount or a pronoun is not a thing: "traded it in for 200 quid", "swapped them for these".
  if (!t || /^(?:\p{Sc}|\d+(?:[.,]\d+)?\s*(?:k|quid|bucks|dollars|euros|pounds|eur|usd|gbp)?$|it|them|this|that|these|those|one|some|cash|money|parts|scrap|nothing)\b/iu.test(t)) return undefined;
  return t;
}

/**
 * A thing of the user's said gone, by its name, where the message says what became of it: "the Forester is gone. …
 * so I traded it in", "my old Passat's gone, sold it to a neighbour", "the Dell is history, it wasn't worth fixing".
 * The name is a make or a model (capitalised): "the pain is gone", "the snow is gone" are no thing given up, and a
 * thing said gone without how ("my Kindle is gone") may be only mislaid.
 */
const SAID_GONE = /(?:^|[,;:.!?—–]\s*|\b(?:and|so|well|yeah|ok|okay)\s+)(?:[Mm]y|[Oo]ur|[Tt]he)\s+(?:old\s+|trusty\s+)?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*|\s+\p{N}[\p{L}\p{N}-]*)?)(?:\s+is|'s|\s+was)\s+(?:gone|history|no more|toast)\b/u;
const WHAT_BECAME_OF_IT =
  /(?:\b(?:traded (?:it|her|him) in|traded in|sold (?:it|her|him)|scrapped (?:it|her|him)|junked (?:it|her|him)|got rid of (?:it|her|him)|wrote (?:it|her|him) off|(?:a|an) (?:total |complete )?write-?off|not worth (?:fixing|repairing|saving)|beyond repair|towed (?:it|her|him) to the scrap)|n't worth (?:fixing|repairing|saving))\b/iu;

/** The thing a sentence says is gone, where the message says how (SAID_GONE). */
export function thingsSaidGone(s: string, message: string): Replaced[] {
  const m = SAID_GONE.exec(s);
  const old = m ? named(m[1]) : undefined;
  return old && WHAT_BECAME_OF_IT.test(message) ? [{ old }] : [];
}

/** The replacements a sentence (the user's own words, a statement) states. */
export function replacements(s: string): Replaced[] {
  const out: Replaced[] = [];
  for (const re of [SWAPPED, GAVE_UP_THEN_GOT, UPGRADED, REPLACED_THEN_GOT, GOT_THEN_GAVE_UP]) {
    const m = re.exec(s);
    // The new thing is named first in "got a … and sold the …".
    if (re === GOT_THEN_GAVE_UP && !REPLACEMENT_SAID.test(s)) continue;
    const [oldName, newName] = re === GOT_THEN_GAVE_UP ? [m?.[2], m?.[1]] : [m?.[1], m?.[2]];
    const old = named(oldName);
    if (!m || !old) continue;
    if (out.some((x) => x.old === old)) continue;
    const now = named(newName);
    // "replaced the laptop, got a macbook and sold the xps": two old names, one new thing, learned once.
    out.push(now && !out.some((x) => x.now === now) ? { old, now } : { old });
  }
  for (const x of replacedInNordic(s)) if (!out.some((y) => y.old === x.old)) out.push(x);
  return [...out, ...workChange(s)];
}
