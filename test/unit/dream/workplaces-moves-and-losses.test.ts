import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { bereavements } from '../../../lib/dream/bereavements';

/**
 * The rules added after held-out scenario set BI, on sentences made up here: a team leader at a place named by its
 * kind, shifts at a named institution, a home moved into by its name, a wedding planned with the partner named first
 * (and the partner's job in an aside), and someone close who died.
 */
const AT = Date.UTC(2026, 2, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('where the user works and lives, said in passing', () => {
  it('a team leader at a place named by its kind, and shifts at a named institution', () => {
    expect(facts("I'm shift leader at the bottling plant in Burton.")).toEqual(
      expect.arrayContaining(['user/occupation User is a shift leader.', 'user/employer User works at the bottling plant in Burton.']),
    );
    expect(facts('I do four long days a week at Calder Valley Hospital, 8 to 8.')).toContain('user/employer User works at Calder Valley Hospital.');
    expect(facts('I do my shopping at Leeds Station.').some((f) => f.startsWith('user/employer'))).toBe(false);
  });

  it('a home moved into by its name, not a new line of work', () => {
    expect(facts('We moved into Heron Court on Friday.')).toContain('user/location User lives at Heron Court.');
    expect(facts('I moved into management in spring.').some((f) => f.startsWith('user/location'))).toBe(false);
  });
});

describe('partners', () => {
  it('a wedding planned with the partner named first, and what the partner does in an aside', () => {
    expect(facts('Kofi (Kofi Mensah, he is a pilot at Accra) and I set the date for June.')).toEqual(
      expect.arrayContaining(['user/family:partner User is engaged to Kofi.', 'user/family:partner:job User\'s partner Kofi is a pilot in Accra.']),
    );
    expect(facts("Lena and I are getting married in the spring.")).toContain('user/family:partner User is engaged to Lena.');
    expect(facts('Sam and I set the table.').some((f) => f.startsWith('user/family'))).toBe(false);
  });

  it('someone close who died: widowed, never the living partner', () => {
    expect(facts('My husband Arturo died in March, so I am on my own now.')).toEqual(['user/family:partner User is widowed: their husband Arturo died in March.']);
    expect(bereavements('my mum passed away last year').map((f) => f.text)).toEqual(["User's mother died last year."]);
    for (const s of ["I'm scared my dad will die", "My neighbour's husband died.", 'what if my wife died?']) expect(bereavements(s), s).toEqual([]);
  });
});
