import { afterEach, describe, expect, it } from 'vitest';
import type { MemoryRow, ReverieDb } from '../../../lib/db/schema';
import { CORRECTIONS_KEY, type CorrectionNote } from '../../../lib/dream/corrections';
import type { RecallOptions } from '../../../lib/engine/types';
import { turnId } from '../../../lib/engine/ingest';
import { buildPreamble } from '../../../lib/preamble/build';
import { PREAMBLE_START } from '../../../lib/preamble/delimiters';
import { siteOfTurn } from '../../../lib/preamble/scope';
import { addConversation, day, freshDb, memory, wordOverlapRecall } from './helpers';

/**
 * What a site's block may draw on (lib/preamble/scope.ts): under 'site', a block for one site carries nothing said on
 * another (no chat titles, no passages, no facts or topics learned there), except what the user made their own; under
 * 'all', everything. The first line says which.
 */

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

const NOW = day('2026-11-20');
const on = (site: string, conv: string, ordinal = 0) => turnId(`${site}:${conv}`, ordinal);

/** ChatGPT's chats and everything learned from them alone: every layer has something. */
async function seedChatGpt(db: ReverieDb): Promise<MemoryRow[]> {
  await addConversation(db, { site: 'chatgpt', conversationId: 'g1', lastSeenAt: day('2026-11-18'), title: 'Therapist appointment notes' });
  await addConversation(db, { site: 'chatgpt', conversationId: 'g2', lastSeenAt: day('2026-11-17'), title: 'Divorce lawyer questions' });
  const rows = [
    memory({ id: 'g-passage', kind: 'passage', site: 'chatgpt', role: 'user', sourceTurnIds: [on('chatgpt', 'g1')], text: 'My therapist said to keep a sleep diary every night', occurredAt: day('2026-11-18') }),
    memory({ id: 'g-fact', kind: 'fact', origin: 'dream-rules', sourceTurnIds: [on('chatgpt', 'g2')], text: 'User is going through a divorce.' }),
    memory({ id: 'g-domain', kind: 'domain', origin: 'dream-rules', sourceTurnIds: [on('chatgpt', 'g1'), on('chatgpt', 'g3')], text: 'Sleep diary and legal paperwork', occurredAt: day('2026-11-18') }),
    memory({ id: 'g-style', kind: 'style', origin: 'dream-rules', sourceTurnIds: [on('chatgpt', 'g1')], text: 'writes in short lowercase lines' }),
  ];
  await db.memories.bulkPut(rows);
  return rows;
}

const CHATGPT_WORDS = /therapist|divorce|sleep diary|legal paperwork|lowercase|ChatGPT/i;

