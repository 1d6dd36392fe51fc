import { afterEach, describe, expect, it } from 'vitest';
import { MemoryEngine } from '../../../lib/engine/engine';
import { parseTemporalQuery } from '../../../lib/engine/temporal';
import type { ReverieDb } from '../../../lib/db/schema';
import { conversation, DAY, freshDb, HashingEmbedder } from './helpers';

const NOW = new Date(2024, 5, 15, 12).getTime(); // 15 June 2024, local time
let db: ReverieDb;
let engine: MemoryEngine;

afterEach(async () => {
  await engine?.close();
  db?.close();
});

const corpus: [string, string[], number][] = [
  ['travel', ['I am planning a trip to Kyoto in the autumn to see the temples.', 'Kyoto in November has beautiful maple leaves.'], NOW - 40 * DAY],
  ['cooking', ['My favourite recipe is a slow-cooked lamb tagine with apricots.', 'Tagine benefits from preserved lemons.'], NOW - 20 * DAY],
  ['code', ['How do I debounce a function in TypeScript?', 'Use setTimeout and clear the previous timer on each call.'], NOW - 10 * DAY],
  ['garden', ['The tomatoes in my garden got blight this summer.', 'Copper fungicide and pruning help against blight.'], NOW - 3 * DAY],
];

async function openWith(embedder: HashingEmbedder | null): Promise<void> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, embedder, now: () => NOW });
  for (const [id, texts, at] of corpus) await engine.ingest(conversation(id, texts, at));
  if (embedder) await engine.processEmbedQueue();
}

