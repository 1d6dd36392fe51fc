import '../reliability/node-globals';
import { describe, expect, it } from 'vitest';
import { forgetRequest } from '../../../lib/dream/forget-requests';
import { eraseDeleted, UNDO_WINDOW_MS } from '../../../lib/engine/erase';
import { entryHeading } from '../../../lib/ui/popup/diary-heading';
import { capture, type Chat, searchText, serviceAt, type Turn } from './chats-through-the-service';

/**
 * "Forget I told you that": a request in the chat itself to forget what the user just said is honoured as the popup's
 * delete would be — the exchange and the request leave search and the block, the diary can bring them back for a
 * week, then the words are erased. Sentences made up for these tests.
 */

const DAY = 86_400_000;

async function serviceWith(chats: Chat[]) {
  const world = await serviceAt('forget-said', Date.UTC(2026, 2, 3, 20));
  await capture(world.service, chats);
  return world;
}

const COUSIN: Turn[] = [
  { role: 'user', text: "my cousin Oriel told me tonight he's been hiding gambling debts from his wife Sunniva, should I say something to her?" },
  { role: 'assistant', text: 'That is a hard spot. You could encourage Oriel to tell Sunniva himself before you step in.' },
  { role: 'user', text: "hmm, you know what, forget I told you that. it's his private business. please don't remember any of it." },
  { role: 'assistant', text: "Understood, I won't bring it up." },
];
const WORK: Turn[] = [
  { role: 'user', text: 'I work as a land surveyor in Leeds, what boots are good for muddy sites?' },
  { role: 'assistant', text: 'Look at waterproof safety boots with a deep lug sole.' },
];

describe('a request in the chat to forget what was just said', () => {
  it('takes the exchange and the request out of search, keeps the rest, and erases the words after a week', async () => {
    const { db, service, now } = await serviceWith([
      { id: 'cousin', turns: COUSIN },
      { id: 'work', turns: WORK },
    ]);
    // Before the dream reads the request, search already leaves out what it points at (awaiting-forget.ts).
    expect(await searchText(service, 'cousin gambling debts Oriel Sunniva')).not.toMatch(/Oriel|Sunniva|gambling/);
    expect(await searchText(service, 'surveyor boots')).toMatch(/land surveyor/);
    const run = await service.dream('manual');
    expect(await searchText(service, 'cousin gambling debts Oriel Sunniva')).not.toMatch(/Oriel|Sunniva|gambling|private business/);
    expect(await searchText(service, 'surveyor boots')).toMatch(/land surveyor/);
    const preamble = await service.preamble({ site: 'claude', firstMessage: 'what should I get my cousin for his birthday' });
    expect(preamble.text).not.toMatch(/Oriel|Sunniva|gambling/);

    const entry = (await db.diary.where('runId').equals(run.id).toArray()).find((e) => e.kind === 'forget');
    expect(entry?.before).toHaveLength(4);
    // The diary says what happened without repeating what was to be forgotten.
    expect(entry?.summary).not.toMatch(/Oriel|Sunniva|gambling/);
    expect(entryHeading('forget', entry!.summary).lead).toBe('Forgot');

    // Kept for the week the diary can undo it, then erased from the captured turns themselves.
    await eraseDeleted(db, now() + 6 * DAY - UNDO_WINDOW_MS);
    expect((await db.turns.toArray()).map((t) => t.text).join('\n')).toMatch(/Oriel/);
    await eraseDeleted(db, now() + 8 * DAY - UNDO_WINDOW_MS);
    const kept = (await db.turns.toArray()).map((t) => t.text).join('\n');
    expect(kept).not.toMatch(/Oriel|Sunniva|gambling/);
    expect(kept).toMatch(/land surveyor/);
  });

  it('undo in the diary brings it back', async () => {
    const { db, service } = await serviceWith([{ id: 'cousin', turns: COUSIN }]);
    const run = await service.dream('manual');
    const entry = (await db.diary.where('runId').equals(run.id).toArray()).find((e) => e.kind === 'forget')!;
    await service.undo(entry.id);
    expect(await searchText(service, 'cousin gambling debts')).toMatch(/Oriel/);
    expect(await db.tombstones.filter((t) => t.id.startsWith('forgot-in-chat:')).count()).toBe(0);
  });

  it('a request made the next day forgets what an earlier dream learned from the message', async () => {
    const first: Turn[] = [
      { role: 'user', text: "I'm allergic to penicillin, what should I tell the dentist before my extraction?" },
      { role: 'assistant', text: 'Tell them about the penicillin allergy so they choose another antibiotic.' },
    ];
    const { db, service, tick } = await serviceWith([{ id: 'dentist', turns: first }]);
    await service.dream('manual');
    const learned = await db.memories.filter((m) => m.kind !== 'passage' && m.status === 'active' && /penicillin/i.test(m.text)).toArray();
    expect(learned.length).toBeGreaterThan(0);
    tick();
    await capture(service, [{ id: 'dentist', turns: [...first, { role: 'user', text: "oops, that wasn't meant to go in here. please don't save any of that." }] }]);
    await service.dream('manual');
    const active = await db.memories.filter((m) => m.status === 'active' && /penicillin/i.test(m.text)).toArray();
    expect(active).toEqual([]);
  });

  it('a message that goes on after the request keeps what it goes on to say', async () => {
    const { service } = await serviceWith([
      {
        id: 'mix',
        turns: [
          { role: 'user', text: 'my neighbour Ulla keeps parking across our drive and I am about to lose it with her' },
          { role: 'assistant', text: 'Maybe a friendly note first?' },
          { role: 'user', text: 'forget I said that. Anyway, what is a good lentil soup with cumin and carrots for a cold night like tonight?' },
          { role: 'assistant', text: 'A red lentil soup with cumin, carrots and lemon.' },
        ],
      },
    ]);
    await service.dream('manual');
    expect(await searchText(service, 'neighbour Ulla parking drive')).not.toMatch(/Ulla/);
    expect(await searchText(service, 'lentil soup cumin')).toMatch(/lentil soup with cumin and carrots/);
  });

  it('a request in Spanish forgets the exchange before it', async () => {
    const { service } = await serviceWith([
      {
        id: 'es',
        turns: [
          { role: 'user', text: 'mi cuñado Anselmo perdió su trabajo y no se lo ha dicho a nadie, ¿cómo le ayudo?' },
          { role: 'assistant', text: 'Escúchale sin juzgar y ofrécele ayuda con el currículum.' },
          { role: 'user', text: 'Olvida lo que te dije, es algo muy personal de él.' },
          { role: 'assistant', text: 'Entendido.' },
        ],
      },
    ]);
    await service.dream('manual');
    expect(await searchText(service, 'cuñado Anselmo trabajo')).not.toMatch(/Anselmo/);
  });

  it('"never mind" and reminders are not requests to forget', async () => {
    const { service } = await serviceWith([
      {
        id: 'cook',
        turns: [
          { role: 'user', text: 'can you find me a beef stew recipe for six people with parsnips' },
          { role: 'assistant', text: 'Here is a beef and parsnip stew for six.' },
          { role: 'user', text: 'forget that, can you suggest a vegetarian one instead?' },
          { role: 'assistant', text: 'Try a bean and parsnip stew.' },
          { role: 'user', text: "Forget it, I'll do it myself. Don't forget to remind me about the parsnips though." },
        ],
      },
    ]);
    await service.dream('manual');
    expect(await searchText(service, 'beef stew parsnips')).toMatch(/beef stew recipe for six/);
  });
});

