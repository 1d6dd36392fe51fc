import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

/**
 * What the user's partner does, said plainly (session 74, the lead's older misses; made-up sentences): the partner's
 * job slot, which a later job or a retirement replaces; never the user's own job, a former or late partner's, or
 * someone else's partner's.
 */
const AT = Date.UTC(2026, 4, 10);
const partnerJob = (text: string) =>
  extractFromTurn({ id: 't1', text, at: AT })
    .facts.filter((f) => f.slot === 'user/family:partner:job')
    .map((f) => f.text);

describe('the partner’s job, said plainly', () => {
  // The first reading builds every rule's pattern: slow on a loaded machine, so it is not a test's own time.
  beforeAll(() => void partnerJob('warm up'), 120_000);

  it('is the partner’s job slot', () => {
    expect(partnerJob('can you plan meals around shifts? my wife is a nurse and works nights')).toEqual(["User's wife is a nurse."]);
    expect(partnerJob('my husband works as a plumber')).toEqual(["User's husband is a plumber."]);
    expect(partnerJob("my hubby's a firefighter so he's away a lot")).toEqual(["User's husband is a firefighter."]);
    expect(partnerJob('My boyfriend, Tom, is a chef at Dishoom')).toEqual(["User's boyfriend Tom is a chef at Dishoom."]);
    expect(partnerJob('my husband is an ICU nurse at St Thomas')).toEqual(["User's husband is an ICU nurse at St Thomas."]);
  });

  it('a retirement takes the job’s place', () => {
    expect(partnerJob("my husband retired in March, he's driving me mad")).toEqual(["User's husband is retired."]);
    expect(partnerJob("my wife's retired now")).toEqual(["User's wife is retired."]);
  });

  it('not another time, another person, or no job', () => {
    for (const s of [
      'my ex-wife is a lawyer',
      'my late husband was a miner',
      "my friend's wife is a nurse",
      'my wife was a nurse before the kids',
      'if my wife is a nurse, can she sign the form?',
      'my wife really is a saint',
      'my wife is a huge Radiohead fan',
      'is my husband a dependent for tax purposes?',
      'my wife and I are both teachers',
    ])
      expect(partnerJob(s), s).toEqual([]);
    // The user's own job stays the user's.
    const both = extractFromTurn({ id: 't1', text: "my wife is a teacher and I'm a nurse", at: AT }).facts.map((f) => f.text);
    expect(both).toContain('User is a nurse.');
    expect(both).toContain("User's wife is a teacher.");
  });

  it('a new job or a retirement replaces it, and a divorce retires it, in the dream', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'meal ideas for odd hours? my wife is a nurse and works nights' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain("User's wife is a nurse.");

    await addConversation(db, 'b', T0 + 30 * DAY, [{ role: 'user', text: 'gift ideas? my wife is a midwife now, she switched last month' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    let now = (await facts(db)).map((f) => f.text);
    expect(now).toContain("User's wife is a midwife.");
    expect(now).not.toContain("User's wife is a nurse.");

    await addConversation(db, 'c', T0 + 200 * DAY, [{ role: 'user', text: "I'm divorced now, so help me budget for one" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 201 * DAY) });
    now = (await facts(db)).map((f) => f.text);
    expect(now).toContain('User is divorced.');
    expect(now.filter((t) => /midwife|nurse/.test(t))).toEqual([]);
  });
});
