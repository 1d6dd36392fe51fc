import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { nameAnswered } from '../../../lib/dream/names-of-things';

/**
 * The rules added after held-out scenario set BH, on sentences made up here: how to sign drafts as one setting, a
 * record's name given in reply, a greeting then a name then a job, a firm's name holding "and", going freelance said
 * as done, twins born together, and orders about what the assistant does to the user.
 */
const AT = Date.UTC(2026, 6, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('one sign-off at a time', () => {
  it('each order about how to sign drafts fills the same slot, so the later replaces the earlier', () => {
    expect(facts("When you write letters for me, sign them 'Dr Amara Okafor, GP'.")).toContain("user/sign-off When you write letters for me, sign them 'Dr Amara Okafor, GP'.");
    expect(facts("From now on sign my emails 'Amara Okafor-Reid'.")).toContain("user/sign-off From now on sign my emails 'Amara Okafor-Reid'.");
    expect(facts('Never sign me up for newsletters.').some((f) => f.startsWith('user/sign-off'))).toBe(false);
  });
});

describe('names and who the user is, said in passing', () => {
  it("a record's name given in reply to the assistant's question", () => {
    expect(nameAnswered('Lovely. What are you thinking of calling the album?', 'Northern Lanterns')?.text).toBe("User's album is called Northern Lanterns.");
    expect(nameAnswered('What are you planning to name the EP?', 'not sure yet')).toBeNull();
  });

  it('a greeting, a name, where from, then the job', () => {
    expect(facts('Hi, Priya here, freelance illustrator in Bristol.')).toContain('user/occupation User is a freelance illustrator in Bristol.');
    expect(facts('Halo, saya Dewi dari Medan, pharmacist.')).toContain('user/occupation User is a pharmacist.');
  });

  it("a firm's name holding 'and', not a new clause after it", () => {
    expect(facts("I'm an accountant at Hale and Moss Partners in York.")).toContain('user/employer User works at Hale and Moss Partners.');
    expect(facts("I'm a nurse at St Mary's and I love it.")).toContain("user/employer User works at St Mary's.");
  });

  it('going freelance, said as done, not as a plan', () => {
    expect(facts("second week as a freelancer done, it's going well")).toContain('user/employer User is self-employed.');
    expect(facts("I've gone freelance.")).toContain('user/employer User is self-employed.');
    expect(facts('I want to go freelance next year').some((f) => f.startsWith('user/employer'))).toBe(false);
  });

  it('twins born together, not people born in a year', () => {
    expect(facts('They arrived!! Ines and Teo, born on Tuesday at 35 weeks, 2.2 kg each.')).toEqual(
      expect.arrayContaining(["user/child:ines User's child Ines was born in 2026-07.", "user/child:teo User's child Teo was born in 2026-07."]),
    );
    expect(facts('Ana and Rui were born in 1988 in Braga.').some((f) => f.startsWith('user/child'))).toBe(false);
  });
});

describe('what the assistant does to the user', () => {
  it("don't thank me, don't lecture me: orders, not when said of someone else", () => {
    expect(facts("one thing for good: don't thank me for my service, just answer")).toContain("Don't thank me for my service, just answer.");
    expect(facts("Don't lecture me about screen time.")).toContain("Don't lecture me about screen time.");
    expect(facts("Don't thank him, he was rude to the staff.")).toEqual([]);
  });
});
