import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * The rules added in CH's later round, on sentences made up here: a job named by a learned word (the allied health
 * trades, the medical specialties, a few sciences and crafts) said alone or with where it is done; a workplace whose
 * kind is an initialism joined by "&"; and a "not X" that sets one way of talking against another, which retracts
 * nothing.
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);

describe('a job named by a learned word', () => {
  it('said alone: "I\'m a podiatrist.", "I\'m an orthotist.", "I\'m an audiologist."', () => {
    expect(facts("I'm a podiatrist.")).toContain('user/occupation User is a podiatrist.');
    expect(facts("I'm an orthotist, so shoes are my whole day.")).toContain('user/occupation User is an orthotist.');
    expect(facts("I'm an audiologist and my hours just changed.")).toContain('user/occupation User is an audiologist.');
    expect(facts("I'm a phlebotomist and I hate early mornings.")).toContain('user/occupation User is a phlebotomist.');
  });

  it('with a word before it, and where it is done when that is not a name', () => {
    expect(facts("I'm a certified orthotist at a hospital outside Dayton.")).toContain('user/occupation User is a certified orthotist.');
    expect(facts("Sam here, cardiologist, quick question about a conference.")).toContain('user/occupation User is a cardiologist.');
  });

  it('with a named place: one line, the place kept in it', () => {
    const said = facts("I'm a prosthetist at the Royal Devon and the workshop floods every spring");
    expect(said).toContain('user/occupation User is a prosthetist at the Royal Devon.');
    expect(said.filter((f) => f.startsWith('user/occupation'))).toHaveLength(1);
  });

  it('not a word shaped like a job that names none', () => {
    for (const s of ["I'm a realist.", "I'm a perfectionist.", "I'm a bit of a minimalist.", "I'm an optimist about it.", "I'm a specialist."])
      expect(facts(s).filter((f) => f.startsWith('user/occupation'))).toEqual([]);
  });
});

describe('a workplace of a kind said by an initialism joined by "&"', () => {
  it('"at an R&D lab in …", "in an R&D lab in …"', () => {
    expect(facts("I'm a chemist at an R&D lab in Basel.")).toContain('user/employer User works at an R&D lab in Basel.');
    expect(facts('I work in an R&D lab in Eindhoven.')).toContain('user/employer User works in an R&D lab in Eindhoven.');
  });
});

describe('one way of talking set against another', () => {
  it('retracts nothing: "real talk, not coach voice", "not as your lawyer", "not with your doctor hat on"', () => {
    expect(retracted('Okay, straight talk, not cheerleader voice for a minute')).toEqual([]);
    expect(retracted('Honestly, not as my accountant, what would you do?')).toEqual([]);
    expect(retracted('Talk to me like a friend, not with your doctor hat on.')).toEqual([]);
    expect(retracted('Just be blunt, not your customer-service tone.')).toEqual([]);
    expect(retracted('Explain it plainly, not in lawyer-speak.')).toEqual([]);
  });

  it('still retracts a fact set against another, a setting included', () => {
    expect(retracted('I drive a Civic, not a Corolla.')).toContain('Corolla');
    expect(retracted('I always use dark mode, not light mode.')).toContain('light mode');
    expect(retracted('I bought the red hat, not the blue hat.')).toContain('blue hat');
  });
});
