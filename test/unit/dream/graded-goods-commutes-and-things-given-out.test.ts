import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import type { CorrectionNote } from '../../../lib/dream/corrections';
import { noteLedByTitle } from '../../../lib/preamble/title-note';

/**
 * After held-out scenario set CG, on sentences made up here: goods graded and work inspected for a living, and where;
 * a home bought said with what it is built of; the town a working day's drive starts from, read as the home; a plan
 * being called off and a thing that gave out for good, as changes; and a title's notes led by the one about its subject.
 */
const AT = Date.UTC(2026, 8, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);
const marker = (s: string) => changeSaid(s)?.marker;

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('goods graded and work inspected for a living', () => {
  it('the work, and where it is done', () => {
    const graded = facts('I grade eggs at a packing plant in Lancaster, so my back is wrecked by Friday.');
    expect(graded).toContain('User grades eggs.');
    expect(graded).toContain('User works at a packing plant in Lancaster.');
    const inspected = facts('I inspect welds at the shipyard in Pascagoula, nights mostly.');
    expect(inspected).toContain('User inspects welds.');
    expect(inspected).toContain('User works at the shipyard in Pascagoula.');
    expect(facts('I scale logs for a living.')).toContain('User scales logs.');
  });

  it('a place named in lower case is capitalised; a trade said before still gets its place', () => {
    expect(facts('i do nails at glow studio in hull')).toContain('User works at Glow Studio in Hull.');
  });

  it('not essays graded, a car inspected, or a time', () => {
    expect(facts('I graded the essays at home last night.')).toEqual([]);
    expect(facts('I inspect the car before every trip.')).toEqual([]);
    expect(facts('I cut hair at 6 tomorrow.').some((f) => f.startsWith('User works at'))).toBe(false);
  });
});

describe('a home bought, said with what it is built of', () => {
  it('two words before the home', () => {
    expect(facts('We closed on a little stone cottage in Ballina in March.')).toContain('User lives in Ballina.');
    expect(facts('We bought an old brick house in Dubuque last month.')).toContain('User lives in Dubuque.');
  });
});

describe('the town a working day starts from is the home', () => {
  it('a drive, a commute or a train from a named town every morning', () => {
    expect(facts('I drive up from Cedar Falls every morning, so the shift starts early.')).toContain('User lives in Cedar Falls.');
    expect(facts('I commute in from Swindon every day.')).toContain('User lives in Swindon.');
    expect(facts('I take the train from Utrecht each morning.')).toContain('User lives in Utrecht.');
    // Not also a habit, which would outlive a move.
    expect(facts('I drive up from Cedar Falls every morning.').some((f) => f.includes('drives'))).toBe(false);
  });

  it('not a place that is no town, nor a trip made once a week', () => {
    expect(facts('I drive down from the cabin every morning.').some((f) => f.startsWith('User lives'))).toBe(false);
    expect(facts('I usually drive from Leeds every Friday to see my mum.').some((f) => f.startsWith('User lives'))).toBe(false);
  });
});

describe('a plan being called off, and a thing that gave out for good', () => {
  it('read as changes', () => {
    expect(marker("We're calling off the pergola, the quote was silly.")).toBe('calling off');
    expect(marker('Le lave-linge Vedette a lâché pour de bon.')).toBe('a lâché');
    expect(marker('La télé a rendu l’âme hier soir.')).toBe('a rendu l’âme');
    expect(marker('Unser alter Trockner hat den Geist aufgegeben.')).toBe('hat den Geist aufgegeben');
    expect(marker('Se me dañó la lavadora, ya compré otra.')).toBe('Se me dañó');
    expect(marker('O micro-ondas pifou de vez.')).toBe('pifou');
  });

  it('not a wish, nor letting go of something or a word let slip', () => {
    expect(changeSaid("I'm thinking of calling off the party.")).toBeUndefined();
    expect(changeSaid('Il a lâché prise au dernier moment.')).toBeUndefined();
    expect(changeSaid('Elle a lâché un petit mot gentil.')).toBeUndefined();
  });
});

describe("a chat title's notes, the one about its subject first", () => {
  const note = (said: string, at: number, later?: CorrectionNote): CorrectionNote => ({ kind: 'update', at, said, passageIds: [], factIds: [], ...(later ? { later } : {}) });
  it('a note sharing a word with the title leads', () => {
    const chain = note('We moved to Tralee last month.', 1, note("The pergola's off, we're calling off the build.", 2));
    const led = noteLedByTitle(chain, 'Pergola footings');
    expect(led.said).toContain('pergola');
    expect(led.later?.said).toContain('Tralee');
    expect(led.later?.later).toBeUndefined();
  });

  it('left as it is when none or the first shares a word', () => {
    const chain = note('We moved to Tralee last month.', 1, note('The quote came back high.', 2));
    expect(noteLedByTitle(chain, 'Pergola footings')).toBe(chain);
  });
});
