import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set BZ, on sentences made up here: an offer or a plan turned down ("the Leeds transfer — park
 * that, I turned it down") is a change the older chats about it carry, and "staying put in" a town is where the user
 * lives (a posting or a move said no to, the home kept; "staying in" a town alone is as often a visit).
 */
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) }).facts.map((f) => f.text);

describe('an offer or a plan turned down', () => {
  it('is a change said in passing', () => {
    expect(changeSaid('Quick update on the Leeds transfer — park that, I turned it down.')?.said).toBeDefined();
    expect(changeSaid('In the end I turned down the promotion, the hours were mad.')?.said).toBeDefined();
    expect(changeSaid('I turned the Bristol offer down yesterday.')?.said).toBeDefined();
  });

  it('not a volume, a bed or the heating turned down', () => {
    expect(changeSaid('She turned the music down at last.')).toBeUndefined();
    expect(changeSaid('I turned the heating down to 18.')).toBeUndefined();
  });
});

describe('staying put in a town', () => {
  it('is where the user lives', () => {
    expect(facts("Not moving after all; I'm staying put in Carlisle.")).toEqual(['User lives in Carlisle.']);
    expect(facts("We're staying put in Hove, the market's awful.")).toEqual(['User lives in Hove.']);
  });

  it('not staying in a town for a while, nor staying put at home', () => {
    expect(facts("I'm staying in Paris for the weekend.")).toEqual([]);
    expect(facts("I'm staying put at home tonight.")).toEqual([]);
  });
});
