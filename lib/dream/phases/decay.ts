import type { ReverieDb } from '../../db/schema';
import { DAY_MS } from '../config';
import { pruneMemories } from '../prune';
import type { DreamPhaseStep } from './phase';

/**
 * Decay: every active memory's strength fades with the user's time since it was last used; weak passages and episodes
 * are archived, and active facts and passages are kept within their caps (prune.ts). Only active memories can change.
 */
export const decayPhase: DreamPhaseStep = {
  name: 'decay',
  async run(ctx) {
    const { db, at } = ctx;
    const activity = await activityDays(db, at);
    await ctx.commit([db.memories], async () => {
      const pruned = pruneMemories(await db.memories.where('status').equals('active').toArray(), at, ctx.cfg, ctx.diary, activity);
      await db.memories.bulkPut(pruned.rows);
      Object.assign(ctx.stats, pruned.stats);
    });
  },
};

/** The start of every day (UTC) on which the user chatted, up to `at`, sorted. */
async function activityDays(db: ReverieDb, at: number): Promise<number[]> {
  const days = new Set<number>();
  for (const t of (await db.turns.orderBy('capturedAt').keys()) as number[]) if (t <= at) days.add(Math.floor(t / DAY_MS) * DAY_MS);
  return [...days].sort((a, b) => a - b);
}
