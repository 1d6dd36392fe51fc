import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { replacements } from '../../../lib/dream/replaced';
import { runDream } from '../../../lib/dream/run';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const one = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });

describe('a thing replaced retracts the old one, though it was never learned', () => {
  it('reads the ways people say they replaced something', () => {
    expect(replacements('finally ditched my android for an iphone 15, so far so good')).toEqual([{ old: 'android', now: 'iphone 15' }]);
    expect(replacements('we sold the old volvo in june and bought a used Skoda Octavia')).toEqual([{ old: 'volvo', now: 'Skoda Octavia' }]);
    expect(replacements('I traded in my Kindle for a Kobo Libra since the library app works on it')).toEqual([{ old: 'Kindle', now: 'Kobo Libra' }]);
    expect(replacements('upgraded from the iPad Air to a Pro over the weekend')).toEqual([{ old: 'iPad Air', now: 'Pro' }]);
    expect(replacements('I replaced my old Dell with a Framework 13 🎉')).toEqual([{ old: 'Dell', now: 'Framework 13' }]);
    // A price after the old thing is no part of its name, a dot in it included.
    expect(replacements('sold the passat for 7.450 and picked up a used Zoe')).toEqual([{ old: 'passat', now: 'Zoe' }]);
    expect(replacements('sold my bike for £1,200, got an ebike instead')).toEqual([{ old: 'bike', now: 'ebike' }]);
    // The old thing first and the new after, or the new first and the old given up after it.
    expect(replacements('finally replaced the tablet, bought a Galaxy Tab S9 FE plus 5G')).toEqual([{ old: 'tablet', now: 'Galaxy Tab S9 FE plus 5G' }]);
    expect(replacements('replaced the printer, got a brother laser and gave away the old epson')).toEqual([{ old: 'printer', now: 'brother laser' }, { old: 'epson' }]);
    expect(replacements('picked up a used Leaf to replace it and sold my Corsa to a neighbour')).toEqual([{ old: 'Corsa', now: 'Leaf' }]);
  });

  it('keeps prices, plans, questions and other people\'s swaps out', () => {
    for (const s of [
      'sold my bike for 300 quid',
      'I traded it in for something smaller',
      "I'm thinking of ditching my android for an iphone",
      'should I swap my Dell for a Framework?',
      'my sister sold her Fiat and got a Mini',
      'I never replaced my old Dell with anything',
      'got a new job and sold my car',
      'changed my tyres and got a coffee',
    ])
      expect(replacements(s), s).toEqual([]);
  });

  it('learns the new thing and retracts the old one as changed, not wrong', () => {
    const r = one('Finally ditched my android for an iphone 15.');
    expect(r.facts).toEqual([expect.objectContaining({ text: 'User switched from android to iphone 15.', correction: false })]);
    expect(r.retractions).toEqual([expect.objectContaining({ value: 'android', disproven: false })]);
  });
});

describe('how the user works, one dimension at a time', () => {
  it('days now ends nights; part-time ends full-time; neither touches the other', () => {
    const days = one("I'm on day shifts now, thank god");
    expect(days.facts).toEqual([expect.objectContaining({ text: 'User works days.', slot: 'user/work-pattern:shift' })]);
    expect(days.retractions).toEqual([expect.objectContaining({ value: 'nights', slot: 'user/work-pattern:shift', about: 'night shift' })]);
    const hours = one('went part-time at the pharmacy in april');
    expect(hours.facts).toEqual([expect.objectContaining({ text: 'User works part-time.', slot: 'user/work-pattern:hours' })]);
    expect(hours.retractions).toEqual([expect.objectContaining({ value: 'full-time', slot: 'user/work-pattern:hours' })]);
    expect(one('I work nights at the depot.').facts[0]).toMatchObject({ slot: 'user/work-pattern:shift' });
    expect(one('big news, moved onto the day shift at the bakery').retractions).toEqual([expect.objectContaining({ value: 'nights', slot: 'user/work-pattern:shift' })]);
  });

  it('"days away", "last night" and a rota for this week are not a change of shift', () => {
    expect(one("I'm days away from the deadline now").facts).toEqual([]);
    expect(one('last night I worked late on the deck').retractions).toEqual([]);
    expect(one("I'm on nights this week").facts).toEqual([]);
  });
});

describe('the chats about the old thing are marked, not offered as current', () => {
  it("the assistant's answer to a turn about the old thing is marked too, though it does not name it", async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'my passat estate makes a grinding noise when braking, is it safe to drive?' },
      { role: 'assistant', text: 'Grinding usually means the pads are worn to the metal. Have the brakes checked before driving far.' },
      { role: 'user', text: 'thanks. unrelated: good podcasts about history?' },
      { role: 'assistant', text: 'Try The Rest Is History and Fall of Civilizations.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 30 * DAY, [{ role: 'user', text: 'sold the passat and got a Zoe. where can I charge in town?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.has('passage:chatgpt:a#0:0')).toBe(true);
    expect(notes.has('passage:chatgpt:a#1:0')).toBe(true);
    expect(notes.has('passage:chatgpt:a#2:0')).toBe(false);
    expect(notes.has('passage:chatgpt:a#3:0')).toBe(false);
  });

  it('a passage about the phone given up carries the change note; one about something else does not', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'my android keeps freezing when I open the camera, any fix?' },
      { role: 'assistant', text: 'Try clearing the camera app cache on your android, then restart.' },
      { role: 'user', text: 'ok and what about a good running app' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 20 * DAY, [{ role: 'user', text: 'finally ditched my android for an iphone 15. how do I move my photos?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });

    expect((await facts(db)).map((f) => f.text)).toContain('User switched from android to iphone 15.');
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'changed', said: 'Finally ditched my android for an iphone 15.' });
    expect(notes.has('passage:chatgpt:a#1:0')).toBe(true);
    expect(notes.has('passage:chatgpt:a#2:0')).toBe(false);
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
  });

  it('night-shift chats are marked once the user is on days; a chat about last night is not', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'third night shift in a row on the ward, how do I sleep in the day?' }]);
    await addConversation(db, 'c', T0 + DAY, [{ role: 'user', text: 'last night we made a lovely risotto, how long does it keep?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'b', T0 + 30 * DAY, [{ role: 'user', text: "I'm on days now! what should I cook for weekday lunches?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });

    expect((await facts(db)).map((f) => f.text)).toContain('User works days.');
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'changed' });
    expect(notes.has('passage:chatgpt:c#0:0')).toBe(false);
  });
});
