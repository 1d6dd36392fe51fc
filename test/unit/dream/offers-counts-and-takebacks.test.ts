import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { countsSaid } from '../../../lib/dream/later-counts';

/**
 * The rules added after held-out scenario sets AY and AZ, on sentences made up here: counts whose word is no English
 * plural, a plan said not to be, a wedding said "X and I", a home decided on or moved into someone's place, a job taken
 * in the sentence after its offer or "accepted the … job", a stop decided, a partner one is separating from, "I said …
 * that was wrong" in English and Spanish as an update, a piece of work finished, a change whose own clause names nothing.
 */
const AT = Date.UTC(2026, 5, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => [r.value, r.slot ?? '']);

describe('counts', () => {
  it('reads a count whose word is not an English plural in -s', () => {
    expect(countsSaid('the choir is 23 women now')).toEqual([{ unit: 'women', value: 23 }]);
    expect(countsSaid('wir sind jetzt 14 Mitglieder im Verein')).toEqual([{ unit: 'mitglieder', value: 14 }]);
    expect(countsSaid('tenemos 40 ovejas y 3 burros')).toEqual([
      { unit: 'ovejas', value: 40 },
      { unit: 'burros', value: 3 },
    ]);
  });

  it('leaves out numbers that name one thing, an age, a date, or a word after "more"', () => {
    expect(countsSaid('Grade 6 violin now')).toEqual([]);
    expect(countsSaid('we are in room 12 downstairs')).toEqual([]);
    expect(countsSaid("I'm 64 retired and happy")).toEqual([]);
    expect(countsSaid('the course starts 3 October')).toEqual([]);
    expect(countsSaid("we're at 310 member households")).toEqual([{ unit: 'households', value: 310 }]);
  });
});

describe('changes said', () => {
  it('reads a plan said not to be, and leaves a plan alone', () => {
    expect(changeSaid("we're not going to Hilo anymore, the boat needs work")?.marker).toBe('anymore');
    expect(changeSaid("I'm going to Hilo next week")).toBeUndefined();
  });

  it('reads leaving a place of work or study, not leaving a thing somewhere', () => {
    expect(changeSaid("I'll leave the brass band at the end of the season")?.marker).toMatch(/leave the brass band/);
    expect(changeSaid("I'll leave the car at my sister's")).toBeUndefined();
  });

  it('reads a piece of work finished, not a meal or a day', () => {
    expect(changeSaid('Finished the mural at the library! The council loved it.')?.marker).toBe('Finished');
    expect(changeSaid('I finished my coffee and went out')).toBeUndefined();
    expect(changeSaid('we finished work early today')).toBeUndefined();
  });

  it('reads what the user said before and takes back, in English and in Spanish, by the words that take it back', () => {
    expect(changeSaid('earlier I said the fair is in May, that was wrong: it is in June')?.marker).toBe('that was wrong');
    expect(changeSaid('Te dije que la boda era en Cádiz, eso estaba mal: es en Jerez.')?.marker).toBe('eso estaba mal');
  });

  it('quotes the sentence before when the change\'s own clause names nothing', () => {
    const change = changeSaid("we sat down with the budget and it's just too much, we're not going.", 'The choir tour to Bergen in spring.');
    expect(change?.said).toBe("The choir tour to Bergen in spring. we sat down with the budget and it's just too much, we're not going.");
  });
});

describe('facts', () => {
  it('reads a wedding said "X and I", not "And I" or a sister', () => {
    expect(facts('Rosa and I got married in June at the harbour.')).toContain('User is married to Rosa.');
    expect(facts('Some news. Tomasz and I are engaged.')).toContain('User is engaged to Tomasz.');
    expect(facts('And I are engaged to be honest')).not.toContain('User is engaged to And.');
  });

  it('reads a home decided on, or moved into someone else\'s place in a town', () => {
    expect(facts("We have decided to live in Lena's cottage in Tarbert.")).toContain('User lives in Tarbert.');
    expect(facts("I've moved into his flat in Dundee")).toContain('User lives in Dundee.');
    expect(facts('I took the job, started in March, moved to Tromsø with the kids.')).toContain('User lives in Tromsø.');
    expect(facts("I'm a crane driver, four days on four off, live in Kirkwall.")).toContain('User lives in Kirkwall.');
  });

  it('reads a job taken after its offer was told, and "accepted the … job at"', () => {
    const out = facts('Harbour Radio offered me a job as studio producer. I thought about it all week and I said yes. what should I read first?');
    expect(out).toContain('User works at Harbour Radio.');
    expect(out).toContain('User works as a studio producer.');
    const accepted = facts("news: I've accepted the junior architect job at Foster Lane, starting in May.");
    expect(accepted).toContain('User works as a junior architect.');
    expect(accepted).toContain('User works at Foster Lane.');
    expect(facts("I've taken a job as bursar at Linwood Academy")).toContain('User works as a bursar.');
    expect(facts("I've accepted the new job offer")).toEqual([]);
    expect(facts('Harbour Radio offered me a job as studio producer. Should I take it?')).not.toContain('User works at Harbour Radio.');
  });

  it('reads a technician by the short word, and no job from a verb', () => {
    expect(facts("I'm a lab tech at Northgate Clinic")).toEqual(expect.arrayContaining(['User is a lab tech.', 'User works at Northgate Clinic.']));
    expect(facts("I'm a tech enthusiast")).toEqual([]);
    expect(facts("Now I'm selling honey from farmers at the market.")).toEqual([]);
  });

  it('reads a workplace typed in lower case by its kind, and stops a name before the weekday', () => {
    expect(facts('started at riverside animal clinic monday.')).toContain('User works at riverside animal clinic.');
    expect(facts('I started at Halden Dental on Tuesday.')).toContain('User works at Halden Dental.');
    expect(facts('started at the local hospital')).toEqual([]);
  });

  it('reads a shift pattern said after "but", the "I\'m" said once before', () => {
    expect(facts('back at the depot since May but on night shifts now, 4 nights a week')).toContain('User works nights.');
    expect(facts('the ferry was late but on time now')).toEqual([]);
  });

  it('keeps a town after a Romance job as where the job is, not an employer', () => {
    expect(facts('soy enfermera en Valencia')).toEqual(['User works as enfermera in Valencia.']);
  });
});

describe('things that end', () => {
  it('reads a partner one is separating from, typed as people type it', () => {
    expect(retracted('tom and i are seperating, its a lot')).toEqual([['Tom', 'user/family:partner']]);
    expect(retracted('Ines and I are getting divorced.')).toEqual([['Ines', 'user/family:partner']]);
    expect(retracted('My sister and I are splitting up the chores.')).toEqual([]);
  });

  it('reads a stop decided, without its "completely"', () => {
    expect(retracted("I'll stop coaching completely, fresh start.")).toEqual([['coaching', '']]);
    expect(retracted('I stop using my phone at nine.')).toEqual([]);
    expect(retracted('I might stop coaching')).toEqual([]);
  });
});
