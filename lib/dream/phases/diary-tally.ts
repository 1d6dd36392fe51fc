import type { DreamPhaseStep } from './phase';

/**
 * The last phase: the diary entries were written with their changes; this one closes the run with its tally (active
 * memories after the dream, diary entries by kind).
 */
export const diaryTallyPhase: DreamPhaseStep = {
  name: 'diary',
  async run(ctx) {
    const { db, stats } = ctx;
    stats.activeAfter = await db.memories.where('status').equals('active').count();
    const entries = await db.diary.where('runId').equals(ctx.run.id).toArray();
    const byKind = new Map<string, number>();
    for (const e of entries) byKind.set(`diary_${e.kind}`, (byKind.get(`diary_${e.kind}`) ?? 0) + 1);
    Object.assign(stats, Object.fromEntries(byKind), { diaryEntries: entries.length });
    await ctx.commit([]);
  },
};
