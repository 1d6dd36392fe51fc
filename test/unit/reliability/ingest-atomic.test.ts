import './node-globals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptCapture } from '../../../lib/background/capture-intake';
import type { ReverieDb, MemoryRow } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { LexicalIndex, type LexicalDoc } from '../../../lib/engine/lexical';
import { ReverieService } from '../../../lib/host/service';
import { conversation, DAY, freshDb } from '../engine/helpers';

/**
 * Ingest is atomic: when updating the lexical index fails part-way (a document that cannot be indexed, a bug), the
 * rows written with it are rolled back, the documents already changed are put back, and the error reaches the
 * caller. Afterwards the database and the lexical index agree, and the same ingest succeeds once the fault is gone.
 */

const NOW = Date.UTC(2025, 5, 2, 12);
const INJECTED = 'injected lexical index failure';
const originalUpsert = LexicalIndex.prototype.upsert;
const originalRemove = LexicalIndex.prototype.remove;

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes `LexicalIndex.upsert` throw for the documents `fails` picks (after `skip` successful calls). */
function failUpsert(fails: (doc: LexicalDoc, call: number) => boolean) {
  let call = 0;
  return vi.spyOn(LexicalIndex.prototype, 'upsert').mockImplementation(function (this: LexicalIndex, doc: LexicalDoc) {
    if (fails(doc, ++call)) throw new Error(INJECTED);
    return originalUpsert.call(this, doc);
  });
}

/** The engine's lexical store (lib/engine/lexical-store.ts), reached past the facade. */
function lexicalStoreOf(engine: MemoryEngine): { index: LexicalIndex; docs(m: MemoryRow[]): Promise<LexicalDoc[]> } {
  return (engine as unknown as { lexical: { index: LexicalIndex; docs(m: MemoryRow[]): Promise<LexicalDoc[]> } }).lexical;
}

function lexicalOf(engine: MemoryEngine): LexicalIndex {
  return lexicalStoreOf(engine).index;
}

/**
 * The database and the lexical index agree: the index holds exactly the searchable memories, and it answers as an
 * index rebuilt from the database does (so no document carries text or context the database no longer has).
 */
async function expectAgreement(engine: MemoryEngine, db: ReverieDb, probes: string[] = []) {
  const searchable = await db.memories.where('status').anyOf('active', 'archived').toArray();
  const live = lexicalOf(engine);
  expect(live.size).toBe(searchable.length);
  for (const m of searchable) expect(live.has(m.id), m.id).toBe(true);
  const docs = await lexicalStoreOf(engine).docs(searchable);
  const rebuilt = LexicalIndex.create();
  for (const doc of docs) originalUpsert.call(rebuilt, doc);
  const ids = (index: LexicalIndex, q: string) => index.search(q).map((h) => h.id).sort();
  for (const q of [...searchable.map((m) => m.text), ...probes]) expect(ids(live, q), q).toEqual(ids(rebuilt, q));
}

async function rows(db: ReverieDb, key: string) {
  return {
    conversation: await db.conversations.get(key),
    turns: await db.turns.where('conversationKey').equals(key).toArray(),
    memories: await db.memories.where('conversationKey').equals(key).toArray(),
    queue: await db.queue.count(),
  };
}

async function openEngine(db: ReverieDb) {
  // Neighbouring-turn context on: its re-indexing of the turns either side is part of what must stay atomic.
  return MemoryEngine.open({ db, embedder: null, now: () => NOW, lexicalContextChars: 200 });
}

