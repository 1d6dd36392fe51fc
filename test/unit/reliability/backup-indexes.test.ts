// @vitest-environment happy-dom
import './node-globals';
import { describe, expect, it } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import { ReverieService } from '../../../lib/host/service';
import { LEXICAL_VERSION } from '../../../lib/engine/lexical';

/**
 * Derived indexes (db.meta 'lexical:*' and 'hnsw:*') are not data: a backup leaves them out, and a restore never takes
 * them from the file (an older backup, or one edited by hand), whatever they hold. The engine rebuilds them from the
 * restored rows.
 */

const T0 = Date.UTC(2025, 0, 10);
let n = 0;

async function serviceWithData() {
  const db = new ReverieDb(`backup-indexes-${process.pid}-${++n}`);
  const service = await ReverieService.start({ db, now: () => T0 });
  await service.importConversations({
    source: 'import-chatgpt',
    conversations: [
      {
        site: 'chatgpt',
        conversationId: 'a1',
        url: 'https://chatgpt.com/c/a1',
        title: 'Bread',
        turns: [
          { role: 'user', ordinal: 0, text: 'How long should I proof a rye loaf?' },
          { role: 'assistant', ordinal: 1, text: 'About two hours at room temperature.' },
        ],
      },
    ],
  });
  return { db, service };
}

/** The meta rows of a dexie-export-import backup. */
function metaRows(backup: string): { key: string; value: unknown }[] {
  const parsed = JSON.parse(backup) as { data: { data: { tableName: string; rows: { key: string; value: unknown }[] }[] } };
  return parsed.data.data.find((t) => t.tableName === 'meta')?.rows ?? [];
}

/** An index blob as it would sit in db.meta: a lexical index that names a memory that does not exist, an HNSW graph. */
const planted = [
  {
    key: 'lexical:v1',
    value: { marker: { version: LEXICAL_VERSION, count: 1, maxUpdatedAt: T0, contextChars: 0 }, json: '{"documentCount":1,"nextId":1,"documentIds":{"0":"planted"},"fieldIds":{"text":0,"context":1,"speaker":2},"fieldLength":{"0":[1]},"averageFieldLength":[1],"storedFields":{},"dirtCount":0,"index":[["rye",{"0":{"0":1}}]],"serializationVersion":2}' },
    updatedAt: T0,
  },
  { key: 'hnsw:test/planted', value: { manifest: { format: 1, model: 'test/planted', dim: 4, count: 0 }, bytes: new Uint8Array(64) }, updatedAt: T0 },
];

describe('backups and derived indexes', () => {
  it('a backup leaves index blobs out (and keeps the other meta rows)', async () => {
    const { db, service } = await serviceWithData();
    await db.meta.bulkPut(planted);
    await db.meta.put({ key: 'embedder:model', value: 'test/model', updatedAt: T0 });
    const rows = metaRows(await service.exportJson());
    expect(rows.map((r) => r.key)).toContain('embedder:model');
    expect(rows.filter((r) => r.key.startsWith('lexical:') || r.key.startsWith('hnsw:'))).toEqual([]);
    db.close();
  });

  it('a restore ignores index blobs in the file; the indexes are rebuilt from the restored rows', async () => {
    const { db, service } = await serviceWithData();
    const backup = JSON.parse(await service.exportJson()) as { data: { data: { tableName: string; rows: unknown[] }[] } };
    // A backup that carries index blobs (older versions wrote them; anyone can edit the file).
    const meta = backup.data.data.find((t) => t.tableName === 'meta')!;
    meta.rows.push(...planted.map((p) => (p.key.startsWith('hnsw:') ? { ...p, value: { ...p.value, bytes: 'AAAA' } } : p)));
    await service.wipe();
    expect(await service.importJson(JSON.stringify(backup))).toEqual({ ok: true });

    expect(await db.meta.get('hnsw:test/planted')).toBeUndefined();
    const lexical = (await db.meta.get('lexical:v1'))?.value as { json?: string } | undefined;
    expect(lexical?.json ?? '').not.toContain('planted');
    // Search answers from an index built from the restored rows, not the planted one.
    const hits = await service.search('rye loaf');
    expect(hits.map((h) => h.memory.text)).toContain('How long should I proof a rye loaf?');
    expect(hits.map((h) => h.memory.id)).not.toContain('planted');
    db.close();
  });
});
