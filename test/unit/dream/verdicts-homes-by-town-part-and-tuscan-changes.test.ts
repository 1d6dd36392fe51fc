import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set CK's round, on sentences made up here: a claim taken back by a bare "— wrong" in its own
 * sentence; a home bought on one side of a town; a home given up and a move-in said with its day; a greeting that is
 * no return; a mill job by what is tended; a condition named after a person without the possessive; a number in
 * brackets opening a rule inside a paragraph; an Italian shop left, a plan that "salta", a booking cancelled; a
 * business of one's own given up in Italian, Spanish, French and Portuguese.
 */
const AT = Date.UTC(2026, 8, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);
const marker = (s: string) => changeSaid(s)?.marker;

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('a claim taken back by a bare verdict after a dash or a colon', () => {
  it('retracts the claim, and learns nothing from it', () => {
    const said = read("Quick fix: I told you I'm allergic to walnuts — wrong. It's pecans.");
    expect(said.retractions.map((r) => r.value)).toContain('allergic to walnuts');
    expect(said.facts.map((f) => f.text)).not.toContain('User is allergic to walnuts.');
    expect(retracted('I said my brother lives in Tulsa: not true, he moved to Boise years ago.')).toContain('brother lives in Tulsa');
  });

  it('not a word "wrong" that judges something else', () => {
    expect(read('I told you the shelf brackets were the wrong size.').retractions).toEqual([]);
    expect(read('I said we should try the other road - wrong turn after wrong turn.').retractions).toEqual([]);
  });
});

describe('a home got on one side or at the edge of a town', () => {
  it('is in that town', () => {
    expect(facts('We bought a small bungalow on the south side of Duluth last spring.')).toContain('User lives in Duluth.');
    expect(facts('I rented a flat in the west end of Cardiff.')).toContain('User lives in Cardiff.');
    expect(facts('we closed on a farmhouse on the outskirts of Red Wing on the 2nd')).toContain('User lives in Red Wing.');
  });

  it('not a place taken for a stay', () => {
    expect(facts('We rented a cottage on the edge of Whitby for two nights.').some((f) => f.startsWith('User lives'))).toBe(false);
  });
});

describe('a home given up, a move-in with its day, a greeting', () => {
  it('are changes', () => {
    expect(marker('The Elm Road flat is handed back, keys and all.')).toBeDefined();
    expect(marker('Handed the keys back to the landlord yesterday.')).toBeDefined();
    expect(marker("I'm out of the Dunmore apartment for good.")).toBeDefined();
    expect(marker('We moved in Thursday and the boxes are everywhere.')).toBeDefined();
    expect(marker('Moved in on the 3rd, finally.')).toBeDefined();
  });

  it('not papers handed back, a night out, or a greeting to a channel', () => {
    expect(marker('The essays were handed back on Monday.')).toBeUndefined();
    expect(marker("I'm out for the night with the girls.")).toBeUndefined();
    expect(marker('hey everyone, welcome back to the stream!! today we bake bread')).toBeUndefined();
  });
});

describe('a job by the machine it tends, and a condition named after a person', () => {
  it('is read', () => {
    expect(facts("I'm a boiler tender at the county hospital.")).toContain('User is a boiler tender.');
    expect(facts('so I have Tourette syndrome, mostly motor tics.')).toContain('User has Tourette syndrome.');
    expect(facts('I was diagnosed with Crohn disease in 2019.')).toContain('User has Crohn disease.');
    expect(facts('I have systemic lupus, so sun is a trigger.')).toContain('User has systemic lupus.');
  });

  it('not "tender" as a feeling', () => {
    expect(facts("I'm a tender soul, honestly.")).toEqual([]);
  });
});

describe('a number in brackets opening a rule inside a paragraph', () => {
  it('is read without the number', () => {
    const rules = read('Two standing rules for you from now on. 1) Always give me the metric figures first. 2) Keep it under 200 words.').facts.filter((f) => f.kind === 'instruction').map((f) => f.text);
    expect(rules).toContain('Always give me the metric figures first.');
  });

  it('not a numbered line of its own', () => {
    expect(read('My to-do list:\n1) Call the vet about Pip.\n2) Buy stamps.').facts.filter((f) => f.kind === 'instruction')).toEqual([]);
  });
});

describe('Italian: a shop left, a plan that falls through, a booking cancelled', () => {
  it('are changes', () => {
    expect(marker('Ho lasciato il negozio di Arezzo a mio fratello.')).toBeDefined();
    expect(marker("La bottega l'ho ceduta al mio socio.")).toBeDefined();
    expect(marker('La gita a Volterra salta.')).toBeDefined();
    expect(marker("L'albergo ha disdetto la prenotazione.")).toBeDefined();
    expect(marker('Un son più cuoco, ora faccio il pane.')).toBeDefined();
  });

  it('not keys left in the car, "un po\' più", or a jump', () => {
    expect(marker('Ho lasciato le chiavi in macchina.')).toBeUndefined();
    expect(marker("Mi serve un po' più di tempo per finire.")).toBeUndefined();
    expect(marker('Il gatto salta sul tavolo ogni mattina.')).toBeUndefined();
  });

  it('a business of one\'s own given up is retracted, in Italian, Spanish, French and Portuguese', () => {
    expect(retracted("Ho chiuso il negozio di Arezzo, l'affitto era troppo alto.")).toContain('negozio');
    expect(retracted('Traspasé la panadería a mi cuñado.')).toContain('panadería');
    expect(retracted("J'ai cédé mon atelier à un ancien apprenti.")).toContain('atelier');
    expect(retracted('Fechamos a padaria em maio.')).toContain('padaria');
  });

  it('not keys left at the shop', () => {
    expect(retracted('Ho lasciato le chiavi in negozio.')).toEqual([]);
  });

  it('a shop had is said with its article once', () => {
    expect(facts('Ho una bottega a Cortona.')).toContain('User has a bottega in Cortona.');
  });
});
