import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set CS's round, on sentences made up here: a home in Spanish said as renting or with whom,
 * in a quarter named with its article, and a new home said by its keys; an Italian plan let go by its tickets given
 * back or by leaving it be.
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 8, 1) });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const marker = (text: string) => changeSaid(text)?.marker;

beforeAll(() => void facts('vivo en Sevilla.'), 120_000);

describe('a Spanish home', () => {
  it('rented, shared, or in a quarter named with its article', () => {
    expect(facts('Trabajo en un taller y vivo de alquiler en la Chantría con dos compañeros.')).toContain('User lives in Chantría.');
    expect(facts('vivo con mi novia en el Raval')).toEqual(['User lives in Raval.']);
    expect(facts('vivo en La Paz')).toEqual(['User lives in La Paz.']);
    expect(facts('vivo en la ciudad desde hace años')).toEqual([]);
  });

  it('a new one said by its keys', () => {
    expect(facts('¡Por fin tengo las llaves del piso en Burlada!')).toEqual(['User lives in Burlada.']);
    expect(facts('Ya tengo llaves en Villava, una casita con patio.')).toEqual(['User lives in Villava.']);
  });

  it('not a car’s keys, nor someone else’s', () => {
    expect(facts('ya tengo las llaves del coche en Pamplona')).toEqual([]);
    expect(facts('mi hermana ya tiene llaves en Burlada')).toEqual([]);
  });
});

describe('an Italian plan let go', () => {
  it('by its tickets given back, a refund, or leaving it be', () => {
    expect(marker("L'Elba quest'anno la si lascia lì, i biglietti del traghetto l'ho ridati indietro.")).toBeDefined();
    expect(marker('I biglietti del concerto li abbiamo restituiti.')).toBeDefined();
    expect(marker('Il volo per Bari ci hanno rimborsato tutto.')).toBeDefined();
  });

  it('not things given or a plan kept', () => {
    expect(marker("Quest'estate si va all'Elba, i biglietti li ho già presi.")).toBeUndefined();
  });
});
