import { describe, expect, it } from 'vitest';
import { isInstructionToAssistant } from '../../../lib/dream/directives';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const instructions = (text: string) =>
  extractFromTurn({ id: 't1', text, at: 1000 })
    .facts.filter((f) => f.kind === 'instruction')
    .map((f) => f.text);

describe('standing instructions said without a verb, or about every answer', () => {
  it('"no X" with a sign that it stands; units said with always', () => {
    expect(isInstructionToAssistant('From now on no emojis, ever.')).toBe(true);
    expect(isInstructionToAssistant('Reminder: no tables pls')).toBe(true);
    expect(isInstructionToAssistant('No markdown headings ever, please.')).toBe(true);
    expect(isInstructionToAssistant('Imperial always, I am in Ohio.')).toBe(true);
    expect(isInstructionToAssistant('Always fahrenheit.')).toBe(true);
    // About the answer in hand, or not about answers at all.
    expect(isInstructionToAssistant('No tables please.')).toBe(false);
    expect(isInstructionToAssistant('No worries, ever.')).toBe(false);
    expect(isInstructionToAssistant('Metric is easier for me.')).toBe(false);
  });

  it('shaping answers, plural, is every answer; "keep it short" may be this one', () => {
    expect(isInstructionToAssistant('Keep answers brief, I read them on the bus.')).toBe(true);
    expect(isInstructionToAssistant('Make your replies shorter.')).toBe(true);
    expect(isInstructionToAssistant('Keep it short.')).toBe(false);
    expect(isInstructionToAssistant('Write answers to these five questions.')).toBe(false);
  });

  it('an instruction after a colon is read from there', () => {
    expect(instructions('ok two ground rules before we start: from now on no emojis, ever. keep answers brief too.')).toEqual([
      'From now on no emojis, ever.',
      'Keep answers brief too.',
    ]);
  });
});

describe('an instruction taken back', () => {
  it('"scrap what I said about emojis" retires every instruction about them, kept as superseded (it may be given again)', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'From now on no emojis, ever. Keep answers brief too.' }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'reminder no emoji pls. what is a good name for a cat?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    expect((await facts(db)).map((f) => f.text).sort()).toEqual(['From now on no emojis, ever.', 'Keep answers brief too.', 'Reminder no emoji pls.']);

    await addConversation(db, 'c', T0 + 10 * DAY, [{ role: 'user', text: 'quick thing: scrap what i said a while back about emojis, you can use them again.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    expect((await facts(db)).map((f) => f.text)).toEqual(['Keep answers brief too.']);
    const retired = (await db.memories.toArray()).filter((m) => m.kind === 'instruction' && m.status !== 'active');
    expect(retired.map((m) => m.status)).toEqual(['superseded', 'superseded']);
    expect(await db.tombstones.count()).toBe(0);
  });
});
