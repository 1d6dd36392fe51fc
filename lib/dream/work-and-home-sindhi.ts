/**
 * The user's job and home said in Sindhi (Perso-Arabic script), as work-and-home-urdu-hindi.ts reads Urdu and Hindi:
 * the verb "am" ("آهيان") closes the sentence, so a job is "… فارماسسٽ آهيان" (I am a pharmacist); a new job is "مون
 * کي … ڪلينيڪل فارماسسٽ جي نوڪري ملي وئي آهي" (I got a job as a clinical pharmacist); a home is "ڪراچي ۾ رهان ٿي" (I
 * live in Karachi); a move is "ڪراچي شفٽ ٿي ويس" (I moved to Karachi). Written as the English rules write them, in the
 * same slots, so the later job or home supersedes the earlier one.
 *
 * "آهيان" (am) and "رهان ٿي/ٿو" (I live) are said only of oneself; a past ("هيس", was), a condition ("جيڪڏهن", if), a
 * doubt ("شايد"), a negation ("ناهيان", "نه") or a question ("ڇا", "؟") is none.
 */

import { OCCUPATION } from './occupations';

export interface SindhiFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** Jobs named in Sindhi words (the English ones, typed in Latin letters, are read by OCCUPATION). */
const SINDHI_JOBS = 'فارماسسٽ|ڊاڪٽر|ڊاڪٽرياڻي|استاد|استادياڻي|ٽيچر|نرس|انجنيئر|وڪيل|اڪائونٽنٽ|ڊرائيور|پروفيسر|ليڪچرر|صحافي|درزي|مستري|ڪاريگر|پائلٽ|ڪلارڪ|منيجر|دڪاندار|هاري|پوليس\\s+وارو|سپاهي|بئنڪر|ڪيشيئر|باورچي|ليبارٽري\\s+ٽيڪنيشن';
/** A Sindhi word: letters of the Arabic script with their marks. */
const WORD = String.raw`[\p{Script=Arabic}\p{M}]{2,}`;
const EDGE = String.raw`(?<![\p{L}\p{M}])`;
const END = String.raw`(?![\p{L}\p{M}])`;
/** Words before a job or a place that are none of it: "at", "in", "a", "I", "my", "of", "and", "now". */
const NOT_PART = /^(?:تي|۾|هڪ|مان|منهنجو|منهنجي|جو|جي|جا|۽|هاڻي|ته|به|وٽ|کان)$/u;
/** Words that stand before "in" and are no place: "I", "this", "here", "house", "city", "now". */
const NOT_A_PLACE = /^(?:مان|اسين|هن|هتي|اتي|گهر|شهر|علائقي|ملڪ|هاڻي|ان|انهي)$/u;
const NOT_SO = /(?:^|[\s،])(?:ڇا|جيڪڏهن|شايد|ڪاش)(?=\s)/u;

/** "… فارماسسٽ آهيان": a job, with a word before it that is part of it ("ڪلينيڪل فارماسسٽ"), before "am". */
const JOB = new RegExp(String.raw`${EDGE}((?:${WORD}\s+)?(?:${SINDHI_JOBS})|(?:[A-Za-z-]+\s+){0,2}?${OCCUPATION})\s+آهيان${END}`, 'iu');
/** "مون کي … ڪلينيڪل فارماسسٽ جي نوڪري ملي (وئي) (آهي)": I got a job as …. */
const JOB_GOT = new RegExp(String.raw`${EDGE}مون\s+کي[^.!?؟۔]*?${EDGE}((?:${WORD}\s+)?(?:${SINDHI_JOBS})|(?:[A-Za-z-]+\s+){0,2}?${OCCUPATION})\s+(?:جي|واري)\s+نوڪري\s+ملي${END}`, 'iu');
/** "ڪراچي ۾ رهان ٿي", "ڪراچي ۾ رهندي آهيان": I live in X. */
const LIVE = new RegExp(String.raw`${EDGE}(${WORD}|\p{Lu}[\p{L}'’-]+)\s+۾\s+(?:رهان\s+(?:ٿي|ٿو)|رهندي\s+آهيان|رهندو\s+آهيان)${END}`, 'u');
/** "ڪراچي شفٽ ٿي ويس", "ڪراچي منتقل ٿي وئي آهيان": I moved to X. */
const MOVED = new RegExp(String.raw`${EDGE}(${WORD}|\p{Lu}[\p{L}'’-]+)\s+(?:منتقل|شفٽ)\s+ٿي\s+(?:ويس|وئي|وياسين|ويو)${END}`, 'u');

/** The job as said, without a word before it that belongs to the sentence ("تي فارماسسٽ" → "فارماسسٽ"). */
function jobAsSaid(words: string): string {
  const parts = words.trim().split(/\s+/);
  return (parts.length > 1 && NOT_PART.test(parts[0]!) ? parts.slice(1) : parts).join(' ');
}

/** The job and home a Sindhi sentence says of the user. */
export function workAndHomeInSindhi(sentence: string): SindhiFact[] {
  if (NOT_SO.test(` ${sentence}`) || /[؟?]\s*$/u.test(sentence)) return [];
  const out: SindhiFact[] = [];
  const job = JOB_GOT.exec(sentence) ?? JOB.exec(sentence);
  // "مان نه ٽيچر آهيان" (I am not a teacher): "نه" before the job, or as the word the job's match began with.
  if (job && !/(?:^|\s)(?:نه|ناهي|ناهيان)(?:\s|$)/u.test(sentence.slice(0, job.index) + job[1]!)) {
    const what = jobAsSaid(job[1]!);
    const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
    out.push({ kind: 'fact', slot: 'user/occupation', text: /^[A-Za-z]/.test(what) ? `User is ${article} ${what}.` : `User works as ${what}.`, value: what, importance: 0.75 });
  }
  const home = MOVED.exec(sentence) ?? LIVE.exec(sentence);
  const place = home?.[1]?.trim();
  if (place && !NOT_A_PLACE.test(place)) out.push({ kind: 'fact', slot: 'user/location', text: `User lives in ${place}.`, value: place, importance: 0.8 });
  return out;
}
