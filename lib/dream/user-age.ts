/**
 * The user's own age, said in passing as often as not: "I'm 17, first job ever", "im 34 and thinking about
 * retraining", "as a 29 year old woman…", "I turned 50 in june". An age stops being true within a year, so it is kept
 * with the month it was said ("User is 17 (as of 2026-03).") and the block shows the age it must be by now
 * (children.ts, agesNow).
 */

import { utcMonth } from '../util/utc-day';

export interface AgeFact {
  kind: 'fact';
  slot: 'user/age';
  text: string;
  value: string;
  importance: number;
}

/**
 * "years" as the languages mixed with English say it after an age, read after a name ("Ik bün Hauke, 38 Johr", "Hanv
 * Francis, 71 vorsam", "sono Piero, 45 anni"): German and Low German, Dutch, the Nordic languages, French, Spanish,
 * Portuguese, Italian, Polish, Czech and Slovak, Finnish, Hungarian, Turkish, Hindi, Urdu and Punjabi, Konkani,
 * Marathi, Malay and Indonesian, Tagalog, Swahili, Greek, Russian and Ukrainian, Chinese, Japanese, Korean.
 */
const YEARS_ELSEWHERE = String.raw`(?:Jahre|Johr|jaar|år|ans|años|anos|anni|ann|lat|let|rokov|roky|vuotta|éves|yaşında|yaş|saal|sal|varsh|vorsam|vorsanchi|varsha|tahun|taon|miaka|ετών|лет|года|років|岁|歲|歳|살)(?![\p{L}])`;
// A bare number after "I'm" is an age only where the sentence moves on (a comma, "and", the end): "I'm 17 minutes
// away", "I'm 3 weeks postpartum" and "I'm 40 next month" are not the user's age now.
const BARE = new RegExp(String.raw`\bI(?:'m| am)\s+(\d{2})(?:\s*(?:years?\s+old|yrs?(?:\s+old)?|y\/?o|yo|${YEARS_ELSEWHERE}))?(?=\s*[,.;!?)]|\s*$|\s+(?:and|but|so|now|btw|lol|haha|tbh|if|with|&)\b|\s+[-–—]\s|\s*\p{Extended_Pictographic})`, 'iu');
/**
 * Typed fast: "im 34 and thinking about retraining", "hiii im 15 and …" (a greeting stretched as it is typed), only
 * before a comma or a new clause: German "im 20. Jahrhundert".
 */
const BARE_IM = /(?:^|[,;:]\s*|\b(?:and|so|but|btw|well|hi+|he+y+|hiya+|hello+|yo+)[!,]*\s+)im\s+(\d{2})(?=\s*,|\s+(?:and|but|so|now|btw|lol|haha|tbh|with|&)\b)/u;
/** "as a 29 year old woman", "I'm a 62-year-old retired teacher". */
const AS_A = /\b(?:as an?|I(?:'m| am) an?)\s+(\d{2})[- ]?(?:years?|yrs?)[- ]old\b/iu;
/** "I turned 50 in june", "just turned 30!" (not "turned 30 minutes", not a child's "she turned 5"). */
const TURNED = /(?:^|\bI(?:'ve| have)?\s+|[,;:]\s*)(?:just\s+|finally\s+|recently\s+)?turned\s+(\d{2})\b(?!\s*(?:minutes|mins|hours|degrees|%|percent|pages|km|miles)\b)/iu;


const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const SPELLED = new RegExp(String.raw`\b(?:(${TENS.join('|')})(?:[- ](${UNITS.join('|')}))?|(${TEENS.join('|')}))\b`, 'giu');

/**
 * An age written in words, as older users and careful typists write it ("I am eighty-four", "I turned sixty"), in
 * figures, for the rules above to read as they read "I am 84".
 */
function agesInFigures(sentence: string): string {
  return sentence.replace(SPELLED, (all, tens?: string, unit?: string, teen?: string) => {
    if (teen) return String(13 + TEENS.indexOf(teen.toLowerCase()));
    return String(20 + 10 * TENS.indexOf(tens!.toLowerCase()) + (unit ? 1 + UNITS.indexOf(unit.toLowerCase()) : 0));
  });
}

/** The user's age, if one sentence of theirs says it; `saidAt` is when, for the "as of". */
export function ageStatement(said: string, saidAt: number): AgeFact | null {
  const sentence = agesInFigures(said);
  const m = AS_A.exec(sentence) ?? BARE.exec(sentence) ?? BARE_IM.exec(sentence) ?? TURNED.exec(sentence);
  const age = m ? Number(m[1]) : NaN;
  return ageFact(age, saidAt);
}

/** The fact for an age said at `saidAt` (null when it is no adult's or teenager's age). */
export function ageFact(age: number, saidAt: number): AgeFact | null {
  if (!(age >= 13 && age <= 99)) return null;
  return { kind: 'fact', slot: 'user/age', text: `User is ${age} (as of ${utcMonth(saidAt)}).`, value: String(age), importance: 0.6 };
}
