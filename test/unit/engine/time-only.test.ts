import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryEngine } from '../../../lib/engine/engine';
import { parseTemporalQuery } from '../../../lib/engine/temporal';
import type { ReverieDb } from '../../../lib/db/schema';
import { conversation, freshDb } from './helpers';

// The question is asked on Thursday 16 January 2025, 15:00 local time. The engine's own clock says June 2025 and the
// wall clock is whenever the tests run: relative phrases must anchor to the question's date, never to either.
const ASK = new Date(2025, 0, 16, 15).getTime();
const ENGINE_CLOCK = new Date(2025, 5, 1, 9).getTime();
const at = (month: number, day: number, hour: number, year = 2025) => new Date(year, month, day, hour).getTime();

// [conversation id, [user turn, assistant turn], when]. Turns are one second apart (helpers.conversation).
const corpus: [string, [string, string], number][] = [
  ['nov-2023', ['Planning the autumn garden beds and compost.', 'Layer brown leaves with kitchen scraps.'], at(10, 3, 10, 2023)],
  ['nov', ['Which laptop should I buy for video editing?', 'Look for a fast GPU and at least 32 GB of memory.'], at(10, 14, 10, 2024)],
  ['dec', ['Ideas for a winter solstice dinner menu?', 'Roast squash, mulled wine and a chestnut soup.'], at(11, 20, 19, 2024)],
  ['before-last-week', ['My bike chain keeps slipping on hills.', 'Check the cassette wear and chain stretch.'], at(0, 5, 16)],
  ['last-week', ['Starting tomato seedlings indoors this year.', 'Use a heat mat and a grow light for tomato seedlings.'], at(0, 7, 11)],
  ['last-sunday', ['Drafting a cover letter for a museum job.', 'Open with the exhibition you admired most.'], at(0, 12, 18)],
  ['monday', ['Tomato seedlings are getting leggy, why?', 'They need more light and a gentle breeze.'], at(0, 13, 10)],
  ['yesterday', ['Translate good morning into Portuguese.', 'Bom dia is the usual greeting.'], at(0, 15, 20)],
  ['today-early', ['Booked the dentist appointment for next Friday.', 'Remember to bring your insurance card.'], at(0, 16, 9)],
  ['today', ['What is a good stretch for lower back pain?', 'Try a gentle knees-to-chest stretch.'], at(0, 16, 13)],
  // Said after the question's date (a benchmark asks at a date; later sessions exist): never "today" or "this week".
  ['future', ['Thinking about a trip to Lisbon in spring.', 'Lisbon is lovely in April.'], at(0, 17, 10)],
];

let db: ReverieDb;
let engine: MemoryEngine;

beforeEach(async () => {
  db = freshDb();
  engine = await MemoryEngine.open({ db, now: () => ENGINE_CLOCK });
  for (const [id, texts, when] of corpus) await engine.ingest(conversation(id, texts, when));
});

afterEach(async () => {
  await engine?.close();
  db?.close();
});

/**
 * The passages of these conversations (given newest first) as a time-only query lists them: each chat once, by the
 * user's opening turn, before any chat twice; then the assistant's replies, newest first.
 */
const turnsOf = (...ids: string[]) => [...ids.map((id) => `chatgpt:${id}#0:p0`), ...ids.map((id) => `chatgpt:${id}#1:p0`)];
const ask = async (q: string, opts: Parameters<MemoryEngine['recall']>[1] = {}) =>
  (await engine.recall(q, { now: ASK, ...opts })).map((h) => h.memory.id);

