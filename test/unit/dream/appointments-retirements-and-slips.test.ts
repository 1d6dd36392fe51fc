import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { withoutSlips } from '../../../lib/dream/slips';

/**
 * The rules added after held-out scenario set BJ, on sentences made up here: a role given to the user, a lead-in that
 * frames what is told, a claim taken back after an earlier "I told you", retiring (in more languages, and decided on
 * the last day), a name mended in the same breath, changes in the West African Pidgins, "all" of a kind of writing as
 * a standing order, a shift someone else moved the user to, a school taught at, a home said "again", a dated move.
 */
const AT = Date.UTC(2026, 6, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('a role given to the user is their job', () => {
  it('appointed, promoted, elected, ordained, sworn in — with the body it is of', () => {
    expect(facts('I have accepted appointment as a magistrate of the District Court of Otago.')).toContain('user/occupation User is a magistrate of the District Court of Otago.');
    expect(facts('I was promoted to head chef in May.')).toContain('user/occupation User is a head chef.');
    expect(facts("I've been appointed headteacher of Moorside Academy.")).toContain('user/occupation User is a headteacher of Moorside Academy.');
    expect(facts('I was sworn in as a police officer last week.')).toContain('user/occupation User is a police officer.');
  });

  it("not someone else's, and not a role without a job word", () => {
    expect(facts('My brother was promoted to manager.').some((f) => f.startsWith('user/occupation'))).toBe(false);
    expect(facts('I was named after my grandmother.').some((f) => f.startsWith('user/occupation'))).toBe(false);
  });
});

describe('a lead-in that frames what is told', () => {
  it('"I should explain at the outset that …" tells, it supposes nothing', () => {
    expect(facts('I should explain at the outset that I am a surveyor in Dundee.')).toContain('user/occupation User is a surveyor in Dundee.');
    expect(facts('Before we start, I must say I work nights at the Royal Infirmary.')).toContain('user/employer User works at Royal Infirmary.');
    expect(facts('I should be a surveyor by now.').some((f) => f.startsWith('user/occupation'))).toBe(false);
  });
});

describe('a claim taken back after an earlier "I told you"', () => {
  it('the claim is read from the "I said" that opens one', () => {
    const r = read('Quick fix to something I told you last month: I said my son Ewan was at Stirling. That was wrong — it is his friend. Ewan is at Napier.');
    expect(r.retractions.map((x) => x.value)).toContain('son Ewan was at Stirling');
  });
});

describe('retiring ends the working life', () => {
  it('retired, in more languages, each the user\'s own', () => {
    for (const said of ['Я на пенсии уже год.', 'Jestem na emeryturze od marca.', 'Geçen ay emekli oldum.', '我退休了，终于有时间了。', 'Jsem v důchodu.'])
      expect(facts(said), said).toContain('user/employer User is retired.');
    expect(facts('Моя мама на пенсии.').join(' ')).not.toMatch(/retired/);
  });

  it('a decision to retire is done when the message says the last day is behind', () => {
    expect(facts('Friday was my last day at the depot. I decided to retire early, my knees had had enough.')).toContain('user/employer User is retired.');
    expect(facts('I decided to retire next spring.').join(' ')).not.toMatch(/retired/);
  });

  it("retires every fact of the job's slots said before, whatever its value", () => {
    const r = read("I'm retired now, so the garden gets all my time.");
    expect(r.retractions.filter((x) => x.wholeSlot).map((x) => x.slot)).toEqual(['user/occupation', 'user/work-pattern:shift', 'user/work-pattern:days', 'user/work-role']);
  });
});

describe('a name mended in the same breath', () => {
  it('the name meant is read, never the slip', () => {
    expect(withoutSlips('for my uncle Tobias... no, Tomasz, sorry, he is 80')).toBe('for my uncle Tomasz, he is 80');
    expect(facts('my niece Carla, I mean Clara, starts school today')).toContain("User's niece is Clara.");
    expect(withoutSlips('Hi Tom, sorry, I forgot the file')).toBe('Hi Tom, sorry, I forgot the file');
  });
});

describe('changes in the West African Pidgins', () => {
  it('"we don cut", "I no dey … again" mark a change; plain news does not', () => {
    expect(read('Me and Ruth we don cut, e don finish.').updates.length).toBeGreaterThan(0);
    expect(read('I no dey work for that shop again.').updates.length).toBeGreaterThan(0);
    expect(read('I dey work for that shop.').updates).toEqual([]);
  });
});

describe('how each of a kind of writing should be', () => {
  it('"all" or "every" of what the assistant writes is a standing order; "the" ones are this task', () => {
    expect(facts('Also keep all listing titles under 60 characters.')).toContain('Keep all listing titles under 60 characters.');
    expect(facts('Make every email sign-off short.')).toContain('Make every email sign-off short.');
    expect(facts('Keep the captions short.').some((f) => f.startsWith('Keep'))).toBe(false);
  });
});

describe('work and home said in more ways', () => {
  it('a shift someone else moved the user to', () => {
    expect(facts('good news, they moved me to earlies from next week')).toContain('user/work-pattern:shift User works earlies.');
    expect(facts('I got switched onto nights again')).toContain('user/work-pattern:shift User works nights.');
  });

  it('teaching at a named school is where the user works; a later school takes its place', () => {
    expect(facts('I teach year 4 at Hillcrest Primary in Wigan.')).toContain('user/employer User teaches year 4 at Hillcrest Primary in Wigan.');
    expect(facts("From September I'm teaching at Oakfield Academy.")).toContain('user/employer User teaches at Oakfield Academy.');
    expect(facts('I teach piano at home.')).toContain('User teaches piano at home.');
  });

  it('a home said "again", and a dated move said with a partner and a day', () => {
    expect(facts("we're living in Porto again after two years away")).toContain('user/location User lives in Porto.');
    expect(facts('My wife and I are moving from Leeds to Cork on 3 March, her new job starts then.')).toContain('user/location User is moving to Cork on 3 March (as of 2026-07).');
  });
});

describe('retiring, in a dream', () => {
  it('the job and its shifts go to their history; what the user said before carries the change', async () => {
    const { runDream } = await import('../../../lib/dream/run');
    const { addConversation, clock, DAY, facts: active, freshDb, T0 } = await import('./fixture');
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "I'm a train driver at Northern and I work nights." }]);
    await addConversation(db, 'b', T0 + 30 * DAY, [{ role: 'user', text: "Big news: I'm retired now! Help me plan a walking holiday?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const live = (await active(db)).map((f) => f.text);
    // The work held when it was said is told as past, in the retirement (retired-from.ts); nothing else of it is current.
    expect(live).toContain('User is retired (before that: a train driver at Northern).');
    expect(live.join(' ')).not.toMatch(/nights|User is a train driver|User works at/);
    const history = (await db.memories.toArray()).filter((m) => m.status === 'superseded' && m.kind === 'fact').map((m) => m.text);
    expect(history).toEqual(expect.arrayContaining(['User works nights.', 'User is a train driver.', 'User works at Northern.']));
  });
});

describe("the partner's job ends with the partner", () => {
  it('a break-up retires what was said of the partner before it', async () => {
    const { runDream } = await import('../../../lib/dream/run');
    const { addConversation, clock, DAY, facts: active, freshDb, T0 } = await import('./fixture');
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "Kofi (my partner, he's an engineer in Kumasi) and I set the date!" }]);
    await addConversation(db, 'b', T0 + 40 * DAY, [{ role: 'user', text: 'Kofi and I broke up last week. Can you suggest a weekend away alone?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 41 * DAY) });
    expect((await active(db)).map((f) => f.text).join(' ')).not.toMatch(/Kofi/);
    const history = (await db.memories.toArray()).filter((m) => m.status === 'superseded' && m.kind === 'fact').map((m) => m.text);
    expect(history).toContain("User's partner Kofi is an engineer in Kumasi.");
  });
});
