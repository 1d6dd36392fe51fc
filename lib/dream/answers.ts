/**
 * Answers to what the assistant asked. "Where are you based, and what do you do?" — "oslo. welder." A reply like that
 * states the user's home and job without a verb, so no statement rule reads it; the question says what each part is.
 * Only a short reply is read this way (a long one says its facts in sentences), each part only as what was asked.
 */

import { isStopWord } from '../engine/text';
import { OCCUPATION } from './occupations';

export type Asked = 'job' | 'home' | 'origin' | 'age';

/** What the assistant's turn asks about the user, from its questions (the sentences ending in "?"). */
const ASKS: [Asked, RegExp][] = [
  ['job', /\bwhat (?:do you do|is your (?:job|occupation|profession|line of work|role)|(?:kind|sort|type|line) of work (?:do|are) you(?: do| in)?|field are you in)\b|\bwhat'?s your (?:job|occupation|profession|line of work|role)\b|\bwhat do you do for (?:work|a living)\b|\bwhere do you work\b/i],
  ['home', /\bwhere (?:are you (?:based|located|living)|do you (?:live|stay|call home)|is home(?: for you)?)\b|\bwhich (?:city|country|town) (?:are you in|do you live in)\b|\bwhat (?:city|country|town) are you in\b/i],
  ['origin', /\bwhere are you (?:originally )?from\b|\bwhere did you grow up\b/i],
  ['age', /\bhow old are you\b|\bwhat(?:'s| is) your age\b|\bmay I ask your age\b/i],
];

export function askedAbout(assistantText: string | undefined): Asked[] {
  if (!assistantText) return [];
  const questions = assistantText.match(/[^.!?\n]*\?/g) ?? [];
  return ASKS.filter(([, re]) => questions.some((q) => re.test(q))).map(([what]) => what);
}

export interface Answer {
  what: Asked;
  value: string;
}

const JOB = new RegExp(String.raw`^(?:i'?m |i am |im )?(?:an? )?((?:[\p{L}-]+ ){0,2}?${OCCUPATION})$`, 'iu');
/** A place as a short answer gives it: one to three words, letters only, maybe after "in"/"from"/"based in". */
const PLACE = /^(?:(?:i'?m |im |we'?re )?(?:in|from|based in|living in|near|outside|just outside)\s+)?(\p{L}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){0,2})$/iu;
/** Words a short part of a reply may be that are no place: fillers, feelings, answers to something else. */
const NOT_A_PLACE =
  /^(?:yes|yeah|yep|no|nope|ok|okay|sure|thanks|thank you|thx|ty|hi|hey|hello|lol|haha|hmm|well|so|also|and|but|same|both|neither|either|none|nothing|everything|anything|idk|dunno|not sure|depends|whatever|good|great|fine|busy|tired|home|here|there|nowhere|everywhere|work|it|that|this|me|you|i|remote|remotely|online|based|living|from|in|near|outside|moving|unsure|maybe|later|soon|probably|somewhere|abroad|nearby|around|unknown|undecided|tbd|n\/a|private|secret|pass|skip)$/i;
const AGE = /^(?:i'?m |im |i am )?(\d{2})(?: ?(?:yo|y\/o|yrs?|years?(?: old)?))?$/i;

/** Short replies only: a few parts of a few words each. */
const MAX_WORDS = 14;

/** The answers a short reply gives to what was asked. */
export function answersTo(asked: Asked[], reply: string): Answer[] {
  if (asked.length === 0 || reply.split(/\s+/).length > MAX_WORDS) return [];
  // What the reply asks back ("why do you need that?") answers nothing.
  const parts = reply
    .replace(/[^.!?\n]*\?/g, '.')
    .split(/[.,;!\n/|&+]+|\s*\p{Extended_Pictographic}+\s*|\s+(?:and|but|tho|though|in)\s+|\s+[-–—]\s+/iu)
    .map((p) => p.trim().replace(/\s+(?:lol|haha|atm|rn|now|currently|tbh)$/i, '').trim())
    .filter(Boolean);
  const out: Answer[] = [];
  const used = new Set<number>();
  const take = (what: Asked, read: (p: string) => string | undefined) => {
    if (!asked.includes(what)) return;
    for (let i = 0; i < parts.length; i++) {
      const v = used.has(i) ? undefined : read(parts[i]!);
      if (v) {
        used.add(i);
        out.push({ what, value: v });
        return;
      }
    }
  };
  // The most telling first: a job from the list of jobs and an age are sure; a place is what is left.
  take('job', (p) => JOB.exec(p)?.[1]);
  take('age', (p) => {
    const n = Number(AGE.exec(p)?.[1]);
    return n >= 13 && n <= 99 ? String(n) : undefined;
  });
  // A place typed in lower case ("oslo") only when it is all the reply has left: "maybe later" is no town.
  const left = () => parts.filter((_p, i) => !used.has(i)).length;
  const place = (p: string) => {
    const v = PLACE.exec(p)?.[1];
    if (!v || NOT_A_PLACE.test(v) || JOB.test(v) || /\d/.test(v) || v.split(' ').some((w) => isStopWord(w.toLowerCase()))) return undefined;
    return /^\p{Lu}/u.test(v) || left() === 1 ? v : undefined;
  };
  take('home', place);
  take('origin', place);
  return out;
}

/**
 * A question the user asks of themselves and answers at once: "What do I do? Pinsetter mechanic, the bowling alley on
 * the marina." The same question the assistant might have asked, and the words up to the next sentence as its short
 * reply; only the reply's first part, so "What do I do? Ring them, or wait for a plumber?" (advice asked) names no job,
 * nor does a reply that asks back.
 */
const SELF_ASKED: [Asked, RegExp][] = [
  ['job', /(?:^|[.!?]\s+|\n)(?:so,?\s+)?(?:what do I do(?: for (?:work|a living))?|what(?:'s| is) my job|what am I)\?\s+([^.?!\n]{2,80})(?=[.!\n]|$)/giu],
  ['home', /(?:^|[.!?]\s+|\n)(?:so,?\s+)?(?:where do I live|where am I based|where(?:'s| is) home)\?\s+([^.?!\n]{2,80})(?=[.!\n]|$)/giu],
];

export function selfAnswered(text: string): Answer[] {
  const out: Answer[] = [];
  for (const [what, re] of SELF_ASKED)
    for (const m of text.matchAll(re)) {
      const first = m[1]!.split(/,|\s+[-–—]\s+/)[0]!;
      const a = answersTo([what], first)[0];
      // A job opens its sentence, so its capital is the sentence's ("Pinsetter mechanic"), not a name's ("EMT" stays).
      if (a) out.push(what === 'job' && !/^\p{Lu}\p{Lu}/u.test(a.value) ? { what, value: a.value.charAt(0).toLowerCase() + a.value.slice(1) } : a);
    }
  return out;
}

