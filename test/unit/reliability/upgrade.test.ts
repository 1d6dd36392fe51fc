import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReverieDb, SCHEMA_VERSION } from '../../../lib/db/schema';
import { DEFAULT_SETTINGS, loadSettings } from '../../../lib/settings';

/**
 * A database written by an older release, with data in it, opened by the current one: every row survives and memories
 * gain the fields later versions added. The old stores are declared here exactly as lib/db/schema.ts's version(1) and
 * version(2) calls declare them (copied, not imported, so a careless edit of the old versions there shows up here).
 */

const V1_STORES = {
  conversations: 'key, site, lastSeenAt',
  turns: 'id, conversationKey, capturedAt, [conversationKey+ordinal]',
  queue: '++seq, kind',
  memories: 'id, kind, status, hash, conversationKey, occurredAt, pinned, *sourceTurnIds',
  vectors: '[memoryId+model], model, [model+label]',
  links: 'id, from, to, kind',
  tombstones: 'id, hash, memoryId',
  dreamRuns: 'id, startedAt, status',
  settings: 'key',
  meta: 'key',
};
const V2_STORES = {
  memories: 'id, kind, status, hash, conversationKey, occurredAt, updatedAt, pinned, community, *sourceTurnIds',
  diary: 'id, runId, status, createdAt',
  tombstones: 'id, hash, memoryId, conversationKey',
};

const T = Date.UTC(2024, 5, 1);
let n = 0;

function oldDb(version: 1 | 2): { name: string; db: Dexie } {
  const name = `upgrade-v${version}-${process.pid}-${++n}`;
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  if (version === 2) db.version(2).stores(V2_STORES);
  return { name, db };
}

/** Rows as an old release wrote them: memories without origin/useCount/strength/importance/pinnedAt. */
function fixtureRows(count: number, version: 1 | 2) {
  const conversations = [{ key: 'chatgpt:c1', site: 'chatgpt', conversationId: 'c1', url: 'https://chatgpt.com/c/c1', firstSeenAt: T, lastSeenAt: T + 9e5, turnCount: count, source: 'live' }];
  const turns = Array.from({ length: count }, (_, i) => ({
    id: `chatgpt:c1#${i}`,
    conversationKey: 'chatgpt:c1',
    site: 'chatgpt',
    role: i % 2 ? 'assistant' : 'user',
    ordinal: i,
    text: `Turn ${i}: ${i % 2 ? 'an answer' : 'a question'} about item ${i}`,
    textHash: `h${i}`,
    capturedAt: T + i * 1000,
    updatedAt: T + i * 1000,
  }));
  const memories = turns.map((t, i) => ({
    id: `passage:${t.id}:0`,
    kind: 'passage',
    text: t.text,
    hash: `m${i}`,
    status: i === 3 ? 'archived' : 'active',
    sourceTurnIds: [t.id],
    conversationKey: 'chatgpt:c1',
    site: 'chatgpt',
    occurredAt: t.capturedAt,
    createdAt: t.capturedAt,
    updatedAt: t.capturedAt + 5,
    pinned: i % 5 === 0,
    // A v2 release wrote these itself (its MemoryRow had them); v1 did not.
    ...(version === 2 ? { origin: i % 3 ? 'capture' : 'dream-llm', useCount: i, strength: 1 - i / 100, importance: (i % 10) / 10 } : {}),
  }));
  const vectors = memories.slice(0, 4).map((m, label) => ({ memoryId: m.id, model: 'old/model', label, dim: 4, vector: new Float32Array([label, 1, 2, 3]) }));
  const links = [{ id: 'similar:a->b', from: memories[0]!.id, to: memories[1]!.id, kind: 'similar', weight: 0.8, createdAt: T }];
  const tombstones = [{ id: 't1', hash: 'gone', text: 'a deleted memory', reason: 'deleted', createdAt: T }];
  const dreamRuns = [{ id: 'run1', startedAt: T, finishedAt: T + 10, status: 'done', phase: 'done', checkpoint: {}, trigger: 'alarm', engine: 'rules' }];
  const queue = [{ kind: 'capture', payload: { site: 'chatgpt', conversationId: 'c2', url: 'u', turns: [] }, enqueuedAt: T, attempts: 1 }];
  const settings = [{ key: 'settings', value: { paused: true }, updatedAt: T }];
  const meta = [{ key: 'lexical:v1', value: { version: 1 }, updatedAt: T }];
  return { conversations, turns, memories, vectors, links, tombstones, dreamRuns, queue, settings, meta };
}

