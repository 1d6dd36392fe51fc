import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';
import { countsSaid } from '../../../lib/dream/later-counts';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { statedPart, withoutAsides } from '../../../lib/dream/supposed';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

const read = (text: string) => extractFromTurn({ id: 'chatgpt:t#0', text, at: T0 });

describe('what a sentence only supposes', () => {
  it('is cut from the clause the supposition opens to the end of the sentence', () => {
    expect(statedPart('hypothetically say i moved to montreal, how would taxes work')).toBe('');
    expect(statedPart('imagine we split up and I moved back to Cork')).toBe('');
    expect(statedPart('ok so say we broke up, who keeps the flat')).toBe('');
    expect(statedPart("I sold the car, so if you need a lift ask Tom")).toBe('I sold the car');
    expect(statedPart("I live in Leeds, but if I moved to Lisbon I'd surf more")).toBe('I live in Leeds');
    expect(statedPart('si je déménage à Lyon, je vends la voiture')).toBe('');
    expect(statedPart('angenommen, ich habe meinen Job gekündigt')).toBe('');
  });

  it('a condition said after a comma holds for a clause said as what would be, not for one said as so', () => {
    expect(statedPart("I'd move to Leeds, if they paid more")).toBe('');
    expect(countsSaid("we'd need about 3 rooms, if the kids stayed over")).toEqual([]);
    expect(changeSaid("I'd sell the car, if the price was right")).toBeUndefined();
    // Said as so: the condition is the user's aside or a detail, and what was said stands.
    expect(statedPart('I live in Ghent, if that matters for the insurer.')).toBe('I live in Ghent');
    expect(statedPart('about 7% of it ended up on the hand, if that hand was still wet')).toBe('about 7% of it ended up on the hand');
    // Granted, not conditioned; a request's hedge.
    expect(statedPart("I love getting my hands dirty, even if it doesn't always work out")).toBe('I love getting my hands dirty');
    expect(statedPart('I prefer an aisle seat, if possible.')).toBe('I prefer an aisle seat.');
  });

  it('is no change: a move, a job quit, a car sold or a break-up only supposed', () => {
    for (const s of [
      'hypothetically say i moved to montreal, how would taxes work',
      'imagine I quit and became a baker',
      'suppose I got a job at Google',
      "let's say I sold the car",
      'Say I sold the car, what then',
      'say we broke up, who keeps the flat',
      'imagine we split up and I moved back to Cork',
      'Just imagine: I left Google and started a bakery.',
      'Random question: what if I sold the flat',
      'y si nos mudamos a Valencia',
      'Angenommen, die Reise ist abgesagt',
      'wenn ich das Auto verkauft habe, kaufe ich ein Rad',
      'stel dat we verhuisd zijn naar Utrecht',
    ])
      expect(changeSaid(s), s).toBeUndefined();
  });

  it('is no fact and ends nothing', () => {
    const quit = read('hypothetically, I quit my job at Acme tomorrow and moved to Berlin');
    expect(quit.retractions).toEqual([]);
    expect(quit.facts).toEqual([]);
    expect(quit.updates).toEqual([]);
    expect(read('suppose I got a job at Google').updates).toEqual([]);
    expect(read('imagine I quit and became a baker').updates).toEqual([]);
  });

  it('counts nothing', () => {
    expect(countsSaid('Say I had 40 ewes, how much hay would I need')).toEqual([]);
    expect(countsSaid('I have 40 ewes now')).toEqual([{ unit: 'ewes', value: 40 }]);
  });

  it('"imagine my surprise" and "I suppose" suppose nothing', () => {
    expect(changeSaid('Imagine my surprise when they cancelled the tour')).toBeDefined();
    expect(statedPart('I suppose I quit because of the stress')).toBe('I suppose I quit because of the stress');
  });
});

describe('a real change beside a supposition', () => {
  it('"If you\'re wondering, …" only says why it is told', () => {
    expect(withoutAsides("If you're wondering, I moved to Leeds last month.")).toBe('I moved to Leeds last month.');
    expect(withoutAsides('I moved to Leeds last month, if you must know.')).toBe('I moved to Leeds last month.');
    expect(read("If you're wondering, I moved to Leeds last month.").facts.map((f) => f.text)).toContain('User lives in Leeds.');
    expect(changeSaid("If you're wondering, I sold the car last week.")?.said).toBe('I sold the car last week.');
    expect(statedPart("I've got a Leica M3 that's worth three times what I paid, if that's any clue.")).toBe("I've got a Leica M3 that's worth three times what I paid.");
  });

  it('the clause before a supposition, and the sentence after one, still count', () => {
    expect(changeSaid('I sold the car, so if you need a lift ask Tom')?.said).toBe('I sold the car');
    expect(read('What if it rains? Anyway, I sold the car last week.').updates.map((u) => u.said)).toEqual(['Anyway, I sold the car last week.']);
    expect(read('Imagine that. I moved to Leeds last month.').facts.map((f) => f.text)).toContain('User lives in Leeds.');
  });

  it('a supposed move leaves the older chats about the place without a note; a real one marks them', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'any good bakeries near the Montreal old port?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [{ role: 'user', text: 'hypothetically say i moved to montreal, how would taxes work' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    expect((await correctionsByPassage(db)).has('passage:chatgpt:a#0:0')).toBe(false);
    await addConversation(db, 'c', T0 + 20 * DAY, [{ role: 'user', text: "If you're wondering, we cancelled the Montreal trip." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    expect((await correctionsByPassage(db)).get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
  });
});
