import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { ownPremises } from '../../../lib/dream/own-premises';

/**
 * One list of the kinds of business (business-kinds.ts) for the rules that read one run, owned, opened or sold: a kind
 * that only one of them knew before is read by all. Sentences made up here.
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 5, 1) });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);

describe('the kinds of business, one list for every rule', () => {
  it('"I run/own a …" reads kinds the "opened my own" rule knew', () => {
    expect(facts('I run a dojo in Carlisle.')).toContain('User runs a dojo in Carlisle.');
    expect(facts('I own a forge near Ludlow.')).toContain('User runs a forge near Ludlow.');
    expect(facts('I run a stall on the Saturday market.')).toContain('User runs a stall.');
  });

  it('"opened my own …" reads kinds the "I run a …" rule knew', () => {
    expect(ownPremises('We finally opened our own florist in Otley.').map((f) => f.text)).toEqual(['User has their own florist in Otley.']);
    expect(ownPremises('I started my own vineyard near Ludlow.').map((f) => f.text)).toEqual(['User has their own vineyard near Ludlow.']);
  });

  it('a business sold or closed, of any kind on the list', () => {
    expect(retracted('We sold the vineyard last spring.')).toContain('vineyard');
    expect(retracted('I closed the dojo in March, rent got silly.')).toContain('dojo');
  });

  it('a workplace said by its kind is any kind of business too ("a B&B", "a pub", "a bistro")', () => {
    expect(facts("I'm a night porter at a B&B in Scarborough.")).toContain('User works at a B&B in Scarborough.');
    expect(facts('I work in a pub in Hexham.')).toContain('User works in a pub in Hexham.');
    expect(facts("I'm a commis chef at a bistro in Kendal.")).toContain('User works at a bistro in Kendal.');
    expect(ownPremises('We opened our own B&B in Filey.').map((f) => f.text)).toEqual(['User has their own B&B in Filey.']);
  });

  it('not a home kitchen, pottery sold as goods, or a workshop that ended', () => {
    expect(facts('I run my kitchen like a ship.')).toEqual([]);
    expect(facts('I started a Tuesday pottery class with my sister.')).not.toContain('User runs a Tuesday pottery.');
    expect(facts('I opened a bar tab for the team.')).toEqual([]);
    expect(ownPremises('I set up my own kitchen the way I like it.')).toEqual([]);
    expect(retracted('I sold my pottery yesterday, nearly all of it.')).toEqual([]);
    expect(retracted('We closed the workshop with a quiz.')).toEqual([]);
  });
});
