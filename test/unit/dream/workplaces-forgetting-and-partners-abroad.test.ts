import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { offLimitsTopic } from '../../../lib/dream/off-limits';

/**
 * The rules added after held-out scenario set BP, on sentences made up here: a workplace said by its kind after "work
 * in" and a job said by what the user works on; a field of work the user is "in"; "I manage / administer X for …"; a
 * standing choice without a verb ("always Go for code examples"); "forget what I said about …", also inside a dictated
 * run-on; and a partner, a break-up and meat or fish eaten again in German, French, Spanish, Italian, Portuguese and
 * Dutch.
 */
const AT = Date.UTC(2026, 6, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());
const rules = (text: string) => read(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);

describe('where and on what the user works', () => {
  it('"I work in a <kind of place>", with where it is', () => {
    expect(facts('I work in a bakery, so early starts.')).toContain('user/employer User works in a bakery.');
    expect(facts('i work in a care home in Paisley')).toContain('user/employer User works in a care home in Paisley.');
  });

  it('not a team, a hurry, a wish or someone else', () => {
    expect(facts('I work in a team of six.')).toEqual([]);
    expect(facts('I wish I could work in a library.').some((f) => f.startsWith('user/employer'))).toBe(false);
    expect(facts('my brother works in a garage').some((f) => f.startsWith('user/employer'))).toBe(false);
  });

  it('a job said by what the user works on', () => {
    expect(facts("I've worked on oil rigs for twelve years.")).toContain('User works on oil rigs.');
    expect(facts('we work together 3 years on the packing line here')).toContain('User works on the packing line.');
    expect(facts('I work on my bike at weekends.')).toEqual([]);
    expect(facts('I worked on ferries when I was young.')).toEqual([]);
  });

  it('a field of work the user is in, and one managed for someone', () => {
    expect(facts("I'm in logistics at a furniture importer.")).toContain('user/occupation User works in logistics at a furniture importer.');
    expect(facts("i'm frontend at a travel startup")).toContain('user/occupation User works in frontend at a travel startup.');
    expect(facts('I manage payroll for two dental surgeries.')).toContain('user/occupation User does payroll for two dental surgeries.');
    // Where the user sits is no field of work; nor is "in it".
    expect(facts("I'm in reception, come down.")).toEqual([]);
    expect(facts("I'm in it for the long run.")).toEqual([]);
  });
});

describe('a business the user runs, by name', () => {
  it('the name after "called", as typed, and a place keeps its capitalised words', () => {
    expect(facts('so i run a little food truck in yuma called Los Primos and i need a menu')).toContain('User runs a little food truck in yuma called Los Primos.');
    expect(facts('I run a pub in Kendal called The Fleece.')).toContain('User runs a pub in Kendal called The Fleece.');
    expect(facts('I own a bookshop in Hay on Wye.')).toContain('User runs a bookshop in Hay.');
    expect(facts('i run a small cafe called bean there.')).toContain('User runs a small cafe.');
  });

  it("a business sold or closed is the user's no more; a thing of the shop sold is not the shop", () => {
    expect(read('ok update, sold the salon, too much stress').retractions.map((x) => x.value)).toEqual(['salon']);
    expect(read('We closed the bakery in March.').retractions.map((x) => x.value)).toEqual(['bakery']);
    expect(read("I sold the shop's old fridge.").retractions).toEqual([]);
    expect(read('we shut down the shop for the holidays').retractions).toEqual([]);
    expect(read('we closed the salon early today, power cut').retractions).toEqual([]);
  });
});

describe('a standing choice for every answer of a kind, without a verb', () => {
  it('"always X for code examples", "only X for prices"', () => {
    expect(rules('also: always Rust for code snippets unless I say otherwise.')).toEqual(['Always Rust for code snippets unless I say otherwise.']);
    expect(rules('only EUR for prices.')).toEqual(['Only EUR for prices.']);
  });

  it('not a habit, nor the answer in hand', () => {
    expect(rules('always home for dinner by six.')).toEqual([]);
    expect(rules('only Python for this one.')).toEqual([]);
  });
});

