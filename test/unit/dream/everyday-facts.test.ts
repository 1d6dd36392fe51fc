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
    expect(texts("I've been a paramedic with the county service for six years")).toEqual(['User is a paramedic.']);
    expect(texts('been an electrician 15 years now')).toEqual(['User is an electrician.']);
    expect(texts('I have been a bit quiet in class')).toEqual([]);
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
    expect(learned("I'm Brazilian but live in Lyon")).toEqual(['User lives in Lyon.', 'User is Brazilian.']);
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

describe('how and whether the user works', () => {
  const learned = (s: string) => extractFromTurn({ id: 't', text: s, at: 0 }).facts.map((f) => f.text);
  it('days a week, working for themselves, no job now, a team they lead', () => {
    expect(learned('I only work three days a week')).toEqual(['User works 3 days a week.']);
    expect(learned("I'm working four days a week next month")).toEqual([]);
    expect(learned("I'm freelance now, mostly branding work")).toEqual(['User is self-employed.']);
    expect(learned('I was made redundant in March')).toEqual(['User lost their job.']);
    expect(learned("I'm between jobs at the moment")).toEqual(['User is between jobs.']);
    expect(learned("I've been freelancing since I lost my job")).toEqual(['User is self-employed.']);
    expect(learned("it's been hard since I got laid off, but the garden helps")).toEqual([]);
    expect(learned("I'm gonna start my own business")).toEqual([]);
    expect(learned('I run the payments squad at Wise')).toEqual(['User runs the payments squad.', 'User works at Wise.']);
  });

  it('a job made of two job words is kept whole; a way of thinking the assistant should allow for', () => {
    expect(learned("I'm a student midwife")).toEqual(['User is a student midwife.']);
    expect(learned("I'm dyslexic, so short sentences help")).toEqual(['User is dyslexic.']);
  });
});

describe('make-believe said the ways people start it', () => {
  const learned = (s: string) => extractFromTurn({ id: 't', text: s, at: 0 }).facts.map((f) => f.text);
  it('a story written together, a part for the assistant to play: nothing in it is the user', () => {
    expect(learned("let's write a story together. I'm Inspector Vale, I'm 61 and I live in Glasgow. go")).toEqual([]);
    expect(learned("I'm Rook, a smuggler in Port Avel, I'm 34, you play my first mate Ines.")).toEqual([]);
    expect(learned("I'll be the detective and you be the suspect. I'm a nurse by day.")).toEqual([]);
    expect(learned('you play my favourite song so well! I live in Cork now.')).toEqual(['User lives in Cork.']);
    // Real facts before the frame stay.
    expect(learned("I'm a nurse in Leeds. Let's write a short story about a lighthouse.")).toEqual(['User is a nurse in Leeds.']);
  });
});

describe('a name to be called by, said politely', () => {
  it('the courtesy after the name is not part of it', () => {
    const learned = (s: string) => extractFromTurn({ id: 't', text: s, at: 0 }).facts.map((f) => f.text);
    expect(learned('call me Ife please')).toEqual(['User wants to be called Ife.']);
    expect(learned('call me Kit pls :)')).toEqual(['User wants to be called Kit.']);
  });
});
