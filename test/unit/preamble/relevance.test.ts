import { describe, expect, it } from 'vitest';
import { MemoryEngine } from '../../../lib/engine/engine';
import type { Embedder } from '../../../lib/engine/types';
import { conversation, DAY, freshDb } from '../engine/helpers';

/** Vectors chosen by hand: the query means the same as one memory and nothing like the other (no shared words). */
function tableEmbedder(floor: number | undefined): Embedder {
  const table: [RegExp, number[]][] = [
    [/heater|radiator/i, [1, 0, 0]],
    [/laptop|battery/i, [0.15, 0.99, 0]],
  ];
  const vec = (t: string) => {
    const hit = table.find(([re]) => re.test(t));
    const v = Float32Array.from(hit ? hit[1] : [0, 0, 1]);
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  };
  return {
    modelId: 'test/table-3',
    dim: 3,
    ...(floor !== undefined ? { relevanceFloor: floor } : {}),
    embed: async (texts) => texts.map(vec),
    embedQuery: async (q) => vec(q),
  };
}

describe('the block asks only for related memories', () => {
  it('a memory found by meaning alone must reach the model\'s relevance floor (relevantOnly); search is unchanged', async () => {
    const db = freshDb();
    const engine = await MemoryEngine.open({ db, embedder: tableEmbedder(0.5), now: () => 10 * DAY });
    await engine.ingest(conversation('a', ['Our radiator makes a knocking noise at night.', 'Bleed the valve.'], DAY));
    await engine.ingest(conversation('b', ['The second laptop lasts twelve hours on battery.', 'Nice.'], DAY));
    await engine.processEmbedQueue();
    const query = 'Write an email about the broken heater';
    const all = (await engine.recall(query, { k: 10 })).map((h) => h.memory.text);
    expect(all).toContain('The second laptop lasts twelve hours on battery.');
    const related = await engine.recall(query, { k: 10, relevantOnly: true });
    expect(related.map((h) => h.memory.text)).toEqual(['Our radiator makes a knocking noise at night.']);
    expect(related[0]!.similarity).toBeCloseTo(1, 5);
    await engine.close();
  });

  it('without a measured floor nothing is dropped', async () => {
    const db = freshDb();
    const engine = await MemoryEngine.open({ db, embedder: tableEmbedder(undefined), now: () => 10 * DAY });
    await engine.ingest(conversation('b', ['The second laptop lasts twelve hours on battery.', 'Nice.'], DAY));
    await engine.processEmbedQueue();
    expect((await engine.recall('broken heater', { k: 10, relevantOnly: true })).length).toBeGreaterThan(0);
    await engine.close();
  });
});
