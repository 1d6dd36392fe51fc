import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

/**
 * After held-out scenario set BZ, on chats made up here: the assistant's answer to the message that told a change, where
 * it names the thing changed ("park that, I turned the transfer down. Help me reply" → "Thank you for the transfer
 * offer …"), carries the change's note, as the older chats about the thing do: shown alone, it spoke of the thing as if
 * it still stood.
 */
describe('the reply to the message that told a change', () => {
  it('carries the note where it names the thing changed', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: "There's a transfer to our Leeds depot as shift planner from June. I've said yes. Help me tell my team." },
      { role: 'assistant', text: 'Tell them early and name who covers your rota.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [
      { role: 'user', text: 'Quick update on the Leeds transfer — park that, I turned it down. Help me write to the depot manager.' },
      { role: 'assistant', text: "Draft: 'Thank you for offering me the transfer. I've decided to stay where I am for now.'" },
    ]);
    await addConversation(db, 'c', T0 + 10 * DAY + 3600_000, [
      { role: 'user', text: 'Now a recipe for flapjacks please.' },
      { role: 'assistant', text: 'Oats, butter, golden syrup and sugar; bake at 180 °C for 20 minutes.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });

    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.get('passage:chatgpt:b#1:0')).toMatchObject({ kind: 'update', said: 'Quick update on the Leeds transfer — park that, I turned it down.' });
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false); // the change's own words are not their own update
    expect(notes.has('passage:chatgpt:c#1:0')).toBe(false);
  });

  it('not a reply that speaks of something else', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "There's a transfer to our Leeds depot as shift planner from June. I've said yes." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [
      { role: 'user', text: 'Quick update on the Leeds transfer — park that, I turned it down. Anyway: how long do I boil an egg?' },
      { role: 'assistant', text: 'Six minutes for a soft yolk, nine for hard.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    expect((await correctionsByPassage(db)).has('passage:chatgpt:b#1:0')).toBe(false);
  });
});
