import type { MemoryRow, ReverieDb } from '../db/schema';
import { withoutDirectives } from '../dream/directives';
import { parseTurnId } from '../engine/ingest';

/**
 * A "Relevant" line that asks a question shows the short answer the next turn gave ("What did you take away from it?
 * — It taught me self-acceptance."): a question without its answer tells the assistant little, and a short answer
 * ("Super good, rich and creamy!") shares few words with anything typed later, so it rarely comes up alone. Only a short
 * answer rides along: a long one is a memory of its own and is ranked as one. The answer is read under the same rules
 * as any line: live (the caller's filter), and an assistant's words without directives.
 */

/** Longest answer carried on its question's line (characters): a sentence or two. */
export const SHORT_ANSWER_CHARS = 200;

/** The short answer to a question passage, or null: when the passage is one turn's only passage and ends in a question. */
export async function shortAnswerTo(db: ReverieDb, m: MemoryRow, live: (m: MemoryRow) => boolean): Promise<MemoryRow | null> {
  if (m.kind !== 'passage' || m.sourceTurnIds.length !== 1 || !/\?\s*$/.test(lastSentence(m.text))) return null;
  const turn = parseTurnId(m.sourceTurnIds[0]!);
  if (!turn) return null;
  const next = `${turn.conversationKey}#${turn.ordinal + 1}`;
  const replies = await db.memories.where('sourceTurnIds').equals(next).toArray();
  const passages = replies.filter((r) => r.kind === 'passage' && r.sourceTurnIds.length === 1);
  // A reply split into several passages is not short; an edited-away or deleted reply is not shown.
  if (passages.length !== 1) return null;
  const reply = passages[0]!;
  if (!live(reply) || reply.text.trim().length > SHORT_ANSWER_CHARS) return null;
  return reply;
}

/** The answer as it is shown: one line, an assistant's directives removed. */
export function answerText(reply: MemoryRow): string {
  const text = reply.role === 'user' ? reply.text : withoutDirectives(reply.text);
  return text.replace(/\s+/g, ' ').trim();
}

function lastSentence(text: string): string {
  const t = text.trim();
  const parts = t.split(/(?<=[.!?…])\s+/);
  return parts[parts.length - 1] ?? t;
}
