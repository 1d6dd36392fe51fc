import { hashText } from '../../engine/text';
import { describePattern } from '../patterns';
import { dreamMemory } from '../rows';
import { replaceDerivedSet } from './derived-set';
import type { DreamPhaseStep } from './phase';

/** Patterns: one memory per recurring topic, site, time or tool the gather phase mined, replacing the last set. */
export const patternsPhase: DreamPhaseStep = {
  name: 'patterns',
  async run(ctx) {
    const { db, at } = ctx;
    const rows = ctx.checkpoint.gather!.patterns.map((p) =>
      dreamMemory(
        {
          id: `pattern:${hashText(p.key)}`,
          kind: 'pattern',
          text: describePattern(p),
          sourceTurnIds: p.sourceTurnIds,
          occurredAt: p.lastAt,
          importance: Math.round(Math.min(1, 0.3 + 0.1 * p.episodes) * 100) / 100,
          origin: 'dream-rules',
        },
        at,
      ),
    );
    await ctx.commit([db.memories], () => replaceDerivedSet(db, 'pattern', rows, at, ctx.diary, 'learn', 'Noticed patterns of the last week'));
  },
};
