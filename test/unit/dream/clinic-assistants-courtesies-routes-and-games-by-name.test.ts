import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set CF, on sentences made up here: assistants in a clinic named by its specialty, a lasting
 * condition said with its kind ("obstructive sleep apnea"), a courtesy opening with "if" that supposes nothing, work
 * said by doing it (tile set, a route driven), a game of make-believe asked for by its name, and a plan called off as
 * Portugal and Angola say it.
 */
const AT = Date.UTC(2026, 8, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const updates = (text: string) => read(text).updates.map((u) => u.marker);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('assistants in a clinic, by its specialty', () => {
  it('an orthodontic, veterinary or physician assistant, and an orthodontist', () => {
    expect(facts("Quick one: I'm an orthodontic assistant at a practice in Bozrah, and the kids keep losing their retainers.")).toContain('User is an orthodontic assistant.');
    expect(facts("I'm a vet assistant in Wexford.")).toContain('User is a vet assistant in Wexford.');
    expect(facts('I am a physician assistant at Saint Elowen.')).toContain('User is a physician assistant.');
    expect(facts("I'm an orthodontist.")).toContain('User is an orthodontist.');
  });

  it('a practitioner by what of: "a nurse practitioner" is not "a nurse"', () => {
    expect(facts("I'm a nurse practitioner, so nights are rough.")).toContain('User is a nurse practitioner.');
    expect(facts("I'm a family practitioner in Penzance.")).toContain('User is a family practitioner in Penzance.');
    expect(facts("I'm a nurse on a cardiac ward.")).not.toContain('User is a nurse practitioner.');
    expect(facts("I'm a practitioner of tai chi.")).toEqual([]);
  });

  it('a vet is still a vet, and an assistant alone is no job', () => {
    expect(facts("I'm a vet in Wexford.")).toContain('User is a vet in Wexford.');
    expect(facts("I'm a huge assistant to my mum on weekends.")).toEqual([]);
  });
});

describe('a lasting condition said with its kind', () => {
  it('obstructive sleep apnea, spelled either way', () => {
    expect(facts('I have obstructive sleep apnoea, so the CPAP comes camping with me.')).toContain('User has obstructive sleep apnoea.');
    expect(facts('I have central sleep apnea.')).toContain('User has central sleep apnea.');
  });

  it('not what a house has', () => {
    expect(facts('I have central heating in the new flat.')).toEqual([]);
  });
});

describe('a courtesy opening with "if" supposes nothing', () => {
  it('"if I may trouble you with …:", "if I may,"', () => {
    expect(facts("If I may trouble you with a work question: I'm a farrier based in Tullamore, and the winter is hard on my hands.")).toContain('User is a farrier in Tullamore.');
    expect(facts("If I may, I'm a nurse in Dundalk.")).toContain('User is a nurse in Dundalk.');
    expect(facts('If I may ask, I live in Cobh now.')).toContain('User lives in Cobh.');
  });

  it('a real condition still supposes', () => {
    expect(facts('If I may move to Cobh next year, I will sell the flat.')).toEqual([]);
    expect(facts("If you would move to Dundalk, I'd visit every week.")).toEqual([]);
  });
});

describe('work said by doing it', () => {
  it('tile or mosaic set, a route driven', () => {
    expect(facts('Morning! I set porcelain tile in hotel lobbies around Galway — long days on my knees.')).toContain('User sets porcelain tile.');
    expect(facts('I lay mosaics in spa pools in Killarney.')).toContain('User lays mosaics.');
    expect(facts('OK so I drive a bread route around Athlone, 40 stops before noon.')).toContain('User drives a bread route.');
    expect(facts('I run a rural mail route out of Ballina.')).toContain('User runs a rural mail route.');
  });

  it('not a table set, a job done once, or a route taken as a passenger', () => {
    expect(facts('I set the table in the dining room for eight.')).toEqual([]);
    expect(facts("I set tile at my sister's place last weekend.")).toEqual([]);
    expect(facts('I take the 42 bus route to work.')).toEqual([]);
  });
});

describe('a game of make-believe asked for by its name', () => {
  it('a text adventure or a murder mystery: the parts played are no facts', () => {
    expect(facts("Let's play a text adventure. I'm Captain Morwenna Pike, a smuggler with a wooden leg. I live in a lighthouse.")).toEqual([]);
    expect(facts("Let's do a murder mystery: I'm the butler and I live in the east wing.")).toEqual([]);
  });

  it('a game with no make-believe leaves the user’s own facts', () => {
    expect(facts("I live in Sligo. Let's play chess after dinner.")).toContain('User lives in Sligo.');
  });
});

describe('a plan called off, as Portugal and Angola say it', () => {
  it('"cancelámos", "desistimos", "já era"', () => {
    expect(updates('Cancelámos a viagem a Benguela por causa do trabalho.')).toContain('Cancelámos');
    expect(updates('Desistimos da casa em Cascais.')).toContain('Desistimos');
    expect(updates('O casamento em Setúbal já era.')).toContain('já era');
  });

  it('"já era tarde" is a plain "was"', () => {
    expect(updates('Já era tarde quando chegámos a Setúbal.')).toEqual([]);
  });
});
