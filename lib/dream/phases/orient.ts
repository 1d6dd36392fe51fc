import { lastFinishedDream } from '../gates';
import type { DreamPhaseStep } from './phase';

/** Orient: what is new since the last finished dream (turns and conversations), and how many memories are active. */
export const orientPhase: DreamPhaseStep = {
  name: 'orient',
  async run(ctx) {
    const { db, stats } = ctx;
    const since = (await lastFinishedDream(db))?.startedAt ?? -Infinity;
    const newTurnIds = (await db.turns.filter((t) => t.updatedAt > since).primaryKeys()).map(String).sort();
    const newConversations = (await db.conversations.filter((c) => c.lastSeenAt > since).primaryKeys()).map(String).sort();
    stats.newTurns = newTurnIds.length;
    stats.newConversations = newConversations.length;
    stats.activeBefore = await db.memories.where('status').equals('active').count();
    await ctx.commit([], undefined, { orient: { since: Number.isFinite(since) ? since : 0, newTurnIds, newConversations } });
  },
};
