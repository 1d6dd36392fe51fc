// @vitest-environment happy-dom
import './node-globals';
import { describe, expect, it } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import { ReverieService } from '../../../lib/host/service';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { BackupRefused, checkBackup, exportBackup, restoreBackup } from '../../../lib/backup/backup';
import { isDerivedIndexKey } from '../../../lib/engine/derived';

/**
 * Backups made by an extension page on the database itself (lib/backup): no message carries them, derived indexes
 * stay out, a restore is verified and rolled back on failure, and the engine host writes nothing while it runs.
 */
const T0 = Date.UTC(2025, 4, 2);
let n = 0;

function conversation(id: string, texts: string[]) {
  return {
    site: 'claude' as const,
    conversationId: id,
    url: `https://claude.ai/chat/${id}`,
    title: `Chat ${id}`,
    turns: texts.map((text, ordinal) => ({ role: ordinal % 2 ? ('assistant' as const) : ('user' as const), text, ordinal })),
  };
}

async function seeded() {
  const db = new ReverieDb(`page-backup-${process.pid}-${++n}`);
  const service = await ReverieService.start({ db, now: () => T0 });
  await service.importConversations({
    source: 'import-claude',
    conversations: [
      conversation('k1', ['How hot should a kiln get for stoneware?', 'Cone 6 is about 1220 °C.']),
      conversation('k2', ['Which glaze suits a matte finish?', 'Try a satin matte with dolomite.']),
    ],
  });
  await service.embedPending();
  return { db, service };
}

const rowsOf = async (db: ReverieDb) => {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  out.meta = out.meta!.filter((row) => !isDerivedIndexKey((row as { key: string }).key));
  // Queued work keeps its order, not its sequence numbers (a restore re-adds it after what the background queued).
  out.queue = out.queue!.map((row) => ({ ...(row as object), seq: undefined }));
  return out;
};

describe('page backups', () => {
  it('exports every row but the derived indexes, and restores them exactly with the engine stopped around it', async () => {
    const { db, service } = await seeded();
    expect((await db.meta.toArray()).some((r) => isDerivedIndexKey(r.key))).toBe(true); // there is an index to leave out
    const before = await rowsOf(db);
    const file = await exportBackup(db);
    const json = JSON.parse(await file.text()) as { data: { data: { tableName: string; rows: { key?: string }[] }[] } };
    const meta = json.data.data.find((t) => t.tableName === 'meta')!;
    expect(meta.rows.some((r) => isDerivedIndexKey(r.key))).toBe(false);
    expect((await checkBackup(db, file)).rows.turns).toBe(4);

    await service.wipe();
    expect(await db.turns.count()).toBe(0);
    await service.beginRestore();
    // Meanwhile a capture arrives: it waits in the durable queue, nothing is ingested into the half-restored tables.
    expect(await acceptCapture(db, conversation('k3', ['A new question about raku firing']))).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    await restoreBackup(db, file);
    expect(await rowsOf(db)).toEqual({ ...before, queue: [expect.objectContaining({ kind: 'capture' }), ...before.queue!] });
    await service.endRestore();
    // The engine reopened on the restored rows (its index rebuilt), and the waiting capture was ingested after.
    expect((await service.search('kiln stoneware')).map((h) => h.memory.text)).toContain('How hot should a kiln get for stoneware?');
    await expect.poll(async () => (await service.search('raku firing')).length).toBeGreaterThan(0);
  });

  it('a restore that fails part-way puts everything back as it was and says nothing changed', async () => {
    const { db, service } = await seeded();
    const file = await exportBackup(db);
    await service.importConversations({ source: 'import-claude', conversations: [conversation('k9', ['Only in the current data', 'Yes.'])] });
    const before = await rowsOf(db);
    let written = 0;
    const failing = () => {
      if (++written === 3) throw new Error('disk error'); // once: the rollback after it succeeds
    };
    db.turns.hook('creating', failing);
    await service.beginRestore();
    const failure = await restoreBackup(db, file).catch((e: Error) => e);
    db.turns.hook('creating').unsubscribe(failing);
    await service.endRestore();
    expect(failure).toBeInstanceOf(BackupRefused);
    expect(String(failure)).toMatch(/could not be restored: [\s\S]*Nothing was changed\./);
    expect(await rowsOf(db)).toEqual(before);
    expect((await service.search('current data')).length).toBeGreaterThan(0);
  });

  it('restores a backup from before the links table was dropped: its links are skipped, every other row comes back', async () => {
    const { db } = await seeded();
    const before = await rowsOf(db);
    const current = JSON.parse(await (await exportBackup(db)).text()) as {
      data: { databaseVersion: number; tables: { name: string; schema: string; rowCount: number }[]; data: { tableName: string; inbound: boolean; rows: unknown[] }[] };
    };
    // As version 3 wrote it: one more table, with rows in it.
    current.data.databaseVersion = 3;
    current.data.tables.push({ name: 'links', schema: 'id,from,to,kind', rowCount: 2 });
    current.data.data.push({
      tableName: 'links',
      inbound: true,
      rows: [
        { id: 'similar:a->b', from: 'a', to: 'b', kind: 'similar', weight: 0.8, createdAt: T0 },
        { id: 'supersedes:b->c', from: 'b', to: 'c', kind: 'supersedes', weight: 1, createdAt: T0 },
      ],
    });
    const old = new Blob([JSON.stringify(current)], { type: 'application/json' });
    expect((await checkBackup(db, old)).rows).not.toHaveProperty('links');
    await restoreBackup(db, old);
    expect(await rowsOf(db)).toEqual(before);
  });

  it('refuses what is not a Reverie backup by its first bytes and header, before touching anything', async () => {
    const { db } = await seeded();
    const before = await rowsOf(db);
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['[{"mapping":{}}]', /not exported by Reverie/],
      ['PK\u0003\u0004 zip bytes', /not valid JSON/],
      [JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'other', databaseVersion: 1, tables: [], data: [] } }), /not exported by Reverie/],
      [JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: db.name, databaseVersion: 1, tables: [{ name: 'evil', schema: '', rowCount: 1 }], data: [] } }), /table Reverie does not know/],
    ];
    for (const [text, message] of cases) await expect(restoreBackup(db, new Blob([text])), text.slice(0, 20)).rejects.toThrow(message);
    expect(await rowsOf(db)).toEqual(before);
  });
});
