import { afterEach, describe, expect, it } from 'vitest';
import { MemoryEngine } from '../../../lib/engine/engine';
import type { ReverieDb } from '../../../lib/db/schema';
import type { VectorIndex } from '../../../lib/engine/types';
import { conversation, DAY, freshDb, HashingEmbedder } from './helpers';

const NOW = Date.UTC(2024, 5, 15, 12);
let db: ReverieDb;
const engines: MemoryEngine[] = [];

async function open(opts: Partial<Parameters<typeof MemoryEngine.open>[0]> = {}): Promise<MemoryEngine> {
  const engine = await MemoryEngine.open({ db, now: () => NOW, ...opts });
  engines.push(engine);
  return engine;
}

afterEach(async () => {
  for (const e of engines.splice(0)) await e.close();
  db?.close();
});

const FACT = 'My passport number ends in 4471.';

describe('delete, tombstone, undo, edit', () => {
  it('a deleted memory is never recalled and re-ingesting its text does not resurrect it', async () => {
    db = freshDb();
    const engine = await open();
    await engine.ingest(conversation('c1', [FACT, 'Noted.'], NOW - DAY));
    const id = 'chatgpt:c1#0:p0';
    expect((await engine.recall('passport number'))[0]?.memory.id).toBe(id);
    expect(await engine.deleteMemory(id)).toBe(true);
    expect((await db.memories.get(id))?.status).toBe('deleted');
    expect(await db.tombstones.where('memoryId').equals(id).count()).toBe(1);
    expect(await engine.recall('passport number')).toHaveLength(0);
    expect(await engine.recall('passport number', { includeArchived: true })).toHaveLength(0);

    // Re-capture of the same conversation, and the same words (other case/spacing) elsewhere.
    await engine.ingest(conversation('c1', [FACT, 'Noted.'], NOW - DAY));
    const again = await engine.ingest(conversation('c2', ['my passport number   ends in 4471'], NOW));
    expect(again.skipped).toBe(1);
    expect(await db.memories.where('hash').equals((await db.memories.get(id))!.hash).count()).toBe(1);
    expect(await engine.recall('passport number')).toHaveLength(0);
  });

  it('undo restores a deleted memory and lifts its tombstone', async () => {
    db = freshDb();
    const engine = await open();
    await engine.ingest(conversation('c1', [FACT], NOW - DAY));
    const id = 'chatgpt:c1#0:p0';
    await engine.deleteMemory(id);
    expect(await engine.undoDelete(id)).toBe(true);
    expect((await db.memories.get(id))?.status).toBe('active');
    expect(await db.tombstones.count()).toBe(0);
    expect((await engine.recall('passport'))[0]?.memory.id).toBe(id);
    expect(await engine.undoDelete(id)).toBe(false);
  });

  it('deleting without a tombstone lets the text be learned again', async () => {
    db = freshDb();
    const engine = await open();
    await engine.ingest(conversation('c1', [FACT], NOW - DAY));
    await engine.deleteMemory('chatgpt:c1#0:p0', { tombstone: false });
    const res = await engine.ingest(conversation('c2', [FACT], NOW));
    expect(res.added).toBe(1);
    expect((await engine.recall('passport'))[0]?.memory.id).toBe('chatgpt:c2#0:p0');
  });

  it('an edit re-indexes the memory, marks it edited and keeps its origin; pinning sets importance', async () => {
    db = freshDb();
    const embedder = new HashingEmbedder();
    const engine = await open({ embedder });
    await engine.ingest(conversation('c1', ['I prefer tea in the morning.'], NOW - DAY));
    await engine.processEmbedQueue();
    const id = 'chatgpt:c1#0:p0';
    const edited = await engine.updateMemory(id, { text: 'I prefer espresso in the morning.', pinned: true });
    expect(edited).toMatchObject({ edited: true, origin: 'capture', pinned: true, importance: 1 });
    expect(await engine.recall('tea')).toHaveLength(0);
    const hits = await engine.recall('espresso');
    expect(hits[0]?.memory.id).toBe(id);
    expect(hits[0]?.via).toContain('pinned');
    // The vector follows the new text once the queue runs.
    expect(await db.vectors.count()).toBe(0);
    await engine.processEmbedQueue();
    const [q] = await embedder.embed(['I prefer espresso in the morning.']);
    expect((await engine.exactSearch(q!, 1))[0]).toMatchObject({ memoryId: id });
    expect((await engine.exactSearch(q!, 1))[0]!.score).toBeCloseTo(1, 5);
  });

  it('forgetting a conversation removes its turns, memories and vectors and tombstones them', async () => {
    db = freshDb();
    const engine = await open({ embedder: new HashingEmbedder() });
    await engine.ingest(conversation('c1', [FACT, 'Stored it.'], NOW - DAY));
    await engine.ingest(conversation('c2', ['The weather in Oslo is cold.'], NOW));
    await engine.processEmbedQueue();
    const res = await engine.forgetConversation('chatgpt:c1');
    expect(res).toEqual({ turns: 2, memories: 2 });
    expect(await db.turns.where('conversationKey').equals('chatgpt:c1').count()).toBe(0);
    expect(await db.memories.where('conversationKey').equals('chatgpt:c1').count()).toBe(0);
    expect(await db.conversations.get('chatgpt:c1')).toBeUndefined();
    expect(await db.vectors.count()).toBe(1);
    const tombs = await db.tombstones.toArray();
    expect(tombs).toHaveLength(2);
    expect(tombs.every((t) => t.reason === 'forgot-conversation' && t.conversationKey === 'chatgpt:c1')).toBe(true);
    // (The vector path always returns its nearest neighbours, so check provenance rather than emptiness.)
    expect((await engine.recall('passport')).filter((h) => h.memory.conversationKey === 'chatgpt:c1')).toHaveLength(0);
    // Re-capturing the page does not bring it back.
    const again = await engine.ingest(conversation('c1', [FACT, 'Stored it.'], NOW - DAY));
    expect(again).toMatchObject({ added: 0, skipped: 2 });
    expect(await db.memories.count()).toBe(1);
    expect((await engine.stats()).memories.active).toBe(1);
  });
});

