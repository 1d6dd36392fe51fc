import { hashNormalised } from '../../engine/text';
import { STYLE_ID } from '../profile';
import { dreamMemory } from '../rows';
import { computeStyle, describeStyle } from '../style';
import type { DreamPhaseStep } from './phase';

const STYLE_META_KEY = 'dream:style';
/** The style is read from the user's latest turns, at most this many. */
const STYLE_TURNS = 1000;

/** Style: the user's writing style from their own latest turns, once there are enough of them to say. */
export const stylePhase: DreamPhaseStep = {
  name: 'style',
  async run(ctx) {
    const { db, at, cfg } = ctx;
    const userTurns = await db.turns.filter((t) => t.role === 'user').toArray();
    userTurns.sort((a, b) => b.capturedAt - a.capturedAt || (a.id < b.id ? -1 : 1));
    const style = computeStyle(userTurns.slice(0, STYLE_TURNS).map((t) => t.text));
    if (style.turns < cfg.minStyleTurns) return ctx.commit([]);
    await ctx.commit([db.memories, db.meta], async () => {
      const text = describeStyle(style);
      const old = await db.memories.get(STYLE_ID);
      if (old?.text !== text || old.status !== 'active') {
        const row = dreamMemory({ id: STYLE_ID, kind: 'style', text, hash: hashNormalised(text), sourceTurnIds: [], occurredAt: at, importance: 0.8, origin: 'dream-rules' }, at);
        ctx.diary.add('style', 'Updated the style profile.', old ? [old] : [], [row], []);
        await db.memories.put(row);
      }
      await db.meta.put({ key: STYLE_META_KEY, value: style, updatedAt: at });
    });
  },
};
