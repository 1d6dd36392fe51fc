import { afterEach, describe, expect, it } from 'vitest';
import { MemoryEngine } from '../../../lib/engine/engine';
import { splitIntoPassages } from '../../../lib/engine/passages';
import type { ReverieDb } from '../../../lib/db/schema';
import { conversation, DAY, freshDb } from './helpers';

const T0 = Date.UTC(2024, 4, 1);
let db: ReverieDb;
let engine: MemoryEngine;

async function open(): Promise<MemoryEngine> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, now: () => T0 + DAY });
  return engine;
}

afterEach(async () => {
  await engine?.close();
  db?.close();
});

function longTurn(): string {
  const para = (n: number) =>
    Array.from({ length: 12 }, (_, i) => `Paragraph ${n} sentence ${i} talks about sourdough hydration and oven spring.`).join(' ');
  const code = '```python\n' + Array.from({ length: 20 }, (_, i) => `x${i} = bake(${i})`).join('\n') + '\n```';
  return [para(1), para(2), code, para(3), para(4), para(5)].join('\n\n');
}

describe('passages', () => {
  it('keeps short turns whole and splits long ones within the limit, code blocks intact, with overlap', () => {
    expect(splitIntoPassages('short text')).toEqual([{ text: 'short text', offset: 0 }]);
    const text = longTurn();
    const passages = splitIntoPassages(text, { maxTokens: 256 });
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(256 * 4 + 8);
      expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    }
    const withCode = passages.filter((p) => p.text.includes('```python'));
    expect(withCode).toHaveLength(1);
    expect(withCode[0]!.text).toContain('x19 = bake(19)');
    // Overlap: some passage starts before the previous one ends.
    expect(passages.some((p, i) => i > 0 && p.offset < passages[i - 1]!.offset + passages[i - 1]!.text.length)).toBe(true);
    // Coverage: every sentence of the turn is in some passage.
    for (const n of [1, 5]) expect(passages.some((p) => p.text.includes(`Paragraph ${n} sentence 11`))).toBe(true);
  });
});

describe('ingest', () => {
  it('writes the conversation, turns and passage memories with provenance', async () => {
    await open();
    const res = await engine.ingest(conversation('c1', ['How do I make sourdough?', longTurn()], T0));
    expect(res).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    expect(res.turnIds).toEqual(['chatgpt:c1#0', 'chatgpt:c1#1']);
    const conv = await db.conversations.get('chatgpt:c1');
    expect(conv).toMatchObject({ turnCount: 2, site: 'chatgpt', source: 'live', firstSeenAt: T0 });
    const memories = await db.memories.toArray();
    const ofLong = memories.filter((m) => m.sourceTurnIds[0] === 'chatgpt:c1#1');
    expect(ofLong.length).toBeGreaterThan(1);
    for (const m of memories) {
      expect(m.kind).toBe('passage');
      expect(m.sourceTurnIds).toHaveLength(1);
      expect(m).toMatchObject({ conversationKey: 'chatgpt:c1', site: 'chatgpt', url: 'https://chatgpt.com/c/c1', origin: 'capture' });
    }
    expect(ofLong.every((m) => m.role === 'assistant' && m.occurredAt === T0 + 1000)).toBe(true);
    // One embedding job per memory, written with it.
    expect(await db.queue.where('kind').equals('embed').count()).toBe(memories.length);
  });

  it('is idempotent: the same conversation twice changes nothing', async () => {
    await open();
    const conv = conversation('c1', ['I live in Lisbon.', 'Noted, Lisbon.'], T0);
    await engine.ingest(conv);
    const snapshot = async () => ({
      turns: await db.turns.toArray(),
      memories: await db.memories.toArray(),
      queue: await db.queue.count(),
      conv: await db.conversations.toArray(),
    });
    const before = await snapshot();
    const again = await engine.ingest(conv);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, turnIds: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('an edited turn replaces its passages and re-indexes them', async () => {
    await open();
    await engine.ingest(conversation('c1', ['My cat is called Miso.', 'Nice name.'], T0));
    expect((await engine.recall('cat Miso')).map((h) => h.memory.sourceTurnIds[0])).toContain('chatgpt:c1#0');
    const res = await engine.ingest(conversation('c1', ['My dog is called Pepper.', 'Nice name.'], T0));
    expect(res).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const ofTurn = await db.memories.where('sourceTurnIds').equals('chatgpt:c1#0').toArray();
    expect(ofTurn.map((m) => m.text)).toEqual(['My dog is called Pepper.']);
    expect((await db.turns.get('chatgpt:c1#0'))?.text).toBe('My dog is called Pepper.');
    expect(await engine.recall('Miso')).toHaveLength(0);
    expect((await engine.recall('Pepper'))[0]?.memory.text).toBe('My dog is called Pepper.');
  });
});
