import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { offLimitsTopic, offLimitsTopicsListed } from '../../../lib/dream/off-limits';
import { thingsSaidGone } from '../../../lib/dream/replaced';

/**
 * After held-out scenario set CJ, on sentences made up here: "ich" said "isch" (Upper Saxon, Hessian, Palatine) beside
 * a verb; a Central American move said with "pasarse"; a home taken for a stay; a thing said gone with what became of
 * it; a second verb of a habit; a request kept off opened with "from now on", asked as "can you erase …", or followed
 * by a sentence listing what else it means.
 */
const AT = Date.UTC(2026, 8, 1);
const turn = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const texts = (text: string) => turn(text).facts.map((f) => f.text);
const retracted = (text: string) => turn(text).retractions.map((r) => r.value);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void turn('I live in Leeds.'), 120_000);

describe('"ich" said "isch" beside a verb in the first person', () => {
  it('a job said with "bin isch" or "isch bin"', () => {
    expect(texts('Seit März bin isch Erzieherin in ner Kita in Zwickau.')).toContain('User works as Erzieherin.');
    expect(texts('Nu, isch bin jetzt Busfahrer in Chemnitz.')).toContain('User works as Busfahrer in Chemnitz.');
  });

  it('not the Swiss and Swabian "isch" (is)', () => {
    expect(texts('Mis Velo isch kaputt.')).toEqual([]);
    expect(texts('Das isch Lehrerin Meier, die wohnt nebenan.').filter((t) => /Lehrerin/.test(t))).toEqual([]);
  });
});

describe('a move said with "pasarse" (Guatemala, El Salvador, Honduras)', () => {
  it('with "a vivir", or with the new home or the old one in the message', () => {
    expect(texts('Nos pasamos a vivir a Cobán en enero.')).toContain('User lives in Cobán.');
    expect(texts('Por fin me pasé a Antigua, alquilo un cuartito cerca del parque.')).toContain('User lives in Antigua.');
    expect(texts('Ya nos pasamos a Santa Ana. Ya no vivimos en Soyapango.')).toContain('User lives in Santa Ana.');
  });

  it('not a switch of phone company or team', () => {
    expect(texts('Me pasé a Tigo porque la señal de Claro es pésima.').filter((t) => t.startsWith('User lives'))).toEqual([]);
    expect(texts('Nos pasamos a Movistar, sale más barato.').filter((t) => t.startsWith('User lives'))).toEqual([]);
  });
});

describe('a place taken for a stay is no home', () => {
  it('rented for a week, a few nights, a honeymoon or over Easter', () => {
    for (const s of [
      'My brothers and I rented a cabin in Lake Placid for the week of August 3rd.',
      'We rented a little house in Tenby for two nights.',
      "We've rented a flat in Leith for our honeymoon.",
      'We rented a cottage in Whitby over Easter.',
    ])
      expect(texts(s).filter((t) => t.startsWith('User lives')), s).toEqual([]);
  });

  it('a home rented or bought to live in still is one', () => {
    expect(texts("I've taken a flat in Glasgow.")).toContain('User lives in Glasgow.');
    expect(texts('We rented a house in Boise for a year while the kids are in school.')).toContain('User lives in Boise.');
    expect(texts('I found a flat in Leeds for the whole family.')).toContain('User lives in Leeds.');
  });
});

describe('a thing said gone, with what became of it', () => {
  it('a make or a model, traded in, sold, not worth fixing', () => {
    const said = 'The Civic is gone. The transmission died and it wasn\'t worth fixing, so I traded it in for a used RAV4.';
    expect(retracted(said)).toContain('Civic');
    expect(thingsSaidGone("My old Passat's gone, sold it to a neighbour last week.", "My old Passat's gone, sold it to a neighbour last week.")).toEqual([{ old: 'Passat' }]);
    expect(thingsSaidGone('The Dell is history.', 'The Dell is history. The repair shop said it was beyond repair.')).toEqual([{ old: 'Dell' }]);
  });

  it('not a thing said gone without how, nor what is no thing', () => {
    expect(thingsSaidGone('My Kindle is gone, no idea where I left it.', 'My Kindle is gone, no idea where I left it.')).toEqual([]);
    expect(thingsSaidGone('The pain is gone.', 'The pain is gone. I sold it to myself as a win.')).toEqual([]);
    expect(retracted('The snow is gone, finally.')).toEqual([]);
  });
});

describe("a habit's second verb", () => {
  it('is the user\'s too', () => {
    expect(texts('I wash and iron the uniforms every Sunday.')).toContain('User washes and irons the uniforms every Sunday.');
    expect(texts('I load and unload the trucks twice a week.')).toContain('User loads and unloads the trucks twice a week.');
  });

  it('not a word that starts no verb', () => {
    expect(texts('I cycle and the kids walk every day.').some((t) => /\bthes\b/.test(t))).toBe(false);
  });
});

describe('a matter kept off, asked in more ways', () => {
  it('opened with "from now on" or "going forward"', () => {
    expect(offLimitsTopic('From now on, never mention my bankruptcy.')).toBe('bankruptcy');
    expect(offLimitsTopic('Going forward, please don\'t bring up my weight.')).toBe('weight');
  });

  it('a request to wipe asked as a question', () => {
    expect(offLimitsTopic('Can you erase whatever I told you about Rowan?')).toBe('Rowan');
    expect(offLimitsTopic('Could you please delete everything I said about my landlord and the deposit?')).toBe('landlord and the deposit');
    expect(offLimitsTopic('Can you delete the photos I sent about the flat?')).toBeUndefined();
  });

  it('a sentence after the request listing what else it means, each with its "not"', () => {
    const said = 'Please never bring up the fire again. Not the landlord, not the hotel, not the insurance. I\'m done with it.';
    const request = turn(said).facts.find((f) => f.kind === 'instruction')!;
    expect(offLimitsTopicsListed(request.text)).toEqual(['fire', 'landlord', 'hotel', 'insurance']);
    // The items are what is kept off, not values contrasted and taken back.
    expect(retracted(said)).toEqual([]);
  });

  it('not a list of how or to whom', () => {
    const said = "Please don't ever bring up the money I lost online again. Not him, not in passing, not to be kind.";
    const request = turn(said).facts.find((f) => f.kind === 'instruction')!;
    expect(offLimitsTopicsListed(request.text)).toEqual(['money I lost online']);
  });
});

describe('a job or a business held for a while, said in the perfect with how long', () => {
  it('is held now', () => {
    expect(texts("I've run a sign shop on Front Street in Durango for 22 years, mostly vinyl.")).toContain('User runs a sign shop.');
    expect(texts("I've worked as a pipefitter for 12 years.")).toContain('User works as a pipefitter.');
    expect(texts("I've run a bike shop in Leeds for over a decade.")).toContain('User runs a bike shop in Leeds.');
  });

  it('not without how long: a race run, a job held once', () => {
    expect(texts("I've run a marathon.")).toEqual([]);
    expect(texts("I've worked as a waiter before, in college.")).toEqual([]);
  });
});
