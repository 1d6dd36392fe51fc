import '../reliability/node-globals';
import { describe, expect, it } from 'vitest';
import { awaitsForget, turnsAwaitingForget } from '../../../lib/dream/awaiting-forget';
import type { ReverieService } from '../../../lib/host/service';
import { capture, searchText as found, serviceAt, type Turn } from './chats-through-the-service';

/**
 * A request to forget, said in a chat, is honoured by the next dream (hours later, on its alarm); until then what it
 * points at stays out of search and the block as if the dream had run. Sentences made up for these tests.
 */

async function serviceWith() {
  const world = await serviceAt('forget-before-dream', Date.UTC(2026, 5, 2, 9));
  return { ...world, tick: (hours: number) => world.tick(hours / 24) };
}

const captureChat = (service: ReverieService, id: string, turns: Turn[]) => capture(service, [{ id, turns }]);

const BROTHER: Turn[] = [
  { role: 'user', text: 'my brother Tobias lost his licence for drink driving last month and our parents have no idea. how do I get him to tell them?' },
  { role: 'assistant', text: 'Pick a calm moment, tell him you will be there when he tells them, and let him choose the words.' },
  { role: 'user', text: 'also what is a good way to descale a kettle?' },
  { role: 'assistant', text: 'Boil half water, half white vinegar, leave it an hour, then rinse twice.' },
];
const BIKE: Turn[] = [
  { role: 'user', text: 'I cycle to work along the canal in Leeds every day, what lights do I need for winter?' },
  { role: 'assistant', text: 'A 400 lumen front light and a bright rear light with a daytime flash.' },
];

const CONFIDED_THEN_FORGET: Turn[] = [
  { role: 'user', text: 'I have been having panic attacks on the train every morning and I hide in the toilets until they pass' },
  { role: 'assistant', text: 'That sounds exhausting. Slow breathing, counting four in and six out, can shorten an attack.' },
  { role: 'user', text: "actually forget I told you that, it's private." },
  { role: 'assistant', text: 'Of course.' },
];

