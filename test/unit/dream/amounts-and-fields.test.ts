import { describe, expect, it } from 'vitest';
import { correctionsByPassage, formatCorrection } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { countsSaid } from '../../../lib/dream/later-counts';
import { changeSaid } from '../../../lib/dream/later-updates';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

const learned = (text: string) => extractFromTurn({ id: 'chatgpt:x#0', text, at: T0 }).facts.map((f) => f.text);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('an amount said against what it is', () => {
  it('the word before the amount is what it counts; a goal’s sentence states only the goal', () => {
    expect(countsSaid('we set the renovation budget at €12,000 in the end')).toEqual([{ unit: 'budget €', value: 12000 }]);
    expect(countsSaid('new goal £6k for the van')).toEqual([{ unit: 'goal £', value: 6000 }]);
    expect(countsSaid('rent: $1,450 from March')).toEqual([{ unit: 'rent $', value: 1450 }]);
    expect(countsSaid('I paid £30 for the tickets')).toEqual([]);
    expect(countsSaid('aiming for 30 chapters by June')).toEqual([]);
    expect(countsSaid('should the budget be £900?')).toEqual([]);
  });

  it('the older passage with another amount of it carries the later words', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'planning the allotment shed, budget of £600. timber or metal?' }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'spent £40 on seeds, is that a lot?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 30 * DAY, [{ role: 'user', text: 'the felt roof adds up, raising my budget to £850. where do I save?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(formatCorrection(notes.get('passage:chatgpt:a#0:0')!, day)).toMatch(/£850/);
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
  });
});

describe('a change said with its count', () => {
  it('reaches the passages its words reach and the ones that counted the same thing', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I keep 40 ewes on the hill farm, what mineral licks do they need?' }]);
    await addConversation(db, 'b', T0 + 20 * DAY, [{ role: 'user', text: 'lambing went well, we now have 65 ewes after keeping some back' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    await addConversation(db, 'c', T0 + 60 * DAY, [{ role: 'user', text: 'we sold 25 ewes at the mart, so back to 40 ewes. worth it?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 61 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:b#0:0')).toMatchObject({ kind: 'update' });
  });

  it('"is off anyway" is a change; a rule’s change and an amount said in one breath are both shown', async () => {
    expect(changeSaid('the choir trip is off anyway, no coach')).toBeDefined();
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'saving for a campervan, target £9,000. I have £2,000 so far' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 30 * DAY, [{ role: 'user', text: 'prices went up. new target £12,000. I have £3,500 so far now' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const note = (await correctionsByPassage(db)).get('passage:chatgpt:a#0:0')!;
    expect(formatCorrection(note, day)).toMatch(/12,000/);
    expect(formatCorrection(note, day)).toMatch(/3,500/);
  });
});

describe('work said loosely', () => {
  it('trades by their everyday names and crafts, introduced with a year', () => {
    expect(learned('3rd year apprentice chippy here, Cardiff. best saw for skirting?')).toContain('User is a 3rd year apprentice chippy.');
    expect(learned("I'm a bookbinder in Ghent")).toContain('User is a bookbinder in Ghent.');
  });

  it('an instruction after what it is about', () => {
    expect(learned('for emails always write in British English')).toContain('For emails always write in British English.');
    expect(learned('for breakfast always eat protein')).toEqual([]);
  });

  it('the field worked in, said in Spanish, French, German', () => {
    expect(learned('trabajo en marketing para una editorial')).toContain('User works in marketing.');
    expect(learned('je travaille dans la finance')).toContain('User works in finance.');
    expect(learned('trabajo en Madrid')).toEqual([]);
  });
});