describe('recall', () => {
  it('works lexically with no embedder, stemming query words', async () => {
    await openWith(null);
    const hits = await engine.recall('planned trips to Kyoto temples');
    expect(hits[0]?.memory.sourceTurnIds).toEqual(['chatgpt:travel#0']);
    expect(hits[0]?.via).toContain('lexical');
    expect(hits.every((h) => h.memory.status === 'active')).toBe(true);
    const code = await engine.recall('debouncing functions');
    expect(code[0]?.memory.sourceTurnIds).toEqual(['chatgpt:code#0']);
  });

  it('fuses the vector path: exact search is the ground truth and recall surfaces its hits', async () => {
    const embedder = new HashingEmbedder();
    await openWith(embedder);
    const stats = await engine.stats();
    expect(stats.vectors).toBe(8);
    expect(stats.pendingEmbeds).toBe(0);
    const [q] = await embedder.embed(['tomato blight fungicide']);
    const exact = await engine.exactSearch(q!, 3);
    // Ground truth by brute force over the stored rows.
    const rows = await db.vectors.where('model').equals(embedder.modelId).toArray();
    const brute = rows
      .map((r) => ({ id: r.memoryId, s: r.vector.reduce((acc, x, i) => acc + x * q![i]!, 0) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 3);
    expect(exact.map((e) => e.memoryId)).toEqual(brute.map((b) => b.id));
    const hits = await engine.recall('tomato blight fungicide');
    expect(hits[0]?.via).toEqual(expect.arrayContaining(['lexical', 'vector']));
    expect(hits[0]?.memory.conversationKey).toBe('chatgpt:garden');
  });

  it('a vector-only match (no shared word after the query) still ranks through fusion', async () => {
    const embedder = new HashingEmbedder();
    await openWith(embedder);
    // Add a memory whose words overlap the query only partially; the vector path must return it.
    const hits = await engine.recall('maple leaves November', { k: 3 });
    expect(hits[0]?.memory.sourceTurnIds).toEqual(['chatgpt:travel#1']);
    expect(hits[0]?.via).toEqual(expect.arrayContaining(['vector']));
  });

  it('temporal phrases narrow to the time window', async () => {
    db = freshDb();
    engine = await MemoryEngine.open({ db, now: () => NOW });
    await engine.ingest(conversation('old', ['We went hiking in the mountains, great hike.'], new Date(2024, 2, 10).getTime()));
    await engine.ingest(conversation('may', ['We went hiking by the lake.'], new Date(2024, 4, 12).getTime()));
    await engine.ingest(conversation('lastweek', ['Another hiking day near the coast.'], NOW - 7 * DAY));
    await engine.ingest(conversation('yday', ['Hiking with friends up the hill.'], NOW - DAY));

    const top = async (q: string) => (await engine.recall(q, { now: NOW }))[0]?.memory.conversationKey;
    expect(await top('hiking in May')).toBe('chatgpt:may');
    expect(await top('hiking last week')).toBe('chatgpt:lastweek');
    expect(await top('hiking yesterday')).toBe('chatgpt:yday');
    expect(await top('hiking in March')).toBe('chatgpt:old');
    // Without a phrase nothing is narrowed away.
    expect(await engine.recall('hiking', { now: NOW })).toHaveLength(4);
  });

  it('parses the documented temporal phrases relative to now', () => {
    const w = (q: string) => parseTemporalQuery(q, NOW).window;
    expect(w('what did I eat yesterday')!.start).toBeLessThanOrEqual(NOW - DAY);
    expect(w('what did I eat yesterday')!.end).toBeGreaterThan(NOW - DAY);
    const may = w('in May')!;
    expect(new Date(may.start).getMonth()).toBe(4);
    expect(new Date(may.end).getMonth()).toBe(5);
    const y2023 = w('projects in 2023')!;
    expect(new Date(y2023.start).getFullYear()).toBe(2023);
    expect(y2023.end).toBe(new Date(2024, 0, 1).getTime());
    const twoDays = w('two days ago')!;
    expect(twoDays.start).toBeLessThanOrEqual(NOW - 2 * DAY);
    expect(twoDays.end).toBeGreaterThan(NOW - 2 * DAY);
    expect(parseTemporalQuery('lamb tagine recipe', NOW).window).toBeNull();
    expect(parseTemporalQuery('hiking last week', NOW).text).toBe('hiking');
  });

  it('reads the ways people name a month, and no month from "in the month" alone', () => {
    const month = (q: string) => {
      const p = parseTemporalQuery(q, NOW);
      return p.window && [new Date(p.window.period.start).getMonth(), p.text];
    };
    // NOW is in June 2024: each of these is that year's month, and the words naming it leave the query's text.
    expect(month('How many museums did I visit in the month of February?')).toEqual([1, 'How many museums did I visit ?']);
    expect(month('what did I buy during the month of May')).toEqual([4, 'what did I buy']);
    expect(month('what did we plan at the beginning of March')).toEqual([2, 'what did we plan']);
    expect(month('gardening in early April')).toEqual([3, 'gardening']);
    expect(month('gardening in mid-April')).toEqual([3, 'gardening']);
    expect(month('runs throughout May')).toEqual([4, 'runs']);
    expect(parseTemporalQuery('what did I read in the month', NOW).window).toBeNull();
    // A day of a month keeps its day; "may" the verb is no month.
    expect(new Date(parseTemporalQuery('the 3rd of May', NOW).window!.period.start).getDate()).toBe(3);
    expect(parseTemporalQuery('you may remember my cat', NOW).window).toBeNull();
  });

  it('reads "the week before last", "a fortnight ago", "the other day" and seasons', () => {
    const period = (q: string) => {
      const p = parseTemporalQuery(q, NOW)!.window!.period;
      return [new Date(p.start).toDateString(), new Date(p.end).toDateString()];
    };
    // NOW is Saturday 15 June 2024: last week ran from Monday 3 June, the week before from 27 May.
    expect(period('what did we discuss the week before last')).toEqual(['Mon May 27 2024', 'Mon Jun 03 2024']);
    expect(period('a fortnight ago')).toEqual(['Mon May 27 2024', 'Mon Jun 03 2024']);
    expect(parseTemporalQuery('the other day I asked about tents', NOW).text).toBe('I asked about tents');
    expect(new Date(parseTemporalQuery('the other day I asked about tents', NOW).window!.period.start).getDate()).toBeLessThan(15);
    // Summer has begun (1 June): "last summer" is 2023's, "this summer" and "over the summer" this one, up to today.
    expect(period('last summer')).toEqual(['Thu Jun 01 2023', 'Fri Sep 01 2023']);
    expect(period('what did I plan this summer')).toEqual(['Sat Jun 01 2024', 'Sun Jun 16 2024']);
    expect(period('trips over the summer')).toEqual(['Sat Jun 01 2024', 'Sun Jun 16 2024']);
    expect(period('last winter')).toEqual(['Fri Dec 01 2023', 'Fri Mar 01 2024']);
    expect(period('in the fall')).toEqual(['Fri Sep 01 2023', 'Fri Dec 01 2023']);
    // Recall favours what was said from the season's start until today: a season's events are told after it.
    const told = parseTemporalQuery('camping last summer', NOW).window!;
    expect([new Date(told.start).toDateString(), new Date(told.end).toDateString()]).toEqual(['Thu Jun 01 2023', 'Sun Jun 16 2024']);
    expect(parseTemporalQuery('a summer dress pattern', NOW).window).toBeNull();
    expect(parseTemporalQuery('the fall of Rome', NOW).window).toBeNull();
  });

  it('suppresses near-copies: five copies of one fact yield one hit', async () => {
    db = freshDb();
    engine = await MemoryEngine.open({ db, now: () => NOW });
    for (let i = 0; i < 5; i++)
      await engine.ingest(conversation(`copy${i}`, [`My sister Anna lives in Berlin${i % 2 ? '!' : '.'}`], NOW - i * DAY));
    await engine.ingest(conversation('other', ['Anna visited Berlin museums with her sister last spring.'], NOW - 9 * DAY));
    const hits = await engine.recall('sister Anna Berlin', { k: 5 });
    const copies = hits.filter((h) => h.memory.text.startsWith('My sister Anna lives in Berlin'));
    expect(copies).toHaveLength(1);
    expect(hits.some((h) => h.memory.conversationKey === 'chatgpt:other')).toBe(true);
  });

  it('filters archived unless asked, and reinforces when asked', async () => {
    await openWith(null);
    const id = 'chatgpt:cooking#0:p0';
    await db.memories.update(id, { status: 'archived', strength: 0.5 });
    await engine.reindexMemories([id]);
    expect((await engine.recall('lamb tagine apricots')).some((h) => h.memory.id === id)).toBe(false);
    const withArchived = await engine.recall('lamb tagine apricots', { includeArchived: true, reinforce: true });
    expect(withArchived[0]?.memory.id).toBe(id);
    const row = await db.memories.get(id);
    expect(row).toMatchObject({ useCount: 1, lastUsedAt: NOW });
    expect(row!.strength).toBeCloseTo(0.6);
  });
});
