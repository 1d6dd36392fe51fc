import { applyConsolidation } from '../apply-consolidation';
import { planConsolidation } from '../consolidate';
import type { DreamPhaseStep } from './phase';

/**
 * Consolidate: plan what to learn from the new turns (rules, and the LLM when there is one) outside any transaction,
 * then apply the plan (learn, supersede, retract, merge, set aside) in the phase's one transaction.
 */
export const consolidatePhase: DreamPhaseStep = {
  name: 'consolidate',
  async run(ctx) {
    const { db, at, cfg, stats } = ctx;
    const orient = ctx.checkpoint.orient!;
    const gather = ctx.checkpoint.gather!;
    const plan = await planConsolidation(db, {
      newTurnIds: orient.newTurnIds,
      episodes: gather.episodes,
      llm: ctx.llm,
      maxLlmTokens: ctx.maxLlmTokens,
      signal: ctx.signal,
      cfg,
    });
    stats.llmCalls = plan.llm.calls;
    stats.llmRejected = plan.llm.rejected;
    stats.llmDroppedItems = plan.llm.dropped;
    stats.llmFailed = plan.llm.failed;
    stats.llmTokens = plan.llm.tokens;
    stats.llmWindows = plan.llm.windows;
    stats.llmRetries = plan.llm.retries;
    stats.llmAdds = plan.llm.adds;
    stats.llmUpdates = plan.llm.updates;
    stats.llmRetracts = plan.llm.retracts;
    stats.llmRestated = plan.llm.restated;
    stats.llmTopics = plan.llm.topics;
    // The topics the LLM named are written with the domains (phases/domains.ts): the checkpoint carries them there.
    await ctx.commit(
      [db.memories, db.tombstones, db.meta],
      async () => {
        Object.assign(stats, await applyConsolidation(db, plan, { at, cfg, diary: ctx.diary, nearDuplicates: gather.nearDuplicates }));
      },
      { topics: plan.topics },
    );
  },
};
