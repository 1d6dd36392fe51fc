import { describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { approveDiaryEntry, undoDiaryEntry } from '../../../lib/dream/diary';
import { acquireLock, LOCK_KEY } from '../../../lib/dream/gates';
import { DreamKilled, runDream } from '../../../lib/dream/run';
import { DREAM_PHASES } from '../../../lib/dream/phases/table';
import { ScriptedLlm } from '../../../lib/llm/scripted';
import { addConversation, clock, DAY, facts, freshDb, snapshot, T0 } from './fixture';

async function seed(db: ReverieDb) {
  await addConversation(db, 'a', T0, [
    { role: 'user', text: 'I live in Porto. I prefer short answers. How do I fix a Python import error?' },
    { role: 'assistant', text: 'Check your PYTHONPATH and the package __init__.py.' },
    { role: 'user', text: 'Thanks, that fixed the Python import error.' },
  ]);
  await addConversation(db, 'b', T0 + 2 * DAY, [
    { role: 'user', text: 'I moved to Lisbon. Python import error again in my package.' },
    { role: 'assistant', text: 'Use a virtual environment and install the package in editable mode.' },
    { role: 'user', text: 'Thanks, that fixed the Python import error.' },
  ]);
  await addConversation(db, 'c', T0 + 40 * DAY, [{ role: 'user', text: "Actually, I'm not a fan of tea. Always use metric units." }]);
}

const llmAnswer = () =>
  new ScriptedLlm((r) => JSON.stringify({ items: [{ kind: 'fact', text: `User asked about: ${r.turns[0]!.text.slice(0, 40)}`, sourceTurnIds: [r.turns[0]!.id] }] }));

describe('dream runs: resume, gates, lock', () => {
  const END = T0 + 41 * DAY;

  it.each(DREAM_PHASES.map((p) => p.name))(
    'a run killed after %s resumes and ends as an uninterrupted run',
    async (phase) => {
      const whole = freshDb();
      await seed(whole);
      const done = await runDream({ db: whole, llm: llmAnswer(), trigger: 'manual', now: clock(END) });
      expect(done.status).toBe('done');

      const killed = freshDb();
      await seed(killed);
      await expect(runDream({ db: killed, llm: llmAnswer(), trigger: 'manual', now: clock(END), killAfterPhase: phase })).rejects.toBeInstanceOf(DreamKilled);
      const lock = (await killed.meta.get(LOCK_KEY))?.value as { expiresAt: number };
      if (phase !== 'diary') {
        // While the dead run's lease lasts, nobody else runs.
        expect((await runDream({ db: killed, trigger: 'alarm', now: clock(END + 1000) })).status).toBe('skipped');
      }
      const resumed = await runDream({ db: killed, llm: llmAnswer(), trigger: 'alarm', now: clock(lock.expiresAt + 1) });
      if (phase !== 'diary') expect(resumed.status).toBe('done');
      expect(await snapshot(killed)).toEqual(await snapshot(whole));
    },
  );

  it("a run stored at 'prune' by an older version resumes at decay and ends as an uninterrupted run", async () => {
    const whole = freshDb();
    await seed(whole);
    await runDream({ db: whole, llm: llmAnswer(), trigger: 'manual', now: clock(END) });

    const old = freshDb();
    await seed(old);
    await expect(runDream({ db: old, llm: llmAnswer(), trigger: 'manual', now: clock(END), killAfterPhase: 'consolidate' })).rejects.toBeInstanceOf(DreamKilled);
    const stored = (await old.dreamRuns.toArray())[0]!;
    expect(stored.phase).toBe('decay');
    await old.dreamRuns.put({ ...stored, phase: 'prune' });
    const lock = (await old.meta.get(LOCK_KEY))?.value as { expiresAt: number };
    expect((await runDream({ db: old, llm: llmAnswer(), trigger: 'alarm', now: clock(lock.expiresAt + 1) })).status).toBe('done');
    expect(await snapshot(old)).toEqual(await snapshot(whole));
  });

  it("a run's diary entries sort by id in the order the phases wrote them (the popup lists them so)", async () => {
    const db = freshDb();
    await seed(db);
    for (let i = 0; i < 24; i++) await addConversation(db, `s${i}`, T0 + 41 * DAY + i * 60_000, [{ role: 'user', text: `Please write the summary of chapter ${i} now.` }]);
    const run = await runDream({ db, llm: llmAnswer(), trigger: 'manual', now: clock(END + DAY) });
    const entries = await db.diary.where('runId').equals(run.id).toArray(); // in id order
    const phaseOf = (id: string) => DREAM_PHASES.findIndex((p) => id.split(':')[1]!.endsWith(`-${p.name}`));
    const phases = entries.map((e) => phaseOf(e.id));
    expect(phases.every((p) => p >= 0)).toBe(true);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    // Learned facts (consolidate) come before the profile they are in, the profile before the patterns and the style.
    const kinds = [...new Set(entries.map((e) => e.kind))];
    expect(kinds.indexOf('learn')).toBeLessThan(kinds.indexOf('profile'));
    expect(kinds).toContain('style');
    expect(kinds.indexOf('profile')).toBeLessThan(kinds.indexOf('style'));
  });

  it('gates: 3 new conversations or 24 h since the last dream; manual bypasses', async () => {
    const db = freshDb();
    expect((await runDream({ db, trigger: 'alarm', now: clock(T0) })).status).toBe('skipped'); // nothing at all
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'Hello there, I live in Porto.' }]);
    expect((await runDream({ db, trigger: 'alarm', now: clock(T0 + 1000) })).status).toBe('done'); // first dream
    await addConversation(db, 'b', T0 + 2000, [{ role: 'user', text: 'Second chat about gardens.' }]);
    await addConversation(db, 'c', T0 + 3000, [{ role: 'user', text: 'Third chat about bread.' }]);
    expect((await runDream({ db, trigger: 'alarm', now: clock(T0 + 4000) })).error).toBe('too-soon');
    expect((await runDream({ db, trigger: 'manual', now: clock(T0 + 4000) })).status).toBe('done');
    for (const k of ['d', 'e']) await addConversation(db, k, T0 + 5000, [{ role: 'user', text: `Chat ${k} about rivers.` }]);
    expect((await runDream({ db, trigger: 'alarm', now: clock(T0 + 6000) })).status).toBe('skipped');
    await addConversation(db, 'f', T0 + 7000, [{ role: 'user', text: 'Chat f about lakes.' }]);
    expect((await runDream({ db, trigger: 'alarm', now: clock(T0 + 8000) })).status).toBe('done'); // 3 new
    await addConversation(db, 'g', T0 + 9000, [{ role: 'user', text: 'Chat g about seas.' }]);
    expect((await runDream({ db, trigger: 'alarm', now: clock(T0 + 10_000) })).status).toBe('skipped');
    expect((await runDream({ db, trigger: 'alarm', now: clock(T0 + 8000 + DAY) })).status).toBe('done'); // 24 h
  });

  it('the lock keeps two runs apart; an expired lease can be taken over', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I live in Porto.' }]);
    expect(await acquireLock(db, 'other-tab', T0, 60_000)).toBe(true);
    const blocked = await runDream({ db, trigger: 'manual', now: clock(T0 + 1000) });
    expect(blocked).toMatchObject({ status: 'skipped', error: 'locked' });
    expect(await db.dreamRuns.count()).toBe(0);
    expect(await acquireLock(db, 'third', T0 + 2000, 60_000)).toBe(false);
    const taken = await runDream({ db, trigger: 'manual', now: clock(T0 + 61_000) });
    expect(taken.status).toBe('done');
    expect(await db.meta.get(LOCK_KEY)).toBeUndefined();
  });
});

