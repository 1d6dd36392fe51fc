import type { MemoryRow } from '../db/schema';

/**
 * Who a query is about, read from its pronouns, in a chat between one user and one assistant. "What did you
 * recommend…", "you mentioned…", "you told me…" ask for what the assistant said; a query in the first person that
 * does not point back at the assistant's words ("my sister's birthday", "how long have I lived here", "can you suggest
 * a hotel for my trip") asks about the user, whose own turns hold it. A query naming a third person says nothing (the
 * speaker field covers named people). This is the pronoun half of speaker resolution: the question's "I" is the user
 * and its "you" the assistant, whatever the chat site.
 */
export type Addressee = 'user' | 'assistant' | null;

// "you" as the one who said, wrote or gave something in the past ("you recommended", "did you say"); "can you
// recommend" (a request) is not.
const YOU_SAID =
  /\byou(?:'ve| have| had)?\s+(?:\w+ly\s+)?(?:said|mentioned|told|suggested|recommended|provided|gave|given|listed|explained|shared|described|wrote|written|proposed|advised|noted|pointed out|came up with|talked about|brought up)\b/i;
const DID_YOU_SAY =
  /\bdid you\s+(?:\w+ly\s+)?(?:say|mention|tell|suggest|recommend|provide|give|list|explain|share|describe|write|propose|advise|note|point out|come up with|talk about|bring up)\b/i;
const FIRST_PERSON = /\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|im|ive)\b/i;

export function queryAddressee(query: string): Addressee {
  const q = query.replace(/[’‘]/g, "'");
  if (YOU_SAID.test(q) || DID_YOU_SAY.test(q)) return 'assistant';
  if (FIRST_PERSON.test(q)) return 'user';
  return null;
}

/** Kinds the dream derives from the user's own words: they speak for the user as the user's turns do. */
const USER_KINDS = new Set<MemoryRow['kind']>(['fact', 'preference', 'instruction']);

/** Whether a memory holds the words of the party a query is about. */
export function spokenBy(m: MemoryRow, who: Exclude<Addressee, null>): boolean {
  if (m.role) return m.role === who;
  return who === 'user' && USER_KINDS.has(m.kind);
}
