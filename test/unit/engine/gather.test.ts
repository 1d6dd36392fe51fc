import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { asksToGather, DEFAULT_TUNING, type RecallTuning } from '../../../lib/engine/recall';
import { conversation, DAY, freshDb } from './helpers';

/**
 * Questions that count or gather over the user's chats: an option (`gather`, off by default: it lowered the LongMemEval
 * dev split, README) that spreads the tail of the list over conversations and can lower conversation evidence for them.
 */

describe('asksToGather', () => {
  it('recognises generic counting and gathering forms only', () => {
    expect(asksToGather('How many plants have I bought this year?')).toBe(true);
    expect(asksToGather('How much did I spend on coffee in total?')).toBe(true);
    expect(asksToGather('List all the places I visited in spring.')).toBe(true);
    expect(asksToGather('What is my address?')).toBe(false);
    expect(asksToGather('Which plants did I buy?')).toBe(false);
    expect(asksToGather('How much is the ticket?')).toBe(false);
  });
});

describe('gathering questions', () => {
  const NOW = new Date(2024, 5, 15, 12).getTime();
  let db: ReverieDb;
  let engine: MemoryEngine;
  afterEach(async () => {
    await engine?.close();
    db?.close();
  });

  async function open(gather: RecallTuning['gather']): Promise<void> {
    db = freshDb();
    engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW, tuning: { gather } });
    // One conversation all about plants, and three others that each mention one plant bought in passing.
    const beds = ['tomato', 'basil', 'lavender', 'rosemary', 'mint', 'thyme', 'pepper', 'sage'];
    await engine.ingest(
      conversation('garden', beds.map((b) => `Plants, plants: I bought ${b} plants and more plants for the ${b} bed.`), NOW - 20 * DAY),
    );
    for (const [i, plant] of ['a fern', 'a cactus', 'an orchid'].entries())
      await engine.ingest(conversation(`day${i}`, [`Errands today. I also bought ${plant}, a small plant for my desk.`, 'Nice.'], NOW - (10 - i) * DAY));
  }

  const conversations = async (query: string) =>
    (await engine.recall(query, { k: 5 })).map((h) => h.memory.conversationKey);

  it('spreads the tail of the list over conversations, keeping its head, for a counting question only', async () => {
    await open(DEFAULT_TUNING.gather);
    const before = await conversations('How many plants did I buy?');
    const plain = await conversations('Which plants did I buy?');
    await engine.close();
    db.close();
    await open({ conversationWeight: null, decay: 0.3, after: 2 });
    const after = await conversations('How many plants did I buy?');
    const other = (list: (string | undefined)[]) => list.filter((c) => c !== 'chatgpt:garden').length;
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(other(after)).toBeGreaterThan(other(before));
    // A question that does not count or gather ranks as before.
    expect(await conversations('Which plants did I buy?')).toEqual(plain);
  });
});
