import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

/**
 * Two standing orders said in one sentence ("always answer in metric, and never use emojis") are two instructions, so
 * that taking one back leaves the other. Sentences made up for these tests.
 */
const rules = (text: string) => extractFromTurn({ id: 't1', text, at: T0 }).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);

describe('two orders in one sentence', () => {
  it('are kept apart, with or without a heading before a colon', () => {
    expect(rules('Always answer in metric, and never use emojis.')).toEqual(['Always answer in metric.', 'Never use emojis.']);
    expect(rules('Ground rules for every chat: always reply in British spelling, and never add a summary at the end.')).toEqual([
      'Always reply in British spelling.',
      'Never add a summary at the end.',
    ]);
  });

  it('not one order with a clause that is no order of its own', () => {
    expect(rules('From now on always answer in metric, and always with the imperial value in brackets.')).toHaveLength(1);
    expect(rules('Never use emojis, and please keep it to the point.')).toHaveLength(1);
  });

  it('taking one back leaves the other', async () => {
    const db = freshDb();
    await addConversation(db, 'rules', T0, [
      { role: 'user', text: 'Ground rules for every chat: always answer in metric, and never use emojis.' },
      { role: 'assistant', text: 'Noted.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'later', T0 + 2 * DAY, [
      { role: 'user', text: 'you can use emojis again, I changed my mind. what is a good pasta bake for four?' },
      { role: 'assistant', text: 'A tomato and mozzarella pasta bake.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY) });
    const active = (await db.memories.filter((m) => m.kind === 'instruction' && m.status === 'active').toArray()).map((m) => m.text);
    expect(active).toEqual(['Always answer in metric.']);
  });
});
