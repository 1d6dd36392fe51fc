import { describe, expect, it } from 'vitest';
import { describePattern, minePatterns } from '../../../lib/dream/patterns';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

describe('dream consolidation (no LLM)', () => {
  it('merges duplicate facts and duplicate passages, keeping provenance', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'I live in Porto. Can you suggest a bakery?' },
      { role: 'assistant', text: 'Try Confeitaria do Bolhão.' },
      { role: 'user', text: 'Thanks, that was really helpful for my weekend plans!' },
    ]);
    await addConversation(db, 'b', T0 + DAY, [
      { role: 'user', text: 'Reminder: I live in Porto. Where should I run?' },
      { role: 'assistant', text: 'The riverside is lovely.' },
      { role: 'user', text: 'Thanks, that was really helpful for my weekend plans!' },
    ]);
    const run = await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    expect(run.status).toBe('done');

    const live = (await facts(db)).filter((f) => f.text === 'User lives in Porto.');
    expect(live).toHaveLength(1);
    expect(live[0]!.sourceTurnIds).toEqual(['chatgpt:a#0', 'chatgpt:b#0']);

    const thanks = (await db.memories.toArray()).filter((m) => m.kind === 'passage' && m.text.startsWith('Thanks'));
    const kept = thanks.filter((m) => m.status === 'active');
    const merged = thanks.filter((m) => m.status === 'superseded');
    expect(kept).toHaveLength(1);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.supersededBy).toBe(kept[0]!.id);
    expect(kept[0]!.sourceTurnIds).toEqual(['chatgpt:a#2', 'chatgpt:b#2']);
    expect((await db.diary.toArray()).some((d) => d.kind === 'merge')).toBe(true);
  });

  it('supersedes a changed fact with dated history; the profile shows only the current value', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I live in Porto and I work as a nurse.' }]);
    await addConversation(db, 'b', T0 + 10 * DAY, [{ role: 'user', text: 'Big news: I moved to Lisbon!' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });

    const all = await db.memories.toArray();
    const porto = all.find((m) => m.text === 'User lives in Porto.')!;
    const lisbon = all.find((m) => m.text === 'User lives in Lisbon.')!;
    expect(porto.status).toBe('superseded');
    expect(porto.validFrom).toBe(T0);
    expect(porto.validTo).toBe(T0 + 10 * DAY);
    expect(porto.supersededBy).toBe(lisbon.id);
    expect(lisbon.status).toBe('active');
    expect(lisbon.validFrom).toBe(T0 + 10 * DAY);

    const profile = all.find((m) => m.kind === 'profile')!;
    expect(profile.text).toContain('Lisbon');
    expect(profile.text).toContain('nurse');
    expect(profile.text).not.toContain('Porto');
    const entry = (await db.diary.toArray()).find((d) => d.kind === 'supersede')!;
    expect(entry.before[0]!.status).toBe('active');
    expect(entry.after.map((m) => m.id).sort()).toEqual([lisbon.id, porto.id].sort());
  });

  it('an explicit correction disproves the old fact and leaves a tombstone', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "I'm vegetarian, so no meat recipes please." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain('User is vegetarian.');

    await addConversation(db, 'b', T0 + 2 * DAY, [{ role: 'user', text: "Actually, I'm not vegetarian. I eat fish and chicken." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY) });
    expect((await facts(db)).map((f) => f.text)).not.toContain('User is vegetarian.');
    const tomb = await db.tombstones.toArray();
    expect(tomb).toEqual([expect.objectContaining({ text: 'User is vegetarian.', reason: 'disproven' })]);
    // Saying it again later does not bring it back.
    await addConversation(db, 'c', T0 + 4 * DAY, [{ role: 'user', text: "I'm vegetarian." }]);
    const run = await runDream({ db, trigger: 'manual', now: clock(T0 + 5 * DAY) });
    expect((await facts(db)).map((f) => f.text)).not.toContain('User is vegetarian.');
    expect(run.stats?.blockedByTombstone).toBe(1);
  });

  it('a deleted memory stays deleted when the same fact reappears', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'My name is Ana. I work at Acme Corp.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    const acme = (await facts(db)).find((f) => f.text === 'User works at Acme Corp.')!;
    // The user deletes it (what the popup does): status deleted + tombstone.
    await db.memories.update(acme.id, { status: 'deleted' });
    await db.tombstones.put({ id: `tomb:${acme.hash}`, hash: acme.hash, text: acme.text, reason: 'deleted', memoryId: acme.id, createdAt: T0 + DAY });

    await addConversation(db, 'b', T0 + 2 * DAY, [{ role: 'user', text: 'As I said, I work at Acme Corp. Help me with a memo.' }]);
    await addConversation(db, 'c', T0 + 3 * DAY, [{ role: 'user', text: 'I work at ACME corp!' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 4 * DAY) });
    const active = (await facts(db)).map((f) => f.text.toLowerCase());
    expect(active).not.toContain('user works at acme corp.');
    expect(active).toContain("user's name is ana.");
    expect((await db.memories.get(acme.id))!.status).toBe('deleted');
  });

  it('builds domains from communities, a style profile and weekly patterns', async () => {
    const db = freshDb();
    const rust = [
      'How do I fix this Rust borrow checker error with lifetimes?',
      'The Rust borrow checker complains about mutable borrow lifetimes again.',
      'Explain Rust lifetimes and the borrow checker for struct fields.',
    ];
    for (let i = 0; i < 3; i++)
      await addConversation(db, `r${i}`, T0 + i * DAY, [
        { role: 'user', text: rust[i]! },
        { role: 'assistant', text: 'Rust lifetimes tie a borrow to the owner; the borrow checker enforces it.' },
      ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY), config: { minStyleTurns: 1 } });
    const all = await db.memories.toArray();
    const domains = all.filter((m) => m.kind === 'domain' && m.status === 'active');
    expect(domains.length).toBeGreaterThan(0);
    expect(domains[0]!.text).toMatch(/^Working on: .*(borrow|lifetim|rust)/);
    expect(domains[0]!.text).toMatch(/2025-01-06 to 2025-01-08/);
    const style = all.find((m) => m.kind === 'style')!;
    expect(style.text).toMatch(/words/);
    const numbers = (await db.meta.get('dream:style'))!.value as { avgWords: number; scripts: Record<string, number> };
    expect(numbers.avgWords).toBeGreaterThan(8);
    expect(numbers.scripts.Latin).toBe(1);
    const patterns = all.filter((m) => m.kind === 'pattern').map((m) => m.text);
    expect(patterns.some((p) => p.startsWith('Often uses Rust'))).toBe(true);
    expect(patterns.some((p) => p.startsWith('Often chats on ChatGPT'))).toBe(true);
  });
});

describe('patterns are habits', () => {
  it('needs two days to call something "often", and names sites as the user knows them', () => {
    const at = Date.UTC(2025, 0, 6, 23);
    const episode = (i: number, start: number) => ({
      id: `e${i}`, conversationKey: `claude:c${i}`, site: 'claude' as const, turnIds: [`claude:c${i}#0`],
      start, end: start, outcome: 1, repeats: 0, corrections: 0,
    });
    const oneEvening = [0, 1, 2, 3].map((i) => episode(i, at + i * 60_000));
    expect(minePatterns(oneEvening, new Map(), new Map(), at - DAY, at + DAY)).toEqual([]);
    const twoDays = [episode(0, at), episode(1, at + DAY)];
    const site = minePatterns(twoDays, new Map(), new Map(), at - DAY, at + 2 * DAY).find((p) => p.kind === 'site')!;
    expect(describePattern(site)).toMatch(/^Often chats on Claude \(2 chats on 2 days in the last week/);
  });
});
