import type { MemoryRow, ReverieDb } from '../db/schema';

/**
 * Canned replies: an assistant's reply said word for word (after normalisation) in two or more different
 * conversations ("Got it — I will keep that in mind. Anything else?", "Glad it helped!"). It says nothing about the
 * user or the conversation it is in, so it becomes no memory the block shows, no topic and no merge: the dream sets
 * it aside (archived, with a diary entry) and the block leaves it out even before the first dream.
 */

function isAssistantPassage(m: MemoryRow): boolean {
  return m.kind === 'passage' && m.role === 'assistant' && m.status !== 'deleted';
}

/** Ids of the canned assistant passages among `memories`. */
export function cannedReplyIds(memories: Iterable<MemoryRow>): Set<string> {
  const byHash = new Map<string, { convs: Set<string>; ids: string[] }>();
  for (const m of memories) {
    if (!isAssistantPassage(m)) continue;
    const g = byHash.get(m.hash) ?? { convs: new Set<string>(), ids: [] };
    g.convs.add(m.conversationKey ?? m.id);
    g.ids.push(m.id);
    byHash.set(m.hash, g);
  }
  const out = new Set<string>();
  for (const g of byHash.values()) if (g.convs.size >= 2) for (const id of g.ids) out.add(id);
  return out;
}

/** Whether one passage is a canned reply (the same reply stored from another conversation). */
export async function isCannedReply(db: ReverieDb, m: MemoryRow): Promise<boolean> {
  if (!isAssistantPassage(m)) return false;
  const other = await db.memories
    .where('hash')
    .equals(m.hash)
    .filter((x) => isAssistantPassage(x) && x.id !== m.id && (x.conversationKey ?? x.id) !== (m.conversationKey ?? m.id))
    .first();
  return !!other;
}
