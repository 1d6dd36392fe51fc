import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

/**
 * A thing got, said in the other languages the rules read, and a change said in one of them that finds the older
 * chats by what they are about, not by the language's small words. Sentences written here for these tests.
 */
const AT = Date.UTC(2026, 4, 25, 9);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);
const has = (text: string) => facts(text).filter((f) => f.startsWith('User has'));

describe('a thing got, by its model, in another language', () => {
  it.each([
    ["J'ai racheté un Douze V2 d'occasion sur Leboncoin, 1800 balles.", 'User has a Douze V2 (since 2026-05).'],
    ['Je me suis offert une Clio 4 rouge pour mes 40 ans.', 'User has a Clio 4 (since 2026-05).'],
    ['Me compré una Brompton C6 de segunda mano.', 'User has a Brompton C6 (since 2026-05).'],
    ['Comprei um Galaxy S23 ontem. Me ajuda a configurar?', 'User has a Galaxy S23 (since 2026-05).'],
    ['Ho preso una Vespa GTS 300 usata.', 'User has a Vespa GTS 300 (since 2026-05).'],
    ['Ich habe mir einen Golf 8 gekauft.', 'User has a Golf 8 (since 2026-05).'],
    ['Ik heb een Gazelle C7 gekocht voor het woon-werkverkeer.', 'User has a Gazelle C7 (since 2026-05).'],
  ])('%s', (said, fact) => {
    expect(facts(said)).toContain(fact);
  });

  it('a time, a date, an amount or a drink got is no thing', () => {
    expect(has("J'ai pris un café à 8h.")).toEqual([]);
    expect(has("J'ai acheté un billet pour le 14 juillet.")).toEqual([]);
    expect(has('He comprado un billete de 20 euros.')).toEqual([]);
    expect(has('Compré un kilo de tomates.')).toEqual([]);
    expect(has("Ho preso un 30 all'esame.")).toEqual([]);
    expect(has('Ich habe einen Termin am 3. Mai gebucht.')).toEqual([]);
  });
});

describe('a change said in French finds the chats about the same thing', () => {
  it('the small words it shares with other French chats find none of them', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: "Mon vélo a les freins qui couinent, et je descends tous les matins au boulot. C'est les plaquettes ou les disques ?" },
      { role: 'assistant', text: 'Nettoie les disques à l’alcool.' },
    ]);
    await addConversation(db, 'b', T0 + DAY, [
      { role: 'user', text: "On part en Bretagne avec mon frère Loïc en septembre, on a tout réservé et nous avons les billets. Quel sac ?" },
      { role: 'assistant', text: 'Un sac de 40 litres suffit.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 20 * DAY, [
      { role: 'user', text: "Bon. La Bretagne c'est annulé, Loïc s'est cassé la cheville, on a tout annulé et les hôtels nous ont remboursés." },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:b#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.has('passage:chatgpt:a#0:0')).toBe(false);
  });
});

describe('a machine that quit is no change of the user\'s', () => {
  it('quitting said of a person is a change; of "it", stopping, none', () => {
    expect(changeSaid('I quit the band last week.')?.said).toBe('I quit the band last week.');
    expect(changeSaid('she quit her job at the bakery')?.said).toBe('she quit her job at the bakery');
    expect(changeSaid('last week the generator ran 3 min and then it quit, no warning.')).toBeUndefined();
    expect(changeSaid('last week it ran 3 min and quit.')).toBeUndefined();
    expect(changeSaid('the mower quit on us again.')).toBeUndefined();
  });
});

describe('a plan fallen through, as Spanish says it', () => {
  it('"lo de … se cayó" is a change; a fall is none', () => {
    expect(changeSaid('Oye, lo de Cancún se cayó, no vamos.')?.said).toBe('Oye, lo de Cancún se cayó, no vamos.');
    expect(changeSaid('lo del viaje a Mérida se nos cayó')?.said).toBe('lo del viaje a Mérida se nos cayó');
    expect(changeSaid('mi hijo se cayó de la bici ayer.')).toBeUndefined();
    expect(changeSaid('se cayó el sistema en el trabajo.')).toBeUndefined();
  });
});
