import { describe, expect, it } from 'vitest';
import { buildPreamble } from '../../../lib/preamble/build';
import { day, freshDb, memory } from './helpers';

/** New instructions wait for the user's approval in the diary before they reach "About me", when the user asks so. */
describe('instructions awaiting approval', () => {
  it('a learned instruction is held back until its diary entry is approved; pinned or written by the user, it is not', async () => {
    const db = freshDb();
    const learned = memory({ id: 'i-metric', kind: 'instruction', text: 'Always use metric units.', origin: 'dream-rules' });
    const mine = memory({ id: 'i-brief', kind: 'instruction', text: 'Keep answers brief.', origin: 'user' });
    const pinned = memory({ id: 'i-cite', kind: 'instruction', text: 'Cite sources for claims.', origin: 'dream-rules', pinned: true });
    await db.memories.bulkPut([learned, mine, pinned]);
    await db.diary.put({ id: 'r:c:1', runId: 'r', kind: 'learn', summary: 'Learned: Always use metric units.', memoryIds: ['i-metric'], sourceTurnIds: [], before: [], after: [learned], status: 'applied', createdAt: day('2026-11-01') });
    const block = (approveInstructions: boolean) =>
      buildPreamble({ db, recall: async () => [], now: day('2026-11-02'), approveInstructions }).then((p) => p.text);

    expect(await block(false)).toMatch(/metric units/);
    const held = await block(true);
    expect(held).not.toMatch(/metric units/);
    expect(held).toMatch(/Keep answers brief/);
    expect(held).toMatch(/Cite sources/);

    await db.diary.update('r:c:1', { status: 'approved' });
    expect(await block(true)).toMatch(/metric units/);
  });
});

/** The popup lists the "About me" paragraph as a memory, and a user may pin it; the block still lists what it digests. */
describe('a pinned profile paragraph', () => {
  it('is not a pinned line of its own, and crowds out no pinned instruction', async () => {
    const db = freshDb();
    const rule = memory({ id: 'i-nzd', kind: 'instruction', text: 'Always give prices in NZD.', origin: 'dream-rules', pinned: true });
    const profile = memory({ id: 'profile:user', kind: 'profile', text: `${'A long pinned passage about flights. '.repeat(12)}Always give prices in NZD.`, origin: 'dream-rules', pinned: true, importance: 1 });
    await db.memories.bulkPut([rule, profile]);
    const text = (await buildPreamble({ db, recall: async () => [], now: day('2026-11-02') })).text;
    expect(text).toMatch(/- Always give prices in NZD\./);
    expect(text).not.toMatch(/long pinned passage/);
  });
});
