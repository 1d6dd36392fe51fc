import { describe, expect, it } from 'vitest';
import { birthdayStatement } from '../../../lib/dream/birthday';
import { extractFromTurn } from '../../../lib/dream/extract';
import { withoutPasted } from '../../../lib/dream/pasted';
import { runDream } from '../../../lib/dream/run';
import { buildPreamble } from '../../../lib/preamble/build';
import { parseTemporalQuery } from '../../../lib/engine/temporal';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

function read(text: string): string[] {
  const r = extractFromTurn({ id: 'chatgpt:c1#0', text, at: Date.UTC(2026, 1, 3, 9) });
  return [...r.facts.map((f) => `${f.slot ?? ''} | ${f.text}`), ...r.retractions.map((x) => `- ${x.value} ${x.slot ?? ''}`)];
}

describe("other people's words pasted in", () => {
  it('a copied group chat, a chat export and an email thread are left out; the user\'s own words around them are read', () => {
    const chat = [
      'can you help me plan the bbq, pasting the group chat:',
      '[03.05. 18:40] Priya N: i live in leeds now btw',
      '[03.05. 18:42] Tom: im vegetarian so no burgers for me',
      '',
      'I live in york and I have the biggest garden so it is at mine.',
    ].join('\n');
    expect(read(chat)).toEqual(['user/location | User lives in york.']);
    expect(read('5/3/26, 18:40 - Priya: I am a dentist\n5/3/26, 18:41 - Tom: ha same')).toEqual([]);
    const thread = [
      'draft a short reply for me, I am a pharmacist and this is about cover:',
      '---',
      'From: Dana Okafor',
      'Subject: cover',
      'I am allergic to latex so I cannot do Fridays.',
      '---',
    ].join('\n');
    expect(read(thread)).toEqual(['user/occupation | User is a pharmacist.']);
  });

  it('names opening two or more lines are speakers; one label line, or labels, are the user\'s own notes', () => {
    expect(withoutPasted('Maria: I moved to Porto\nJo: nice!')).toBe('\n');
    expect(withoutPasted('Context: I live in Lyon\nQuestion: where should I eat?')).toBe('Context: I live in Lyon\nQuestion: where should I eat?');
    expect(withoutPasted('thanks!\n\nOn Mon, 3 Feb 2026, Ana wrote:\n> I am a nurse')).toBe('thanks!\n');
  });

  it('an appointment in brackets is not a job', () => {
    expect(read('I can take thursday but not the 18th (dentist).')).toEqual([]);
    expect(read('I do this for a living (carpenter/joiner)')).toEqual(['user/occupation | User is a carpenter.']);
  });
});

