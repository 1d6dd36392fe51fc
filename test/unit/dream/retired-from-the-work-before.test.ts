import { describe, expect, it } from 'vitest';
import { runDream } from '../../../lib/dream/run';
import { retirementWithWorkBefore } from '../../../lib/dream/retired-from';
import { addConversation, clock, DAY, facts as active, freshDb, T0 } from './fixture';
import type { MemoryRow } from '../../../lib/db/schema';

/**
 * A retirement said weeks after the job keeps what the job was, told as past (retired-from.ts). Sentences made up
 * for these tests; none is from a scenario set.
 */

const row = (text: string): MemoryRow => ({ text }) as MemoryRow;
const held = (slots: Record<string, string>) => (slot: string) => (slots[slot] ? row(slots[slot]) : undefined);

describe('the work a bare retirement follows', () => {
  it('is the occupation, with the workplace when the occupation names none', () => {
    expect(retirementWithWorkBefore('User is retired.', held({ 'user/occupation': 'User is a ferry deckhand.' }))).toBe('User is retired (before that: a ferry deckhand).');
    expect(retirementWithWorkBefore('User is retired.', held({ 'user/occupation': 'User works as a lock keeper.', 'user/employer': 'User works at the Canal Trust.' }))).toBe(
      'User is retired (before that: a lock keeper at the Canal Trust).',
    );
    expect(retirementWithWorkBefore('User is retired.', held({ 'user/occupation': 'User is a baker at Gregg Street.', 'user/employer': 'User works at Crumbs.' }))).toBe(
      'User is retired (before that: a baker at Gregg Street).',
    );
  });

  it('is the workplace alone when no occupation was said', () => {
    expect(retirementWithWorkBefore('User is retired.', held({ 'user/employer': 'User works in haulage.' }))).toBe('User is retired (before that: worked in haulage).');
  });

  it('leaves a retirement that says its own working life, one with none known, and what is no work', () => {
    expect(retirementWithWorkBefore('User is retired (before that: 30 years at the mill).', held({ 'user/occupation': 'User is a weaver.' }))).toBe(
      'User is retired (before that: 30 years at the mill).',
    );
    expect(retirementWithWorkBefore('User is retired.', held({}))).toBe('User is retired.');
    expect(retirementWithWorkBefore('User is retired.', held({ 'user/employer': 'User is between jobs.' }))).toBe('User is retired.');
    expect(retirementWithWorkBefore('User is semi-retired.', held({ 'user/occupation': 'User is a ferry deckhand.' }))).toBe('User is semi-retired.');
    expect(retirementWithWorkBefore('User works at the Canal Trust.', held({ 'user/occupation': 'User is a lock keeper.' }))).toBe('User works at the Canal Trust.');
  });

  it('said again, keeps what the first one said', () => {
    expect(retirementWithWorkBefore('User is retired.', held({ 'user/employer': 'User is retired (before that: a ferry deckhand).' }))).toBe('User is retired (before that: a ferry deckhand).');
  });
});

describe('retiring weeks after the job was told, in dreams', () => {
  it('the retirement says the job; the job itself is history; said again it stays one fact', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "I'm a crane operator at the container port, what gloves keep your hands warm in a cab?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 40 * DAY, [{ role: 'user', text: 'Well, I retired on Friday. What should I do with my first free Monday?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 41 * DAY) });
    let live = (await active(db)).map((f) => f.text);
    expect(live).toContain('User is retired (before that: a crane operator).');
    expect(live).not.toContain('User is a crane operator.');
    await addConversation(db, 'c', T0 + 70 * DAY, [{ role: 'user', text: "I'm retired now, so can you plan me a slow week in the Lakes?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 71 * DAY) });
    live = (await active(db)).map((f) => f.text);
    expect(live.filter((t) => /retired/.test(t))).toEqual(['User is retired (before that: a crane operator).']);
  });

  it('with no job told before, it is a bare retirement', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "I'm retired now, so weekdays are free. Ideas for a day out near Whitby?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await active(db)).map((f) => f.text)).toContain('User is retired.');
  });
});
