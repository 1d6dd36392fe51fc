import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { isInstructionInOtherLanguage } from '../../../lib/dream/instructions-other-languages';
import { changeSaid } from '../../../lib/dream/later-updates';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

const extracted = (text: string) => extractFromTurn({ id: 'chatgpt:x#0', text, at: T0 });

describe('a standing instruction in another language', () => {
  it('an imperative of answering beside its "always", in the user’s words', () => {
    for (const s of [
      'per cortesia rispondimi sempre con frasi brevi',
      'por favor, explícame siempre con un ejemplo',
      'a partir de agora escreva sempre em tópicos curtos',
      'écris-moi toujours sans jargon',
      'bitte erkläre mir immer zuerst das Ergebnis',
      'leg voortaan alles uit in korte zinnen',
      'zawsze odpowiadaj najpierw jednym zdaniem',
      'förklara alltid med ett exempel',
      'odpovídej vždy stručně',
      'объясняй всегда простыми словами',
      'bundan sonra hep kısa cevap ver',
      'selalu jawab dengan poin-poin singkat',
      'これからは箇条書きで答えてください',
      '以后请用简体中文回答',
      'non usare mai tabelle nelle risposte',
    ])
      expect(isInstructionInOtherLanguage(s), s).toBe(true);
  });

  it('leaves someone else’s habits, the user’s own, questions, advice and “again”', () => {
    for (const s of [
      'mio marito scrive sempre le liste della spesa',
      'ich erkläre meinen Schülern immer alles zweimal',
      'ella siempre me explica las cosas con paciencia',
      'mi spieghi sempre come si fa?',
      'usa sempre la crema solare al mare',
      'jelaskan lagi pelan-pelan',
      'hij praat altijd over voetbal',
      'je réponds toujours aux messages le soir',
    ])
      expect(isInstructionInOtherLanguage(s), s).toBe(false);
  });

  it('is learned as an instruction kept in the words it was said in', () => {
    const facts = extracted('grazie mille. Per favore spiegami sempre tutto con calma, in italiano. mia nipote studia a Torino').facts;
    expect(facts.filter((f) => f.kind === 'instruction').map((f) => f.text)).toEqual(['Per favore spiegami sempre tutto con calma, in italiano.']);
  });

  it('a reply language the language rules know stays theirs, so a later one replaces it', () => {
    expect(extracted('Réponds-moi toujours en français.').facts.map((f) => f.text)).toEqual(['Reply to the user in French.']);
  });
});

describe('who or what is left', () => {
  it('reads a departure, a rehoming and what remains as a change', () => {
    for (const s of [
      "Ana's gone off to university so it's just me and Tom on the stall now",
      'two of the puppies got rehomed this weekend',
      'only the Bramley and the plum left after the storm',
      "it's just us two in the band now",
      'our lodger moved out in May',
    ])
      expect(changeSaid(s), s).toBeDefined();
  });

  it('leaves how things went, time left and a job left to do', () => {
    for (const s of ["it's gone really well so far", 'only three days left until the move', 'just one left to paint', "she's gone quiet on the group chat"])
      expect(changeSaid(s), s).toBeUndefined();
  });

  it('a change that names nothing quotes the sentence before it, once', () => {
    const { updates } = extracted('Rex and Bella went to a new home today. so we are down to two. Any tips for the quiet?');
    expect(updates.map((u) => u.said)).toEqual(['Rex and Bella went to a new home today. so we are down to two.']);
  });

  it('the older chat that named them carries the later words', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'we have four hens now, Ginger, Pepper, Nutmeg and Clove. what do they need in winter?' }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'best way to descale a kettle?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 30 * DAY, [{ role: 'user', text: 'a fox got Ginger and Pepper last night. so I’m down to two. how do I fox-proof the run?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
  });
});
