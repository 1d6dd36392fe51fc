/**
 * Facts people say in everyday ways the first-person rules (extract.ts) miss:
 * - the household that includes the user: "my wife and I are both vegan", "we live in a tiny flat in Bristol";
 * - a job said by how long they have done it: "I've been a paramedic for 12 years";
 * - what the assistant must allow for: "I use a wheelchair", "I'm hard of hearing", "I'm colour blind";
 * - every allergen of a list: "allergic to penicillin and shellfish";
 * - whether they are married, engaged, single;
 * - a plan called off: "we decided not to move to Berlin after all" (a retraction, returned apart).
 */

import { OCCUPATION } from './occupations';

export interface EverydayFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const fact = (slot: string, text: string, value: string, importance: number): EverydayFact => ({ kind: 'fact', slot: `user/${slot}`, text, value, importance });

/** "we", "we're", "my wife and I", "my partner and me": a household the user is in. */
const HOUSEHOLD = String.raw`(?:\bwe|\bmy (?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|family|whole family|kids|flatmate|roommate) and I)`;
const DIETS = String.raw`(vegetarian|vegan|pescatarian|gluten[- ]free|dairy[- ]free|plant[- ]based)`;
const HOUSEHOLD_DIET = new RegExp(String.raw`${HOUSEHOLD}(?:'re| are)(?: both| all)? (?:now |strictly |fully |mostly )?(?:an? )?${DIETS}\b(?! (?:restaurants?|recipes?|options?|food|places?|meals?|dishes)\b)`, 'iu');
// Where the household lives: "we live in a tiny flat in Bristol", "my partner and I live in Ghent".
const HOUSEHOLD_HOME = new RegExp(
  String.raw`${HOUSEHOLD} (?:currently |now |still )?live (?:in (?:an? |the |our )?(?:[\p{L}-]+ ){0,2}(?:flat|apartment|house|place|home|condo|studio|cottage|bungalow|terrace|semi|village|town|suburb) )?in (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})`,
  'u',
);
/** "I've been a paramedic for 12 years", "I have been working as a welder since 2015". */
const YEARS_IN_JOB = new RegExp(String.raw`\bI(?:'ve| have) been (?:working as )?(an? (?:[\p{L}-]+ ){0,2}?${OCCUPATION})(?= for | since |,|\.|$)`, 'iu');
/** What the assistant must allow for, said of the user. */
const NEEDS: [RegExp, string, string][] = [
  [/\bI (?:use|am in|'m in|rely on) a (?:power |manual |electric )?wheelchair\b/i, 'wheelchair', 'User uses a wheelchair.'],
  [/\bI(?:'m| am) (?:a )?wheelchair user\b/i, 'wheelchair', 'User uses a wheelchair.'],
  [/\bI(?:'m| am) (?:hard of hearing|partially deaf|deaf)\b|\bI have (?:hearing loss|a hearing impairment)\b/i, 'hearing', 'User is deaf or hard of hearing.'],
  [/\bI(?:'m| am) (?:blind|partially sighted|visually impaired|legally blind)\b|\bI have (?:low vision|a visual impairment)\b/i, 'vision', 'User is blind or has low vision.'],
  [/\bI(?:'m| am) (?:colou?r[- ]?blind|red[- ]green colou?r[- ]?blind)\b/i, 'colour-vision', 'User is colour blind.'],
  [/\bI (?:use|rely on) a screen reader\b/i, 'screen-reader', 'User uses a screen reader.'],
];
/** "I'm married", "I got engaged", "we got married last month". */
const STATUS = /\b(?:I(?:'m| am)(?: now)?|I (?:just )?got|we (?:just )?got|we(?:'re| are)(?: now)?) (married|engaged|divorced|separated|widowed|single)\b(?!-|\s+(?:in|at|from|by|during|on|for|to my job|to the idea|life|handed(?:ly)?)\b)/i;
/** "allergic to penicillin and shellfish", "allergic to nuts, sesame and kiwi": the list after the first allergen. */
const ALLERGY_LIST = /\ballergic to ([\p{L} -]{2,30}?(?:,\s*[\p{L} -]{2,30}?)*(?:,?\s+(?:and|&)\s+[\p{L} -]{2,30}?))(?=\s*(?:[.,;!?)]|$)|\s+(?:so|but|which|too|as well|since|because)\b)/iu;
/** A plan called off: "we decided not to move to Berlin after all", "I'm not going to do the marathon after all". */
const CALLED_OFF = /\b(?:(?:I|we) (?:decided|chose) not to|(?:I'm|I am|we're|we are) not (?:going to|gonna)|(?:I|we) won't(?: be)?) ([\p{L}' -]{3,40}?) after all\b/iu;

export function everydayStatements(s: string): EverydayFact[] {
  const out: EverydayFact[] = [];
  const diet = HOUSEHOLD_DIET.exec(s)?.[1]?.toLowerCase();
  if (diet) out.push(fact('diet', `User is ${diet}.`, diet, 0.85));
  const home = HOUSEHOLD_HOME.exec(s)?.[1];
  if (home) out.push(fact('location', `User lives in ${home}.`, home, 0.8));
  const job = YEARS_IN_JOB.exec(s)?.[1];
  if (job && !/^an? (?:big|huge|bit|little|real|total)\b/i.test(job)) out.push(fact('occupation', `User is ${job}.`, job.replace(/^an?\s+/i, ''), 0.75));
  for (const [re, need, text] of NEEDS) if (re.test(s) && !out.some((f) => f.text === text)) out.push(fact(`accessibility:${need}`, text, need, 0.9));
  const status = STATUS.exec(s)?.[1]?.toLowerCase();
  // "Engaged" alone also reads as busy or employed; said in full it is only the one thing.
  if (status) out.push(fact('relationship-status', `User is ${status === 'engaged' ? 'engaged to be married' : status}.`, status, 0.7));
  return out;
}

/** Every allergen of a list but the first (which the single-allergen rule reads), as its own fact. */
export function moreAllergens(s: string): string[] {
  const list = ALLERGY_LIST.exec(s)?.[1];
  if (!list) return [];
  return list
    .split(/\s*,\s*|\s+(?:and|&)\s+/i)
    .map((a) => a.trim())
    .filter((a) => a && a.split(/\s+/).length <= 3)
    .slice(1);
}

/** The plan a sentence calls off ("move to Berlin"), if it does. */
export function calledOff(s: string): string | undefined {
  return CALLED_OFF.exec(s)?.[1]?.trim();
}
