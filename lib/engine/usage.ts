import type { ReverieDb } from '../db/schema';

const DAY = 86_400_000;

/**
 * Counts memories as used by the user (their block line went out in a message): one more use, last used now, a little
 * stronger — what forgetting reads (lib/dream/prune.ts: strength decays with time since last use, more slowly the
 * more a memory was used). Only live memories, and each at most once a day, so repeated sends of the same block (or a
 * page that keeps asking for blocks) add nothing. Returns how many were counted.
 */
export async function noteUsed(db: ReverieDb, ids: readonly string[], now: number): Promise<number> {
  const unique = [...new Set(ids)].slice(0, 500);
  return db.transaction('rw', db.memories, async () => {
    let counted = 0;
    for (const m of await db.memories.bulkGet(unique)) {
      if (!m || m.status !== 'active' || (m.lastUsedAt ?? -Infinity) > now - DAY) continue;
      await db.memories.update(m.id, { useCount: m.useCount + 1, lastUsedAt: now, strength: Math.min(1, m.strength + 0.1) });
      counted++;
    }
    return counted;
  });
}
