import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const said = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });
const texts = (text: string) => said(text).facts.map((f) => f.text);

describe('retirement', () => {
  it('reads the user retired, with the work before it when the sentence says it', () => {
    expect(texts("I'm retired now, so weekdays are free.")).toContain('User is retired.');
    expect(texts('I retired in 2021 after 32 years as a postman.')).toContain('User is retired after 32 years as a postman.');
    expect(texts('i drove buses for 25 years before i retired, now i mostly fish')).toContain('User is retired (before that: drove buses for 25 years).');
    expect(texts('ever since I retired from nursing I volunteer at the hospice')).toContain('User is retired from nursing.');
    expect(texts("I'm semi-retired, two days a week at the shop")).toContain('User is semi-retired.');
    const r = said("I'm retired now.").facts.find((f) => f.text === 'User is retired.');
    expect(r?.slot).toBe('user/employer');
  });

  it('leaves a retirement to come, someone else’s, and a thing put away', () => {
    for (const s of [
      "when I'm retired I want a narrowboat",
      'once I retire we will move to the coast',
      'my mum retired last spring',
      'I retired the old router and bought a mesh system',
      "I'm not retired yet, three more years",
    ])
      expect(texts(s).filter((t) => /retired/.test(t)), s).toEqual([]);
  });
});

describe('a job said with where it is, or by way of introduction', () => {
  it('keeps the place said with the job, as typed', () => {
    expect(texts("I'm a midwife in Galway and nights are rough")).toContain('User is a midwife in Galway.');
    expect(texts('im a bus driver in porto, early shifts mostly')).toContain('User is a bus driver in porto.');
    expect(texts("I'm a pharmacist in New Zealand.")).toContain('User is a pharmacist in New Zealand.');
  });

  it('leaves phrases that name no place', () => {
    expect(texts("I'm a nurse in training.")).toContain('User is a nurse.');
    expect(texts("I'm a painter in my spare time.")).toContain('User is a painter.');
    expect(texts("I'm a teacher in charge of year 9")).toContain('User is a teacher.');
  });

  it('reads "X here," opening a message, and "dev" as a job', () => {
    expect(texts('junior dev here, quick question about git rebase')).toContain('User is a junior dev.');
    expect(texts('hi, school librarian here: ideas for a reading week?')).toContain('User is a school librarian.');
    expect(texts('the dev team here is slow to review')).toEqual([]);
    expect(texts('my tutor here, she says hi')).toEqual([]);
  });
});

describe('health said as had for years, and a diet said with "now"', () => {
  it('reads a condition had for a long time, not a passing bout', () => {
    expect(texts("I've had epilepsy since I was twelve, it's well controlled")).toContain('User has epilepsy.');
    expect(texts("i've lived with asthma for decades")).toContain('User has asthma.');
    expect(texts("I've had migraines all week, any tips?")).toEqual([]);
    expect(texts("I've had a migraine for two days")).toEqual([]);
    expect(texts('my dad has had diabetes for years')).toEqual([]);
  });

  it('reads fish back on the plate, and a diet word with "now" as the user’s state', () => {
    expect(texts("I've started eating fish again, doctor's orders")).toContain('User is pescatarian.');
    expect(texts('we went back to eating fish this spring')).toContain('User is pescatarian.');
    expect(texts('I started eating fish and meat again')).toEqual([]);
    expect(texts('my brother started eating fish again')).toEqual([]);
    expect(texts('vegetarian now, for good this time.')).toContain('User is vegetarian.');
    expect(texts('vegan now has its own aisle at the co-op')).toEqual([]);
    // And back again, said with an adverb, supersedes it.
    expect(texts("update: I'm back to fully vegetarian as of this week")).toContain('User is vegetarian.');
  });
});

describe('instructions', () => {
  it('an instruction that names a site holds there only, the site said once', () => {
    const gemini = said('On Perplexity, always cite at least three sources from now on.').facts[0];
    expect(gemini).toMatchObject({ kind: 'instruction', onlyOnSite: 'perplexity', text: 'On Perplexity, always cite at least three sources from now on.' });
    const claude = said('always answer in German on Claude please').facts[0];
    expect(claude).toMatchObject({ onlyOnSite: 'claude', text: 'On Claude, always answer in German please.' });
    expect(said("whenever I'm on ChatGPT, keep answers under 100 words").facts[0]).toMatchObject({ onlyOnSite: 'chatgpt' });
    // A site named as a model to follow is no scope.
    expect(said('always answer like Claude does, step by step').facts[0]?.onlyOnSite).toBeUndefined();
  });

  it('reads an instruction opened by "but" or "just"', () => {
    expect(texts('you can drop the summaries. but keep answers short.')).toContain('Keep answers short.');
    expect(texts('just keep your replies brief')).toContain('Keep your replies brief.');
    expect(texts('but keep it short')).toEqual([]);
    // A line of a role-play scene, not a rule for answers.
    expect(texts("The guards look nervous, but don't say another word.")).toEqual([]);
  });
});

describe('the same fact said later with more', () => {
  it('takes the fuller words, with the old in the diary, and leaves a fact said with less alone', async () => {
    const db = freshDb();
    // Near enough to be the same fact (not a change of job): the fuller words replace it in place.
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'senior freelance web dev here, can you check my invoice template?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain('User is a senior freelance web dev.');
    await addConversation(db, 'b', T0 + 20 * DAY, [{ role: 'user', text: "I'm a senior freelance web dev in Utrecht, how do I price a retainer?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    let now = (await facts(db)).map((f) => f.text);
    expect(now).toContain('User is a senior freelance web dev in Utrecht.');
    expect(now).not.toContain('User is a senior freelance web dev.');
    const entry = (await db.diary.toArray()).find((d) => d.summary === 'Learned more: User is a senior freelance web dev in Utrecht.');
    expect(entry?.before.map((m) => m.text)).toEqual(['User is a senior freelance web dev.']);
    await addConversation(db, 'c', T0 + 30 * DAY, [{ role: 'user', text: 'senior freelance web dev here again, what about late fees?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    now = (await facts(db)).map((f) => f.text);
    expect(now).toContain('User is a senior freelance web dev in Utrecht.');
    expect(now).not.toContain('User is a senior freelance web dev.');
  });
});
