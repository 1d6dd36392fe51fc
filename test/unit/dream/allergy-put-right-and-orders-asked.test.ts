import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { readSlots } from '../../../lib/dream/consolidate';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const one = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });
// The extractor's rules are built on first use: once, before the cases, under a hook's own time.
beforeAll(() => void one('I live in Leeds.'), 120_000);
const instructions = (text: string) => one(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);

describe('an order for good asked as a question', () => {
  it('is kept as the order it is, with its standing scope', () => {
    expect(instructions("can you answer in Spanish from now on? I'm practising.")).toEqual(['Answer in Spanish from now on.']);
    expect(instructions('Could you please write in British English going forward?')).toEqual(['Write in British English going forward.']);
    expect(instructions('will you use metric from now on?')).toEqual(['Use metric from now on.']);
    expect(instructions('would you keep answers short from now on, please?')).toEqual(['Keep answers short from now on, please.']);
  });

  it('a question about something, help asked for, one answer, or words for someone else are no order', () => {
    for (const text of [
      'can you explain what happens from now on?',
      'could you tell me how the process works going forward?',
      'could you give me a hand with the garden from now on?',
      'could you tell my boss I\'m sick from now on?',
      'can you write a poem about the future?',
      'can you answer this question?',
      'could you reply to my sister\'s email?',
      'would you say the plan holds going forward?',
    ])
      expect(instructions(text), text).toEqual([]);
  });
});

describe('a unit asked for everything, with a word of asking after it', () => {
  it('"everything in metric please" stands, whatever follows it', () => {
    expect(instructions('everything in metric please')).toEqual(['Everything in metric please.']);
    expect(instructions("Everything in metric please, I'm in Leeds.")).toEqual(["Everything in metric please, I'm in Leeds."]);
    expect(instructions("Everything in metric please — I'm in Leeds.")).toEqual(["Everything in metric please — I'm in Leeds."]);
  });

  it('for one thing, or of things that are no unit, it is not', () => {
    expect(instructions('all in metric please for this recipe')).toEqual([]);
    expect(instructions('everything in the fridge please')).toEqual([]);
    expect(instructions("Everything in the box please, I'm moving.")).toEqual([]);
  });
});

describe('an allergy put right by naming the one that is fine and the one that does it', () => {
  it('is read as the fine one taken back, bound to its allergy, with the other in its place', () => {
    const r = one("hey so i told you plums a while back. wrong fruit. plums are actually fine, i had one at my moms sunday. its cherries that do it, i mixed them up.").retractions;
    expect(r.map((x) => [x.value, x.slot, x.disproven, x.replacement])).toEqual([['plums', 'user/allergy:plum', true, 'cherries']]);
    expect(one("turns out brazil nuts are fine for me, it's the cashews I react to").retractions.map((x) => [x.value, x.replacement])).toEqual([['brazil nuts', 'cashews']]);
    expect(one('tomatoes are okay for me. it was the peppers that gave me hives').retractions.map((x) => [x.value, x.replacement])).toEqual([['tomatoes', 'peppers']]);
  });

  it('words that name no food are no correction', () => {
    expect(one("that's fine, it's the printer that does it").retractions).toEqual([]);
    expect(one("everything is fine, it's me that does it").retractions).toEqual([]);
    expect(one('plums are fine').retractions).toEqual([]);
  });

  it('in the dream: the plum allergy goes as wrong, the cherry one is learned in its own slot; with no allergy learned nothing changes', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'making dessert tonight. nothing with plums please, im allergic, hives every time.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain('User is allergic to plums.');

    await addConversation(db, 'b', T0 + 30 * DAY, [
      { role: 'user', text: "wrong fruit. plums are actually fine, i had one sunday. its cherries that do it, i mixed them up." },
      { role: 'user', text: "red wine is fine, it's cheese that does it for my migraines" },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const now = (await facts(db)).map((f) => f.text);
    expect(now).toContain('User is allergic to cherries.');
    expect(now).not.toContain('User is allergic to plums.');
    expect(now.filter((t) => /cheese|red wine/i.test(t))).toEqual([]);
    const cherry = (await db.memories.toArray()).find((m) => m.text === 'User is allergic to cherries.' && m.status === 'active');
    expect((await readSlots(db)).get(cherry!.id)).toBe('user/allergy:cherrie');
  });
});
