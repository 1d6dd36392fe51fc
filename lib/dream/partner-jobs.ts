/**
 * What the user's partner does, said plainly: "my wife is a nurse", "my husband works as a plumber", "my partner's a
 * primary teacher in Leith", "my girlfriend, Ana, is an architect". partners.ts reads the partner's job only in an
 * aside beside the partner's name; said this way it was lost, though a new chat about shifts, money or holidays needs
 * it. The fact fills the partner's job slot, so a later job or a retirement ("my husband retired in March", "my wife's
 * retired now") takes its place, and a new partner retires it (apply-consolidation.ts).
 *
 * Only the partner, by the words people use for one, right after "my": "my ex-wife", "my late husband" and "my
 * friend's wife" are someone else, and "my wife was a nurse" is the past. Not after "if", "when", "imagine".
 */

import { OCCUPATION } from './occupations';
import type { PartnerFact } from './partners';

const RELATION = String.raw`(wife|husband|partner|boyfriend|girlfriend|fianc[eé]e?|hubby|missus|other half)`;
const NAMED = String.raw`(?:,?\s+(\p{Lu}\p{Ll}+),?)?`;
/** A job's words before the occupation ("a primary school teacher", "an ICU nurse"): up to two, no clause break. */
const JOB = String.raw`((?:[\p{L}-]+\s+){0,2}?${OCCUPATION})`;
const WHERE = String.raw`(?:\s+(at|in|for)\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,2}))?`;
const IS_NOW = String.raw`(?:\s+is|'s|’s)(?:\s+(?:now|also|actually|still))?`;

// Read as typed (not case-blind, where \p{Lu} would take any word for a name); "My" may open the sentence.
const PARTNER_JOB = new RegExp(
  String.raw`(?<![\p{L}'’-])[Mm]y\s+${RELATION}${NAMED}(?:${IS_NOW}\s+an?\s+|\s+(?:now\s+|also\s+|still\s+)?works\s+as\s+an?\s+)${JOB}(?![\p{L}-])${WHERE}`,
  'u',
);
const PARTNER_RETIRED = new RegExp(
  String.raw`(?<![\p{L}'’-])[Mm]y\s+${RELATION}${NAMED}(?:\s+(?:has|had|just|finally|recently|officially))*(?:\s+retired|${IS_NOW}\s+retired)(?![\p{L}-])`,
  'u',
);
/** Said of a supposed or another time: "if my wife is a nurse…", "imagine my husband was…". */
const NOT_SAID = /\b(?:if|when|whether|unless|imagine|pretend|suppose|say)\b[^,;.!?]*$/i;

const WORDS: Record<string, string> = { hubby: 'husband', missus: 'wife', 'other half': 'partner' };
const relationOf = (word: string) => {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return WORDS[w] ?? w;
};
const fact = (text: string, value: string): PartnerFact => ({ kind: 'fact', slot: 'user/family:partner:job', text, value, importance: 0.6 });

/** The partner's job (or retirement) a sentence says, if any. */
export function partnerJobStatements(s: string): PartnerFact[] {
  const job = PARTNER_JOB.exec(s);
  if (job && !NOT_SAID.test(s.slice(0, job.index))) {
    const who = `${relationOf(job[1]!)}${job[2] ? ` ${job[2]}` : ''}`;
    const work = job[3]!;
    const article = /^[aeiou]/i.test(work) ? 'an' : 'a';
    return [fact(`User's ${who} is ${article} ${work}${job[5] ? ` ${job[4]} ${job[5]}` : ''}.`, work)];
  }
  const retired = PARTNER_RETIRED.exec(s);
  if (retired && !NOT_SAID.test(s.slice(0, retired.index))) return [fact(`User's ${relationOf(retired[1]!)}${retired[2] ? ` ${retired[2]}` : ''} is retired.`, 'retired')];
  return [];
}
