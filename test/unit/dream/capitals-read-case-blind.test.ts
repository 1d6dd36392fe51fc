import { describe, expect, it } from 'vitest';
import { employerLeft } from '../../../lib/dream/everyday-facts';
import { extractFromTurn } from '../../../lib/dream/extract';

const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 2, 9) });
const facts = (text: string) => read(text).facts.map((f) => f.text);

/**
 * Under a regex's i flag, \p{Lu} and \p{Ll} match any cased letter, so a rule that wants a name by its capital must
 * check the capital itself. These sentences were read as names, jobs and places where none was said.
 */
describe('a capital a rule reads case-blind is checked where it names something', () => {
  it('an employer that lets the user go is a name, not "the new manager" or a word before it', () => {
    expect(employerLeft('so the new manager just laid me off, can you help with my CV')).toBeUndefined();
    expect(employerLeft('well our old agency made me redundant in March')).toBeUndefined();
    expect(employerLeft('ugh Quillford made me redundant on Monday')).toBe('Quillford');
    expect(employerLeft('Tern Valley Dairies laid me off last week')).toBe('Tern Valley Dairies');
    expect(employerLeft('I was let go by Marlowe Print yesterday')).toBe('Marlowe Print');
    expect(employerLeft('ostrander made me redundant')).toBe('ostrander');
    expect(read('so the new manager just laid me off, can you help with my CV').retractions.map((x) => x.value)).toEqual([]);
  });

  it('"ich fahre als …" is a job only for a noun, not an order of going', () => {
    expect(facts('Ich fahre als Erstes zur Post, dann zum Zahnarzt.')).not.toContainEqual(expect.stringMatching(/works as/));
    expect(facts('morgen fahre ich als letzter los, reicht das für den Zug?')).not.toContainEqual(expect.stringMatching(/works as/));
    expect(facts('ich fahre als erstes zum Bäcker')).not.toContainEqual(expect.stringMatching(/works as/));
    expect(facts('Ich fahre als Busfahrer die Linie 12, welche Schuhe sind gut?')).toContain('User works as Busfahrer.');
  });

  it('a job keeps its first letters where they spell an article', () => {
    expect(facts('ich arbeite als Lokführer, wie plane ich Schichten?')).toContain('User works as Lokführer.');
    expect(facts('Ich bin Unternehmensberaterin, kannst du meine Folien kürzen?')).toContain('User works as Unternehmensberaterin.');
    expect(facts('Ich arbeite jetzt als Einkäuferin.')).toContain('User works as Einkäuferin.');
    expect(facts('Trabajo como una profesora de piano.')).toContain('User works as profesora de piano.');
    expect(facts("Lavoro come l'infermiera di notte.")).toContain('User works as infermiera di notte.');
  });

  it("a partner's job said in an aside has a place only where one is named", () => {
    const said = facts('Ines (she is a midwife at the hospital) and I got engaged, ideas for a small party?');
    expect(said).toContain("User's partner Ines is a midwife.");
    expect(facts('Ines (she is a midwife in Galway) and I got engaged!')).toContain("User's partner Ines is a midwife in Galway.");
  });
});
