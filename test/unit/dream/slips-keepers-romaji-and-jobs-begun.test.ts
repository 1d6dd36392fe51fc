import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { slotSearchTerms } from '../../../lib/dream/slot-topics';

/**
 * The rules added after held-out scenario set BQ, on sentences made up here: a diet mended in the same breath, in
 * English and the languages the rules read; "celiac" spelled the American way; keepers of locks and tolls; a business
 * named by its trade ("I run a florist"); an order made standing by "always" said last; a new job begun without the
 * "I" and at "the <workplace> in <place>"; a new job begun in French, Spanish, Italian and Portuguese; a change said
 * in Japanese typed in Latin letters; "don't remember any of it, the … thing"; the search words of a partner.
 */
const AT = Date.UTC(2026, 6, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());
const rules = (text: string) => read(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);

describe('a diet said wrong and mended in the same breath', () => {
  it('the diet meant, in English and in other languages', () => {
    expect(facts("I'm vegan. no wait, vegetarian, I still eat cheese.")).toContain('user/diet User is vegetarian.');
    expect(facts("I'm pescatarian, sorry, I mean vegetarian.")).toContain('user/diet User is vegetarian.');
    expect(facts('eu sou vegetariana. não, espera — vegana.')).toContain('user/diet User is vegan.');
    expect(facts('je suis végétarienne, non, pardon, végane.')).toContain('user/diet User is vegan.');
    expect(facts("I'm vegan. no wait, vegetarian.")).not.toContain('user/diet User is vegan.');
  });

  it('not a diet word that goes on to a noun, nor a question after a statement', () => {
    expect(facts("I'm vegan, no vegetarian food here tho.")).toContain('user/diet User is vegan.');
    expect(facts("I'm vegetarian. wait, is gelatin vegan?")).toContain('user/diet User is vegetarian.');
  });
});

describe('conditions, jobs and businesses by the words people use', () => {
  it('"celiac" as well as "coeliac"', () => {
    expect(facts('Since I have celiac disease, bread is out.')).toContain('user/health:celiac disease User has celiac disease.');
    expect(facts('My nephew has celiac disease.').some((f) => f.startsWith('user/health'))).toBe(false);
  });

  it('a keeper of a lock, a toll or a bridge, joined, spaced or hyphenated', () => {
    expect(facts("I'm a lock-keeper on the river.")).toContain('user/occupation User is a lock-keeper.');
    expect(facts('I was a tollkeeper for years, then retired.').some((f) => /keeper/.test(f))).toBe(false);
    expect(facts("I'm a bridge keeper.")).toContain('user/occupation User is a bridge keeper.');
    expect(facts("I'm a goalkeeper.")).toEqual([]);
  });

  it('a business named by its trade', () => {
    expect(facts('I run a little florist in Hove.')).toContain('User runs a little florist in Hove.');
    expect(facts('We run a deli in Cork.').some((f) => /deli/.test(f))).toBe(false);
    expect(facts('My aunt runs a florist in Hove.').some((f) => /florist/.test(f))).toBe(false);
  });
});

describe('"always" said last', () => {
  it('makes the order standing', () => {
    expect(rules('Please answer in Spanish, always.')).toEqual(['Answer in Spanish, always.']);
    expect(rules('kindly use metric units always, thanks')).toHaveLength(1);
    expect(rules('For all our future chats: kindly keep answers short.')).toEqual(['Kindly keep answers short.']);
  });

  it('not an order about something else, nor to someone else', () => {
    expect(rules('Wear sunscreen, always.')).toEqual([]);
    expect(rules('Tell him the truth, always.')).toEqual([]);
    expect(rules('I walk the dog always.')).toEqual([]);
  });
});

describe('a new job begun', () => {
  it('without the "I", and at the one workplace of its kind in a named place', () => {
    expect(facts('left the warehouse 🎉 starting as a tech at the fish farm in oban next week')).toContain('user/employer User works at the fish farm in oban.');
    expect(facts("I'm a clerk at the county court in Leeds.")).toContain('user/employer User works at the county court in Leeds.');
    expect(facts("I'm a nurse at the hospital.").some((f) => f.startsWith('user/employer'))).toBe(false);
    expect(facts('my sister is starting as a tech at the fish farm in Oban').some((f) => f.startsWith('user/employer'))).toBe(false);
  });

  it('in French, Spanish, Italian and Portuguese, with where', () => {
    expect(facts('Je commence demain comme infirmière à la Clinique Pasteur.')).toEqual(
      expect.arrayContaining(['user/occupation User works as infirmière.', 'user/employer User works at Clinique Pasteur.']),
    );
    expect(facts('empecé ayer como profesora de inglés en el Colegio Alameda')).toEqual(
      expect.arrayContaining(['user/occupation User works as profesora de inglés.', 'user/employer User works at Colegio Alameda.']),
    );
    expect(facts('comincio lunedì come barista presso il Caffè Nero.')).toContain('user/employer User works at Caffè Nero.');
    expect(facts('comecei ontem como enfermeira na Unimed.')).toContain('user/employer User works at Unimed.');
    expect(facts('empiezo el lunes como camarero en Sevilla.')).toEqual(['user/occupation User works as camarero in Sevilla.']);
  });

  it('not someone else, not "as planned", not a beginning to understand', () => {
    expect(facts('elle commence lundi comme serveuse chez Paul.')).toEqual([]);
    expect(facts("j'ai commencé comme prévu.")).toEqual([]);
    expect(facts('je commence à comprendre.')).toEqual([]);
    expect(facts('empiezo de nuevo mañana.')).toEqual([]);
  });
});

describe('a change said in Japanese typed in Latin letters', () => {
  it('a move done, a job quit', () => {
    expect(changeSaid('Osaka kara Kobe ni hikkoshimashita!')?.marker).toBe('hikkoshimashita');
    expect(changeSaid('baito yamechatta, tsukareta')?.marker).toBe('yamechatta');
  });

  it('not a move planned', () => {
    expect(changeSaid('raigetsu Kobe ni hikkosu yotei desu')).toBeUndefined();
  });
});

describe('what the user asks not to be remembered', () => {
  it('a pronoun, then what it is, after a comma', () => {
    expect(offLimitsTopic("please don't remember any of it, the Dana thing, ok?")).toBe('Dana');
    expect(offLimitsTopic("don't remember my new address.")).toBe('new address');
  });

  it('not what the user cannot remember', () => {
    expect(offLimitsTopic("I can't remember any of it, the whole wedding thing.")).toBeUndefined();
    expect(offLimitsTopic("I don't remember the name of that film.")).toBeUndefined();
  });
});

describe('search words', () => {
  it('a partner is found in the languages the rules read', () => {
    expect(slotSearchTerms('user/family:partner')).toMatch(/\bnamorado\b/);
    expect(slotSearchTerms('user/family:partner')).toMatch(/\bnovia\b/);
  });
});
