import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * Two ways of saying who one is that the rules missed, on sentences made up here: a name followed by where the user is
 * from with no comma ("Hi, I'm Priya from Pune"), and a job described in passing between dashes or in brackets before
 * where it is done ("I'm a plumber (mostly boilers) in Derby").
 */
const AT = Date.UTC(2026, 6, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);

describe('a name, then where the user is from', () => {
  it('reads the name and the place', () => {
    expect(facts("Hi, I'm Ruth from Gdansk.")).toEqual(expect.arrayContaining(["User's name is Ruth.", 'User is from Gdansk.']));
    expect(facts("Hello! I'm Devika from Mysuru and I need help with a cover letter.")).toEqual(
      expect.arrayContaining(["User's name is Devika.", 'User is from Mysuru.']),
    );
    expect(facts("I'm Ferdi Kaya from Izmir.")).toEqual(expect.arrayContaining(["User's name is Ferdi Kaya.", 'User is from Izmir.']));
    expect(facts("I'm Lale based in Bursa, a vet.")).toContain("User's name is Lale.");
  });

  it('leaves a department, a return and lower case alone', () => {
    expect(facts("I'm Omar from accounts.")).not.toContain('User is from accounts.');
    expect(facts("I'm Back from Portugal.")).toEqual([]);
    expect(facts("I'm Home from Crete at last.")).toEqual([]);
  });
});

describe('a job described in passing before where it is done', () => {
  it('reads the job with its place across dashes or brackets', () => {
    expect(facts("I'm a farrier — mostly ponies, some shires — based in Hexham.")).toContain('User is a farrier in Hexham.');
    expect(facts("I'm an electrician (domestic, rewires mostly) in Wigan.")).toContain('User is an electrician in Wigan.');
    expect(facts('I work as a welder - pipework, TIG - in Aberdeen.')).toContain('User works as a welder in Aberdeen.');
  });

  it('keeps an aside that names a place or says something of the user', () => {
    expect(facts("I'm a midwife (at Queen Charlotte's) in London.")).not.toContain('User is a midwife in London.');
    expect(facts("I'm a baker — my own shop — in Frome.")).not.toContain('User is a baker in Frome.');
  });
});
