import type { ReverieDb } from '../db/schema';

/**
 * "Don't remember this chat": the conversations the user excluded, one `meta` row each (`excluded:<site>:<id>`), so
 * the exclusion survives reloads and restarts and the capture intake can check one key per capture. Kept in the
 * database rather than the settings: the list only grows, and it belongs with the memory it keeps out (a wipe clears
 * both).
 */

const PREFIX = 'excluded:';

/** The conversation key the engine uses (`site:conversationId`, as lib/engine/ingest.ts builds it). */
export function chatKey(site: string, conversationId: string): string {
  return `${site}:${conversationId}`;
}

export async function isChatExcluded(db: ReverieDb, key: string): Promise<boolean> {
  return (await db.meta.get(PREFIX + key)) !== undefined;
}

export async function setChatExcluded(db: ReverieDb, key: string, excluded: boolean, now = Date.now()): Promise<void> {
  if (excluded) await db.meta.put({ key: PREFIX + key, value: { since: now }, updatedAt: now });
  else await db.meta.delete(PREFIX + key);
}

/**
 * Excludes a chat and removes its captures still waiting in the durable queue, in one transaction on the tables the
 * capture intake checks and writes in one transaction too: no capture of the chat is queued after this.
 */
export async function excludeChat(db: ReverieDb, key: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.meta, db.queue, async () => {
    await setChatExcluded(db, key, true, now);
    await dropQueuedCaptures(db, key);
  });
}

async function dropQueuedCaptures(db: ReverieDb, key: string): Promise<number> {
  return db.queue
    .where('kind')
    .anyOf('capture', 'capture-failed')
    .filter((row) => {
      const payload = row.payload as { site?: unknown; conversationId?: unknown } | null;
      return typeof payload?.site === 'string' && typeof payload.conversationId === 'string' && chatKey(payload.site, payload.conversationId) === key;
    })
    .delete();
}