describe('embedding queue', () => {
  const texts = Array.from({ length: 20 }, (_, i) => `Memory number ${i} mentions topic${i} and shared words.`);

  it('survives a crash mid-way: re-opening finishes the job with no loss and no duplicates', async () => {
    db = freshDb();
    const first = await open({ embedder: new HashingEmbedder('test/hashing-64', 64, 2) });
    await first.ingest(conversation('c1', texts, NOW - DAY));
    expect(await db.queue.where('kind').equals('embed').count()).toBe(20);
    // Two batches succeed, the third call "crashes" (the process dies between embedding and writing).
    await expect(first.processEmbedQueue({ batchSize: 4 })).rejects.toThrow('embedder crashed');
    expect(await db.vectors.count()).toBe(8);
    expect(await db.queue.where('kind').equals('embed').count()).toBe(12);

    // A fresh engine on the same database (same model) picks up where it stopped.
    const embedder = new HashingEmbedder();
    const second = await open({ embedder });
    const res = await second.processEmbedQueue({ batchSize: 5 });
    expect(res).toEqual({ embedded: 12, remaining: 0 });
    expect(embedder.embedded).toBe(12);
    const vectors = await db.vectors.toArray();
    expect(vectors).toHaveLength(20);
    expect(new Set(vectors.map((v) => v.memoryId)).size).toBe(20);
    expect(new Set(vectors.map((v) => v.label)).size).toBe(20);
    // Running again does nothing.
    expect(await second.processEmbedQueue()).toEqual({ embedded: 0, remaining: 0 });
  });

  it('a limit stops part-way and the rest stays queued', async () => {
    db = freshDb();
    const engine = await open({ embedder: new HashingEmbedder() });
    await engine.ingest(conversation('c1', texts, NOW - DAY));
    expect(await engine.processEmbedQueue({ batchSize: 3, limit: 10 })).toEqual({ embedded: 10, remaining: 10 });
    expect(await engine.processEmbedQueue({ batchSize: 3 })).toEqual({ embedded: 10, remaining: 0 });
  });

  it('a different model re-embeds everything; the old vectors are not used for recall', async () => {
    db = freshDb();
    const a = await open({ embedder: new HashingEmbedder('test/a', 64) });
    await a.ingest(conversation('c1', texts.slice(0, 5), NOW - DAY));
    await a.processEmbedQueue();
    await a.close();
    const b = new HashingEmbedder('test/b', 32);
    const engine = await open({ embedder: b });
    expect((await engine.stats()).pendingEmbeds).toBe(5);
    await engine.processEmbedQueue();
    expect(await db.vectors.where('model').equals('test/b').count()).toBe(5);
    expect((await db.vectors.where('model').equals('test/b').first())?.dim).toBe(32);
    expect((await engine.stats()).vectors).toBe(5);
    // Same model again: nothing to redo.
    await engine.close();
    const same = await open({ embedder: new HashingEmbedder('test/b', 32) });
    expect((await same.stats()).pendingEmbeds).toBe(0);
    expect(await same.reembedAll()).toBe(5);
    await same.processEmbedQueue();
    const rows = await db.vectors.where('model').equals('test/b').toArray();
    expect(rows).toHaveLength(5);
    expect(Math.min(...rows.map((r) => r.label))).toBeGreaterThanOrEqual(5); // labels never reused
  });

  it('feeds an HNSW-style VectorIndex: loads stored vectors, adds new ones, marks replaced ones deleted', async () => {
    db = freshDb();
    const embedder = new HashingEmbedder();
    const seed = await open({ embedder });
    await seed.ingest(conversation('c1', texts.slice(0, 6), NOW - DAY));
    await seed.processEmbedQueue();
    await seed.close();

    const index = new BruteForceIndex(embedder.modelId, embedder.dim);
    const engine = await open({ embedder, openVectorIndex: async () => index });
    await engine.whenVectorIndexReady();
    expect(index.size).toBe(6);
    await engine.ingest(conversation('c2', ['Quantum chromodynamics lecture notes.'], NOW));
    await engine.processEmbedQueue();
    expect(index.size).toBe(7);
    const hits = await engine.recall('chromodynamics quantum');
    expect(hits[0]?.memory.conversationKey).toBe('chatgpt:c2');
    expect(hits[0]?.via).toContain('vector');
    await engine.deleteMemory('chatgpt:c2#0:p0');
    expect(index.size).toBe(6);
    await engine.close();
    expect(index.saves).toBeGreaterThan(0);
    expect(await db.queue.where('kind').equals('index-delete').count()).toBe(0);
  });
});