describe('a chat opened only to ask to forget', () => {
  const BROTHER: Turn[] = [
    { role: 'user', text: 'my brother Tobiah failed his bar exam again and is hiding it from our parents, how do I support him?' },
    { role: 'assistant', text: 'Let Tobiah lead; offer to help him plan the resit and keep his confidence.' },
  ];
  const REQUEST: Turn[] = [
    { role: 'user', text: "please forget that whole thing, it's his private business and I shouldn't have shared it." },
    { role: 'assistant', text: 'Understood.' },
  ];

  it("forgets the user's last chat on that site when it was in the days before", async () => {
    const { db, service, tick } = await serviceWith([
      { id: 'brother', turns: BROTHER },
      { id: 'elsewhere', site: 'gemini', turns: [{ role: 'user', text: 'my brother Tobiah lent me his drill, how do I change the bit?' }] },
    ]);
    tick(1.5);
    await capture(service, [{ id: 'ask', turns: REQUEST }]);
    const run = await service.dream('manual');
    const found = await searchText(service, 'brother Tobiah bar exam parents');
    expect(found).not.toMatch(/bar exam|private business/);
    // The chat on another site is not what the request can mean.
    expect(found).toMatch(/drill/);
    const entry = (await db.diary.where('runId').equals(run.id).toArray()).find((e) => e.kind === 'forget');
    expect(entry?.summary).not.toMatch(/Tobiah/);
  });

  it('"Vergiss das bitte" before the English request is the same request', async () => {
    const { service, tick } = await serviceWith([{ id: 'brother', turns: BROTHER }]);
    tick();
    await capture(service, [
      { id: 'ask', turns: [{ role: 'user', text: "Vergiss das bitte — forget what I told you yesterday, it's his private business." }] },
    ]);
    await service.dream('manual');
    expect(await searchText(service, 'brother Tobiah bar exam')).not.toMatch(/bar exam/);
  });

  it('not a chat from a week before, nor when the opening message goes on to ask something', async () => {
    const old = await serviceWith([{ id: 'brother', turns: BROTHER }]);
    old.tick(7);
    await capture(old.service, [{ id: 'ask', turns: REQUEST }]);
    await old.service.dream('manual');
    expect(await searchText(old.service, 'brother Tobiah bar exam')).toMatch(/bar exam/);

    const goesOn = await serviceWith([{ id: 'brother', turns: BROTHER }]);
    goesOn.tick();
    await capture(goesOn.service, [
      { id: 'ask', turns: [{ role: 'user', text: 'forget that, it was private. Anyway, what is a good gift for a seven year old who loves trains and drawing?' }] },
    ]);
    await goesOn.service.dream('manual');
    expect(await searchText(goesOn.service, 'brother Tobiah bar exam')).toMatch(/bar exam/);
  });
});

