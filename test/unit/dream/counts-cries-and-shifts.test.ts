import { describe, expect, it } from 'vitest';
import { correctionsByPassage, formatCorrection } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { runDream } from '../../../lib/dream/run';
import { workingLifeStatements } from '../../../lib/dream/working-life';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

const life = (text: string) => workingLifeStatements(text, T0).map((f) => f.text);
const updates = (text: string) => extractFromTurn({ id: 'chatgpt:x#0', text, at: T0 }).updates.map((u) => u.said);

describe('work said by its hours', () => {
  it('shifts, a seasonal job, days worked at a named place', () => {
    expect(life('the cafe was full so I took evening shifts at Marlowe Books instead')).toEqual(['User works evening shifts at Marlowe Books.']);
    expect(life('I got a Christmas job at Fenwick')).toEqual(['User has a Christmas job at Fenwick.']);
    expect(life('I work Sundays at the Old Mill')).toEqual(['User works Sundays at Old Mill.']);
  });

  it('leaves wishes, days that name no place, and lower-case places', () => {
    expect(life("I'd love a summer job at the Aquarium")).toEqual([]);
    expect(life('I took shifts at Easter')).toEqual([]);
    expect(life('I do weekend shifts at the local pool')).toEqual([]);
  });
});

describe('a change said as a cry, or against the old value', () => {
  it('a short cry quotes the sentence after it, and that sentence is not noted twice', () => {
    expect(updates('Exam result came today — passed!! Grade 6 piano now. Recital is in May.')).toEqual(['Exam result came today — passed!! Grade 6 piano now.']);
  });

  it('reads "moves to", and a new value said against the old one', () => {
    for (const s of ['the Monday choir moves to Wednesday from March', 'we switched to the early ferry', 'my appointment is at Leeds General, not Jimmy’s'.replace('’', "'")])
      expect(changeSaid(s), s).toBeDefined();
    expect(changeSaid('tell me about Leeds, not London, this time?')).toBeUndefined();
  });
});

describe('a time said again with a new number', () => {
  it('notes the older time of the same thing, named anywhere in the turn, not another thing timed', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'training for the 400m trial, I run it in 71 seconds right now. drills?' }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'my microwave popcorn burns after 90 seconds, why' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 40 * DAY, [{ role: 'user', text: 'Trial done! The 400m went well. 66 sec on the clock.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 41 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
  });
});

describe('a rule’s note and a later update on one passage', () => {
  it('both are shown, the rule’s first', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I live in Porto and swim 40 lengths a week. how do I get faster?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [{ role: 'user', text: "I'm not in Porto anymore, Lisbon now." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    await addConversation(db, 'c', T0 + 20 * DAY, [{ role: 'user', text: 'I swim 60 lengths a week these days.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const note = (await correctionsByPassage(db)).get('passage:chatgpt:a#0:0')!;
    expect(note).toMatchObject({ kind: 'changed', later: { kind: 'update' } });
    expect(formatCorrection(note, (ms) => new Date(ms).toISOString().slice(0, 10))).toMatch(/^\[changed [^\]]+Lisbon[^\]]+\] \[update [^\]]+60 lengths[^\]]+\]$/);
  });
});

describe('a job said the Turkish way', () => {
  it('the job and the "I am" suffix in one word; after a consonant only with "ben", as the suffix also means "my"', () => {
    const jobs = (text: string) => extractFromTurn({ id: 'chatgpt:x#0', text, at: T0 }).facts.map((f) => f.text);
    expect(jobs('eczacıyım, Konya’da çalışıyorum'.replace('’', "'"))).toContain('User works as eczacı.');
    expect(jobs('ben mühendisim')).toContain('User works as mühendis.');
    expect(jobs('mühendisim bunu söyledi')).toEqual([]);
    expect(jobs('terzim çok iyi')).toEqual([]);
  });
});
