import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { countsSaid } from '../../../lib/dream/later-counts';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

describe('a count said as it stands', () => {
  it('numbers and number words before a plural or a percent sign, in any language', () => {
    expect(countsSaid('nine chapters done now, the lake one is next')).toEqual([{ unit: 'chapters', value: 9 }]);
    expect(countsSaid('agora temos 212 oliveiras')).toEqual([{ unit: 'oliveiras', value: 212 }]);
    expect(countsSaid('serving at 81% this season')).toEqual([{ unit: '%', value: 81 }]);
    expect(countsSaid('1,250 subscribers as of today')).toEqual([{ unit: 'subscribers', value: 1250 }]);
  });

  it('not spans of time, money by name, questions or plans', () => {
    expect(countsSaid('I was a welder for 30 years')).toEqual([]);
    expect(countsSaid('it cost 40 euros')).toEqual([]);
    expect(countsSaid('is it worth it for 150 vines?')).toEqual([]);
    expect(countsSaid('I want to get to 40 members by June')).toEqual([]);
  });

  it('not hours given as a span ("8 till 6"): the word between the numbers counts nothing', () => {
    expect(countsSaid('the bakery is open 7 till 2 now')).toEqual([]);
    expect(countsSaid('my shifts are 6 til 2 now')).toEqual([]);
    expect(countsSaid('we do 9 thru 5 these days')).toEqual([]);
  });
});

describe('the older chats that counted the same thing', () => {
  it('carry the later count; the same number or another thing counted does not', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I have 9 chapters of the novel drafted, how do I keep momentum?' }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'we keep 3 ducks and 9 chapters of paperwork lol' }]);
    await addConversation(db, 'c', T0 + 2 * DAY, [{ role: 'user', text: 'my phone battery is at 20% by noon, normal?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY) });
    await addConversation(db, 'd', T0 + 30 * DAY, [{ role: 'user', text: '13 chapters now! the ending is close. my serve is at 60% too' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update', said: '13 chapters now!' });
    expect(notes.has('passage:chatgpt:c#0:0')).toBe(false); // a percentage of something else
    expect(notes.has('passage:chatgpt:d#0:0')).toBe(false);
  });
});
