import { describe, expect, it } from 'vitest';
import { calledOff, everydayStatements, moreAllergens } from '../../../lib/dream/everyday-facts';
import { extractFromTurn } from '../../../lib/dream/extract';

const texts = (s: string) => everydayStatements(s).map((f) => f.text);

describe('facts said in everyday ways', () => {
  it('a household the user belongs to says the user\'s diet and home', () => {
    expect(texts('my partner and I are strictly pescatarian, any paella ideas?')).toEqual(['User is pescatarian.']);
    expect(texts("we're all vegan at home so no butter")).toEqual(['User is vegan.']);
    expect(texts('we live in a narrow terraced house in Sheffield')).toEqual(['User lives in Sheffield.']);
    // A restaurant, someone else's household, or a guess at a place say nothing about the user.
    expect(texts('we want vegan restaurants near the station')).toEqual([]);
    expect(texts('my neighbours are vegan')).toEqual([]);
    expect(texts('we live in hope')).toEqual([]);
  });

  it('a job said by how long they have done it, and the needs the assistant must allow for', () => {
    expect(texts("I've been a dental hygienist for nine years")).toEqual(['User is a dental hygienist.']);
    expect(texts('I have been working as an electrician since 2011')).toEqual(['User is an electrician.']);
    expect(texts("I've been a big fan of yours for years")).toEqual([]);
    expect(texts("I'm a wheelchair user, so the museum route has to be step-free")).toEqual(['User uses a wheelchair.']);
    expect(texts("I'm colourblind, please don't rely on red vs green in charts")).toEqual(['User is colour blind.']);
    expect(texts('I rely on a screen reader')).toEqual(['User uses a screen reader.']);
    expect(texts('my dad uses a wheelchair')).toEqual([]);
  });

  it('married, engaged or single; not married to the job, not separated in a crowd', () => {
    expect(texts('we just got engaged!! help me plan a party')).toEqual(['User is engaged to be married.']);
    expect(texts("I'm single again, honestly fine")).toEqual(['User is single.']);
    expect(texts("I'm married to my job lol")).toEqual([]);
    expect(texts('we got separated in the crowd at the concert')).toEqual([]);
    expect(texts('I did it single-handedly')).toEqual([]);
  });

  it('every allergen of a list, and a plan called off', () => {
    expect(moreAllergens("I'm allergic to latex, kiwi and sesame so careful with recipes")).toEqual(['kiwi', 'sesame']);
    const facts = extractFromTurn({ id: 't', text: "I'm allergic to latex, kiwi and sesame.", at: 0 }).facts.map((f) => f.text);
    expect(facts).toEqual(['User is allergic to latex.', 'User is allergic to kiwi.', 'User is allergic to sesame.']);
    expect(calledOff('we decided not to sell the flat after all')).toBe('sell the flat');
    expect(calledOff("we're not going to do the camino after all, knee's bad")).toBe('do the camino');
    expect(calledOff('we decided not to rush it')).toBeUndefined();
  });
});

describe('where they live, what they do and aim for, in more of the ways people say it', () => {
  const learned = (s: string) => extractFromTurn({ id: 't', text: s, at: 0 }).facts.map((f) => f.text);
  it('home', () => {
    expect(learned("I'm based out of Tucson")).toEqual(['User lives in Tucson.']);
    expect(learned("I'm currently living in Tartu, it's cold")).toEqual(['User lives in Tartu.']);
    expect(learned("I'm Brazilian but live in Lyon")).toEqual(['User lives in Lyon.']);
    expect(learned('home is Aarhus these days')).toEqual(['User lives in Aarhus.']);
    expect(learned('home is where the heart is')).toEqual([]);
    expect(learned('I grew up in Mombasa')).toEqual(['User grew up in Mombasa.']);
  });

  it('work, study and goals', () => {
    expect(learned('I do bookkeeping for a living')).toEqual(['User does bookkeeping for a living.']);
    expect(learned('I do this for a living')).toEqual([]);
    expect(learned("I'm a stay-at-home dad of three")).toEqual(['User is a stay-at-home dad.']);
    expect(learned("I'm in my final year of architecture")).toEqual(['User is in their final year of architecture.']);
    expect(learned("I'm a sophomore at Rutgers studying biology")).toEqual(['User is a sophomore at Rutgers studying biology.']);
    expect(learned("I'm saving up for a camper van")).toEqual(['User is saving up for a camper van.']);
    expect(learned("I'm trying to cut down on sugar")).toEqual(['User is trying to cut down on sugar.']);
    expect(learned("I'm trying to understand closures")).toEqual([]);
  });

  it('a pet the household has', () => {
    expect(learned('we have a border collie called Fen')).toEqual(['User has a border collie named Fen.']);
    expect(learned('I met a dog named Rex at the park')).toEqual([]);
  });
});
