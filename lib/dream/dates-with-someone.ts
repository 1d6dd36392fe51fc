/**
 * Someone the user has been out on a date with, named: "I went on a date with Nadia last night", "been on a first
 * date!! his name's Joel, he's a paramedic", "had a date on Saturday. Her name is Ines." The name often comes in the
 * sentence after the news, so the sentence before is read too. The date is the user's (said with "I" or with the subject
 * dropped, as people type news), and said as done, not asked or wished: "should I go on a date with Tom?", "my sister
 * went on a date, his name's Raf" and "I've never been on a date" name no one of the user's.
 *
 * The one dated fills the partner slot, as someone the user is seeing does (partners.ts): a new one supersedes the last.
 */

import type { PartnerFact } from './partners';

/**
 * The user's news of a date: "I've been on a date", "went on a first date", "had a date with …", "back from a date".
 * The verb follows "I", a stop or a filler at once, so "my sister went on a date" and "she had a date" are not read.
 */
const DATE_SAID = /(?:^|[,;:.!?—–-]\s*|\p{Extended_Pictographic}\s*|\b(?:I(?:'ve|’ve| have)?|and|so|also|ok|okay|well|anyway|guess what)\s+)(?:(?:just|finally|actually|only|recently)\s+)*(?:(?:been|went|was|got back from|am back from|'m back from|’m back from|back from|had)\s+)(?:on\s+)?an?\s+(?:(?:first|second|third|proper|real|blind|lovely|great|nice|actual)\s+)?date\b/iu;
/** Not said of the user, or not done: asked, wished, denied, supposed. */
const NOT_DONE = /\b(?:never|not|n't|if|should|would|could|might|maybe|wish|hope|want to|going to|gonna|planning|thinking|pretend|imagine|suppose)\b/iu;
/** The one named: "with Nadia" right after the date, or "her name's Nadia", "he's called Joel" after it. */
const WITH_NAME = /^\s+with\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’])/u;
const NAME_GIVEN = /(?:^|[\s,;:.!—–-])(?:(?:his|her|their)\s+name(?:'s|’s|\s+is|\s+was)|(?:he|she|they)(?:'s|’s|\s+is|\s+was|\s+are|'re)\s+called)\s+(\p{L}[\p{Ll}'’-]+)(?![\p{L}'’])/iu;
/** Words that stand where the name would and are none. */
const NOT_A_NAME = /^(?:the|a|an|my|her|his|their|so|and|but|like|actually|honestly|literally|really|very|just|lovely|great|nice|sweet|kind|funny|cute|gorgeous|amazing|hilarious|tall|short|older|younger)$/i;

const fact = (name: string): PartnerFact => ({ kind: 'fact', slot: 'user/family:partner', text: `User went on a date with ${name}.`, value: name, importance: 0.6 });
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Who the user went on a date with, named in this sentence or in the one after the news (`before` said the date). */
export function dateWithSomeone(sentence: string, before?: string): PartnerFact[] {
  const here = DATE_SAID.exec(sentence);
  if (here && isUsersDate(sentence, here)) {
    const rest = sentence.slice(here.index + here[0].length);
    const name = WITH_NAME.exec(rest)?.[1] ?? NAME_GIVEN.exec(rest)?.[1];
    if (name && !NOT_A_NAME.test(name)) return [fact(cap(name))];
  }
  const earlier = before ? DATE_SAID.exec(before) : null;
  if (!earlier || !isUsersDate(before!, earlier) || WITH_NAME.test(before!.slice(earlier.index + earlier[0].length))) return [];
  // The sentence after the news opens with the name given: "her name's Priya and she's a vet".
  const given = NAME_GIVEN.exec(sentence);
  if (!given || given.index > 3) return [];
  const name = given[1]!;
  return NOT_A_NAME.test(name) ? [] : [fact(cap(name))];
}

/** Said as done by the user: the words up to the date deny, suppose or wish nothing, and the sentence asks nothing. */
function isUsersDate(sentence: string, m: RegExpExecArray): boolean {
  return !NOT_DONE.test(sentence.slice(0, m.index + m[0].length)) && !/\?\s*$/u.test(sentence.trim());
}
