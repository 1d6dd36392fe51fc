import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/** The change notes one message leaves for older chats (the user's words each quotes). */
const notes = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 }).updates.map((u) => u.said);

describe('a home or a workplace left, told by its keys given back', () => {
  it('reads keys handed back or in, in English, Dutch, German, French, Spanish and Italian', () => {
    expect(notes('handed the keys back to the landlord today')).toEqual(['handed the keys back to the landlord today']);
    expect(notes('closed on a house in Cynthiana friday, and Delmar got the Stephens St keys back sunday.')).toHaveLength(1);
    expect(notes('Sleutels van de bovenwoning ingeleverd bij die ouwe vent, en sinds zaterdag zitten we in Zoetermeer.')).toHaveLength(1);
    expect(notes('Gestern die Schlüssel von der alten Wohnung abgegeben.')).toHaveLength(1);
    expect(notes("J'ai rendu les clés de l'appart hier.")).toHaveLength(1);
    expect(notes('Ayer devolví las llaves del piso de Gràcia.')).toHaveLength(1);
    expect(notes('Ho riconsegnato le chiavi del negozio venerdì.')).toHaveLength(1);
  });

  it('does not read keys found again or lent', () => {
    expect(notes('finally got my keys back from lost and found')).toEqual([]);
    expect(notes('gave my sister the keys so she can feed the cat')).toEqual([]);
    expect(notes('Mom got the car keys back from the valet')).toEqual([]);
    expect(notes('handed the locker key back at the gym')).toEqual([]);
  });

  it('does not read keys got back between other people', () => {
    expect(notes('my sister got the keys back from her ex')).toEqual([]);
    expect(notes('Dana got the keys back from his tenant last week')).toEqual([]);
  });
});

describe('Spanish: a thing scrapped, a plan fallen through in the perfect of Spain', () => {
  it('reads "grúa y al desguace" and "lo de … se ha caído"', () => {
    expect(notes('La Kangoo dijo basta en la cuesta, grúa y al desguace, pobrecuca.')).toHaveLength(1);
    expect(notes('Lo de los Picos se ha caído: a Chema le operan de la rodilla.')).toHaveLength(1);
  });
  it('not a visit to the scrapyard, nor a fall', () => {
    expect(notes('voy al desguace a por una pieza')).toEqual([]);
    expect(notes('mi hijo se ha caído de la bici')).toEqual([]);
  });
});
