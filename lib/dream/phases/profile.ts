import { profileChange } from '../profile';
import type { DreamPhaseStep } from './phase';

/** Profile: the L4 paragraph of current facts, preferences, instructions and pinned memories, rewritten when it changed. */
export const profilePhase: DreamPhaseStep = {
  name: 'profile',
  async run(ctx) {
    const { db, at, diary } = ctx;
    await ctx.commit([db.memories, db.meta], async () => {
      const change = await profileChange(db, at);
      if (!change) return;
      diary.add('profile', change.summary, change.old ? [change.old] : [], [change.write]);
      await db.memories.put(change.write);
    });
  },
};
