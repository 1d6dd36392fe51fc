import { describe, expect, it } from 'vitest';
import { changeSaid, namingNumbers } from '../../../lib/dream/later-updates';
import { correctionsByPassage, formatCorrection } from '../../../lib/dream/corrections';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

const quoted = (s: string) => changeSaid(s)?.said;

describe('a change said in passing', () => {
  it('reads things called off, given up, sold, left, moved from one value to another, in several languages', () => {
    for (const s of [
      'the Cornwall trip is off, my knee surgery got moved up.',
      'Sold the kayak to a neighbour last weekend.',
      "Marta's stepping down as treasurer after the AGM.",
      "we're switching book club from tuesdays to the first thursday of the month",
      'finally got rid of the old chest freezer',
      "I don't do the Sunday league anymore.",
      'the allotment waiting list thing fell through',
      'das Sommerfest ist abgesagt, zu wenig Anmeldungen.',
      "le concert de juin est annulé, la salle n'est plus disponible",
      'ya no voy al gimnasio de la calle Mayor',
      'de verbouwing is uitgesteld tot het voorjaar',
      'no more choir on wednesdays, the church hall closed',
      'PASSED!! first time, only 3 minors on the practical',
      'my grandad passed away in March',
      'the GP upped my sertraline to 100mg last week',
      'la doctora subió la dosis a 20mg',
      'came off the beta blockers in June, no more dizzy spells',
      'rent went up from 900 to 975 this month',
      'switched my booking to the Saturday ferry',
      'DAVE GOT A JOB!! starts monday',
      'subi o preço para 6€ por causa da farinha',
      'je suis passée aux patchs 7 mg',
      "Ive changed the title, it's Salt Roads now",
      'we renamed the bakery last month',
      "I've decided against the allotment, too far",
      'Vi flyttar inte till Göteborg.',
      'Jag klarade uppkörningen!',
      'już nie pracuję w sklepie',
      'dükkanı sattık geçen ay',
    ])
      expect(quoted(s), s).toBeDefined();
  });

  it('leaves plans, questions, denials and look-alike words', () => {
    for (const s of [
      'should I sell the kayak?',
      "I'm thinking about quitting the choir.",
      "I haven't sold the bike yet.",
      'the gig was sold out in an hour',
      'I took the day off to paint the hallway.',
      'turn the heating off at night',
      'what did I used to say about that',
      'if the trip is off we could go in May',
      'keep it to no more than three bullet points',
      'I passed the salt to my neighbour',
      'we cut the onions to the size of peas',
    ])
      expect(quoted(s), s).toBeUndefined();
  });

  it('leaves words that only look like a change: a stop on the way, a thing that changed the world, advice, wishes and attempts, a time to come', () => {
    for (const s of [
      'On the drive up we stopped at a farm shop near Penrith for scones.',
      'I stopped by the chemist on the way home to get plasters.',
      'Carry on, you stopped halfway through step 4.',
      'Honestly it felt like time stopped when she walked in.',
      'It is wild how streaming has changed the way people find new bands.',
      'That one goal completely changed the match.',
      'Try oat milk instead, it froths better.',
      'Swap "utilise" for "use" and say "people" instead of "individuals".',
      'I think I will do the tomato base instead of the pesto.',
      "I'd rather have the aisle seat instead.",
      'Councils keep building car parks instead of bike lanes.',
      "I've been trying to cut back on late-night snacking.",
      "I'm trying to switch to the earlier train but it's always packed.",
      'Right, I should get back to sanding the cupboard doors.',
      "I think I'll move to the evening class after the first week.",
      "Once the exam is over I'm sleeping for a week.",
      'Good to know I am not the only one who hates the new layout.',
    ])
      expect(quoted(s), s).toBeUndefined();
  });

  it('still reads the changes the user made with those words', () => {
    for (const s of [
      "I've been cycling to the depot instead of driving since March.",
      'we went to the Thursday matinee instead',
      'rained off in Whitby. booked the Scarborough market for July instead',
      "we won't do the Tuesday clinic; instead we will run it on Saturdays from May",
      "we'll be moving the choir practice to Fridays from next term",
      'I changed my surname back to Okafor last month.',
      'Changed the shop name to Fern & Flint.',
      'I stopped taking the iron tablets in June.',
      'the quiz night is on Wednesdays, not Tuesdays',
      'quiz is on wednesdays not tuesdays now',
      "we'll no longer need the second parking permit",
      "I've been trying to sleep earlier, so I've been reading instead of scrolling.",
      "I've been trying to sleep better since moving to Harrogate.",
      "The box scheme got pricey. Instead, I've started shopping at the Saturday market, where I can haggle.",
    ])
      expect(quoted(s), s).toBeDefined();
  });

  it('quotes a long sentence by the clauses around the change', () => {
    const long =
      'we had a lovely dinner with the in-laws on saturday, the kids were great, grandma brought her trifle, and then my brother told us the Lisbon trip is off, the airline cancelled the route, so we need a new plan for the half term week';
    const q = quoted(long)!;
    expect(q).toContain('Lisbon trip is off');
    expect(q.split(/\s+/).length).toBeLessThan(long.split(/\s+/).length);
  });
});

