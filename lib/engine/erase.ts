import type { ReverieDb, TombstoneRow } from '../db/schema';

/**
 * "Delete means delete". A memory the user deletes can be undone for UNDO_WINDOW_MS; after that its words are erased
 * everywhere Reverie kept them: the memory row, the captured turns it came from, the conversation's title, the diary's
 * before/after copies and the tombstone, which keeps only the hash so the same words are never learned again. Nothing
 * erased can reach a later backup.
 */
export const UNDO_WINDOW_MS = 15_000;

/** What stands in for erased words in a turn or title that also held other words. */
const ERASED = '[deleted]';

/**
 * Erases every deletion older than `before` whose words are still kept (and every "forget this conversation", which
 * has no undo). A deletion with its own time to erase (what a chat asked to forget keeps a week to undo from the
 * diary) waits for it: `before` is the popup's undo window back from now. Returns how many deletions were erased.
 * Idempotent: an erased tombstone has no text left.
 */
export async function eraseDeleted(db: ReverieDb, before: number): Promise<number> {
  const now = before + UNDO_WINDOW_MS;
  const due = await db.tombstones
    .filter((t) => t.text !== '' && (t.reason === 'forgot-conversation' || (t.reason === 'deleted' && (t.eraseAt ?? t.createdAt + UNDO_WINDOW_MS) <= now)))
    .toArray();
  if (!due.length) return 0;
  await db.transaction('rw', [db.tombstones, db.memories, db.turns, db.conversations, db.diary], async () => {
    for (const tomb of due) await eraseOne(db, tomb);
  });
  return due.length;
}

async function eraseOne(db: ReverieDb, tomb: TombstoneRow): Promise<void> {
  const words = tomb.text;
  const memory = tomb.memoryId ? await db.memories.get(tomb.memoryId) : undefined;
  // Only a memory still deleted is erased: one restored by undo (or re-learned since) keeps its words.
  if (memory && memory.status === 'deleted') {
    for (const turnId of memory.sourceTurnIds) {
      const turn = await db.turns.get(turnId);
      // The turn keeps its textHash: a later capture of the same page sees it unchanged and does not bring it back.
      if (turn && turn.text.includes(words)) await db.turns.update(turnId, { text: turn.text.split(words).join(ERASED) });
    }
    await db.memories.delete(memory.id);
  }
  const key = tomb.conversationKey ?? memory?.conversationKey;
  const conversation = key ? await db.conversations.get(key) : undefined;
  const title = conversation?.title?.trim();
  // A title is often the first message, cut: erased when it is part of the words, or the words part of it.
  if (conversation && title && (words.includes(title.replace(/…$/, '')) || title.includes(words)))
    await db.conversations.update(conversation.key, { title: title.includes(words) && title !== words ? title.split(words).join(ERASED) : ERASED });
  if (tomb.memoryId) {
    const id = tomb.memoryId;
    await db.diary
      .filter((d) => d.memoryIds.includes(id) || d.before.some((m) => m.id === id) || d.after.some((m) => m.id === id))
      .modify((d) => {
        d.before = d.before.map((m) => (m.id === id ? { ...m, text: ERASED } : m));
        d.after = d.after.map((m) => (m.id === id ? { ...m, text: ERASED } : m));
        if (d.summary.includes(words)) d.summary = d.summary.split(words).join(ERASED);
      });
  }
  await db.tombstones.update(tomb.id, { text: '' });
}
