import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { buildPreamble } from '../../../lib/preamble/build';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

const learned = (text: string) => extractFromTurn({ id: 'chatgpt:x#0', text, at: T0 }).facts.map((f) => f.text);

describe('an instruction keeps the exception the user gave with it', () => {
  it('in the next sentence, in several languages, and within the sentence', () => {
    expect(learned('Always answer in English please. Except when I ask for a card to my aunt, then write it in Greek.')).toContain(
      'Always answer in English please. Except when I ask for a card to my aunt, then write it in Greek.',
    );
    expect(learned("Réponds-moi toujours en espagnol s'il te plaît. Sauf pour les messages au syndic: ceux-là en français.")).toContain(
      'Reply to the user in Spanish. Sauf pour les messages au syndic: ceux-là en français.',
    );
    expect(learned('please reply in German, except for code comments')).toContain('Reply to the user in German. Except for code comments.');
    expect(learned('no emojis ever. Unless I ask for a birthday message.')).toContain('No emojis ever. Unless I ask for a birthday message.');
  });

  it('a sentence that moves on is no exception, and facts take none', () => {
    expect(learned('Always answer in English please. Apart from that, thanks a lot.')).toEqual(['Always answer in English please.']);
    const facts = learned('I live in Ghent. Except in July, when we rent a place in Bouillon.');
    expect(facts.find((f) => /Ghent/.test(f))).toBe('User lives in Ghent.');
  });
});

describe('children named with their ages in brackets', () => {
  it('in a sentence about the kids, and nobody else', () => {
    const facts = learned("can you write a note to my kids' school, Tove (9) and Aksel (5) are off on Friday");
    expect(facts).toContain("User's child Tove is 9 (as of 2025-01).");
    expect(facts).toContain("User's child Aksel is 5 (as of 2025-01).");
    expect(learned('my kids and my mate Tom (35) went fishing').some((f) => /Tom/.test(f))).toBe(false);
    expect(learned('the new hires, Rita (24) and Sam (16), start monday').some((f) => /child/.test(f))).toBe(false);
  });
});

describe('an update does not mark a chat that shares only a word of time with it', () => {
  it('"sold the last two" reaches the chats about the thing sold, not one that says "last autumn"', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "I'm keeping two beehives behind the barn, the calm ones." }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'we have had three goats since last autumn, what hay is best?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 30 * DAY, [{ role: 'user', text: 'sold the last two beehives as well, to a neighbour.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
  });
});

describe('a pinned passage the user later changed', () => {
  it('shows the change beside it in About me, in a block of every site', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "For all SQL: Postgres syntax. If I say 'archive', that's the old Oracle 11 box, use Oracle syntax there." }]);
    await db.memories.update('passage:chatgpt:a#0:0', { pinned: true, pinnedAt: T0 + DAY, importance: 1 });
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'b', T0 + 40 * DAY, [{ role: 'user', text: "the Oracle 11 archive box is decommissioned, we moved it to Postgres. so the 'archive' exception is dead." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 41 * DAY) });
    const block = (await buildPreamble({ db, recall: async () => [], now: T0 + 50 * DAY })).text;
    const pinLine = block.split('\n').find((l) => l.includes('Postgres syntax'))!;
    expect(pinLine).toMatch(/\[update 2025-02-15: ".*exception is dead\.?"\]/);
  });
});
