import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { workingLifeStatements } from '../../../lib/dream/working-life';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

const learned = (text: string) => extractFromTurn({ id: 'chatgpt:x#0', text, at: T0 }).facts.map((f) => f.text);
const life = (text: string) => workingLifeStatements(text, T0).map((f) => f.text);

describe('a working life said in passing', () => {
  it('a job held for years before, an age then a job, volunteering, a team, lessons', () => {
    expect(life('I was a ferry engineer for 28 years with the Caledonian Line, then I retired')).toEqual(['User was a ferry engineer for 28 years with Caledonian Line.']);
    expect(life("I'm 67, retired district nurse in Tralee, and I want to learn Irish")).toEqual(['User is a retired district nurse in Tralee.']);
    expect(life("I've started volunteering at Oxfam Books on Saturdays")).toEqual(['User volunteers at Oxfam Books.']);
    expect(life('i play water polo for the Leith Otters, goalkeeper')).toEqual(['User plays water polo for the Leith Otters.']);
    expect(life('Started pottery classes at the community centre!')).toEqual(['User is taking pottery lessons (since 2025-01).']);
    expect(life("I'm a payroll clerk at a haulage firm in Gdańsk, mostly night runs")).toEqual(['User works at a haulage firm in Gdańsk.']);
    expect(life('temos uma padaria na Covilhã desde 2015')).toEqual(['User has a padaria in Covilhã.']);
    expect(life("j'ai un atelier de céramique à Limoges")).toEqual(['User has an atelier de céramique in Limoges.']);
    expect(life('tengo una cita en Madrid el lunes')).toEqual([]);
  });

  it('leaves days, others, questions and fans', () => {
    expect(life('I play squash on Tuesdays')).toEqual([]);
    expect(life('my son plays for the Rovers')).toEqual([]);
    expect(life('should I start guitar lessons?')).toEqual([]);
    expect(life("I'm 40, a big fan of opera")).toEqual([]);
  });
});

describe('a home arrived at', () => {
  it('with the year, not a visit', () => {
    expect(learned('we came to Tromsø 2023, the kids are settled now')).toContain('User lives in Tromsø.');
    expect(learned('I emigrated to Chile in 2018')).toContain('User lives in Chile.');
    expect(learned('we came to Lisbon for the weekend').some((f) => /lives/.test(f))).toBe(false);
  });
});

describe('instructions said loosely', () => {
  it('"dont" without its apostrophe, a unit with "please and …", "from now on:" in other languages', () => {
    expect(learned("Please dont change my dialect words, leave them as they are")).toContain('Dont change my dialect words, leave them as they are.');
    expect(learned('Use metric please and round to one decimal.')).toContain('Use metric please and round to one decimal.');
    expect(learned('ab jetzt: nur den Code, keine Erklärungen.')).toContain('Nur den Code, keine Erklärungen.');
    expect(learned('y de ahora en adelante: respuestas cortas, sin listas.')).toContain('Respuestas cortas, sin listas.');
  });

  it('not a one-off or a question', () => {
    expect(learned('use metric for this one please')).toEqual([]);
    expect(learned("dont worry about it")).toEqual([]);
    expect(learned('ab jetzt: was soll ich tun?')).toEqual([]);
  });
});

describe('a note quoting what the user deleted', () => {
  it('goes with it', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I read to Mr Okonjo at the hospice every Wednesday, he loves Fela records.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [{ role: 'user', text: 'Mr Okonjo passed away on Sunday. I will miss the Fela afternoons.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    expect((await correctionsByPassage(db)).get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    // As the popup's delete leaves it (memory-edits.ts): the row stays, marked deleted.
    await db.memories.update('passage:chatgpt:b#0:0', { status: 'deleted' });
    expect((await correctionsByPassage(db)).has('passage:chatgpt:a#0:0')).toBe(false);
  });
});
