import { describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { HnswVectorIndex } from '../../../lib/engine/hnsw-index';
import { DexieHnswIndexStore, hnswMetaKey } from '../../../lib/engine/hnsw-store';
import { loadOrBuildVectorIndex, type VectorIndexOpenReport } from '../../../lib/engine/index-manager';
import { conversation, DAY, freshDb, HashingEmbedder } from '../engine/helpers';

/**
 * The persisted HNSW index (db.meta 'hnsw:<model>') missing, truncated, or belonging to another model: the engine
 * detects it, rebuilds from db.vectors, and recall keeps answering (exact vector search + lexical) while it does.
 */

const NOW = Date.UTC(2024, 8, 1, 12);
const MODEL = 'test/hashing-64';
const TOPICS = [
  'sourdough starter hydration and feeding schedule',
  'kubernetes pod eviction under memory pressure',
  'watering succulents in a north facing window',
  'training for a half marathon in hot weather',
  'replacing the chain on a fixed gear bicycle',
  'pricing a freelance illustration commission',
  'learning the Portuguese subjunctive mood',
  'calibrating a 3d printer first layer height',
  'brewing a cold brew coffee concentrate',
  'choosing hiking boots for wide feet',
];

function seedConversations() {
  return TOPICS.map((topic, i) =>
    conversation(`c${i}`, [`Can you help me with ${topic}?`, `Sure. Here is a plan for ${topic}, step by step.`], NOW - (i + 1) * DAY),
  );
}

/** Opens an engine whose vector index open is recorded and can be held back, to observe recall while it loads. */
async function openEngine(db: ReverieDb, gate?: Promise<void>) {
  const reports: VectorIndexOpenReport[] = [];
  const engine = await MemoryEngine.open({
    db,
    now: () => NOW,
    embedder: new HashingEmbedder(MODEL, 64),
    openVectorIndex: async (model, dim) => {
      await gate;
      const { index, report } = await loadOrBuildVectorIndex({ db, model, dim });
      reports.push(report);
      return index;
    },
  });
  return { engine, reports };
}

async function seededDb(): Promise<ReverieDb> {
  const db = freshDb();
  const { engine, reports } = await openEngine(db);
  for (const c of seedConversations()) await engine.ingest(c);
  const { remaining } = await engine.processEmbedQueue();
  expect(remaining).toBe(0);
  await engine.whenVectorIndexReady();
  expect(reports[0]).toMatchObject({ source: 'rebuilt', reason: 'missing' });
  await engine.close(); // saves the index with every vector in it
  const { engine: again, reports: second } = await openEngine(db);
  await again.whenVectorIndexReady();
  expect(second[0]).toMatchObject({ source: 'loaded', added: 0, removed: 0 });
  await again.close();
  return db;
}

async function topIds(engine: MemoryEngine, query: string) {
  const hits = await engine.recall(query, { k: 3 });
  return { ids: hits.map((h) => h.memory.conversationKey), vector: hits.some((h) => h.via.includes('vector')) };
}

const corruptions: [string, (db: ReverieDb) => Promise<void>, RegExp][] = [
  ['missing', (db) => db.meta.delete(hnswMetaKey(MODEL)), /^missing$/],
  [
    'truncated',
    async (db) => {
      const row = (await db.meta.get(hnswMetaKey(MODEL)))!;
      const value = row.value as { manifest: unknown; bytes: Uint8Array };
      await db.meta.put({ ...row, value: { ...value, bytes: value.bytes.slice(0, Math.floor(value.bytes.length / 2)) } });
    },
    /truncated/,
  ],
  [
    'from another model',
    async (db) => {
      // A real index of another embedding model (another dimension too) stored under this model's key.
      const other = await HnswVectorIndex.create({ model: 'test/other-32', dim: 32, store: new DexieHnswIndexStore(db) });
      for (let label = 0; label < 5; label++) other.add(label, Float32Array.from({ length: 32 }, (_, i) => Math.sin(i + label)));
      await other.save();
      const foreign = (await db.meta.get(hnswMetaKey('test/other-32')))!;
      await db.meta.put({ key: hnswMetaKey(MODEL), value: foreign.value, updatedAt: NOW });
      other.dispose();
    },
    /index is for test\/other-32/,
  ],
];

describe('vector index missing, truncated or from another model', () => {
  it.each(corruptions)('%s: detected, rebuilt from db.vectors, and recall answers throughout', async (_name, corrupt, reason) => {
    const db = await seededDb();
    const vectorCount = await db.vectors.where('model').equals(MODEL).count();
    expect(vectorCount).toBe(TOPICS.length * 2);
    await corrupt(db);

    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { engine, reports } = await openEngine(db, gate);
    // While the index is (re)built, recall still answers, by exact vector search and the lexical index.
    expect((await engine.stats()).vectorIndex).toBe('loading');
    const during = await topIds(engine, 'how should I feed my sourdough starter');
    expect(during.ids[0]).toBe('chatgpt:c0');
    expect(during.vector).toBe(true);
    const duringLexical = await topIds(engine, 'kubernetes eviction');
    expect(duringLexical.ids[0]).toBe('chatgpt:c1');

    release();
    await engine.whenVectorIndexReady();
    expect(reports[0]!.source).toBe('rebuilt');
    expect(reports[0]!.reason).toMatch(reason);
    expect(reports[0]!.added).toBe(vectorCount);
    const stats = await engine.stats();
    expect(stats.vectorIndex).toBe('ready');
    expect(stats.vectors).toBe(vectorCount);
    const after = await topIds(engine, 'how should I feed my sourdough starter');
    expect(after.ids[0]).toBe('chatgpt:c0');
    expect(after.vector).toBe(true);
    expect((await topIds(engine, 'boots for wide feet on a hike')).ids[0]).toBe('chatgpt:c9');
    await engine.close();

    // The rebuilt index was saved: the next start loads it as is.
    const { engine: next, reports: nextReports } = await openEngine(db);
    await next.whenVectorIndexReady();
    expect(nextReports[0]).toMatchObject({ source: 'loaded', added: 0, removed: 0 });
    await next.close();
    db.close();
  });
});
