import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { recoveries } from '../../../lib/dream/recovered';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

describe('an injury or illness the user got over', () => {
  it('reads the ways people say it is over', () => {
    expect(recoveries('went for a swim today, shoulder completely fine')).toEqual(['shoulder']);
    expect(recoveries("my knee's finally better now, thank god")).toEqual(['knee']);
    expect(recoveries('I am fully recovered from the concussion')).toEqual(['concussion']);
    expect(recoveries('the sling came off on friday!')).toEqual(['sling']);
    expect(recoveries('finally off crutches')).toEqual(['crutches']);
    expect(recoveries('my physiotherapist signed me off yesterday')).toEqual(['physio']);
    expect(recoveries('the flu is gone, back at work')).toEqual(['flu']);
  });

  it('leaves hopes, conditions, what still hurts and words too common to find the chats by', () => {
    for (const s of [
      'hope my wrist is better by the wedding',
      'if the knee is fine by june I will enter',
      'my shoulder is still not fine',
      'my back is fine now',
      'the laptop boot is fine',
      'the food is fine',
      "I'm off to physio at 3",
      'off crutches for a day and it swelled up again, should I be worried?',
    ])
      expect(recoveries(s), s).toEqual([]);
  });

  it('the chats from while it lasted carry the note that it is over; other chats do not', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'tore something in my knee playing five-a-side, on crutches for a month. how do I shower?' }]);
    await addConversation(db, 'c', T0 + DAY, [{ role: 'user', text: 'what is a good knead time for sourdough?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'b', T0 + 90 * DAY, [{ role: 'user', text: 'played a full match yesterday, knee totally fine! what should I eat before games?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 91 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'changed', said: expect.stringContaining('knee totally fine') });
    expect(notes.has('passage:chatgpt:c#0:0')).toBe(false);
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
  });
});

describe('got over, said in another language (recovered-other-languages.ts)', () => {
  it('the part or illness as the chats about it spell it', () => {
    expect(recoveries('ma cheville va enfin mieux, je reprends la danse')).toEqual(['cheville']);
    expect(recoveries('el tobillo ya está curado del todo')).toEqual(['tobillo']);
    expect(recoveries('a gripe passou, voltei ao trabalho')).toEqual(['gripe']);
    expect(recoveries('la spalla è finalmente guarita')).toEqual(['spalla']);
    expect(recoveries('Die Schulter ist endlich verheilt')).toEqual(['schulter']);
    expect(recoveries('mijn enkel is weer helemaal genezen')).toEqual(['enkel']);
    // Russian and Ukrainian: the stem the cases share ("лодыжк" in "лодыжке", "лодыжку").
    expect(recoveries('лодыжка наконец зажила')).toEqual(['лодыжк']);
    // Turkish: with the "my" ending the other cases build on ("omzumda", "omzumdaki").
    expect(recoveries('omzum sonunda düzeldi, yüzmeye başladım')).toEqual(['omzum']);
    expect(recoveries('bahuku sudah pulih')).toEqual(['bahu']);
  });

  it('not a hope, a condition, a question or a negation', () => {
    for (const s of [
      "j'espère que ma cheville va mieux demain",
      'si el tobillo está bien, corro el sábado',
      'wenn die Schulter wieder gesund ist, klettere ich',
      'omzum iyileşti mi?',
      'die Schulter ist nicht verheilt',
      'лодыжка не зажила',
      'semoga bahu saya sudah pulih minggu depan',
    ])
      expect(recoveries(s), s).toEqual([]);
  });

  it('the chats from while it lasted carry the note, found by the word as they spell it', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'Omzumda bağ zedelenmesi var, altı hafta askıda kalacak. Evde neler yapabilirim?' }]);
    await addConversation(db, 'c', T0 + DAY, [{ role: 'user', text: 'Bir hafta sonu tatili için Bodrum önerir misin?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'b', T0 + 60 * DAY, [{ role: 'user', text: 'Omzum tamamen iyileşti! Yüzme programı yapar mısın?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 61 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'changed', said: expect.stringContaining('Omzum tamamen iyileşti') });
    expect(notes.has('passage:chatgpt:c#0:0')).toBe(false);
  });
});