async function fill(db: Dexie, rows: ReturnType<typeof fixtureRows>, extra: Record<string, unknown[]> = {}) {
  for (const [table, list] of Object.entries({ ...rows, ...extra })) await db.table(table).bulkAdd(list);
}

/** Every old row, in the new database, equals the old row plus only the fields the upgrade adds. */
async function expectIntact(db: ReverieDb, rows: ReturnType<typeof fixtureRows>) {
  expect(db.verno).toBe(SCHEMA_VERSION);
  for (const table of ['conversations', 'turns', 'vectors', 'tombstones', 'dreamRuns', 'settings', 'meta'] as const) {
    const got = await db.table(table).toArray();
    expect(got, table).toHaveLength(rows[table].length);
    expect(got, table).toEqual(expect.arrayContaining(rows[table].map((r) => expect.objectContaining(r))));
  }
  expect(await db.queue.toArray()).toEqual([{ ...rows.queue[0], seq: 1 }]);
  // The old settings row (no version marker, one field) reads as that field plus defaults: still paused.
  expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  const memories = await db.memories.orderBy('id').toArray();
  expect(memories).toHaveLength(rows.memories.length);
  for (const old of rows.memories) {
    const now = memories.find((m) => m.id === old.id)!;
    expect(now).toMatchObject(old);
    // v1 rows get the defaults; values a v2 release wrote are kept (toMatchObject(old) above).
    if (!('origin' in old)) expect(now).toMatchObject({ origin: 'capture', useCount: 0, strength: 1, importance: 0.5 });
    expect(now).toEqual(expect.objectContaining({ origin: expect.any(String), useCount: expect.any(Number), strength: expect.any(Number), importance: expect.any(Number) }));
    if (old.pinned) expect(now.pinnedAt).toBe(old.updatedAt);
    else expect(now.pinnedAt).toBeUndefined();
  }
  // Version 4 dropped the links table (written, never read) and the index on a boolean (it held nothing).
  const idb = db.backendDB();
  expect(idb.objectStoreNames.contains('links')).toBe(false);
  expect(idb.transaction('memories').objectStore('memories').indexNames.contains('pinned')).toBe(false);
  // The new index answers over upgraded rows.
  expect(await db.memories.where('pinnedAt').above(0).count()).toBe(rows.memories.filter((m) => m.pinned).length);
  expect(await db.memories.where('updatedAt').above(0).count()).toBe(rows.memories.length);
  // The old indexes still answer too.
  expect(await db.turns.where('[conversationKey+ordinal]').equals(['chatgpt:c1', 7]).first()).toMatchObject({ id: 'chatgpt:c1#7' });
  expect(await db.vectors.where('[model+label]').equals(['old/model', 2]).first()).toMatchObject({ memoryId: rows.memories[2]!.id });
}

describe('database upgrade with data', () => {
  it('from version 1: every row survives and memories get origin, useCount, strength, importance, pinnedAt', async () => {
    const { name, db } = oldDb(1);
    await db.open();
    expect(db.verno).toBe(1);
    const rows = fixtureRows(40, 1);
    await fill(db, rows);
    db.close();

    const upgraded = new ReverieDb(name);
    await upgraded.open();
    await expectIntact(upgraded, rows);
    // The store version 2 added exists and is usable.
    await upgraded.diary.add({ id: 'd', runId: 'r', kind: 'learn', summary: 's', memoryIds: [], sourceTurnIds: [], before: [], after: [], status: 'applied', createdAt: T });
    expect(await upgraded.diary.count()).toBe(1);
    upgraded.close();
  });

  it('from version 2: rows (including the diary) survive; the values v2 wrote are kept and pinnedAt is filled', async () => {
    const { name, db } = oldDb(2);
    await db.open();
    expect(db.verno).toBe(2);
    const rows = fixtureRows(25, 2);
    const diary = [{ id: 'd1', runId: 'run1', kind: 'merge', summary: 'Merged two', memoryIds: [rows.memories[0]!.id], sourceTurnIds: [], before: [], after: [], status: 'applied', createdAt: T }];
    await fill(db, rows, { diary });
    db.close();

    const upgraded = new ReverieDb(name);
    await upgraded.open();
    expect(await upgraded.memories.get(rows.memories[6]!.id)).toMatchObject({ origin: 'dream-llm', useCount: 6, strength: 0.94, importance: 0.6 });
    await expectIntact(upgraded, rows);
    expect(await upgraded.diary.toArray()).toEqual(diary);
    upgraded.close();
  });
});
