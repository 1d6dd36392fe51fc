import type { MemoryRow } from '../db/schema';

/**
 * "I retired last month", said weeks after "I'm the bus mechanic for the school district": retiring ends the job (its
 * facts go to their history, extract.ts), but what the user worked at stays part of who they are — a new chat about
 * part-time work, a hobby or a pension needs it, and "what did I do for work" should find it. So a bare retirement
 * says the work held when it was said, as "I'm retired, 31 years down the pit" does in one sentence
 * (everyday-facts.ts): "User is retired (before that: a bus mechanic)." Said again later, it keeps what the first
 * one said.
 */

const BARE_RETIREMENT = /^User is retired\.$/;
const RETIRED_WITH_WORK = /^User is retired \((?:before that: |after )/;

/** A job fact's work, as it reads after "before that:"; undefined for what is no work said (between jobs, retired). */
function workOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const is = /^User (?:is|works as) ((?:an?|the) [^()]+?)\.$/u.exec(text)?.[1];
  if (is) return is;
  const where = /^User works ((?:at|for|in) [^()]+?)\.$/u.exec(text)?.[1];
  return where ? `worked ${where}` : undefined;
}

/**
 * The retirement's text with the work held when it was said: the occupation (with its workplace when that names
 * none), else the workplace. `heldAt(slot)` is the fact the slot held at the moment of the retirement.
 */
export function retirementWithWorkBefore(text: string, heldAt: (slot: string) => MemoryRow | undefined): string {
  if (!BARE_RETIREMENT.test(text)) return text;
  const employer = heldAt('user/employer');
  if (employer && RETIRED_WITH_WORK.test(employer.text)) return employer.text;
  const job = workOf(heldAt('user/occupation')?.text);
  const place = workOf(employer?.text);
  const at = place?.startsWith('worked at ') ? place.slice('worked '.length) : undefined;
  const work = job && at && !/\s(?:at|for|in|with) /u.test(job) ? `${job} ${at}` : (job ?? place);
  return work ? `User is retired (before that: ${work}).` : text;
}
