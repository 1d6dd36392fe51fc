import './node-globals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoryRow, ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { LexicalIndex, type LexicalDoc } from '../../../lib/engine/lexical';
import { conversation, DAY, freshDb } from '../engine/helpers';

/**
 * The dream and the diary's undo write memories first and bring the indexes up to date after (reindexMemories): a
 * passage hidden (a forget) or brought back (its undo) leaves or rejoins the lexical index, the turns either side of it
 * are re-read (it is their context), and a failure part-way leaves the index agreeing with the rows all the same.
 */

const NOW = Date.UTC(2026, 4, 2, 12);
const INJECTED = 'injected lexical index failure';
const originalUpsert = LexicalIndex.prototype.upsert;

afterEach(() => {
  vi.restoreAllMocks();
});

function lexicalStoreOf(engine: MemoryEngine): { index: LexicalIndex; docs(m: MemoryRow[]): Promise<LexicalDoc[]> } {
  return (engine as unknown as { lexical: { index: LexicalIndex; docs(m: MemoryRow[]): Promise<LexicalDoc[]> } }).lexical;
}

/** The index holds exactly the searchable memories and answers as one rebuilt from the rows does. */
async function expectAgreement(engine: MemoryEngine, db: ReverieDb, probes: string[]) {
  const store = lexicalStoreOf(engine);
  const searchable = await db.memories.where('status').anyOf('active', 'archived').toArray();
  expect(store.index.size).toBe(searchable.length);
  for (const m of searchable) expect(store.index.has(m.id), m.id).toBe(true);
  const rebuilt = LexicalIndex.create();
  for (const doc of await store.docs(searchable)) originalUpsert.call(rebuilt, doc);
  const ids = (index: LexicalIndex, q: string) => index.search(q).map((h) => h.id).sort();
  for (const q of probes) expect(ids(store.index, q), q).toEqual(ids(rebuilt, q));
}

const CHAT = [
  'my neighbour Ortwin asked me to hide his motorbike from the bailiffs, what do I say?',
  'You can say no kindly; helping hide goods from bailiffs can get you in trouble too.',
  'ok, other thing: best way to store dahlia tubers over winter?',
  'Dry them, then keep them in barely damp compost somewhere frost-free.',
];

/** An engine with neighbouring-turn context on, a chat ingested, and its first exchange hidden as the dream hides it. */
async function withHiddenExchange() {
  const db = freshDb();
  const engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW, lexicalContextChars: 200 });
  await engine.ingest(conversation('c', CHAT, NOW - DAY));
  const passages = (await db.memories.toArray()).sort((a, b) => (a.sourceTurnIds[0]! < b.sourceTurnIds[0]! ? -1 : 1));
  const hidden = passages.filter((m) => /bailiffs/.test(m.text));
  expect(hidden).toHaveLength(2);
  for (const m of hidden) await db.memories.update(m.id, { status: 'deleted', updatedAt: NOW });
  return { db, engine, hidden: hidden.map((m) => m.id) };
}

describe('re-indexing passages the dream hid or an undo restored', () => {
  it('a hidden passage leaves the index, and its words leave the neighbouring turn’s context', async () => {
    const { db, engine, hidden } = await withHiddenExchange();
    // Before: the dahlia question carries the hidden reply's words as context.
    expect((await engine.recall('bailiffs trouble')).map((h) => h.memory.text).join('\n')).toMatch(/dahlia/);
    await engine.reindexMemories(hidden);
    expect(await engine.recall('bailiffs trouble Ortwin motorbike')).toEqual([]);
    await expectAgreement(engine, db, ['bailiffs', 'Ortwin motorbike', 'dahlia tubers']);

    // Brought back (an undo): found again, and again the neighbour's context.
    for (const id of hidden) await db.memories.update(id, { status: 'active', updatedAt: NOW + 1 });
    await engine.reindexMemories(hidden);
    expect((await engine.recall('Ortwin motorbike bailiffs')).map((h) => h.memory.text).join('\n')).toMatch(/Ortwin/);
    await expectAgreement(engine, db, ['bailiffs', 'Ortwin motorbike', 'dahlia tubers']);
    await engine.close();
  });

  it('a failure part-way leaves no document as it was before the rows changed', async () => {
    const { db, engine, hidden } = await withHiddenExchange();
    const dahlia = (await db.memories.toArray()).find((m) => /dahlia tubers/.test(m.text))!;
    const reply = (await db.memories.toArray()).find((m) => /frost-free/.test(m.text))!;
    await db.memories.update(reply.id, { text: `${reply.text} Begonias the same.`, updatedAt: NOW });
    // The dahlia question cannot be indexed once: the reply's new words, written after it, and the hidden passages'
    // going must reach the index all the same.
    let failed = false;
    vi.spyOn(LexicalIndex.prototype, 'upsert').mockImplementation(function (this: LexicalIndex, doc: LexicalDoc) {
      if (!failed && doc.id === dahlia.id) {
        failed = true;
        throw new Error(INJECTED);
      }
      return originalUpsert.call(this, doc);
    });
    await expect(engine.reindexMemories([dahlia.id, reply.id, ...hidden])).rejects.toThrow(INJECTED);
    expect(failed).toBe(true);
    vi.restoreAllMocks();
    await expectAgreement(engine, db, ['bailiffs', 'Ortwin motorbike', 'dahlia tubers', 'begonias']);
    expect(await engine.recall('Ortwin motorbike')).toEqual([]);
    expect((await engine.recall('begonias')).map((h) => h.memory.id)).toContain(reply.id);
    await engine.close();
  });
});
