import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set CC, on sentences made up here: a move said with Latin American Spanish "cambiarse", and a
 * move or a plan's end as German dialects type them (Kölsch, Bavarian, Swabian, Swiss).
 */
const AT = Date.UTC(2026, 5, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('a move said with "cambiarse"', () => {
  it('with "de casa" or "a vivir", or beside the new home', () => {
    expect(facts('Nos cambiamos de casa a Temuco en julio.')).toContain('User lives in Temuco.');
    expect(facts('Me cambié a vivir a Rancagua.')).toContain('User lives in Rancagua.');
    expect(facts('¡Me cambié a Quilpué! Ahora arriendo una casa nueva con patio.')).toContain('User lives in Quilpué.');
  });

  it('not a switch of company or of phone', () => {
    expect(facts('Me cambié a Entel, dejé Movistar porque era carísimo.')).toEqual([]);
    expect(facts('Me cambié a WOM. Vivo en Talca y la señal era mala.')).not.toContain('User lives in WOM.');
  });
});

describe('a move or a plan ended, as German dialects type them', () => {
  it('moved, no more, and comes to nothing', () => {
    expect(changeSaid('Mer sin ömjetrocke, vun Ehrenfeld noh Sülz.')).toBeDefined();
    expect(changeSaid('Mir san umzogn, jetzt wohn ma in Giesing.')).toBeDefined();
    expect(changeSaid('Mit dem Café es nix mih, dat weed nix.')).toBeDefined();
    expect(changeSaid('Den Laden gibt’s nimma.')).toBeDefined();
    expect(changeSaid('Mir sind züglet, vo Bern uf Thun.')).toBeDefined();
  });

  it('not what changes nothing', () => {
    expect(changeSaid('Das wird nichts ändern, glaub ich.')).toBeUndefined();
    expect(changeSaid('Dat es nix för mich, ich ess keine Muscheln.')).toBeUndefined();
  });
});
