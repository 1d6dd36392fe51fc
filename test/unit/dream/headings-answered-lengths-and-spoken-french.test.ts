import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set CP, on sentences made up here: a question about the user set out as a heading, a slide
 * title or a form's question and answered in the next sentence; jobs the list lacked (custodian, riveter, the "tech"
 * trades) and a job said with "here"; answers held to a length and kept free of jokes; an allergy named after
 * "allergy to"; a transplant medicine; spoken French's "j'suis"; a place cut short after a job in another language.
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) });
const facts = (text: string) => read(text).facts.map((f) => f.text);

describe('a question about the user answered in the next sentence', () => {
  it('a slide title, a form filled in, an interview with oneself', () => {
    expect(facts('Slide 1: Who am I. Sound tech at the Lyric Theatre in Leeds, I run the desk for the panto.')).toContain('User is a sound tech.');
    expect(facts('Q1: What do you do? A: cake decorator at the bakery on 21st, 8 years. Q2: On a scale of 1 to 10 how tired am I? A: 9.')).toEqual(['User is a cake decorator.']);
    expect(facts('Who am I? Night nurse, Leeds General. Anyway.')).toEqual(['User is a night nurse.']);
    expect(facts('Question 2: Occupation? Answer: plumber in Derby.')).toEqual(['User is a plumber in Derby.']);
  });

  it('not an answer that names no job, a question to the assistant, nor "who am I to …"', () => {
    expect(facts('Who am I? Honestly, no idea anymore.')).toEqual([]);
    expect(facts('What do you do? A nurse told me to rest.')).toEqual([]);
    expect(facts("What do you do? I'm stuck on this bug.")).toEqual([]);
    expect(facts('Who am I to judge? A doctor would know.')).toEqual([]);
  });
});

describe('jobs by their everyday names', () => {
  it('custodian, riveter, fabricator, and the trades that say "tech"', () => {
    expect(facts("Greetings from the school! I'm the head custodian here (9 yrs) and the gym floor is peeling.")).toEqual(['User is a head custodian.']);
    expect(facts("As of Monday I'm a riveter on the fuselage line.")).toEqual(['User is a riveter.']);
    expect(facts("So, I'm a wind turbine tech out near Sweetwater, and we're climbing today.")).toEqual(['User is a wind turbine tech.']);
    expect(facts("I'm an HVAC tech.")).toEqual(['User is an HVAC tech.']);
  });

  it('not a keeper of something, a fan, nor "the only vegan here"', () => {
    expect(facts("I'm the custodian of the family photo archive.")).toEqual([]);
    expect(facts("I'm a tech enthusiast.")).toEqual([]);
    expect(facts("I'm the only vegan here.")).toEqual([]);
  });
});

describe('how answers are to be', () => {
  const rules = (text: string) => read(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);
  it('no jokes or puns when answering, answers held to a length', () => {
    expect(rules('Please, no jokes or puns when you answer me.')).toEqual(['No jokes or puns when you answer me.']);
    expect(rules('No jokes or puns in your answers.')).toEqual(['No jokes or puns in your answers.']);
    expect(rules('Keep answers to three sentences, max.')).toEqual(['Keep answers to three sentences, max.']);
    expect(rules('Keep your replies to 100 words.')).toEqual(['Keep your replies to 100 words.']);
  });

  it('not a one-off, a question, nor answers to something else', () => {
    expect(rules('No jokes, please.')).toEqual([]);
    expect(rules('Any jokes or puns for my speech?')).toEqual([]);
    expect(rules('Keep the answers to the quiz hidden from the kids.')).toEqual([]);
    expect(rules("We don't make jokes about that at work.")).toEqual([]);
  });
});

describe('an allergy named after "allergy to", and a transplant medicine', () => {
  it('up to where the sentence says how bad it is', () => {
    expect(facts('my allergy to cucumber: 10/10 severe (lips, throat, the works).')).toEqual(['User is allergic to cucumber.']);
    expect(facts('My allergy to kiwi is getting worse.')).toEqual(['User is allergic to kiwi.']);
    expect(facts('I have an allergy to latex.')).toEqual(['User is allergic to latex.']);
  });

  it('no allergen in an article or a figure of speech', () => {
    expect(facts('I have an allergy.')).toEqual([]);
    expect(facts('my allergy to Mondays is acting up lol')).toEqual([]);
  });

  it('"I\'m on tacrolimus twice a day", not a holiday twice a year', () => {
    expect(facts("I had a kidney transplant in 2023 and I'm on tacrolimus twice a day.")).toEqual(['User takes tacrolimus.']);
    expect(facts("I'm on holiday twice a year.")).toEqual([]);
  });
});

describe('spoken French, and a job said in another language', () => {
  it('"j\'suis" and "chuis" are "je suis"', () => {
    expect(facts("Moi j'suis allergique aux épinards, grave.")).toEqual(['User is allergic to épinards.']);
    expect(facts("Wesh. J'suis agent de piste à Roissy, je charge les soutes.")).toEqual(['User works as agent de piste in Roissy.']);
    expect(facts('chuis infirmière à Lyon.')).toEqual(['User works as infirmière in Lyon.']);
  });

  it('a "j\'" before a vowel, and "Chui" the name, stay as they are', () => {
    expect(facts("I watched J'accuse last night.")).toEqual([]);
    expect(facts("Mr Chui is my dentist, I'm a teacher.")).toEqual(['User is a teacher.']);
  });

  it('a gardener in a park whose name the place rule cuts short, and "profe"', () => {
    expect(facts('Seit Montag bin ich Gärtnerin in Planten un Blomen, fest angestellt.')).toEqual(['User works as Gärtnerin.']);
    expect(facts('Ich bin Gärtnerin in Hamburg.')).toEqual(['User works as Gärtnerin in Hamburg.']);
    expect(facts('Yo soy profe de salsa en una academia.')).toEqual(['User works as profe de salsa.']);
  });
});