describe('lexical index persistence', () => {
  it('is saved to db.meta, loaded at start, and rebuilt when corrupt or stale', async () => {
    db = freshDb();
    const engine = await open();
    await engine.ingest(conversation('c1', ['Saffron risotto needs good stock.', 'And patience.'], NOW - DAY));
    await engine.close();
    const saved = await db.meta.get('lexical:v1');
    expect(typeof (saved?.value as { json?: string } | undefined)?.json).toBe('string');

    await db.meta.put({ key: 'lexical:v1', value: { marker: (saved!.value as { marker: unknown }).marker, json: '{"broken' }, updatedAt: NOW });
    const reopened = await open();
    expect((await reopened.recall('saffron risotto'))[0]?.memory.id).toBe('chatgpt:c1#0:p0');
    expect((await reopened.stats()).lexicalDocs).toBe(2);
    await reopened.close();

    // Stale: a memory written behind the engine's back is picked up by the marker check.
    await db.memories.update('chatgpt:c1#1:p0', { text: 'Arborio rice only.', updatedAt: NOW + 5 });
    const third = await open();
    expect((await third.recall('arborio'))[0]?.memory.id).toBe('chatgpt:c1#1:p0');
    await db.meta.delete('lexical:v1');
    const fourth = await open();
    expect((await fourth.recall('saffron'))[0]?.memory.id).toBe('chatgpt:c1#0:p0');
  });
});

/** A brute-force VectorIndex standing in for HNSW (the real one is tested with its own implementation). */
class BruteForceIndex implements VectorIndex {
  private readonly points = new Map<number, Float32Array>();
  saves = 0;
  constructor(
    readonly model: string,
    readonly dim: number,
  ) {}
  get size(): number {
    return this.points.size;
  }
  add(label: number, vector: Float32Array): void {
    this.points.set(label, vector);
  }
  markDeleted(label: number): void {
    this.points.delete(label);
  }
  has(label: number): boolean {
    return this.points.has(label);
  }
  search(vector: Float32Array, k: number): { label: number; distance: number }[] {
    return [...this.points]
      .map(([label, v]) => ({ label, distance: 1 - v.reduce((s, x, i) => s + x * vector[i]!, 0) }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, k);
  }
  async save(): Promise<void> {
    this.saves++;
  }
}