describe('diary undo / approve', () => {
  it('undo restores exactly the before rows and removes created rows', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I live in Porto.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    const porto = (await facts(db)).find((f) => f.text === 'User lives in Porto.')!;
    await addConversation(db, 'b', T0 + 2 * DAY, [{ role: 'user', text: 'I moved to Lisbon.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY) });
    const entry = (await db.diary.toArray()).find((d) => d.kind === 'supersede')!;
    const lisbonId = entry.after.find((m) => m.id !== porto.id)!.id;
    // Profile and other later entries touched other rows; the supersede entry's own rows are untouched since.
    expect(await undoDiaryEntry(db, entry.id)).toEqual({ ok: true });
    expect(await db.memories.get(porto.id)).toEqual(entry.before[0]);
    expect(await db.memories.get(lisbonId)).toBeUndefined();
    expect((await db.diary.get(entry.id))!.status).toBe('undone');
    expect(await undoDiaryEntry(db, entry.id)).toEqual({ ok: false, reason: 'already-undone' });
  });

  it('undo of a learn leaves a tombstone so the next dream does not re-learn it; approve marks it', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I prefer tabs over spaces. I live in Porto.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    const learns = (await db.diary.toArray()).filter((d) => d.kind === 'learn');
    const tabs = learns.find((d) => d.after[0]!.text === 'User prefers tabs over spaces.')!;
    const porto = learns.find((d) => d.after[0]!.text === 'User lives in Porto.')!;
    expect(await undoDiaryEntry(db, tabs.id)).toEqual({ ok: true });
    expect(await approveDiaryEntry(db, porto.id)).toBe(true);
    expect((await db.diary.get(porto.id))!.status).toBe('approved');
    await addConversation(db, 'b', T0 + 2 * DAY, [{ role: 'user', text: 'Again: I prefer tabs over spaces.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY) });
    expect((await facts(db)).map((f) => f.text)).not.toContain('User prefers tabs over spaces.');
  });

  it('undo refuses when the memory changed since, unless forced', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I live in Porto.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    const learn = (await db.diary.toArray()).find((d) => d.kind === 'learn')!;
    await db.memories.update(learn.after[0]!.id, { pinned: true });
    expect(await undoDiaryEntry(db, learn.id)).toEqual({ ok: false, reason: 'changed-since' });
    expect(await undoDiaryEntry(db, learn.id, { force: true })).toEqual({ ok: true });
  });
});

describe('decay', () => {
  it('archives unused memories but not pinned or recently used ones', async () => {
    const db = freshDb();
    const old = await addConversation(db, 'old', T0, [
      { role: 'user', text: 'Old question about sourdough starters.' },
      { role: 'user', text: 'Old question about kombucha.' },
      { role: 'user', text: 'Old question about kimchi.' },
    ]);
    // The user keeps chatting every few days: time passes for the old passages (a long break would not count).
    for (let d = 5; d < 300; d += 5) await addConversation(db, `w${d}`, T0 + d * DAY, [{ role: 'user', text: `Note ${d} about the garden.` }]);
    await addConversation(db, 'new', T0 + 300 * DAY, [{ role: 'user', text: 'Fresh question about bikes.' }]);
    await db.memories.update(`passage:${old[1]!.id}:0`, { pinned: true });
    await db.memories.update(`passage:${old[2]!.id}:0`, { lastUsedAt: T0 + 299 * DAY, useCount: 3 });
    const run = await runDream({ db, trigger: 'manual', now: clock(T0 + 301 * DAY) });
    const get = async (id: string) => (await db.memories.get(`passage:${id}:0`))!;
    expect((await get(old[0]!.id)).status).toBe('archived');
    expect((await get(old[1]!.id)).status).toBe('active');
    expect((await get(old[2]!.id)).status).toBe('active');
    expect((await get('chatgpt:new#0')).status).toBe('active');
    expect((await get(old[0]!.id)).strength).toBeLessThan(0.05);
    expect(run.stats?.faded).toBeGreaterThanOrEqual(1);
    const fades = (await db.diary.toArray()).filter((d) => d.kind === 'fade');
    // Every archived memory is in the diary.
    const archived = (await db.memories.toArray()).filter((m) => m.status === 'archived').map((m) => m.id).sort();
    expect(fades.flatMap((d) => d.after.filter((m) => m.status === 'archived').map((m) => m.id)).sort()).toEqual(archived);
  });

  it('a long break does not age everything at once: after months away, last week is still fresh', async () => {
    const db = freshDb();
    const old = await addConversation(db, 'old', T0, [{ role: 'user', text: 'Question about sourdough starters.' }]);
    await addConversation(db, 'new', T0 + 300 * DAY, [{ role: 'user', text: 'Fresh question about bikes.' }]);
    const run = await runDream({ db, trigger: 'manual', now: clock(T0 + 301 * DAY) });
    expect((await db.memories.get(`passage:${old[0]!.id}:0`))!.status).toBe('active');
    expect(run.stats?.faded ?? 0).toBe(0);
  });

  it('durable facts never fade: a year of unrelated chats later, name, diet, allergy and instructions are active', async () => {
    const db = freshDb();
    await addConversation(db, 'intro', T0, [
      { role: 'user', text: 'My name is Priya, I am vegetarian and I have a severe peanut allergy.' },
      { role: 'user', text: 'Always give me temperatures in Celsius.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    for (let d = 3; d < 365; d += 3) await addConversation(db, `m${d}`, T0 + d * DAY, [{ role: 'user', text: `Question ${d} about the weather.` }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 366 * DAY) });
    const active = (await facts(db)).map((f) => f.text);
    expect(active).toEqual(
      expect.arrayContaining([
        "User's name is Priya.",
        'User is vegetarian.',
        'User has a severe peanut allergy.',
        'Always give me temperatures in Celsius.',
      ]),
    );
    // Old passages did fade meanwhile.
    expect((await db.memories.get('passage:chatgpt:intro#0:0'))!.status).toBe('archived');
  });
});
