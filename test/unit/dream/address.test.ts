import { describe, expect, it } from 'vitest';
import { addressChange } from '../../../lib/dream/address';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const one = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });

describe('a change in how the user wants to be addressed', () => {
  it('reads the ways people give up a form of address and name the new one', () => {
    expect(addressChange("please don't call me Bex anymore, Rebecca is fine")).toEqual({ drop: 'Bex', now: 'Rebecca' });
    expect(addressChange('can you stop calling me Jonny? just Jonathan')).toEqual({ drop: 'Jonny', now: 'Jonathan' });
    expect(addressChange("i'm so over Kit as a nickname")).toEqual({ drop: 'Kit' });
    expect(addressChange('no more nicknames from now on, just Eleanor. everywhere')).toEqual({ now: 'Eleanor' });
    expect(addressChange('could you go back to calling me Liz')).toEqual({ now: 'Liz' });
    expect(addressChange('drop the nickname and address me by my full name')).toEqual({ now: 'their full name' });
    expect(addressChange('stop calling me Teddy please')).toEqual({ drop: 'Teddy' });
    expect(addressChange("don't call me Anne Marie any more, just Anne")).toEqual({ drop: 'Anne Marie', now: 'Anne' });
  });

  it('leaves other people, hypotheticals and phone calls alone', () => {
    for (const s of [
      'my brothers never call me Bex',
      "don't call me after 9pm, the baby's asleep",
      'stop calling me back on the landline',
      'if you stopped calling me Bex I would be confused',
      'what does no nickname mean in this form?',
      'the kids have gone off pasta lately',
    ])
      expect(addressChange(s), s).toBeNull();
  });

  it('retracts the old form from the call-me slot and learns the new one', () => {
    const r = one("Please stop calling me Bex, it's Rebecca.");
    expect(r.facts).toContainEqual(expect.objectContaining({ slot: 'user/call-me', text: 'User wants to be called Rebecca.' }));
    expect(r.retractions).toContainEqual(expect.objectContaining({ slot: 'user/call-me', value: 'Bex', disproven: false }));
  });

  it('after the dream, the old nickname is no longer how the user wants to be called', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'Can you help me plan a hike? Oh and call me Rob, everyone does.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain('User wants to be called Rob.');
    await addConversation(db, 'b', T0 + 40 * DAY, [{ role: 'user', text: 'small thing: no nickname from now on, just Robert please. can you fix my CV header?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 41 * DAY) });
    const now = (await facts(db)).map((f) => f.text);
    expect(now).toContain('User wants to be called Robert.');
    expect(now).not.toContain('User wants to be called Rob.');

    const db2 = freshDb();
    await addConversation(db2, 'a', T0, [{ role: 'user', text: 'call me Rob, everyone does. what boots for a first hike?' }]);
    await runDream({ db: db2, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db2, 'b', T0 + 40 * DAY, [{ role: 'user', text: "please don't call me Rob anymore. anyway, tips for a CV?" }]);
    await runDream({ db: db2, trigger: 'manual', now: clock(T0 + 41 * DAY) });
    expect((await facts(db2)).map((f) => f.text)).not.toContain('User wants to be called Rob.');
  });
});
