/**
 * A job described in passing, set off between dashes or in brackets, before where it is done: "I'm a piano technician
 * — tuning, regulation, some rebuilding — based in Duluth", "I work as a plumber (mostly boilers) in Derby". The rules
 * read the job and its place as one phrase ("I'm a plumber based in Derby"), so the aside cut them apart and the place
 * was lost. The sentence is read without the aside.
 *
 * Only an aside that describes the work: no word of the user's own (I, my, we) and no name (a capitalised word that is
 * not an abbreviation like "ICU"), since "I'm a nurse (at St James's) in Leeds" names where, and that stays.
 */

import { OCCUPATION } from './occupations';

const SAYS_JOB = String.raw`\b(?:I(?:'m|’m| am)|I work as|I(?:'m|’m| am) working as|I(?:'ve|’ve| have) been)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?${OCCUPATION}`;
// Between dashes (— – or a spaced hyphen) or in brackets, with nothing of either kind inside.
const ASIDE = String.raw`\s*(?:[—–]\s*([^—–()]{2,80}?)\s*[—–]|\s-\s([^—–()-]{2,80}?)\s-|\(([^()—–]{2,80})\))\s*`;
const WHERE = String.raw`(?:based in|based out of|in|from|at|near|out of)\s`;
const JOB_ASIDE_WHERE = new RegExp(String.raw`^(.*?${SAYS_JOB})${ASIDE}(${WHERE}.*)$`, 'iu');
const OWN_OR_NAMED = /(?:^|[^\p{L}])(?:I|I'm|I’m|me|my|mine|we|our|us)(?![\p{L}])|(?:^|[^\p{L}])\p{Lu}\p{Ll}/u;

/** The sentence without an aside that describes the job before where it is done; undefined when it has none. */
export function withoutJobAside(sentence: string): string | undefined {
  const m = JOB_ASIDE_WHERE.exec(sentence);
  if (!m) return undefined;
  const aside = m[2] ?? m[3] ?? m[4] ?? '';
  if (OWN_OR_NAMED.test(aside)) return undefined;
  return `${m[1]} ${m[5]}`;
}
