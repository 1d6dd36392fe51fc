import '../reliability/node-globals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoryRow, ReverieDb } from '../../../lib/db/schema';
import { asksToForgetAMatter, forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import type { MemoryEngine } from '../../../lib/engine/engine';
import { eraseDeleted, UNDO_WINDOW_MS } from '../../../lib/engine/erase';
import { LexicalIndex, type LexicalDoc } from '../../../lib/engine/lexical';
import type { ReverieService } from '../../../lib/host/service';
import { entryHeading } from '../../../lib/ui/popup/diary-heading';
import { capture, type Chat, searchText, serviceAt } from './chats-through-the-service';

/**
 * "Forget what I told you about …", asked days later in another chat: the earlier turns about that matter leave search
 * and the block (the user's messages naming it and the replies to them), with the diary's week of undo, and the
 * lexical index agrees with the database throughout. Sentences made up for these tests.
 */

const DAY = 86_400_000;

const originalUpsert = LexicalIndex.prototype.upsert;

afterEach(() => {
  vi.restoreAllMocks();
});

const serviceWith = () => serviceAt('forget-topic', Date.UTC(2026, 3, 6, 20));

function engineOf(service: ReverieService): MemoryEngine {
  return (service as unknown as { engine: MemoryEngine }).engine;
}

function lexicalStoreOf(engine: MemoryEngine): { index: LexicalIndex; docs(m: MemoryRow[]): Promise<LexicalDoc[]> } {
  return (engine as unknown as { lexical: { index: LexicalIndex; docs(m: MemoryRow[]): Promise<LexicalDoc[]> } }).lexical;
}

/**
 * The database and the lexical index agree: the index holds exactly the searchable memories and answers as one rebuilt
 * from the database does, so no document carries words (its own or a neighbour's, as context) the database hides.
 */
async function expectAgreement(service: ReverieService, db: ReverieDb, probes: string[]) {
  const store = lexicalStoreOf(engineOf(service));
  const searchable = await db.memories.where('status').anyOf('active', 'archived').toArray();
  expect(store.index.size).toBe(searchable.length);
  for (const m of searchable) expect(store.index.has(m.id), m.id).toBe(true);
  const rebuilt = LexicalIndex.create();
  for (const doc of await store.docs(searchable)) originalUpsert.call(rebuilt, doc);
  const ids = (index: LexicalIndex, q: string) => index.search(q).map((h) => h.id).sort();
  for (const q of probes) expect(ids(store.index, q), q).toEqual(ids(rebuilt, q));
}

const CONFIDED: Chat = {
  id: 'friend',
  turns: [
    { role: 'user', text: "my friend Marisol confided she has about 40k in online poker debts and hasn't told her husband. how do I support her?" },
    { role: 'assistant', text: 'Listen without judging, do not lend her money yourself, and point her to a free debt advice charity; offer to sit with her when she calls.' },
    { role: 'user', text: 'different thing: what is a good focaccia recipe with rosemary for Saturday?' },
    { role: 'assistant', text: 'A wet dough, a long cold rise, plenty of olive oil, flaky salt and rosemary pressed in before baking.' },
  ],
};
const GARDEN: Chat = {
  id: 'garden',
  turns: [
    { role: 'user', text: 'I grow tomatoes on my balcony in Bristol, which varieties do well in pots?' },
    { role: 'assistant', text: 'Tumbling Tom and Sungold both crop well in containers.' },
  ],
};
const REQUEST: Chat = {
  id: 'request',
  turns: [
    { role: 'user', text: "please forget what I told you about Marisol's poker debts. it's not mine to share." },
    { role: 'assistant', text: 'Of course.' },
  ],
};
const LATER: Chat = {
  id: 'later',
  turns: [
    { role: 'user', text: 'Marisol paid off the last of her poker debts today and told her husband, so proud of her. what flowers say well done?' },
    { role: 'assistant', text: 'Sunflowers say well done cheerfully.' },
  ],
};

/** The earlier chats, a dream, the request three days later, the matter raised again after it, and a dream. */
async function forgottenByTopic() {
  const world = await serviceWith();
  await capture(world.service, [CONFIDED, GARDEN]);
  await world.service.dream('manual');
  world.tick(3);
  await capture(world.service, [REQUEST]);
  world.tick(1);
  await capture(world.service, [LATER]);
  const run = await world.service.dream('manual');
  const entry = (await world.db.diary.where('runId').equals(run.id).toArray()).find((e) => e.kind === 'forget');
  return { ...world, entry };
}

describe('reading a request to forget a matter by name', () => {
  it('reads the matter in English, typed fast, and in Hebrew', () => {
    expect(forgetTopicOf("Please forget what I told you about my sister's custody fight.")).toMatch(/custody fight/);
    expect(forgetTopicOf('actually forget wat i said bout the landlord an his deposit, not my business')).toMatch(/landlord an his deposit/);
    expect(forgetTopicOf('can you forget what I said about Dario and the rehab clinic? thanks')).toMatch(/Dario and the rehab clinic/);
    expect(forgetTopicOf('בבקשה תשכח את מה שסיפרתי לך על הגירושים של אחי.')).toMatch(/הגירושים/);
  });

  it('reads no matter where none is named, or where the user only keeps a topic off', () => {
    expect(forgetTopicOf('forget what I just told you, it was private')).toBeUndefined();
    expect(forgetTopicOf("please don't bring up my divorce again")).toBeUndefined();
    expect(forgetTopicOf("don't forget to remind me about the dentist")).toBeUndefined();
    expect(forgetTopicOf('I forgot what I said about the budget, can you recap?')).toBeUndefined();
  });

  it('knows the standing request among the memories', () => {
    expect(asksToForgetAMatter({ kind: 'instruction', text: "Please forget what I told you about Marisol's poker debts." })).toBe(true);
    expect(asksToForgetAMatter({ kind: 'instruction', text: "Please don't bring up my divorce again." })).toBe(false);
    expect(asksToForgetAMatter({ kind: 'passage', text: "Please forget what I told you about Marisol's poker debts." })).toBe(false);
  });
});

describe('a request in a later chat to forget a matter by name', () => {
  it('takes the earlier turns about it out of search and the block, and keeps the rest', async () => {
    const { db, service, entry } = await forgottenByTopic();
    const found = await searchText(service, 'Marisol poker debts husband charity');
    // The message that confided it and the reply to it are gone; the request, which names it, leaves search too.
    expect(found).not.toMatch(/40k|debt advice charity|forget what I told you/);
    // What the user said after the request is theirs to raise: it stays.
    expect(found).toMatch(/paid off the last of her poker debts/);
    // The rest of the same chat, and other chats, stay.
    expect(await searchText(service, 'focaccia rosemary')).toMatch(/focaccia recipe with rosemary/);
    expect(await searchText(service, 'tomatoes balcony pots')).toMatch(/tomatoes on my balcony/);
    // The request stays in force as a rule, listed with the memories, but no search brings the matter up by it.
    const rules = await service.list({ kinds: ['instruction'] });
    expect(rules.map((m) => m.text).join('\n')).toMatch(/forget what I told you about Marisol/i);
    expect(await searchText(service, 'forget Marisol poker')).not.toMatch(/forget what I told you/i);
    const block = await service.preamble({ site: 'claude', firstMessage: 'ideas for a birthday present for a friend' });
    expect(block.text).not.toMatch(/poker|40k|charity/);

    // One diary entry, in plain words, naming neither the matter nor the friend.
    expect(entry).toBeDefined();
    expect(entry!.summary).not.toMatch(/Marisol|poker|debt/i);
    expect(entry!.summary).toMatch(/^Forgot what you asked on 2026-04-09 to forget: 2 messages from your chat of 2026-04-06\. Your request, which names it, stays as a rule but leaves search too\./);
    expect(entry!.summary).toMatch(/None of it shows in search or in a new chat's block\. Undo brings it back until 2026-04-17/);
    expect(entryHeading('forget', entry!.summary).lead).toBe('Forgot');
    const hidden = entry!.before.filter((m) => m.kind === 'passage').map((m) => m.text);
    expect(hidden.some((t) => /40k in online poker debts/.test(t))).toBe(true);
    expect(hidden.some((t) => /debt advice charity/.test(t))).toBe(true);
    expect(hidden.some((t) => /focaccia|tomatoes|paid off/.test(t))).toBe(false);

    // The index holds what the database shows, neighbours' context included: the focaccia question, next to the hidden
    // reply, is not found by that reply's words.
    await expectAgreement(service, db, ['debt advice charity', 'Marisol poker', 'focaccia', 'husband']);
    expect(await searchText(service, 'debt advice charity sit with her')).not.toMatch(/focaccia/);
  });

  it('undo in the diary brings the turns back to search, and the index agrees', async () => {
    const { db, service, entry } = await forgottenByTopic();
    await service.undo(entry!.id);
    expect(await searchText(service, 'Marisol poker debts husband')).toMatch(/40k in online poker debts/);
    expect(await searchText(service, 'debt advice charity')).toMatch(/debt advice charity/);
    expect(await db.tombstones.filter((t) => t.id.startsWith('forgot-in-chat:')).count()).toBe(0);
    await expectAgreement(service, db, ['debt advice charity', 'Marisol poker', 'focaccia']);
  });

  it('keeps the words for the week undo allows, then erases them, the request and the later chat kept', async () => {
    const { db, now } = await forgottenByTopic();
    const turns = async () => (await db.turns.toArray()).map((t) => t.text).join('\n');
    await eraseDeleted(db, now() + 6 * DAY - UNDO_WINDOW_MS);
    expect(await turns()).toMatch(/40k in online poker debts/);
    await eraseDeleted(db, now() + 8 * DAY - UNDO_WINDOW_MS);
    const kept = await turns();
    expect(kept).not.toMatch(/40k|debt advice charity/);
    expect(kept).toMatch(/forget what I told you about Marisol/);
    expect(kept).toMatch(/paid off the last of her poker debts/);
    expect(kept).toMatch(/focaccia recipe/);
  });

  it('when indexing fails after the dream or the undo, the index still agrees with the database', async () => {
    /** Makes the lexical index fail once, on the first document whose text says `words`. */
    const failOnceOn = (words: string) => {
      const failed = { yes: false };
      vi.spyOn(LexicalIndex.prototype, 'upsert').mockImplementation(function (this: LexicalIndex, doc: LexicalDoc) {
        if (!failed.yes && doc.text.includes(words)) {
          failed.yes = true;
          throw new Error('injected lexical index failure');
        }
        return originalUpsert.call(this, doc);
      });
      return failed;
    };
    const world = await serviceWith();
    await capture(world.service, [CONFIDED, GARDEN]);
    await world.service.dream('manual');
    world.tick(3);
    await capture(world.service, [REQUEST]);
    // The dream hides the turns, then indexing what it learned (the request, kept as a rule) fails.
    const duringDream = failOnceOn('what I told you about Marisol');
    await world.service.dream('manual').catch(() => undefined);
    expect(duringDream.yes).toBe(true);
    vi.restoreAllMocks();
    await expectAgreement(world.service, world.db, ['debt advice charity', 'Marisol poker', 'focaccia']);
    expect(await searchText(world.service, 'Marisol poker debts charity')).not.toMatch(/40k|debt advice charity/);

    // Undo brings the turns back; indexing the restored message fails once: still no disagreement.
    const entry = (await world.db.diary.toArray()).find((e) => e.kind === 'forget')!;
    const duringUndo = failOnceOn('40k in online poker debts');
    await world.service.undo(entry.id).catch(() => undefined);
    expect(duringUndo.yes).toBe(true);
    vi.restoreAllMocks();
    expect((await world.db.diary.get(entry.id))?.status).toBe('undone');
    await expectAgreement(world.service, world.db, ['debt advice charity', 'Marisol poker', 'focaccia']);
    expect(await searchText(world.service, 'Marisol poker debts')).toMatch(/40k in online poker debts/);
  });

  it('a request to forget what was just said, naming nothing, still forgets the exchange before it', async () => {
    const { db, service } = await serviceWith();
    await capture(service, [
      {
        id: 'slip',
        turns: [
          { role: 'user', text: 'my coworker Radomir is secretly interviewing at a rival firm, should I warn our boss?' },
          { role: 'assistant', text: 'It is his news to share; I would stay out of it.' },
          { role: 'user', text: "forget what I just told you, it's private." },
        ],
      },
      GARDEN,
    ]);
    const run = await service.dream('manual');
    expect(await searchText(service, 'Radomir interviewing rival firm')).not.toMatch(/Radomir/);
    expect(await searchText(service, 'tomatoes balcony')).toMatch(/tomatoes/);
    const entry = (await db.diary.where('runId').equals(run.id).toArray()).find((e) => e.kind === 'forget');
    expect(entry?.summary).toMatch(/you asked in a chat on/);
  });
});