describe('"forget what I said about …"', () => {
  it('is a standing request: what it names is kept out of blocks', () => {
    const rule = read('please forget what I said about Tavi and the court case, that is his business.').facts.find((f) => f.kind === 'instruction');
    expect(rule).toBeDefined();
    expect(offLimitsTopic(rule!.text)).toBe('Tavi and the court case');
  });

  it('is found inside a dictated run-on, after a question', () => {
    const r = read('what can I get my neighbour as a thank you under twenty dollars she watered the plants all month period also please forget what I said about Dana and the loan that is not mine to share');
    const rule = r.facts.find((f) => f.kind === 'instruction');
    expect(rule?.text).toMatch(/^Forget what I said about Dana/);
    expect(offLimitsTopic(rule!.text)).toBe('Dana and the loan');
  });

  it('a run-on is cut before "I work in", and not between "forget" and "what"', () => {
    expect(facts('my back is killing me is stretching or rest better I work in a warehouse so I lift all day')).toContain('user/employer User works in a warehouse.');
  });
});

describe('a partner and a diet in other languages', () => {
  it('a partner named, and someone the user is now with', () => {
    expect(facts('Mi novia Lucía cumple años el sábado, ideas?')).toContain("user/family:partner User's girlfriend is Lucía.");
    expect(facts('ma femme Odile adore le jazz')).toContain("user/family:partner User's wife is Odile.");
    expect(facts('ich bin seit Mai mit Jonas zusammen')).toContain('user/family:partner User is in a relationship with Jonas.');
    expect(facts('je sors avec Karim depuis mars')).toContain('user/family:partner User is in a relationship with Karim.');
  });

  it('a break-up ends the partner', () => {
    for (const said of ['Jonas und ich haben uns getrennt.', "Karim et moi, on s'est séparés.", 'Terminé con Diego.', 'Io e Paolo ci siamo lasciati.', 'Terminei com o Rui.', 'Bram en ik zijn uit elkaar.'])
      expect(read(said).retractions.filter((x) => x.slot === 'user/family:partner')).toHaveLength(1);
  });

  it('meat or fish eaten again ends a vegetarian diet, said or supposed', () => {
    const r = read('Ich esse seit kurzem wieder Fisch.');
    expect(r.retractions.filter((x) => x.slot === 'user/diet').map((x) => x.value).sort()).toEqual(['vegan', 'vegetarian']);
    expect(r.facts.map((f) => f.text)).toContain('User eats fish again.');
    expect(read('Volví a comer carne en enero.').facts.map((f) => f.text)).toContain('User eats meat again.');
    expect(read('Wenn ich wieder Fleisch esse, was passiert?').retractions).toEqual([]);
  });
});

describe('Hindi typed in Latin letters, mixed with English', () => {
  it('home, a move, a job, a diet and its end, a partner and a name', () => {
    const first = facts('bhai main pure veg hoon, Indore mein rehta hoon, data analyst hoon ek bank mein');
    expect(first).toEqual(expect.arrayContaining(['user/location User lives in Indore.', 'user/occupation User is a data analyst.', 'user/diet User is vegetarian.']));
    expect(facts('finally Chennai shift ho gaye, naya flat mil gaya')).toContain('user/location User lives in Chennai.');
    expect(facts('nayi company mein SRE ka role hai')).toContain("user/occupation User's role is SRE.");
    const eggs = read('ab main eggs khaane laga hoon, protein ke liye');
    expect(eggs.retractions.map((x) => `${x.slot} ${x.value}`)).toContain('user/diet vegetarian');
    expect(eggs.facts.map((f) => f.text)).toContain('User eats eggs now (eggetarian).');
    expect(facts('meri wife Kavya CA hai')).toContain("user/family:partner User's wife is Kavya.");
    expect(facts('mera naam Arjun hai aur main teacher hoon')).toEqual(expect.arrayContaining(["user/name User's name is Arjun.", 'user/occupation User is a teacher.']));
  });

  it('not a wish, not home, not a tired "main thak gaya hoon"', () => {
    expect(facts('agar main Delhi mein rehta hoon to rent kitna hoga')).toEqual([]);
    expect(facts('aaj ghar mein rehta hoon, bahar nahi jaana')).toEqual([]);
    expect(facts('main thak gaya hoon yaar')).toEqual([]);
  });
});

describe('"no" before a capitalised word that is no mended name', () => {
  it('keeps "in French, no Claude-style hedging" as typed; a slip is still mended', () => {
    expect(rules('Always answer in French, no Claude-style hedging.')).toEqual(['Always answer in French, no Claude-style hedging.']);
    expect(rules('Always reply in Spanish, no Gemini waffle.')).toEqual(['Always reply in Spanish, no Gemini waffle.']);
    expect(facts('my cousin Tom, no Tim is a nurse.')).toContain("User's cousin is Tim.");
  });
});
