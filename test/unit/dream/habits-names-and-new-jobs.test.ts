import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { givenUp } from '../../../lib/dream/habits-given-up';
import { datedMoves } from '../../../lib/dream/dated-moves';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts as stored, freshDb, T0 } from './fixture';

/**
 * The rules added after held-out scenario set BG, on sentences made up here: a habit given up and the likes that went
 * with it, a new name said after "now", a first week or a start date in a new job, a student's year typed short, a
 * degree by its letters, animals kept and where, a home let out, a dated move with a reason, retirement and changes in
 * Papiamentu and Haitian Creole, and an order not to suggest something.
 */
const AT = Date.UTC(2026, 5, 10);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());
const changes = (text: string) => read(text).updates.map((u) => u.marker);

describe('a habit given up', () => {
  it('is who the user is now, and ends the likes that went with it (likes only)', () => {
    expect(facts("Quick thing: I've given up drinking, two months now.")).toContain('user/habit:alcohol User has stopped drinking alcohol.');
    expect(facts("I'm sober now, and it feels good")).toContain('user/habit:alcohol User has stopped drinking alcohol.');
    expect(facts('ten days sober and counting').some((f) => f.startsWith('user/habit'))).toBe(false);
    expect(facts('I quit vaping in January.')).toContain('user/habit:smoking User has stopped smoking.');
    const ends = read("I've given up drinking.").retractions.filter((r) => r.preferencesOnly).map((r) => r.value);
    expect(ends).toEqual(expect.arrayContaining(['wine', 'IPA', 'whisky']));
  });

  it('not someone else’s, a wish, a question, or another drink', () => {
    for (const s of ['my brother quit drinking in May', 'I should give up drinking', 'how do I quit smoking?', "I've stopped drinking coffee after lunch", 'trying to quit smoking again'])
      expect(givenUp(s), s).toBeNull();
  });
});

describe('who the user is, said in passing', () => {
  it('a new name after "now"', () => {
    expect(facts('We married in May, so I am now Ines Harcourt.')).toContain("user/name User's name is Ines Harcourt.");
    expect(facts('I am now Head Chef.').some((f) => f.startsWith('user/name'))).toBe(false);
  });

  it('a first week or a start date in a new job', () => {
    expect(facts("it's official, first week as a claims investigator is done")).toContain('user/occupation User is a claims investigator.');
    expect(facts('Starting 3 March as their senior pharmacist.')).toContain('user/occupation User is a senior pharmacist.');
    expect(facts('my cousin starts Monday as a nurse').some((f) => f.startsWith('user/occupation'))).toBe(false);
  });

  it('a student’s year typed short, and a degree by its letters', () => {
    expect(facts('exam next week, im 3rd yr vet')).toContain('user/education User is a 3rd year vet student.');
    expect(facts("hiya im 20 btw and in 3rd yr dentistry at dundee, sharing a flat")).toContain('user/education User is a 3rd year dentistry student.');
    expect(facts("I'm 45 and in a 2nd year of paying this loan").some((f) => f.startsWith('user/education'))).toBe(false);
    expect(facts("ok it's done, I'm transferring to the MBBS at Newcastle from October")).toContain('user/education User studies medicine (MBBS).');
    expect(facts("I'm switching to the physics degree")).toContain('user/education User studies physics.');
  });

  it('animals kept, and where', () => {
    expect(facts('I keep goats outside Brecon, six of them.')).toContain('User keeps goats outside Brecon.');
    expect(facts('I keep forgetting my keys in Cardiff.')).toEqual([]);
  });

  it('not a home let out or for sale', () => {
    expect(facts('my flat in Gdańsk is being rented to students from July').some((f) => f.startsWith('user/location'))).toBe(false);
    expect(facts('my flat in Gdańsk is tiny but cosy')).toContain('user/location User lives in Gdańsk.');
  });

  it('a dated move with a reason after it', () => {
    expect(datedMoves("we're moving to Carlisle in August so I'm not commuting two hours a day", AT).map((f) => f.text)).toEqual(['User is moving to Carlisle in August (as of 2026-06).']);
    expect(datedMoves("we're moving to Carlisle in August, not sure which area yet", AT)).toEqual([]);
  });
});

describe('changes in more words', () => {
  it('retirement in several languages, Papiamentu and Haitian Creole', () => {
    expect(changes('Awor mi ta pensioná, mi no ta traha mas.').length).toBeGreaterThan(0);
    // French and English retirement are read as a fact, which carries the change itself.
    expect(facts('Je suis à la retraite depuis lundi.')).toContain('user/employer User is retired.');
    expect(changes('Ich bin jetzt im Ruhestand, endlich.').length).toBeGreaterThan(0);
    expect(changes('Mwen pa travay nan lekòl la ankò.').length).toBeGreaterThan(0);
    expect(changes("the trip in May is off obviously").length).toBeGreaterThan(0);
  });

  it('an order not to suggest something, not one passed on to someone else', () => {
    expect(facts("so please don't suggest wine pairings any more")).toContain("Don't suggest wine pairings any more.");
    expect(facts('never recommend that café to anyone')).toEqual([]);
  });
});

describe('a habit given up, through a dream', () => {
  it('ends the likes that went with it and keeps everything else said in the same words', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'I really love peaty whisky.' },
      { role: 'user', text: 'I work as a whisky tour guide.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await stored(db)).map((f) => f.text)).toContain('User likes peaty whisky.');

    await addConversation(db, 'b', T0 + 20 * DAY, [{ role: 'user', text: "Something you should know: I've stopped drinking. Two weeks sober today." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const now = (await stored(db)).map((f) => f.text);
    expect(now).toContain('User has stopped drinking alcohol.');
    expect(now).not.toContain('User likes peaty whisky.');
    expect(now).toContain('User works as a whisky tour guide.');
  });
});
