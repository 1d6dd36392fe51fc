import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

/**
 * A thing said to be over ("the 100 words thing is over") takes back a rule that named it (CW's round), and only a
 * rule (the lead's review, session 74): "the covid thing is over at work" left "User has long covid." retired.
 */
describe('a rule said to be over', () => {
  // The first reading builds every rule's pattern: slow on a loaded machine, so it is not a test's own time.
  beforeAll(() => void extractFromTurn({ id: 'w', text: 'warm up', at: 1 }), 120_000);

  it('ends the rule that named it, and no fact that names the same word', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'I have long covid, so pacing matters. help me plan a gentle week' },
      { role: 'user', text: 'from now on keep every answer under 100 words please' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    const before = (await facts(db)).map((f) => f.text);
    expect(before).toContain('User has long covid.');
    expect(before.some((t) => /100 words/.test(t))).toBe(true);

    await addConversation(db, 'b', T0 + 20 * DAY, [
      { role: 'user', text: "the covid thing is over at work, everyone's back in the office now. what should I pack for lunch?" },
      { role: 'user', text: 'ok you can go long again, the 100 words thing is over' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const after = (await facts(db)).map((f) => f.text);
    expect(after).toContain('User has long covid.');
    expect(after.some((t) => /100 words/.test(t))).toBe(false);
  });
});
