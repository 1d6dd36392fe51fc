import { OCCUPATION } from './occupations';

/**
 * Hindi typed in Latin letters and mixed with English ("Hinglish"), as many users in India write to chat assistants:
 * a move ("Hyderabad shift ho gaye"; where they live, "Pune mein rehta hoon", is read with the other languages that put
 * the verb last, in work-and-home-more-languages.ts), their job ("QA engineer hoon ek fintech
 * mein", "main teacher hoon"), a vegetarian diet ("main pure veg hoon") and its end ("ab eggs khaane laga hoon", "non-veg
 * khaata hoon ab"), a partner by name ("meri wife Ananya") and their own name ("mera naam Rohit hai"). Written as the
 * English rules write them, in the same slots, so a later English "I moved to Delhi" supersedes "Hyderabad shift ho gaye".
 */

export interface HinglishFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}
export interface HinglishRetraction {
  value: string;
  slot: string;
}

const EDGE = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
/** A place or a name, capitalised as typed: "ghar mein rehta hoon" (at home) names no town. */
const NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?)`;
/** Hindi words that stand before a job and are no part of it ("aur main teacher hoon"). */
const NOT_OF_THE_JOB = String.raw`(?!(?:aur|main|mai|me|ek|to|toh|bhi|ab|abhi|hum|bas|sirf|ki|ka|ke|hai|h|bhai|yaar)\b)`;
/** "am" / "are", as the user says it of themselves. */
const HOON = String.raw`(?:hoon|hu|hun|hain|h)`;

/** "Hyderabad shift ho gaye", "Bangalore move kar liya", "finally Delhi shift ho gayi". */
const MOVED = new RegExp(String.raw`${EDGE}${NAME} (?:shift|move|shifted|moved|aa) (?:ho gay[aie]|ho gye|kar (?:liya|liye|li)|ho chuk[ae])${END}`, 'u');
/** "QA engineer hoon ek fintech mein", "main ek teacher hoon": a job word, then "am". */
const JOB = new RegExp(String.raw`${EDGE}(?:(?:main|mai|me) )?(?:ek )?((?:${NOT_OF_THE_JOB}[\p{L}-]+ ){0,2}?${OCCUPATION}) ${HOON}${END}`, 'iu');
/** "new company mein SDET ka role hai", "product manager ka role mila": the role the user has. */
const ROLE = new RegExp(String.raw`${EDGE}(\p{Lu}{2,6}|(?:${NOT_OF_THE_JOB}[\p{L}-]+ ){0,2}?${OCCUPATION}) ka role (?:hai|h|mila|mil gaya)${END}`, 'u');
/** "main pure veg hoon", "hum vegetarian hain", "shakahari hoon". */
const VEG = new RegExp(String.raw`${EDGE}(?:(?:main|mai|hum) )?(?:pure |strict |full |poora )?(?:veg|vegetarian|shakahari) ${HOON}${END}`, 'iu');
/** "ab eggs khaane laga hoon", "ande khane lagi hoon", "non-veg khaata hoon ab": a vegetarian diet ended. */
const EGGS_NOW = new RegExp(String.raw`${EDGE}(?:eggs?|ande|anda|egg) (?:khaane|khane|khana) (?:laga|lagi|lage|shuru kiya|start kiya)${END}`, 'iu');
const MEAT_NOW = new RegExp(String.raw`${EDGE}(?:non[- ]?veg|chicken|meat|mutton|fish|machhli) (?:khaane|khane) (?:laga|lagi|lage)|${EDGE}(?:ab|phir se|fir se) (?:non[- ]?veg|chicken|meat) (?:khaata|khaati|khata|khati) ${HOON}`, 'iu');
/** "meri wife Ananya", "mere husband Vikram", "meri gf Riya". */
const PARTNER = new RegExp(String.raw`${EDGE}(?:[Mm]eri|[Mm]ere|[Mm]era) (wife|biwi|patni|husband|pati|girlfriend|gf|boyfriend|bf|fianc[eé]e?|mangetar) ${NAME}`, 'u');
const RELATION: Record<string, string> = { wife: 'wife', biwi: 'wife', patni: 'wife', husband: 'husband', pati: 'husband', girlfriend: 'girlfriend', gf: 'girlfriend', boyfriend: 'boyfriend', bf: 'boyfriend', mangetar: 'fiancé(e)' };
/** "mera naam Rohit hai". */
const OWN_NAME = new RegExp(String.raw`${EDGE}[Mm]era naam ${NAME} (?:hai|h)${END}`, 'u');
/** A wish or a supposition before it: "agar main Pune shift ho gaya to …". */
const NOT_SAID = /\b(?:agar|yadi|kaash|shayad|if|would|maybe)\b[^,.;!?]*$/i;
/** Hindi and English words a capital may stand on at a sentence's start, and no town. */
const NOT_A_PLACE = /^(?:Main|Mai|Hum|Ab|Abhi|Phir|Fir|Bhai|Yaar|Finally|Office|Ghar|Kal|Aaj|Ek|Mera|Meri|Mere)$/;

/** What one sentence says of the user in Hinglish, and what it ends. */
export function hinglishStatements(s: string): { facts: HinglishFact[]; retractions: HinglishRetraction[] } {
  const facts: HinglishFact[] = [];
  const retractions: HinglishRetraction[] = [];
  const said = (m: RegExpExecArray | null): m is RegExpExecArray => !!m && !NOT_SAID.test(s.slice(0, m.index));
  const home = MOVED.exec(s);
  if (said(home) && !NOT_A_PLACE.test(home[1]!)) facts.push({ kind: 'fact', slot: 'user/location', text: `User lives in ${home[1]}.`, value: home[1]!, importance: 0.8 });
  const job = JOB.exec(s);
  if (said(job) && !/^(?:pure|veg|vegetarian)\b/i.test(job[1]!)) {
    const what = job[1]!.trim();
    facts.push({ kind: 'fact', slot: 'user/occupation', text: `User is ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}.`, value: what, importance: 0.75 });
  }
  const role = job ? null : ROLE.exec(s);
  if (said(role)) facts.push({ kind: 'fact', slot: 'user/occupation', text: `User's role is ${role[1]}.`, value: role[1]!, importance: 0.75 });
  const eggs = EGGS_NOW.exec(s);
  const meat = MEAT_NOW.exec(s);
  if (said(meat)) {
    retractions.push({ value: 'vegetarian', slot: 'user/diet' });
    facts.push({ kind: 'fact', slot: 'user/diet', text: 'User eats meat now.', value: 'eats meat', importance: 0.8 });
  } else if (said(eggs)) {
    retractions.push({ value: 'vegetarian', slot: 'user/diet' });
    facts.push({ kind: 'fact', slot: 'user/diet', text: 'User eats eggs now (eggetarian).', value: 'eggetarian', importance: 0.8 });
  } else if (said(VEG.exec(s))) facts.push({ kind: 'fact', slot: 'user/diet', text: 'User is vegetarian.', value: 'vegetarian', importance: 0.85 });
  const partner = PARTNER.exec(s);
  if (said(partner)) {
    const relation = RELATION[partner[1]!.toLowerCase()] ?? partner[1]!.toLowerCase();
    facts.push({ kind: 'fact', slot: 'user/family:partner', text: `User's ${relation} is ${partner[2]}.`, value: partner[2]!, importance: 0.7 });
  }
  const name = OWN_NAME.exec(s);
  if (said(name)) facts.push({ kind: 'fact', slot: 'user/name', text: `User's name is ${name[1]}.`, value: name[1]!, importance: 0.9 });
  return { facts, retractions };
}