describe('ingest when the lexical index update fails', () => {
  it('a new conversation: rows rolled back, index unchanged, error to the caller; the retry lands it', async () => {
    const db = freshDb();
    const engine = await openEngine(db);
    await engine.ingest(conversation('before', ['How do I repot a fiddle leaf fig?', 'Use a pot one size larger.'], NOW - DAY));
    const before = await rows(db, 'chatgpt:new');
    const queued = before.queue;

    // The second document of the new conversation cannot be indexed: the first one already was.
    const spy = failUpsert((_doc, call) => call === 2);
    const conv = conversation('new', ['Which sourdough hydration suits rye flour?', 'Around 80 percent for rye.', 'And the proofing time?'], NOW);
    await expect(engine.ingest(conv)).rejects.toThrow(INJECTED);
    expect(spy).toHaveBeenCalled();

    expect(await rows(db, 'chatgpt:new')).toEqual({ conversation: undefined, turns: [], memories: [], queue: queued });
    await expectAgreement(engine, db, ['sourdough hydration rye', 'proofing']);
    expect(lexicalOf(engine).search('sourdough')).toEqual([]);

    // The fault gone, the same conversation ingests whole (it was not recorded as "unchanged").
    spy.mockRestore();
    expect(await engine.ingest(conv)).toMatchObject({ added: 3, unchanged: 0 });
    await expectAgreement(engine, db, ['sourdough hydration rye', 'proofing']);
    expect((await engine.recall('sourdough rye hydration')).map((h) => h.memory.conversationKey)).toContain('chatgpt:new');
    await engine.close();
  });

  it('an edited turn: the old text and its neighbours’ context stay indexed, the new text is not', async () => {
    const db = freshDb();
    const engine = await openEngine(db);
    const texts = ['My cat Miso keeps scratching the sofa.', 'Try a sisal scratching post near the sofa.', 'Would catnip help?'];
    await engine.ingest(conversation('edit', texts, NOW - DAY));
    const before = await rows(db, 'chatgpt:edit');

    // The edit rewrites the reply; indexing fails on a neighbour whose context it changes (after the new passage and
    // the removal of the old one already went into the index): the new text cannot be indexed as its context.
    const edited = [texts[0]!, 'A cardboard scratcher with silvervine works for most cats.', texts[2]!];
    const spy = failUpsert((doc) => doc.id.startsWith('chatgpt:edit#2') && !!doc.context?.includes('silvervine'));
    await expect(engine.ingest(conversation('edit', edited, NOW - DAY))).rejects.toThrow(INJECTED);
    expect(spy).toHaveBeenCalled();

    expect(await rows(db, 'chatgpt:edit')).toEqual(before);
    await expectAgreement(engine, db, ['silvervine cardboard', 'sisal post']);
    expect(lexicalOf(engine).search('silvervine')).toEqual([]);
    expect(lexicalOf(engine).search('sisal').map((h) => h.id)).toContain('chatgpt:edit#1:p0');

    spy.mockRestore();
    expect(await engine.ingest(conversation('edit', edited, NOW - DAY))).toMatchObject({ updated: 1, unchanged: 2 });
    await expectAgreement(engine, db, ['silvervine cardboard', 'sisal post']);
    expect(lexicalOf(engine).search('sisal')).toEqual([]);
    await engine.close();
  });

  it('a failure that also defeats putting documents back: the index is rebuilt from the database before its next use', async () => {
    const db = freshDb();
    const engine = await openEngine(db);
    const texts = ['Plan a three day hike in the Dolomites.', 'Start in Cortina and walk the Alta Via 1.'];
    await engine.ingest(conversation('hike', texts, NOW - DAY));
    await engine.flush();
    const saved = await db.meta.get('lexical:v1');

    // Nothing can be indexed at all (and documents cannot even be removed) while the fault lasts.
    const upsert = failUpsert(() => true);
    const remove = vi.spyOn(LexicalIndex.prototype, 'remove').mockImplementation(() => {
      throw new Error(INJECTED);
    });
    await expect(engine.ingest(conversation('hike', [texts[0]!, 'Start in Bolzano instead.'], NOW - DAY))).rejects.toThrow(INJECTED);
    // The error also reaches the next writer, and nothing half-done is saved as the index.
    await expect(engine.ingest(conversation('other', ['Unrelated question about tea.'], NOW))).rejects.toThrow(INJECTED);
    await engine.flush();
    expect(await db.meta.get('lexical:v1')).toEqual(saved);
    expect(await rows(db, 'chatgpt:other')).toMatchObject({ turns: [], memories: [] });
    expect((await db.turns.get('chatgpt:hike#1'))?.text).toBe(texts[1]);

    upsert.mockRestore();
    remove.mockRestore();
    // The next recall rebuilds the index from the database and answers from it.
    expect((await engine.recall('Cortina Alta Via')).map((h) => h.memory.id)).toContain('chatgpt:hike#1:p0');
    expect(lexicalOf(engine).search('Bolzano')).toEqual([]);
    await expectAgreement(engine, db, ['Bolzano', 'tea']);
    await engine.close();
    // And a restart loads an index that agrees as well.
    const reopened = await openEngine(db);
    await expectAgreement(reopened, db, ['Bolzano', 'tea']);
    await reopened.close();
  });

  it('a failing removal (a changed turn’s old passage) rolls back as well', async () => {
    const db = freshDb();
    const engine = await openEngine(db);
    await engine.ingest(conversation('rm', ['Best time to visit Kyoto for the maple leaves?', 'Mid to late November.'], NOW - DAY));
    const before = await rows(db, 'chatgpt:rm');
    const spy = vi.spyOn(LexicalIndex.prototype, 'remove').mockImplementation(function (this: LexicalIndex, id: string) {
      if (id === 'chatgpt:rm#1:p0') throw new Error(INJECTED);
      return originalRemove.call(this, id);
    });
    await expect(engine.ingest(conversation('rm', ['Best time to visit Kyoto for the maple leaves?', 'Early December, usually.'], NOW - DAY))).rejects.toThrow(INJECTED);
    expect(await rows(db, 'chatgpt:rm')).toEqual(before);
    spy.mockRestore();
    await expectAgreement(engine, db, ['December', 'November']);
    await engine.close();
  });
});

describe('the capture drain when indexing fails', () => {
  it('records the error on the queued capture and retries it; nothing is left half-ingested', async () => {
    const db = freshDb();
    const service = await ReverieService.start({ db, now: () => NOW });
    const engine = () => (service as unknown as { engine: MemoryEngine }).engine;
    const capture = {
      site: 'claude' as const,
      conversationId: 'drain',
      url: 'https://claude.ai/chat/drain',
      turns: [
        { role: 'user' as const, ordinal: 0, text: 'What is a good beginner telescope for planets?' },
        { role: 'assistant' as const, ordinal: 1, text: 'A 5 inch Maksutov is compact and sharp on planets.' },
      ],
    };

    // Fails every time: the capture is retried, then set aside with the error, and the database holds none of it.
    let spy = failUpsert(() => true);
    expect(await acceptCapture(db, capture)).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    const setAside = await db.queue.where('kind').equals('capture-failed').toArray();
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.attempts).toBe(5);
    expect(setAside[0]!.lastError).toContain(INJECTED);
    expect(await db.turns.count()).toBe(0);
    expect(await db.memories.count()).toBe(0);
    spy.mockRestore();
    await expectAgreement(engine(), db);

    // Fails once: the drain's retry lands it whole (before, the retry saw "unchanged" turns and indexed nothing).
    await db.queue.clear();
    spy = failUpsert((_doc, call) => call === 1);
    expect(await acceptCapture(db, capture)).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect(await db.queue.where('kind').anyOf('capture', 'capture-failed').count()).toBe(0);
    expect(await db.turns.count()).toBe(2);
    await expectAgreement(engine(), db, ['telescope planets', 'Maksutov']);
    expect((await service.search('Maksutov telescope')).map((h) => h.memory.conversationKey)).toContain('claude:drain');
  });
});
