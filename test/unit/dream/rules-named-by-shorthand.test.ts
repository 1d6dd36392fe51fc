import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set BZ, on sentences made up here: an instruction taken back by the shorthand it went by
 * ("scrap the ELI5 thing", "forget the TL;DR-at-the-end rule", "drop the pros/cons-table thing"). The rule's name was
 * read as letters alone, so a digit, a semicolon or a slash inside it left the request unread and the rule in force.
 */
const ended = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 }).retractions.filter((x) => !x.instructionsThat).map((x) => x.value);

describe('an instruction taken back by its shorthand', () => {
  it('a shorthand with a digit, a semicolon or a slash names the rule', () => {
    expect(ended('Scrap the ELI5 thing, I follow the maths fine now.')).toEqual(['ELI5']);
    expect(ended('Forget the TL;DR-at-the-end rule please.')).toEqual(['TL;DR at the end']);
    expect(ended('Drop the pros/cons-table thing, it takes too long to read.')).toEqual(['pros/cons table']);
  });

  it('a semicolon between clauses is no shorthand', () => {
    expect(ended('Forget it; the rule stands.')).toEqual([]);
  });
});
