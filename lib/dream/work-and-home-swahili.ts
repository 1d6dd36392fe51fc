/**
 * A job and a home said in Swahili, as East Africans type it (Sheng's English words aside): "Mimi ni mvuvi huko
 * Kilifi" (I'm a fisherman in Kilifi), "mimi ni fundi seremala" (a carpenter), "nafanya kazi kama dereva" (I work as a
 * driver), "kazi yangu ni ualimu"; "ninaishi Mombasa", "tunaishi Arusha sasa", "nimehamia Nakuru" (I've moved to). "ni"
 * is "is" for every person ("yeye ni mwalimu" is someone else's job), so a job is read after "mimi ni"/"mi ni" or a verb
 * of the user's own work, and only where its first word is one of the trades below: "mimi ni mgonjwa" (I'm ill) and
 * "mimi ni Amina" are no job. A place is read only as typed with its capital: "ninaishi peke yangu" names none.
 */

import type { WorkOrHomeFact } from './work-and-home-more-languages';

/** Words for trades and professions; "fundi" (a craftsman) is said with its craft, kept with it. */
const JOB_WORD = [
  'mwalimu', 'daktari', 'muuguzi', 'nesi', 'mkunga', 'mfamasia', 'mkulima', 'mvuvi', 'mfugaji', 'dereva', 'mpishi',
  'mhasibu', 'mhandisi', 'wakili', 'mwanafunzi', 'mfanyabiashara', 'mchuuzi', 'askari', 'polisi', 'mwanajeshi',
  'mlinzi', 'karani', 'mwandishi', 'mhadhiri', 'mtafiti', 'mshonaji', 'seremala', 'msusi', 'kinyozi', 'mhudumu',
  'mkandarasi', 'msanii', 'mwanamuziki', 'mchungaji', 'muuzaji', 'rubani', 'mekanika', 'mjenzi',
].join('|');
const EDGE = String.raw`(?<![\p{L}])`;
/** The job: a trade, or "fundi" with its craft ("fundi seremala"), and what it is of ("mwalimu wa hisabati"). */
const JOB = String.raw`((?:fundi(?:\s+(?!wa(?![\p{L}]))\p{Ll}{3,})?|${JOB_WORD})(?:\s+wa\s+\p{Ll}{3,})?)(?![\p{L}])`;
/** Where it is done: "huko Kilifi", "katika Mombasa", "mjini Kisumu". */
const WHERE = String.raw`(?:\s+(?:huko|kule|katika|kwenye|mjini|jijini)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?))?`;
const I_WORK_AS = new RegExp(
  String.raw`${EDGE}(?:(?:mimi|mi)\s+ni|(?:ni)?nafanya\s+kazi\s+kama|kazi\s+yangu\s+ni)\s+(?:(?:sasa|bado)\s+)?${JOB}${WHERE}`,
  'iu',
);
/** "I live in" (and "we"), "I've moved to": the place right after the verb, with its capital. */
const I_LIVE_IN = new RegExp(
  String.raw`${EDGE}(?:ninaishi|naishi|tunaishi|ninakaa|nakaa|tunakaa|nimehamia|tumehamia|nilihamia|tulihamia)(?:\s+(?:sasa|kwa sasa|siku hizi))?\s+(?:(?:huko|katika|mjini|jijini)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)`,
  'iu',
);

/** The user's job and home said in Swahili, written as the English rules write them. */
export function swahiliWorkAndHome(sentence: string): WorkOrHomeFact[] {
  const out: WorkOrHomeFact[] = [];
  const work = I_WORK_AS.exec(sentence);
  // Read case-blind, `\p{Lu}` and `\p{Ll}` are any letter: a craft after "fundi" is lower case ("Fundi Juma" is a
  // man's name), a place capitalised.
  const job = work?.[1]!.trim();
  if (job && !/\s\p{Lu}/u.test(job)) {
    const where = work![2] && /^\p{Lu}/u.test(work![2]) ? work![2].replace(/(?:\s+\p{Ll}\S*)+$/u, '') : undefined;
    out.push({ kind: 'fact', slot: 'user/occupation', text: `User works as ${job.toLowerCase()}${where ? ` in ${where}` : ''}.`, value: job.toLowerCase(), importance: 0.75 });
  }
  const home = I_LIVE_IN.exec(sentence);
  const place = home?.[1]!.split(/\s+/).filter((w, i, all) => all.slice(0, i + 1).every((x) => /^\p{Lu}/u.test(x))).join(' ');
  if (place) out.push({ kind: 'fact', slot: 'user/location', text: `User lives in ${place}.`, value: place, importance: 0.8 });
  return out;
}