describe('a life that moves on, said the way people type it', () => {
  it('moves said without "I" after a colon or a comma, "moved up to", and "3 weeks ago" left out of the place', () => {
    expect(read('right so i did it, moved up to inverness last weekend')).toEqual(['user/location | User lives in inverness.']);
    expect(read('news nobody asked for: moved to tromsø 3 weeks ago, loving it')).toEqual(['user/location | User lives in tromsø.']);
  });

  it('a promotion said as the new title, a job said with "the", a new job and the old one left', () => {
    expect(read('got promoted!! lead nurse now, same ward.')).toEqual(['user/occupation | User is a lead nurse.']);
    expect(read("everyone asks me because i'm the QA lead")).toEqual(['user/occupation | User is a QA lead.']);
    expect(read("I'm the organised one")).toEqual([]);
    expect(read('leaving harbourline after nearly 4 yrs, starting june 2 at kestrel labs as product manager')).toEqual([
      'user/occupation | User is a product manager.',
      'user/employer | User works at Kestrel Labs.',
      '- harbourline user/employer',
    ]);
    expect(read("I'm leaving the party after 2 hours")).toEqual([]);
    expect(read('my sister got a job, starting monday as a nurse')).toEqual([]);
  });

  it('a kind of diabetes, said as what the user is', () => {
    expect(read("since i'm type 2 diabetic I watch carbs")).toEqual(['user/health:diabetes | User has type 2 diabetes.']);
    expect(read('I have T1D and run marathons')).toEqual(['user/health:diabetes | User has type 1 diabetes.']);
  });

  it("the user's birthday, stated or said on the day; never someone else's, never a party", () => {
    const feb3 = Date.UTC(2026, 1, 3, 9);
    const said = (t: string) => birthdayStatement(t, feb3)?.text;
    expect(said("it's my birthday today (3 feb, 39 🙃)")).toBe("User's birthday is 3 February.");
    expect(said('today is my birthday!')).toBe("User's birthday is 3 February.");
    expect(said("my bday's on the 21st of june")).toBe("User's birthday is 21 June.");
    expect(said('my birthday is March 9th')).toBe("User's birthday is 9 March.");
    expect(said("my wife's birthday is 14 september")).toBeUndefined();
    expect(said("it's my birthday next week")).toBeUndefined();
    expect(said('my birthday party is at 7')).toBeUndefined();
  });

  it('a pet named in lower case; one that died; a new one named in the next sentence', () => {
    expect(read('our old labrador pip is 12 and slowing down')).toEqual(['user/pet:pip | User has a labrador named Pip.']);
    expect(read('my dog really is the best')).toEqual([]);
    expect(read('pip died on sunday, the house is so quiet')).toEqual(['- pip user/pet:pip']);
    expect(read('the battery died on sunday')).toEqual([]);
    expect(read("we adopted a rescue kitten! her name's mochi, she's tiny")).toEqual(['user/pet:mochi | User has a kitten named Mochi.']);
    expect(read("I met a new colleague! her name's anna")).toEqual([]);
  });

  it('through the dream: the pet that died is history, the new one is current', async () => {
    const db = freshDb();
    await addConversation(db, 'p1', T0, [{ role: 'user', text: 'our old labrador pip is 12 and slowing down, any tips?' }]);
    await addConversation(db, 'p2', T0 + 30 * DAY, [{ role: 'user', text: 'pip died on sunday. we had him 12 years.' }]);
    await addConversation(db, 'p3', T0 + 90 * DAY, [{ role: 'user', text: "we adopted a rescue kitten! her name's mochi. tips for the first week?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 91 * DAY) });
    expect((await facts(db)).map((f) => f.text)).toEqual(['User has a kitten named Mochi.']);
  });
});

describe('what the block and the search leave out', () => {
  it('a chat whose every message of the user\'s was deleted shows no title in "Recent chats"', async () => {
    const db = freshDb();
    await addConversation(db, 'secret', T0, [
      { role: 'user', text: 'interview at Blue Finch Games on thursday, keep it quiet' },
      { role: 'assistant', text: 'Good luck on Thursday!' },
    ]);
    await db.conversations.update('chatgpt:secret', { title: 'Blue Finch Games interview' });
    await addConversation(db, 'other', T0 + DAY, [{ role: 'user', text: 'how do I invoice in euros?' }]);
    const block = () => buildPreamble({ db, recall: async () => [], now: T0 + 2 * DAY }).then((p) => p.text);
    expect(await block()).toContain('Blue Finch Games interview');
    await db.memories.update('passage:chatgpt:secret#0:0', { status: 'deleted' });
    const after = await block();
    expect(after).not.toContain('Blue Finch');
    expect(after).toContain('invoice in euros');
  });

  it('"what did I ask about in March" is a question of time alone', () => {
    const now = Date.UTC(2026, 5, 10);
    expect(parseTemporalQuery('what did I ask about in March', now).timeOnly).toBe(true);
    expect(parseTemporalQuery('what did I ask about the boiler in March', now).timeOnly).toBe(false);
  });
});

describe('set Y: answers reshaped over time, who the user is, what they studied', () => {
  it('a rule announced before a colon, and what replaces a rule just taken back, are standing instructions', () => {
    expect(read('ground rules for answers, final version: put the verdict first, then the reasons.')).toEqual([
      ' | Put the verdict first, then the reasons.',
    ]);
    expect(read('ok scrap the emoji thing — stop with the emojis please. write plainly, like a colleague would.')).toEqual([
      ' | Write plainly, like a colleague would.',
      '- emoji ',
      '- emojis ',
    ]);
    expect(read('write plainly, like a colleague would.')).toEqual([]);
  });

  it('a new instruction on the other side of a layout part retires the old one; a reminder on the same side does not', async () => {
    const db = freshDb();
    await addConversation(db, 'f1', T0, [{ role: 'user', text: 'from now on answer me in numbered lists please, I copy them into tickets.' }]);
    await addConversation(db, 'f2', T0 + 3 * DAY, [{ role: 'user', text: 'and always use numbered lists in your answers, thanks.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 4 * DAY) });
    expect((await facts(db)).length).toBe(2);
    await addConversation(db, 'f3', T0 + 10 * DAY, [{ role: 'user', text: 'new rule for answers: no numbered lists, ever. keep it to one short paragraph.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    expect((await facts(db)).map((f) => f.text).sort()).toEqual(['Keep it to one short paragraph.', 'No numbered lists, ever.']);
  });

  it('pronouns and gender said in a correction, what the user studied, fish back on the plate', () => {
    expect(read("lol i'm his husband, not his wife 😅 i'm a man, he/him please")).toEqual([
      'user/pronouns | User uses he/him pronouns.',
      'user/gender | User is a man.',
      '- his wife ',
    ]);
    expect(read('I did my masters in public health at LSHTM, so go deep')).toEqual(['user/education | User studied public health at LSHTM.']);
    expect(read('I studied hard all week')).toEqual([]);
    expect(read('i eat fish again now so pescatarian')).toEqual(['user/diet | User is pescatarian.']);
    expect(read('i eat fish and chicken again')).toEqual([]);
  });

  it('a move said "officially", a value ending at an emoji, the employer after "the" job, in French and Italian', () => {
    expect(read("i've officially moved to utrecht 🚲 left rotterdam last week")).toEqual(['user/location | User lives in utrecht.']);
    expect(read("I'm the head chef at Osteria Nove, long week")).toEqual(['user/employer | User works at Osteria Nove.', 'user/occupation | User is a head chef.']);
    expect(read('je suis infirmière chez Clinique Vauban')).toEqual(['user/employer | User works at Clinique Vauban.', 'user/occupation | User works as infirmière.']);
    expect(read('abito ad Ancona da due anni')).toEqual(['user/location | User lives in Ancona.']);
  });
});
