import { describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { checksumBytes } from '../../../lib/engine/hnsw-checksum';
import { HnswVectorIndex, type SerializedHnswIndex } from '../../../lib/engine/hnsw-index';
import { DexieHnswIndexStore, hnswMetaKey } from '../../../lib/engine/hnsw-store';
import { loadOrBuildVectorIndex, type VectorIndexOpenReport } from '../../../lib/engine/index-manager';
import type { VectorIndex } from '../../../lib/engine/types';
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
  const indexes: VectorIndex[] = [];
  const engine = await MemoryEngine.open({
    db,
    now: () => NOW,
    embedder: new HashingEmbedder(MODEL, 64),
    openVectorIndex: async (model, dim) => {
      await gate;
      const { index, report } = await loadOrBuildVectorIndex({ db, model, dim });
      reports.push(report);
      indexes.push(index);
      return index;
    },
  });
  return { engine, reports, indexes };
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

// ------------------------------------------------------------------------------------------------------------------
// Tampered with, checksum recomputed: the checksum only guards against accidents, so anyone who can write the row can
// make damaged bytes pass it. Derived indexes must then be dropped and rebuilt, never trusted for good.

/** hnswlib's file header (wasm32): the element count and the layout of one element of level 0. */
function layout(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const l = { view, header: 56, elements: u32(8), size: u32(12), labelOffset: u32(16), dataOffset: u32(20) };
  // The layout assumed below, checked: links (count + 32 ids), then the vector, then a 4-byte label.
  expect(l.dataOffset).toBe(4 + 32 * 4);
  expect(l.labelOffset - l.dataOffset).toBe(64 * 4);
  expect(l.header + l.elements * l.size).toBeLessThanOrEqual(bytes.byteLength);
  return l;
}

/** Rewrites the stored index with `mutate`d bytes and a checksum (and byte length) that match them. */
async function tamperHnsw(db: ReverieDb, mutate: (bytes: Uint8Array) => Uint8Array | void, manifest: Partial<SerializedHnswIndex['manifest']> = {}) {
  const row = (await db.meta.get(hnswMetaKey(MODEL)))!;
  const value = row.value as SerializedHnswIndex;
  const bytes = value.bytes.slice();
  const out = mutate(bytes) ?? bytes;
  await db.meta.put({
    ...row,
    value: { manifest: { ...value.manifest, byteLength: out.byteLength, checksum: checksumBytes(out), ...manifest }, bytes: out },
  });
  return out;
}

const tampered: [name: string, tamper: (db: ReverieDb) => Promise<unknown>, found: 'on load' | 'on search', reason?: RegExp][] = [
  [
    'graph links pointing outside the index (searches trap)',
    (db) =>
      tamperHnsw(db, (bytes) => {
        const l = layout(bytes);
        for (let i = 0; i < l.elements; i++) {
          const at = l.header + i * l.size;
          const links = l.view.getUint16(at, true);
          for (let j = 0; j < links; j++) l.view.setUint32(at + 4 + 4 * j, 10_000_000, true);
        }
      }),
    'on search',
  ],
  [
    'vectors swapped between points (searches answer wrong neighbours, silently)',
    (db) =>
      tamperHnsw(db, (bytes) => {
        const l = layout(bytes);
        const vectorAt = (i: number) => l.header + i * l.size + l.dataOffset;
        const first = bytes.slice(vectorAt(0), vectorAt(0) + 256);
        for (let i = 0; i < l.elements - 1; i++) bytes.copyWithin(vectorAt(i), vectorAt(i + 1), vectorAt(i + 1) + 256);
        bytes.set(first, vectorAt(l.elements - 1));
      }),
    'on search',
  ],
  [
    'a real index of 32-dimensional vectors under a 64-dimensional manifest',
    async (db) => {
      const rows = await db.vectors.where('model').equals(MODEL).toArray();
      const other = await HnswVectorIndex.create({ model: MODEL, dim: 32 });
      for (const row of rows) other.add(row.label, Float32Array.from(row.vector).slice(0, 32));
      const { bytes } = await other.serialize();
      other.dispose();
      await tamperHnsw(db, () => bytes, { count: rows.length, maxLabel: Math.max(...rows.map((r) => r.label)) });
    },
    'on load',
    /32-dimensional vectors, wanted 64/,
  ],
  [
    'cut short, with byte length and checksum to match',
    (db) => tamperHnsw(db, (bytes) => bytes.slice(0, Math.floor(bytes.length * 0.7))),
    'on load',
    /truncated|unreadable|corrupted/,
  ],
  [
    'manifest count above what the file holds',
    (db) => tamperHnsw(db, () => undefined, { count: TOPICS.length * 2 + 3 }),
    'on load',
    /count does not match/,
  ],
];

/** Labels the index answers for `query`, as memory ids, next to what exact search over db.vectors answers. */
async function indexAgreesWithExact(db: ReverieDb, engine: MemoryEngine, index: VectorIndex, query: string) {
  const vector = await new HashingEmbedder(MODEL, 64).embedQuery(query);
  const found = index.search(vector, 5);
  const rows = await db.vectors.where('[model+label]').anyOf(found.map((f) => [MODEL, f.label])).toArray();
  const byLabel = new Map(rows.map((r) => [r.label, r.memoryId]));
  const exact = await engine.exactSearch(vector, 10); // more than 5, to see ties at the fifth place
  expect(found).toHaveLength(5);
  found.forEach((f, i) => {
    expect(1 - f.distance).toBeCloseTo(exact[i]!.score, 4);
    // Equal scores may come in either order; a score of its own must be the same memory.
    const tied = exact.some((e, j) => j !== i && Math.abs(e.score - exact[i]!.score) < 1e-5);
    if (!tied) expect(byLabel.get(f.label)).toBe(exact[i]!.memoryId);
  });
}

describe('vector index tampered with, checksum recomputed', () => {
  it.each(tampered)('%s: dropped, rebuilt from db.vectors, and recall is right throughout', async (_name, tamper, found, reason) => {
    const db = await seededDb();
    const vectorCount = await db.vectors.where('model').equals(MODEL).count();
    const bad = await tamper(db);
    const badRow = (await db.meta.get(hnswMetaKey(MODEL)))!.value as SerializedHnswIndex;

    const { engine, reports, indexes } = await openEngine(db);
    await engine.whenVectorIndexReady();
    if (found === 'on load') {
      expect(reports).toHaveLength(1);
      expect(reports[0]!.source).toBe('rebuilt');
      expect(reports[0]!.reason).toMatch(reason!);
    } else {
      // The damage passes every check a load can make: the index is used until a search shows it.
      expect(reports).toMatchObject([{ source: 'loaded', added: 0, removed: 0 }]);
      expect((await engine.stats()).vectorIndex).toBe('ready');
    }

    // The search that meets the damage is answered all the same (exactly, from db.vectors) and the index is dropped.
    const first = await topIds(engine, 'how should I feed my sourdough starter');
    expect(first.ids[0]).toBe('chatgpt:c0');
    expect(first.vector).toBe(true);
    await engine.whenVectorIndexReady();
    expect(reports).toHaveLength(found === 'on load' ? 1 : 2);
    const last = reports[reports.length - 1]!;
    expect(last.source).toBe('rebuilt');
    expect(last.added).toBe(vectorCount);
    expect((await engine.stats()).vectorIndex).toBe('ready');

    // The index now in use answers what exact search answers, and recall keeps finding every topic by meaning.
    const index = indexes[indexes.length - 1]!;
    expect(index.size).toBe(vectorCount);
    for (const [i, topic] of TOPICS.entries()) {
      await indexAgreesWithExact(db, engine, index, topic);
      const hit = await topIds(engine, topic);
      expect(hit.ids[0]).toBe(`chatgpt:c${i}`);
      expect(hit.vector).toBe(true);
    }
    await engine.close();

    // The damaged bytes are gone from db.meta; the next start loads the rebuilt index as is.
    const saved = (await db.meta.get(hnswMetaKey(MODEL)))!.value as SerializedHnswIndex;
    expect(saved.manifest.checksum).not.toBe(badRow.manifest.checksum);
    expect(saved.bytes).not.toEqual(bad);
    const { engine: next, reports: nextReports, indexes: nextIndexes } = await openEngine(db);
    await next.whenVectorIndexReady();
    expect(nextReports).toMatchObject([{ source: 'loaded', added: 0, removed: 0 }]);
    await indexAgreesWithExact(db, next, nextIndexes[0]!, 'kubernetes pod eviction');
    await next.close();
    db.close();
  });

  it('an index damaged again after each rebuild is rebuilt again, and recall never fails', async () => {
    const db = await seededDb();
    for (let round = 0; round < 3; round++) {
      await tamperHnsw(db, (bytes) => {
        const l = layout(bytes);
        for (let i = 0; i < l.elements; i++) l.view.setUint32(l.header + i * l.size + 4, 10_000_000, true);
      });
      const { engine, reports } = await openEngine(db);
      await engine.whenVectorIndexReady();
      for (const [i, topic] of TOPICS.entries()) expect((await topIds(engine, topic)).ids[0]).toBe(`chatgpt:c${i}`);
      await engine.whenVectorIndexReady();
      expect(reports.map((r) => r.source)).toEqual(['loaded', 'rebuilt']);
      await engine.close();
    }
    db.close();
  });
});

// ------------------------------------------------------------------------------------------------------------------
// The lexical index blob (db.meta 'lexical:v1'): a marker says which rows it was built from, and nothing checks that
// the index itself is whole. A damaged one is rebuilt from db.memories.

const LEXICAL_KEY = 'lexical:v1';

async function lexicalDb(): Promise<ReverieDb> {
  const db = freshDb();
  const engine = await MemoryEngine.open({ db, now: () => NOW });
  for (const c of seedConversations()) await engine.ingest(c);
  await engine.close(); // saves the lexical index
  return db;
}

async function tamperLexical(db: ReverieDb, mutate: (index: Record<string, any>) => void): Promise<string> {
  const row = (await db.meta.get(LEXICAL_KEY))!;
  const value = row.value as { marker: unknown; json: string };
  const index = JSON.parse(value.json) as Record<string, any>;
  mutate(index);
  const json = JSON.stringify(index);
  await db.meta.put({ ...row, value: { ...value, json } });
  return json;
}

const lexicalTampers: [string, (index: Record<string, any>) => void][] = [
  [
    'per-document field lengths removed (every search throws)',
    (index) => {
      index.fieldLength = {};
    },
  ],
  [
    'document ids moved to the next conversation’s documents (searches answer the wrong memories, silently)',
    (index) => {
      const shortIds = Object.keys(index.documentIds);
      const ids = shortIds.map((k) => index.documentIds[k]);
      shortIds.forEach((k, i) => (index.documentIds[k] = ids[(i + 2) % ids.length]));
    },
  ],
  [
    'document count and next id wrong (new documents would collide with old ones)',
    (index) => {
      index.nextId = 1;
    },
  ],
];

describe('lexical index tampered with, marker intact', () => {
  it.each(lexicalTampers)('%s: rebuilt from the rows, recall right', async (_name, mutate) => {
    const db = await lexicalDb();
    const bad = await tamperLexical(db, mutate);
    const engine = await MemoryEngine.open({ db, now: () => NOW });
    for (const [i, topic] of TOPICS.entries()) {
      const hits = await engine.recall(topic, { k: 3 });
      expect(hits[0]!.memory.conversationKey).toBe(`chatgpt:c${i}`);
      expect(hits[0]!.via).toContain('lexical');
    }
    // New writes land in a whole index too: every memory, old and new, is found by its own words.
    await engine.ingest(conversation('c99', ['Tips for repotting an orchid with root rot'], NOW));
    expect((await engine.recall('orchid root rot', { k: 1 }))[0]!.memory.conversationKey).toBe('chatgpt:c99');
    for (const m of await db.memories.toArray()) {
      expect((await engine.recall(m.text, { k: 20 })).map((h) => h.memory.id)).toContain(m.id);
    }
    await engine.close();
    const saved = (await db.meta.get(LEXICAL_KEY))!.value as { json: string };
    expect(saved.json).not.toBe(bad);
    db.close();
  });
});