describe("a site's block and other sites' chats", () => {
  it("a block for Claude with only ChatGPT's memories: empty under 'site', all of them under 'all'", async () => {
    db = freshDb();
    const rows = await seedChatGpt(db);
    const recall = wordOverlapRecall(rows);
    const build = (scope?: 'site' | 'all') =>
      buildPreamble({ db, recall, site: 'claude', firstMessage: 'how do I keep a sleep diary', now: NOW, ...(scope ? { scope } : {}) });

    const siteOnly = await build('site');
    expect(siteOnly.text).toBe('');
    expect(siteOnly.lines).toEqual([]);
    // Recall itself is asked for what the block may show only, so its k are not spent on other sites' memories.
    const asked = recall.calls.at(-1)!.opts as RecallOptions;
    expect(asked.accept).toBeTypeOf('function');
    expect(rows.filter((m) => asked.accept!(m))).toEqual([]);

    const every = await build('all');
    expect(every.text.split('\n')[0]).toBe(`${PREAMBLE_START} Notes from all my past chats (delete this block if not wanted):`);
    expect(every.lines.map((l) => l.layer).sort()).toEqual(expect.arrayContaining(['L1', 'L2', 'L3', 'L4']));
    for (const words of ['sleep diary every night', 'divorce', 'Sleep diary and legal paperwork', 'lowercase', 'Therapist appointment notes', 'Divorce lawyer questions'])
      expect(every.text).toContain(words);
    expect(recall.calls.at(-1)!.opts?.accept).toBeUndefined();

    // A caller that names no scope (benchmarks, tests) gets everything, and the first line does not claim either.
    const unsaid = await build();
    expect(unsaid.text.split('\n')[0]).toBe(`${PREAMBLE_START} Notes from my past chats (delete this block if not wanted):`);
    expect(unsaid.text).toContain('divorce');
  });

  it("under 'site' the block keeps its own site's chats and the user's own memories, and says so in its first line", async () => {
    db = freshDb();
    await seedChatGpt(db);
    await addConversation(db, { site: 'claude', conversationId: 'c1', lastSeenAt: day('2026-11-19'), title: 'Sourdough starter feeding' });
    const mine = [
      memory({ id: 'c-passage', kind: 'passage', site: 'claude', role: 'user', sourceTurnIds: [on('claude', 'c1')], text: 'My sourdough starter is called Bubbles', occurredAt: day('2026-11-19') }),
      memory({ id: 'c-fact', kind: 'fact', origin: 'dream-rules', sourceTurnIds: [on('claude', 'c1'), on('claude', 'c1', 2)], text: 'User bakes sourdough bread weekly.' }),
      // Said on both sites: a summary partly drawn from ChatGPT's chat is not Claude's.
      memory({ id: 'both-fact', kind: 'fact', origin: 'dream-rules', sourceTurnIds: [on('claude', 'c1'), on('chatgpt', 'g1')], text: 'User sleeps badly before deadlines.' }),
      // The user's own: pinned, written by them, or a learned fact they approved in the diary.
      memory({ id: 'g-pinned', kind: 'passage', site: 'chatgpt', sourceTurnIds: [on('chatgpt', 'g1', 4)], text: 'My daughter is allergic to peanuts', pinned: true, importance: 1 }),
      memory({ id: 'u-note', kind: 'instruction', origin: 'user', sourceTurnIds: [], text: 'Answer in British English.' }),
      memory({ id: 'g-approved', kind: 'preference', origin: 'dream-rules', sourceTurnIds: [on('chatgpt', 'g2', 2)], text: 'User prefers metric units.' }),
      memory({ id: 'g-unapproved', kind: 'preference', origin: 'dream-rules', sourceTurnIds: [on('chatgpt', 'g2', 4)], text: 'User prefers window seats.' }),
      // A dream's output with no source turns: nothing shows it is Claude's.
      memory({ id: 'no-source', kind: 'fact', origin: 'dream-llm', sourceTurnIds: [], text: 'User works at Globex.' }),
    ];
    await db.memories.bulkPut(mine);
    const approved = mine.find((m) => m.id === 'g-approved')!;
    await db.diary.put({ id: 'r:1', runId: 'r', kind: 'learn', summary: 'Learned: metric', memoryIds: ['g-approved'], sourceTurnIds: [], before: [], after: [approved], status: 'approved', createdAt: day('2026-11-01') });
    const all = await db.memories.toArray();

    const p = await buildPreamble({ db, recall: wordOverlapRecall(all), site: 'claude', scope: 'site', firstMessage: 'sourdough starter Bubbles sleep diary', now: NOW });
    expect(p.text.split('\n')[0]).toBe(`${PREAMBLE_START} Notes from my past chats on Claude (delete this block if not wanted):`);
    expect(p.text).not.toMatch(CHATGPT_WORDS);
    expect(p.text).not.toMatch(/sleeps badly|window seats|Globex/);
    expect(p.text).toContain('Claude · Sourdough starter feeding');
    expect(p.text).toContain('My sourdough starter is called Bubbles');
    expect(p.text).toContain('User bakes sourdough bread weekly.');
    expect(p.text).toContain('My daughter is allergic to peanuts');
    expect(p.text).toContain('Answer in British English.');
    expect(p.text).toContain('User prefers metric units.');

    // The same store under 'all': the other site's lines are back, and the first line says so.
    const every = await buildPreamble({ db, recall: wordOverlapRecall(all), site: 'claude', scope: 'all', firstMessage: 'sourdough starter Bubbles sleep diary', now: NOW });
    expect(every.text).toMatch(/Notes from all my past chats/);
    expect(every.text).toMatch(/sleeps badly/);
    expect(every.text).toContain('ChatGPT · Therapist appointment notes');
    expect(every.text).toContain('sleep diary every night');
  });

  it('"Lately" without dream output lists only the site\'s own recent chats', async () => {
    db = freshDb();
    for (let i = 0; i < 6; i++) await addConversation(db, { site: 'claude', conversationId: `r${i}`, lastSeenAt: NOW - (i + 1) * 3600_000, title: `Recent topic ${i}` });
    await addConversation(db, { site: 'chatgpt', conversationId: 'k1', lastSeenAt: day('2026-11-05'), title: 'Visa paperwork Portugal' });
    await addConversation(db, { site: 'claude', conversationId: 'k2', lastSeenAt: day('2026-11-04'), title: 'Rye starter feeding' });
    const build = (scope: 'site' | 'all') => buildPreamble({ db, recall: async () => [], site: 'claude', scope, now: NOW });
    const lately = async (scope: 'site' | 'all') => (await build(scope)).lines.filter((l) => l.layer === 'L3').map((l) => l.text);
    expect(await lately('all')).toEqual(expect.arrayContaining([expect.stringContaining('Visa paperwork Portugal')]));
    const own = await lately('site');
    expect(own.join('\n')).toContain('Rye starter feeding');
    expect(own.join('\n')).not.toContain('Visa paperwork');
  });

  it("a corrected passage is left out under 'site' (the correction may be another site's words), shown with its note under 'all'", async () => {
    db = freshDb();
    const rows = [memory({ id: 'old', kind: 'passage', site: 'claude', role: 'user', sourceTurnIds: [on('claude', 'c9')], text: 'I have a cat named Miso, flag anything toxic for cats', occurredAt: day('2026-03-02') })];
    await db.memories.bulkPut(rows);
    const note: CorrectionNote = { kind: 'corrected', at: day('2026-03-12'), said: "I don't actually have a cat.", passageIds: ['old'], factIds: [] };
    await db.meta.put({ key: CORRECTIONS_KEY, value: [note], updatedAt: 1 });
    const build = (scope: 'site' | 'all') => buildPreamble({ db, recall: wordOverlapRecall(rows), site: 'claude', scope, firstMessage: 'cat food brand', now: day('2026-03-20') });
    expect((await build('site')).text).not.toMatch(/Miso/);
    expect((await build('all')).text).toMatch(/Miso.*\[corrected 2026-03-12/);
  });

  it("an instruction for one site alone is left out of other sites' blocks, and so is the turn that gave it", async () => {
    db = freshDb();
    const turn = on('gemini', 'm1');
    const rows = [
      memory({ id: 'rule', kind: 'instruction', site: 'gemini', siteOnly: true, origin: 'dream-rules', sourceTurnIds: [turn], text: 'On Gemini, always answer in Italian.' }),
      memory({ id: 'said', kind: 'passage', site: 'gemini', role: 'user', sourceTurnIds: [turn], text: 'On here, always answer in Italian. Also, a risotto recipe for four?', occurredAt: day('2026-11-10') }),
      memory({ id: 'other', kind: 'passage', site: 'gemini', role: 'user', sourceTurnIds: [on('gemini', 'm2')], text: 'The risotto was great, any dessert ideas?', occurredAt: day('2026-11-11') }),
    ];
    await db.memories.bulkPut(rows);
    const build = (site: 'claude' | 'gemini') => buildPreamble({ db, recall: wordOverlapRecall(rows), site, scope: 'all', firstMessage: 'risotto recipe', now: NOW });
    const claude = (await build('claude')).text;
    expect(claude).not.toMatch(/Italian/);
    expect(claude).toMatch(/dessert ideas/);
    expect((await build('gemini')).text).toMatch(/On Gemini, always answer in Italian/);
  });

  it("what the assistant assumed and the user corrected is left out; the user's own corrected words show with the note", async () => {
    db = freshDb();
    const rows = [
      memory({ id: 'claim', kind: 'passage', site: 'claude', role: 'assistant', sourceTurnIds: [on('claude', 'c7', 1)], text: 'Since you are coeliac, these lunches are all gluten free: soup, rice bowls.', occurredAt: day('2026-03-02') }),
      memory({ id: 'mine', kind: 'passage', site: 'claude', role: 'user', sourceTurnIds: [on('claude', 'c8')], text: 'Lunch ideas for work, I have a nut allergy.', occurredAt: day('2026-03-03') }),
    ];
    await db.memories.bulkPut(rows);
    const notes: CorrectionNote[] = [
      { kind: 'corrected', at: day('2026-03-02'), said: "It's my brother who's coeliac, not me.", passageIds: ['claim'], factIds: [] },
      { kind: 'corrected', at: day('2026-03-04'), said: "Actually it's sesame, not nuts.", passageIds: ['mine'], factIds: [] },
    ];
    await db.meta.put({ key: CORRECTIONS_KEY, value: notes, updatedAt: 1 });
    const text = (await buildPreamble({ db, recall: wordOverlapRecall(rows), site: 'claude', scope: 'all', firstMessage: 'lunch ideas gluten free nut', now: day('2026-03-20') })).text;
    expect(text).not.toMatch(/Since you are coeliac/);
    expect(text).toMatch(/nut allergy.*\[corrected 2026-03-04/);
  });

  it('a block limited to its own site needs that site', async () => {
    db = freshDb();
    await expect(buildPreamble({ db, recall: async () => [], scope: 'site', now: NOW })).rejects.toThrow(/needs the site/);
  });

  it("reads a turn's site from its id as ingest writes it", () => {
    expect(siteOfTurn(turnId('claude:abc:def', 3))).toBe('claude');
    expect(siteOfTurn(turnId('chatgpt:x#y', 0))).toBe('chatgpt');
    expect(siteOfTurn('no-key-here')).toBeNull();
    expect(siteOfTurn(':orphan#1')).toBeNull();
  });
});