describe('a request to forget, before the dream has read it', () => {
  it('keeps a matter asked by name out of search and the block at once, and the dream then forgets it', async () => {
    const { db, service, tick } = await serviceWith();
    await captureChat(service, 'brother', BROTHER);
    await captureChat(service, 'bike', BIKE);
    await service.dream('manual');
    expect(await found(service, 'Tobias licence drink driving parents')).toMatch(/lost his licence/);

    tick(30);
    await captureChat(service, 'request', [
      { role: 'user', text: 'please forget what I told you about Tobias and his licence, that was his business.' },
      { role: 'assistant', text: 'Understood.' },
    ]);
    // No dream yet: the confiding message and the reply to it are out of search; the rest stays.
    const soon = await found(service, 'Tobias licence drink driving parents tell them calm moment');
    expect(soon).not.toMatch(/lost his licence|calm moment/);
    expect(await found(service, 'descale kettle vinegar')).toMatch(/descale a kettle/);
    expect(await found(service, 'canal Leeds winter lights')).toMatch(/cycle to work along the canal/);
    const block = await service.preamble({ site: 'claude', firstMessage: 'how do I help my brother talk to our parents about something hard?' });
    expect(block.text).not.toMatch(/licence|drink driving/);
    // Nothing is hidden in the database before the dream: its diary entry stays the one way back.
    expect((await db.memories.filter((m) => m.status === 'deleted').count())).toBe(0);

    tick(6);
    const run = await service.dream('manual');
    expect((await db.diary.where('runId').equals(run.id).toArray()).some((e) => e.kind === 'forget')).toBe(true);
    expect((await turnsAwaitingForget(db)).turns.size).toBe(0);
    expect(await found(service, 'Tobias licence drink driving parents tell them calm moment')).not.toMatch(/lost his licence|calm moment/);
  });

  it('keeps the exchange a "forget I told you that" points back at out of search at once', async () => {
    const { service, tick } = await serviceWith();
    await captureChat(service, 'bike', BIKE);
    await service.dream('manual');
    tick(20);
    await captureChat(service, 'confided', CONFIDED_THEN_FORGET);
    expect(await found(service, 'panic attacks train toilets breathing')).not.toMatch(/panic attacks on the train|Slow breathing/);
    expect(await found(service, 'canal Leeds winter lights')).toMatch(/cycle to work along the canal/);
  });

  it('leaves everything where it is when no message asks to forget', async () => {
    const { db, service } = await serviceWith();
    await captureChat(service, 'brother', [...BROTHER, { role: 'user', text: "don't forget to remind me about the dentist on friday" }]);
    expect((await turnsAwaitingForget(db)).turns.size).toBe(0);
    expect(await found(service, 'Tobias licence drink driving')).toMatch(/lost his licence/);
  });

  it('judges memories as the dream will: an episode holding any turn, anything else learned only from one forget\'s turns', () => {
    const of = (...forgets: { turnIds: string[]; byTopic?: boolean }[]) => ({
      forgets: forgets.map((f) => ({ turnIds: new Set(f.turnIds), byTopic: f.byTopic })),
      turns: new Set(forgets.flatMap((f) => f.turnIds)),
    });
    const byChat = of({ turnIds: ['a', 'b'] });
    const byTopic = of({ turnIds: ['a'], byTopic: true });
    expect(awaitsForget({ kind: 'passage', origin: 'capture', sourceTurnIds: ['a'] }, byChat)).toBe(true);
    expect(awaitsForget({ kind: 'fact', origin: 'dream-rules', sourceTurnIds: ['a', 'c'] }, byChat)).toBe(false);
    expect(awaitsForget({ kind: 'episode', origin: 'dream-rules', sourceTurnIds: ['a', 'c'] }, byChat)).toBe(true);
    expect(awaitsForget({ kind: 'fact', origin: 'user', sourceTurnIds: ['a'] }, byChat)).toBe(false);
    // A forget by topic leaves the instructions said in its turns; a forget of what was just said takes them too.
    expect(awaitsForget({ kind: 'instruction', origin: 'dream-rules', sourceTurnIds: ['a'] }, byTopic)).toBe(false);
    expect(awaitsForget({ kind: 'instruction', origin: 'dream-rules', sourceTurnIds: ['b'] }, byChat)).toBe(true);
    // Each forget is judged on its own, as the dream applies them: a fact learned from two chats, each asked away by a
    // different request, is learned from neither alone and stays; so does an instruction half in a forget by topic.
    const twoForgets = of({ turnIds: ['a'] }, { turnIds: ['b'] });
    expect(awaitsForget({ kind: 'fact', origin: 'dream-rules', sourceTurnIds: ['a', 'b'] }, twoForgets)).toBe(false);
    expect(awaitsForget({ kind: 'episode', origin: 'dream-rules', sourceTurnIds: ['b', 'c'] }, twoForgets)).toBe(true);
    const mixed = of({ turnIds: ['a'], byTopic: true }, { turnIds: ['b'] });
    expect(awaitsForget({ kind: 'instruction', origin: 'dream-rules', sourceTurnIds: ['a', 'b'] }, mixed)).toBe(false);
  });

  it('hides before the dream exactly the memories the dream then forgets', async () => {
    const { db, service, tick } = await serviceWith();
    await captureChat(service, 'brother', BROTHER);
    await captureChat(service, 'bike', BIKE);
    await captureChat(service, 'rule', [
      { role: 'user', text: 'From now on always answer me in British English, and keep answers under five sentences.' },
      { role: 'assistant', text: 'Will do.' },
    ]);
    await service.dream('manual');
    tick(20);
    await captureChat(service, 'confided', CONFIDED_THEN_FORGET);
    await captureChat(service, 'request', [
      { role: 'user', text: 'please forget what I told you about Tobias and his licence, that was his business.' },
      { role: 'assistant', text: 'Understood.' },
    ]);
    const awaiting = await turnsAwaitingForget(db);
    const before = await db.memories.where('status').equals('active').toArray();
    const predicted = before.filter((m) => awaitsForget(m, awaiting)).map((m) => m.id).sort();
    expect(predicted.length).toBeGreaterThan(2);

    tick(6);
    await service.dream('manual');
    const after = new Map((await db.memories.bulkGet(before.map((m) => m.id))).map((m, i) => [before[i]!.id, m]));
    const forgotten = before.filter((m) => after.get(m.id)?.status === 'deleted').map((m) => m.id).sort();
    expect(forgotten).toEqual(predicted);
  });
});