describe('the earlier chats a change bears on carry it', () => {
  it('notes the user passages about the same thing and the replies to them, not unrelated chats', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: "We're taking the caravan to Cornwall for a week in August, any tips for St Ives?" },
      { role: 'assistant', text: 'St Ives gets busy in August: book a pitch early and use the park-and-ride.' },
    ]);
    await addConversation(db, 'b', T0 + DAY, [
      { role: 'user', text: 'How long should I rest a brisket before slicing it?' },
      { role: 'assistant', text: 'At least an hour, wrapped.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 20 * DAY, [{ role: 'user', text: 'the Cornwall trip is off, my knee surgery got moved up. ideas for a quiet week at home?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });

    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update', said: 'the Cornwall trip is off, my knee surgery got moved up.' });
    expect(notes.get('passage:chatgpt:a#1:0')).toMatchObject({ kind: 'update' });
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
    expect(notes.has('passage:chatgpt:c#0:0')).toBe(false); // the change's own words are not their own update
    expect(formatCorrection(notes.get('passage:chatgpt:a#0:0')!, (ms) => new Date(ms).toISOString().slice(0, 10))).toBe(
      '[update 2025-01-26: "the Cornwall trip is off, my knee surgery got moved up."]',
    );
  });

  it('a word many chats share marks only the few that share most with the change', async () => {
    const db = freshDb();
    for (let i = 0; i < 12; i++)
      await addConversation(db, `g${i}`, T0 + i * DAY, [{ role: 'user', text: `gym session ${i}: squats and rows, felt ${i % 2 ? 'strong' : 'tired'}` }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 13 * DAY) });
    await addConversation(db, 'q', T0 + 20 * DAY, [{ role: 'user', text: 'no more gym sessions for me, squats and rows hurt my back.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const marked = [...(await correctionsByPassage(db)).values()].filter((n) => n.kind === 'update');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThanOrEqual(6);
  });

  it('a change a rule reads keeps that rule’s note', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I live in Porto and need a climbing gym.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [{ role: 'user', text: "I'm not in Porto anymore, Lisbon now." }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    expect((await correctionsByPassage(db)).get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'changed' });
  });
});

describe('an update and a rule’s note on the same passage', () => {
  it('a later update does not hide that the assistant’s assumption was corrected', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'need a week of easy dinners, low in carbs, cooking for two' },
      { role: 'assistant', text: 'Since you have diabetes, I kept each of the dinners low in carbs.' },
      { role: 'user', text: "no no, my dad's the diabetic, not me. the dinners are for both of us though" },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 5 * DAY, [{ role: 'user', text: 'his GP upped the gliclazide to 80mg, dinners stay the same' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 6 * DAY) });
    expect((await correctionsByPassage(db)).get('passage:chatgpt:a#1:0')).toMatchObject({ kind: 'corrected' });
  });
});

// Session 58, from the note of session 57: the name before a number had its capital read case-blind.
describe('numbers that name a thing in an update', () => {
  it('are the ones after "the"/"my" or a capitalised name, not after any word', () => {
    expect([...namingNumbers('sold the 308 and got a Yaris')]).toEqual(['308']);
    expect([...namingNumbers('swapped the Boeing 737 shifts for Airbus ones')]).toEqual(['737']);
    expect([...namingNumbers('the landlord wants 1450 now, up from 1300 for the flat')]).toEqual([]);
    expect([...namingNumbers('my 2024 taxes and the 300 quid')]).toEqual([]);
  });
});