describe('what counts as such a request', () => {
  it.each([
    'forget I told you that',
    'ok actually, forget I ever mentioned it.',
    'please do not remember any of this, it is private',
    'strike that from your memory',
    "oops that wasn't supposed to go in here, please forget that",
    'Please delete what I just said from your memory. Sorry.',
    "don't keep any of that in your memory",
    "that was private, don't save it.",
    'please forget that whole thing, it was private',
    "Oublie ça s'il te plaît — forget everything I said earlier, it's confidential.",
  ])('asks: %s', (s) => expect(forgetRequest(s)).toBeDefined());

  it.each([
    'forget that, can you suggest something vegetarian?',
    'Forget it, I will do it myself.',
    "don't forget to add the eggs",
    'I forgot I told you that already, sorry for repeating myself',
    'please forget what I said about my salary',
    'can you help me plan a trip to Oslo? forget I told you that.',
    "don't save that file as a PDF, keep it as a docx",
    "dont remember any of it lol, I was half asleep. what did you say the dose was?",
    "don't remember that at all, when did I say it?",
    'Il faut que je te parle de mon voyage — forget that, it was private',
  ])('does not ask: %s', (s) => expect(forgetRequest(s)).toBeUndefined());

  it.each([
    "Bon, oublie ce que je t'ai dit, c'est privé.",
    'Olvida lo que te dije ayer, por favor, es algo personal.',
    'Esquece o que eu te disse, é pessoal.',
    'Dimentica quello che ti ho detto, è una cosa privata.',
    'Vergiss bitte, was ich dir gerade erzählt habe. Das ist privat.',
    'Vergeet wat ik je net verteld heb, het is privé.',
    'Забудь, что я тебе сказала, это личное.',
    'Zapomnij, co ci powiedziałam, to prywatne.',
    'Söylediklerimi unut lütfen, özel bir konu.',
    'Lupakan yang aku bilang tadi, itu rahasia.',
    'さっき言ったことは忘れて。プライベートなことだから。',
    '방금 말한 거 잊어줘, 사적인 얘기야.',
    '忘掉我刚才说的，那是私事。',
    'मैंने जो कहा वो भूल जाओ, यह निजी है।',
    'Ne garde pas ça en mémoire.',
    'Не запоминай это, пожалуйста, удали из памяти.',
  ])('asks in another language: %s', (s) => expect(forgetRequest(s)).toBeDefined());

  it.each([
    // "Forget what I told you" with no word that it was private is "never mind", as in English.
    'Olvida lo que te dije, mejor hazlo en Python.',
    'Vergiss, was ich gesagt habe, mach es lieber kürzer.',
    // A topic named: a retraction, which may reach other chats.
    'Olvida lo que te dije sobre mi sueldo, es privado.',
    'Kardeşim hakkında yazdıklarımı unut, özel.',
    '家族について言ったことは忘れて。秘密だから。',
    // "Don't forget" and "I forgot".
    'No olvides lo que te dije sobre la reunión, es confidencial.',
    'Не забудь, что я тебе сказал про встречу, это личное.',
    "J'ai oublié ce que je t'ai dit hier, c'est privé ?",
  ])('does not ask in another language: %s', (s) => expect(forgetRequest(s)).toBeUndefined());

  it('a message that is only the request goes whole; one that asks something else does not', () => {
    expect(forgetRequest("forget I told you that. it's not my story to tell.")?.wholeMessage).toBe(true);
    expect(forgetRequest('forget I told you that. Anyway, which train gets me to Bergen before noon on a Sunday?')?.wholeMessage).toBe(false);
  });
});
