import { afterEach, describe, expect, it } from 'vitest';
import type { MemoryRow, ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { conversation, DAY, freshDb } from './helpers';

/** Ranking features measured on LoCoMo and LongMemEval (bench/recall.ts): neighbour context (an option), the speaker field, and
 * diversity that lets an episode summary and its session's passages stand side by side. */

const NOW = new Date(2024, 5, 15, 12).getTime();
let db: ReverieDb;
let engine: MemoryEngine;

afterEach(async () => {
  await engine?.close();
  db?.close();
});

async function open(opts: { lexicalContextChars?: number } = {}): Promise<void> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, now: () => NOW, ...opts });
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Unrelated chatter number ${i} about the weather and lunch.`);

describe('ranking', () => {
  // Neighbouring-turn context is an option, off by default (it lowered the LongMemEval dev split: README).
  it("indexes the next turn's start as context, when asked: a turn is found by words only its reply says", async () => {
    await open({ lexicalContextChars: 200 });
    await engine.ingest(conversation('c1', ['Guess what I finally did last week!', 'You adopted the beagle puppy? Congratulations!', ...filler(4)], NOW - DAY));
    const hits = await engine.recall('beagle puppy');
    const turns = hits.map((h) => h.memory.sourceTurnIds[0]);
    // The reply itself first (its own text), the announcement it answers right behind it (via context).
    expect(turns.slice(0, 2)).toEqual(['chatgpt:c1#1', 'chatgpt:c1#0']);
  });

  it('re-indexes the previous turn when its reply arrives in a later capture (context on)', async () => {
    await open({ lexicalContextChars: 200 });
    await engine.ingest(conversation('c2', ['Guess what I finally did last week!'], NOW - DAY));
    expect((await engine.recall('beagle')).length).toBe(0);
    await engine.ingest(conversation('c2', ['Guess what I finally did last week!', 'You adopted the beagle? Lovely!'], NOW - DAY));
    const turns = (await engine.recall('beagle')).map((h) => h.memory.sourceTurnIds[0]);
    expect(turns).toContain('chatgpt:c2#0');
    // And the context goes when the reply is edited away.
    await engine.ingest(conversation('c2', ['Guess what I finally did last week!', 'Nice, tell me more.'], NOW - DAY));
    expect((await engine.recall('beagle')).length).toBe(0);
  });

  it('indexes no neighbouring context by default', async () => {
    await open();
    await engine.ingest(conversation('c0', ['Guess what I finally did last week!', 'Lovely news about the beagle.', ...filler(4)], NOW - DAY));
    expect((await engine.recall('beagle')).map((h) => h.memory.sourceTurnIds[0])).toEqual(['chatgpt:c0#1']);
  });

  it('indexes the speaker as its own field: naming them prefers their turns', async () => {
    await open();
    const conv = conversation('c3', ['I love hiking in the mountains.', 'I love hiking in the mountains.'], NOW - DAY);
    conv.turns[0]!.speaker = 'Melanie';
    conv.turns[1]!.speaker = 'Caroline';
    conv.turns[1]!.text = 'I love hiking in the mountains too.';
    await engine.ingest(conv);
    const rows = await db.memories.toArray();
    expect(rows.map((m) => m.speaker).sort()).toEqual(['Caroline', 'Melanie']);
    expect((await engine.recall('Where does Caroline love hiking?'))[0]?.memory.speaker).toBe('Caroline');
    expect((await engine.recall('Where does Melanie love hiking?'))[0]?.memory.speaker).toBe('Melanie');
  });

  it('keeps passages beside an episode that cites their whole session', async () => {
    await open();
    await engine.ingest(conversation('c4', ['We talked about the pottery class.', 'The pottery class is on Tuesdays.', 'See you then.'], NOW - DAY));
    const passages = await db.memories.where('conversationKey').equals('chatgpt:c4').toArray();
    const episode: MemoryRow = {
      ...passages[0]!,
      id: 'episode:test',
      kind: 'episode',
      text: 'A chat about the pottery class and when it meets.',
      sourceTurnIds: passages.map((p) => p.sourceTurnIds[0]!),
      origin: 'dream-rules',
    };
    await db.memories.put(episode);
    await engine.reindexMemories([episode.id]);
    const hits = await engine.recall('pottery class', { k: 5 });
    const kinds = hits.map((h) => h.memory.kind);
    expect(kinds).toContain('episode');
    expect(hits.filter((h) => h.memory.kind === 'passage').map((h) => h.memory.sourceTurnIds[0])).toEqual(
      expect.arrayContaining(['chatgpt:c4#0', 'chatgpt:c4#1']),
    );
  });

  it("finds a fact by the words it is searched with that its text does not say (searchTerms, at the context's weight)", async () => {
    await open();
    await engine.ingest(conversation('c1', ['My friend got a new job in Denver and loves it.', ...filler(6)], NOW - 2 * DAY));
    const fact: MemoryRow = {
      id: 'fact:nurse', kind: 'fact', text: 'User is a nurse.', hash: 'h-nurse', status: 'active', sourceTurnIds: [], occurredAt: NOW - DAY,
      createdAt: NOW - DAY, updatedAt: NOW - DAY, importance: 0.75, strength: 1, useCount: 0, pinned: false, origin: 'dream-rules',
      searchTerms: 'work job occupation profession career role',
    };
    await db.memories.put(fact);
    await engine.reindexMemories([fact.id]);
    expect((await engine.recall('what is my occupation?'))[0]?.memory.id).toBe('fact:nurse');
    // Without them the fact shares no word with the question.
    await db.memories.put({ ...fact, searchTerms: undefined });
    await engine.reindexMemories([fact.id]);
    expect((await engine.recall('what is my occupation?')).map((h) => h.memory.id)).not.toContain('fact:nurse');
  });
});
