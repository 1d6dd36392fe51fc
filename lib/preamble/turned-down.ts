import type { MemoryRow, ReverieDb } from '../db/schema';
import { parseTurnId } from '../engine/ingest';

/**
 * An idea of the assistant's that the user's very next turn said no to: "You could consider starting your own lift
 * maintenance company" — "no. conflict of interest, not happening"; "Why not sell sauna kits online?" — "nah, not
 * interested". Shown to a new chat, the assistant's words would bring back an idea the user turned down with nothing
 * to say so; the user's own "no" is the memory, and it stays. (An assumption the user corrected has its own note:
 * corrections.ts.)
 */

/** A reply that opens by saying no, in the languages the rules read: "no.", "nah, …", "no thanks", "not happening". */
const SAYS_NO =
  /^[\s"'“(]*(?:no(?:pe)?|nah|nein|non|não|nee|nie|hayır|tidak|nggak|no thanks|no thank you|no way|hard pass|not (?:happening|interested|for me|a chance|really|my thing)|(?:I'd|I would) rather not|I don'?t (?:want|think so)|never|absolutely not|definitely not|nope|noo+)(?=\s*(?:[.!,;:—–…]|$)|\s+(?:thanks|thank you|I|I'm|I'd|it|it's|that|that's|this|we|conflict|way|chance|need|because|bc|lol|haha|mate|man|dude|sorry|gracias|merci|danke|obrigad[oa]|grazie|dank)\b)/iu;

/**
 * An idea put to the user: "you could…", "why not…", "have you considered…", "I'd suggest…". A "no" after an answer
 * that proposes nothing ("Did you see the match?" — "no, …") turns nothing down.
 */
const PROPOSES =
  /\b(?:you (?:could|might|may want to|should|can always)|why not|how about|what about|have you (?:thought about|considered|tried)|consider(?:ing)?|maybe (?:try|start|open|get|look)|I(?:'d| would) (?:suggest|recommend)|I suggest|I recommend|one option is|an option (?:is|would be)|it might be worth|worth (?:considering|trying))\b/i;

/** Whether assistant passage `m` proposes something and the user's next turn in its conversation opens with a no. */
export async function turnedDown(db: ReverieDb, m: MemoryRow, live: (m: MemoryRow) => boolean): Promise<boolean> {
  if (m.kind !== 'passage' || m.role !== 'assistant' || m.sourceTurnIds.length === 0 || !PROPOSES.test(m.text)) return false;
  const turn = parseTurnId(m.sourceTurnIds[m.sourceTurnIds.length - 1]!);
  if (!turn) return false;
  const next = `${turn.conversationKey}#${turn.ordinal + 1}`;
  const replies = (await db.memories.where('sourceTurnIds').equals(next).toArray()).filter((r) => r.kind === 'passage' && r.role === 'user' && live(r));
  // The reply's first passage holds its opening words.
  const first = replies.sort((a, b) => (a.passageOffset ?? 0) - (b.passageOffset ?? 0))[0];
  return !!first && SAYS_NO.test(first.text);
}
