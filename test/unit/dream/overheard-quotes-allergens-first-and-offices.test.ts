import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

const read = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });
const learn = (text: string) => read(text).facts.map((f) => f.text);

describe('words the user overheard, or a relative said as a script line, are not the user’s', () => {
  it('leaves out a quotation after "overheard" or "heard", wherever and whoever it was from', () => {
    expect(learn("overheard at sunday dinner, my sister-in-law Daria: 'I'm deathly allergic to cats, so if you get a cat I'm never visiting.' lol ok")).toEqual([]);
    expect(learn("overheard at the bus stop: 'I've lived in Tacoma three years.' anyway. I'm a nurse.")).toEqual(['User is a nurse.']);
    expect(learn('heard from my doctor today, "you\'re diabetic" so I\'m cutting sugar')).toEqual([]);
  });

  it('leaves out a line given to a relative or acquaintance by a colon', () => {
    expect(learn("my mum: 'I'm vegan now.' ok mum. I'm allergic to cats")).toEqual(['User is allergic to cats.']);
    expect(learn('my boss: "I live in Leeds, so commute is easy"')).toEqual([]);
  });

  it('still reads what the user says outside the quotation', () => {
    expect(learn('I heard the news, I\'m allergic to cats')).toEqual(['User is allergic to cats.']);
  });
});

describe('an allergy said allergen first', () => {
  it('is read as "I am allergic to …"', () => {
    expect(learn("brazil nuts are what i'm allergic to")).toEqual(['User is allergic to brazil nuts.']);
    expect(learn("penicillin is the drug I'm allergic to, not amoxicillin")).toEqual(['User is allergic to penicillin.']);
    expect(learn("that is what I'm allergic to")).toEqual([]);
  });

  it('is taken back by "that\'s wrong" said next, typed with or without its apostrophe', () => {
    const r = read('i told you gabapentin is what im allergic to. thats wrong. it was ondansetron that swelled my face up.');
    expect(r.facts.map((f) => f.text)).toEqual([]);
    expect(r.retractions.map((x) => [x.value, x.disproven])).toEqual([['allergic to gabapentin', true]]);
    expect(read("I told you I'm allergic to gabapentin. thats wrong.").retractions.map((x) => x.value)).toEqual(['allergic to gabapentin']);
  });
});

describe('a workplace named as "the … office in <town>"', () => {
  it('is the employer, however many words say what the office is', () => {
    expect(learn("i'm a title clerk at the county vehicle licensing office in Moses Lake.")).toEqual(['User is a title clerk.', 'User works at the county vehicle licensing office in Moses Lake.']);
  });
  it('needs a named place', () => {
    expect(learn("I'm a nurse at the hospital in town")).toEqual(['User is a nurse.']);
    expect(learn("I'm a clerk at the tax office in the city centre")).toEqual(['User is a clerk.']);
  });
});