describe('time-only queries list the period, each chat once before any twice, newest first', () => {
  it('anchors every phrase to the question date', async () => {
    expect(await ask('today')).toEqual(turnsOf('today', 'today-early'));
    expect(await ask('yesterday')).toEqual(turnsOf('yesterday'));
    expect(await ask('this week')).toEqual(turnsOf('today', 'today-early', 'yesterday', 'monday'));
    expect(await ask('last week')).toEqual(turnsOf('last-sunday', 'last-week'));
    expect(await ask('in November')).toEqual(turnsOf('nov'));
    expect(await ask('last month')).toEqual(turnsOf('dec'));
    expect(await ask('what did we talk about last week?')).toEqual(turnsOf('last-sunday', 'last-week'));
    expect(await ask('What did I say on Monday')).toEqual(turnsOf('monday'));
    expect(await ask('show me my chats from 2024')).toEqual(turnsOf('dec', 'nov'));
    expect(await ask('this month', { k: 20 })).toEqual(turnsOf('today', 'today-early', 'yesterday', 'monday', 'last-sunday', 'last-week', 'before-last-week'));
  });

  it('stops at k and marks the hits as found by time, with falling scores', async () => {
    const hits = await engine.recall('this month', { now: ASK, k: 3 });
    expect(hits.map((h) => h.memory.id)).toEqual(turnsOf('today', 'today-early', 'yesterday', 'monday', 'last-sunday', 'last-week', 'before-last-week').slice(0, 3));
    expect(hits.every((h) => h.via.includes('recency'))).toBe(true);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it('a long chat does not fill the list: each chat of the period comes once, by its opening, before any comes twice', async () => {
    // Later on Monday, a chat of three exchanges about a quilt; the question asks for three hits from last week.
    const quilt = ['Starting a patchwork quilt, which fabric?', 'Quilting cotton is easiest.', 'How big should the squares be?', 'Five inches is a good start.', 'What batting do I use?', 'Cotton batting for a flat quilt.'];
    await engine.ingest(conversation('quilt', quilt, at(0, 13, 20)));
    const hits = await ask('this week', { k: 3 });
    expect(hits).toEqual(['chatgpt:today#0:p0', 'chatgpt:today-early#0:p0', 'chatgpt:yesterday#0:p0']);
    const week = await ask('this week', { k: 6 });
    expect(week.slice(0, 5)).toEqual(['chatgpt:today#0:p0', 'chatgpt:today-early#0:p0', 'chatgpt:yesterday#0:p0', 'chatgpt:quilt#0:p0', 'chatgpt:monday#0:p0']);
    // Then the rest, newest first: today's answer.
    expect(week[5]).toBe('chatgpt:today#1:p0');
  });

  it('"early", "mid-" and "late" name a third of the month to list; ranking still favours the whole month', async () => {
    expect(await ask('what did I do in early January')).toEqual(turnsOf('last-week', 'before-last-week'));
    expect(await ask('mid-January', { k: 20 })).toEqual(turnsOf('today', 'today-early', 'yesterday', 'monday', 'last-sunday'));
    const early = parseTemporalQuery('early January', ASK).window!;
    expect([early.period.start, early.period.end]).toEqual([at(0, 1, 0), at(0, 11, 0)]);
    // The window is the month, up to the end of the asking day (16 January).
    expect([early.start, early.end]).toEqual([at(0, 1, 0), at(0, 17, 0)]);
    const late = parseTemporalQuery('at the end of December', ASK).window!;
    expect([late.period.start, late.period.end]).toEqual([at(11, 21, 0, 2024), at(0, 1, 0)]);
  });

  it('uses the engine clock when the question has no date, and a different date moves the windows', async () => {
    expect((await engine.recall('yesterday')).map((h) => h.memory.id)).toEqual([]); // 31 May 2025: nothing then
    expect(await ask('yesterday', { now: at(0, 17, 12) })).toEqual(turnsOf('today', 'today-early'));
    expect(await ask('today', { now: at(0, 17, 12) })).toEqual(turnsOf('future'));
  });

  it('a time phrase with words still ranks by the words', async () => {
    // "last week" boosts memories in its window (with a day's slack, so this Monday's too); the words decide the rest and
    // nothing unrelated is listed.
    const hits = await engine.recall('tomato seedlings last week', { now: ASK });
    expect(['chatgpt:last-week', 'chatgpt:monday']).toContain(hits[0]?.memory.conversationKey);
    expect(hits.length).toBeGreaterThan(0);
    // Only the two seedling conversations.
    expect(new Set(hits.map((h) => h.memory.conversationKey))).toEqual(new Set(['chatgpt:last-week', 'chatgpt:monday']));
    expect(hits.filter((h) => /tomato/i.test(h.memory.text)).every((h) => h.via.includes('lexical'))).toBe(true);
    // Words that match nothing in the window still find their memories elsewhere, not the window's listing.
    const dentist = await ask('dentist appointment yesterday');
    expect(dentist[0]).toBe('chatgpt:today-early#0:p0');
    expect(dentist).not.toContain('chatgpt:yesterday#0:p0');
  });

  it('filters archived, deleted, superseded and forgotten memories the way ranked recall does', async () => {
    const archived = 'chatgpt:today#0:p0';
    const deleted = 'chatgpt:today-early#1:p0';
    const superseded = 'chatgpt:today-early#0:p0';
    await db.memories.update(archived, { status: 'archived' });
    await db.memories.update(superseded, { status: 'superseded' });
    await engine.reindexMemories([archived, superseded]);
    expect(await engine.deleteMemory(deleted)).toBe(true);
    await engine.forgetConversation('chatgpt:yesterday');

    // Ranked recall, for comparison: archived only when asked; deleted, superseded and forgotten never.
    expect(await ask('lower back pain stretch')).not.toContain(archived);
    expect(await ask('lower back pain stretch', { includeArchived: true })).toContain(archived);
    expect(await ask('insurance card dentist', { includeArchived: true })).not.toContain(deleted);
    expect(await ask('booked dentist appointment', { includeArchived: true })).not.toContain(superseded);
    expect(await ask('Portuguese greeting', { includeArchived: true })).toEqual([]);

    expect(await ask('today')).toEqual(['chatgpt:today#1:p0']);
    // The archived opening turn leads its chat again when archived memories are asked for.
    expect(await ask('today', { includeArchived: true })).toEqual([archived, 'chatgpt:today#1:p0']);
    expect(await ask('yesterday', { includeArchived: true })).toEqual([]);
  });

  it('respects kinds and reinforces only when asked', async () => {
    expect(await ask('today', { kinds: ['fact'] })).toEqual([]);
    expect(await ask('today', { kinds: ['passage'] })).toEqual(turnsOf('today', 'today-early'));
    await ask('yesterday', { reinforce: true });
    const row = await db.memories.get('chatgpt:yesterday#0:p0');
    expect(row).toMatchObject({ useCount: 1, lastUsedAt: ASK });
    expect((await db.memories.get('chatgpt:today#0:p0'))!.useCount).toBe(0);
  });
});

describe('time windows', () => {
  const w = (q: string) => parseTemporalQuery(q, ASK).window!;
  const day = (y: number, m: number, d: number) => new Date(y, m, d).getTime();

  it('today, this week, this month and this year run from the start of the period to the end of the asking day', () => {
    expect(w('today').period).toEqual({ start: day(2025, 0, 16), end: day(2025, 0, 17) });
    expect(w('today')).toMatchObject({ start: day(2025, 0, 16), end: day(2025, 0, 17) });
    expect(w('this week').period).toEqual({ start: day(2025, 0, 13), end: day(2025, 0, 17) }); // Monday on
    expect(w('this week')).toMatchObject({ start: day(2025, 0, 13), end: day(2025, 0, 17) });
    expect(w('this month').period).toEqual({ start: day(2025, 0, 1), end: day(2025, 0, 17) });
    expect(w('this year').period).toEqual({ start: day(2025, 0, 1), end: day(2025, 0, 17) });
    expect(w('earlier this week').period.start).toBe(day(2025, 0, 13));
  });

  it('names calendar periods; the ranking window allows a day of slack around a named day', () => {
    expect(w('yesterday').period).toEqual({ start: day(2025, 0, 15), end: day(2025, 0, 16) });
    expect(w('yesterday')).toMatchObject({ start: day(2025, 0, 14), end: day(2025, 0, 17) });
    expect(w('last week').period).toEqual({ start: day(2025, 0, 6), end: day(2025, 0, 13) });
    expect(w('last month').period).toEqual({ start: day(2024, 11, 1), end: day(2025, 0, 1) });
    expect(w('in November').period).toEqual({ start: day(2024, 10, 1), end: day(2024, 11, 1) });
    expect(w('last year').period).toEqual({ start: day(2024, 0, 1), end: day(2025, 0, 1) });
    // A bare weekday is the last one (chrono offers the next; it used to land a year back).
    expect(w('on Monday').period).toEqual({ start: day(2025, 0, 13), end: day(2025, 0, 14) });
    expect(w('on Friday').period).toEqual({ start: day(2025, 0, 10), end: day(2025, 0, 11) });
    expect(w('next Monday').period).toEqual({ start: day(2025, 0, 20), end: day(2025, 0, 21) });
    expect(w('tomorrow').start).toBeLessThanOrEqual(day(2025, 0, 17));
    expect(w('tomorrow').end).toBeGreaterThanOrEqual(day(2025, 0, 18));
  });

  it('rolling and open-ended phrases end with the asking day', () => {
    expect(w('past week').period).toEqual({ start: day(2025, 0, 9), end: day(2025, 0, 17) });
    expect(w('in the last week').period).toEqual({ start: day(2025, 0, 9), end: day(2025, 0, 17) });
    expect(w('the last 3 days').period).toEqual({ start: day(2025, 0, 13), end: day(2025, 0, 17) });
    expect(w('since Monday').period).toEqual({ start: day(2025, 0, 13), end: day(2025, 0, 17) });
    expect(w('since 2024').period).toEqual({ start: day(2024, 0, 1), end: day(2025, 0, 17) });
  });

  it('tells time-only queries from topical ones', () => {
    const only = (q: string) => parseTemporalQuery(q, ASK).timeOnly;
    for (const q of ['today', 'yesterday?', 'what did we talk about last week?', 'What did I say on Monday', 'chats from 2024', 'show me anything from last month', 'earlier today'])
      expect(only(q), q).toBe(true);
    for (const q of ['tomato seedlings last week', 'what did I eat yesterday', 'dentist in November', 'what did we talk about', 'lamb tagine'])
      expect(only(q), q).toBe(false);
    expect(parseTemporalQuery('what did we talk about last week?', ASK).text).toBe('what did we talk about ?');
  });

  it('a part of the day on its own, or "now", names no period; with a day it does', () => {
    for (const q of ['How does Jon feel about the opening night of his studio?', 'my morning routine', 'what do I cook in the evening', 'How many followers do I have now?', 'what now?', 'right now I need a plan', 'lunch at noon'])
      expect(parseTemporalQuery(q, ASK).window, q).toBeNull();
    expect(parseTemporalQuery('How many followers do I have now?', ASK).text).toBe('How many followers do I have now?');
    expect(w('what did I do last night').period).toEqual({ start: day(2025, 0, 15), end: day(2025, 0, 16) });
    expect(w('what did I eat this morning').period).toEqual({ start: day(2025, 0, 16), end: day(2025, 0, 17) });
    expect(parseTemporalQuery('yesterday evening', ASK).timeOnly).toBe(true);
  });
});
