import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set CV, on sentences made up here: a new home told by the first night slept there, in a
 * message that says the user moved; a first night anywhere else is a trip or a stay.
 */
function homes(text: string): string[] {
  return extractFromTurn({ id: 'chatgpt:c1#0', text, at: 1000 }).facts.filter((f) => f.slot === 'user/location').map((f) => f.text);
}

describe('a first night in a new home, with the move said', () => {
  it('is where the user lives now', () => {
    expect(homes('we finally moved! first night in Leith and the neighbours already brought biscuits')).toEqual(['User lives in Leith.']);
    expect(homes('moved in on friday, first night in our new Carrington flat was freezing, how do i bleed radiators')).toEqual(['User lives in Carrington.']);
    expect(homes('all moved, my back hates me. handed back the keys to the landlord and slept the first night in the ashby house.')).toEqual(['User lives in ashby.']);
  });

  it('not a trip, a stay, a move of furniture or one not made', () => {
    expect(homes('first night in Lisbon was amazing, where should we eat tomorrow')).toEqual([]);
    expect(homes('first night at the beach house with the kids, any board games for 6')).toEqual([]);
    expect(homes('moved the couch to the other wall, first night in the den felt cozy')).toEqual([]);
    expect(homes("we haven't moved yet, first night in Denver will be in a hotel")).toEqual([]);
    expect(homes('gave my sister the keys and left for the airport, first night in Rome tomorrow')).toEqual([]);
    expect(homes('first night in years i slept 8 hours, moved my bed to the other room')).toEqual([]);
  });
});
