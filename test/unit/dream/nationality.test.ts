import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * The user's nationality, said as what they are (session 74, the lead's older misses; made-up sentences), and never
 * read as the user's name.
 */
const AT = Date.UTC(2026, 4, 10);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('nationality', () => {
  // The first reading builds every rule's pattern: slow on a loaded machine, so it is not a test's own time.
  beforeAll(() => void facts('warm up'), 120_000);

  it('is read where the adjective closes what is said of the user', () => {
    expect(facts("I'm Irish but I live in Lyon")).toEqual(expect.arrayContaining(['user/nationality User is Irish.', 'user/location User lives in Lyon.']));
    expect(facts('I am half Italian, half Scottish')).toContain('user/nationality User is half Italian, half Scottish.');
    expect(facts("I'm Brazilian btw, so ignore the spelling")).toContain('user/nationality User is Brazilian.');
    expect(facts("I'm French, so please no bad croissant recipes")).toContain('user/nationality User is French.');
  });

  it('a nationality, or two joined, is no name', () => {
    expect(facts("I'm British-Nigerian, so both passports")).toEqual(['user/nationality User is British-Nigerian.']);
    expect(facts("hi, I'm Chinese-Canadian and I live in Vancouver").filter((f) => f.startsWith('user/name'))).toEqual([]);
    expect(facts("I'm Anglo-Irish").filter((f) => f.startsWith('user/name'))).toEqual([]);
    expect(facts("I'm Mary-Jane, nice to meet you")).toContain("user/name User's name is Mary-Jane.");
  });

  it('not where the words go on, a negation, a supposition, or nails', () => {
    for (const s of [
      "I'm Irish dancing tonight so keep it quick",
      "I'm English teaching in Seoul",
      "I'm not Irish",
      'if I’m Irish do I need a visa for the US?',
      "I'm polish, my nails look great",
      "I'm a Polish speaker learning Czech",
      "I'm Chinese food obsessed",
      "I'm Spanish speaking",
    ])
      expect(facts(s).filter((f) => f.startsWith('user/nationality')), s).toEqual([]);
  });
});
