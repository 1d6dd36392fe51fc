import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * Trades said in the languages the rules read (fishing, hair, building, a till, cleaning, welding …), and a job and a
 * home said in Swahili. Sentences written here for these tests.
 */
const AT = Date.UTC(2026, 4, 18, 9);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);

describe('a trade said in another language', () => {
  it.each([
    ["Je suis pêcheur à Douarnenez, tu peux m'aider à calculer mes frais de gasoil ?", 'User works as pêcheur in Douarnenez.'],
    ["Je suis agent d'entretien dans un lycée, j'ai besoin d'un CV.", "User works as agent d'entretien."],
    ['Soy pescador en Puerto Madryn y necesito un presupuesto para redes nuevas.', 'User works as pescador in Puerto Madryn.'],
    ['Soy peluquera pero hoy quiero hablar de otra cosa.', 'User works as peluquera.'],
    ['Sou cabeleireira em Setúbal, preciso de ideias para o Instagram do salão.', 'User works as cabeleireira in Setúbal.'],
    ['Sono muratore a Bergamo, mi serve un preventivo per un cliente.', 'User works as muratore in Bergamo.'],
    ['Ik ben kapper in Zwolle en zoek een nieuwe stoel.', 'User works as kapper in Zwolle.'],
    ['Ich bin Friseurin in Kassel und brauche Hilfe mit der Steuer.', 'User works as Friseurin in Kassel.'],
  ])('%s', (said, fact) => {
    expect(facts(said)).toContain(fact);
  });
});

describe('a job and a home said in Swahili', () => {
  it('reads a trade after "mimi ni", with where it is done', () => {
    expect(facts('Mimi ni mvuvi huko Kilifi, nisaidie kuandika barua kwa benki.')).toContain('User works as mvuvi in Kilifi.');
    expect(facts('mimi ni fundi seremala, natafuta wateja wapya.')).toContain('User works as fundi seremala.');
    expect(facts('Nafanya kazi kama dereva wa lori, nataka ratiba ya kupumzika.')).toContain('User works as dereva wa lori.');
  });

  it('reads where the user lives or has moved to, the place as typed', () => {
    expect(facts('Ninaishi Mombasa na familia yangu. Nisaidie na bajeti.')).toContain('User lives in Mombasa.');
    expect(facts('Nimehamia Nakuru mwezi uliopita, nitafute shule karibu.')).toContain('User lives in Nakuru.');
  });

  it("is no one else's job, no name and no state, and no place not named", () => {
    expect(facts('Yeye ni mwalimu huko Moshi.')).toEqual([]);
    expect(facts('Mimi ni Fundi Juma, nisaidie.').filter((f) => /works as/.test(f))).toEqual([]);
    expect(facts('Mimi ni mgonjwa leo, nipe ushauri.').filter((f) => /works as/.test(f))).toEqual([]);
    expect(facts('Ninaishi peke yangu tangu mwaka jana.').filter((f) => /lives in/.test(f))).toEqual([]);
  });
});
