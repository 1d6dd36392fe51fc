import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { LONG_MESSAGE_CHARS, mayTellAChange } from '../../../lib/dream/long-messages';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

// A press release pasted in to be summarised: every sentence a change, none of them the user's.
const ARTICLE = [
  'Hebridean Link Ferries announced on Monday that the overnight crossing to Islay has been cancelled from the spring timetable.',
  'The operator sold its two oldest vessels, the Morvern and the Sound of Gigha, to a buyer in Norway last year.',
  'Freight bookings moved from the Kennacraig terminal to the new linkspan at Tayinloan, which opened in February.',
  'Fares went up from £38 to £44 for a car and driver, and the company no longer offers cabins on the day sailings.',
  'Community councils on the island said the change had been made without consultation, and that hauliers were already',
  'switching their lorries to the Oban route instead. A spokesperson for the operator said the decision was driven by crew',
  'shortages and rising fuel costs, and that the timetable would be reviewed again in the autumn. Passenger numbers fell',
  'by 12% over the winter, down from 41,000 to 36,000, while freight rose slightly. The council has asked the Scottish',
  'ministers to step in before the summer season, when visitor traffic usually doubles.',
].join(' ');
const PASTED = `can you turn this into three short bullet points for our cycling club newsletter?\n\n${ARTICLE}`;
const updatesOf = (text: string) => extractFromTurn({ id: 't1', text, at: T0 }).updates.map((u) => u.said);

describe('a long message is mostly pasted text', () => {
  it('reads no change from a pasted article, though each of its sentences alone reads as one', () => {
    expect(PASTED.length).toBeGreaterThan(LONG_MESSAGE_CHARS);
    expect(updatesOf(PASTED)).toEqual([]);
    // The same sentences typed as a chat message of their own are changes told, about someone else as often as not.
    expect(updatesOf('the operator sold its two oldest vessels to a buyer in Norway last year')).toHaveLength(1);
    expect(updatesOf('Fares went up from £38 to £44 for a car and driver.')).toHaveLength(1);
  });

  it('still reads what the user says of themselves in a long message', () => {
    const story = `${ARTICLE} Anyway, that settles it for me: I sold my road bike to a lad from the club and I'm getting the train to Oban from now on.`;
    expect(updatesOf(story).some((s) => /sold my road bike/.test(s))).toBe(true);
    expect(updatesOf(story).some((s) => /Morvern/.test(s))).toBe(false);
  });

  it('knows the user speaking of themselves in the languages the rules read', () => {
    const long = LONG_MESSAGE_CHARS + 1;
    for (const s of ['i quit the choir last month', "J'ai vendu mon vélo.", 'Ich habe meine Stelle gekündigt.', 'Vendí mi coche.', 'Я продал свою машину, мой брат купил её.', '我把车卖了。', 'Jag sålde min båt.'])
      expect(mayTellAChange(s, long), s).toBe(true);
    for (const s of ['The operator sold its two oldest vessels.', 'Die Firma hat den Standort geschlossen.', 'La empresa cerró la fábrica.'])
      expect(mayTellAChange(s, long), s).toBe(false);
    expect(mayTellAChange('The operator sold its two oldest vessels.', LONG_MESSAGE_CHARS - 1)).toBe(true);
  });

  it('puts no note from a pasted article on an older chat that shares a word with it', async () => {
    const db = freshDb();
    await addConversation(db, 'trip', T0, [
      { role: 'user', text: 'taking the bikes over to Islay in May, is the overnight crossing worth it or should we go in the morning?' },
      { role: 'assistant', text: 'The morning sailing gets you there with the whole day to ride.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'news', T0 + 10 * DAY, [{ role: 'user', text: PASTED }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    expect((await correctionsByPassage(db)).has('passage:chatgpt:trip#0:0')).toBe(false);

    // The user's own change, told at the end of the same long message, is still noted on the older chat.
    await addConversation(db, 'news2', T0 + 20 * DAY, [{ role: 'user', text: `${PASTED}\n\nps the Islay trip is off for me, I sold the bike.` }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    expect((await correctionsByPassage(db)).get('passage:chatgpt:trip#0:0')).toMatchObject({ kind: 'update', said: expect.stringMatching(/Islay trip is off/) });
  });
});
