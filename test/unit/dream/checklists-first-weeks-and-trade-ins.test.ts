import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { withTaskBoxesAsLines } from '../../../lib/dream/task-boxes';

const at = Date.UTC(2026, 2, 1);
const read = (text: string) => extractFromTurn({ id: 't', text, at });
const factsOf = (text: string) => read(text).facts.map((f) => f.text);
const takenBack = (text: string) => read(text).retractions.map((r) => r.value);

describe('a message typed as a checklist', () => {
  it('reads each task box as the start of an item', () => {
    expect(factsOf('[x] van booked in [ ] new gloves: I am allergic to latex (found out at the dentist) [ ] invoice for Friday')).toContain('User is allergic to latex.');
    expect(factsOf('[ ] I am allergic to penicillin, check the prescription')).toContain('User is allergic to penicillin.');
  });

  it('leaves a single bracketed stand-in inside a sentence alone', () => {
    expect(withTaskBoxesAsLines('Fill in [x] with the client name, then send it.')).toBe('Fill in [x] with the client name, then send it.');
    expect(withTaskBoxesAsLines('[x] fridge [ ] oven')).toBe('fridge\noven');
  });
});

describe('work said by its title, its loft or its round', () => {
  it('a wedding officiant and a celebrant are jobs', () => {
    expect(factsOf("I'm a wedding officiant in Tucson, mostly small courthouse ceremonies.")).toContain('User is a wedding officiant in Tucson.');
    expect(factsOf("I'm a humanist celebrant.")).toContain('User is a humanist celebrant.');
  });

  it('meters read for the body that bills for them are the job', () => {
    expect(factsOf('I read gas meters for the council, about ninety houses a day.')).toContain('User reads gas meters.');
    expect(factsOf('I read the meters in the basement for my landlord.')).toEqual([]);
  });

  it('a loft run on a river in a town', () => {
    expect(factsOf('I run a sail loft by the Tamar in Plymouth.')).toContain('User runs a sail loft by the Tamar in Plymouth.');
    expect(factsOf('I own a small design agency by the name of Fernbrook.')).not.toContain('User runs a small design agency by the name.');
  });

  it('a first week or shift at a named place is where the user works', () => {
    expect(factsOf('First week at the Hollis depot done. Night loader, mostly parcels.')).toContain('User works at the Hollis depot.');
    expect(factsOf("survived my first shift at Brennan's bakery")).toContain("User works at Brennan's bakery.");
    expect(factsOf('how do I get through my first week at Orbitwise?')).toEqual([]);
    expect(factsOf('first week at the new gym was brutal')).toEqual([]);
  });
});

describe('leave to drop a form of the answers', () => {
  it('takes back the rule by the form it named', () => {
    expect(takenBack('ok you can drop the bullet points now, prose is fine')).toContain('bullet points');
    expect(takenBack('feel free to ditch the emojis.')).toContain('emojis');
  });

  it('leaves what is no form of an answer', () => {
    expect(takenBack('you can drop the kids at eight.')).toEqual([]);
    expect(takenBack('feel free to skip the starter, the mains are big')).toEqual([]);
  });
});

describe('homes and cars got', () => {
  it('a house closed on is where the user lives', () => {
    expect(factsOf('we closed on a condo in Tampa last week')).toContain('User lives in Tampa.');
    expect(factsOf('the bank closed on a house in Tampa')).toEqual([]);
  });

  it('a car traded for is the car the user has, its year left out of the name', () => {
    expect(factsOf('Sold off the old one. Traded it in for a 2019 Honda Jazz, blue.')).toContain('User has a Honda Jazz (since 2026-03).');
    expect(factsOf('we part-exchanged the Polo for a VW Golf')).toContain('User has a VW Golf (since 2026-03).');
    expect(takenBack('I traded my Civic in for a Toyota Yaris.')).toContain('Civic');
    expect(factsOf('traded it in for 200 quid')).toEqual([]);
  });
});
