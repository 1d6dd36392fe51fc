// @vitest-environment happy-dom
import './node-globals';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import { ReverieService } from '../../../lib/host/service';
import { ImportError, parseExport } from '../../../lib/import';

/**
 * Imports that are malformed, truncated, huge or the wrong kind are refused with a message naming the problem, and
 * the database is exactly as before. Covers our own backup format (ReverieService.importJson) and the chat-export
 * parser (parseExport) the options page runs before anything is sent to the database.
 */

const T0 = Date.UTC(2025, 0, 10);
let n = 0;

async function serviceWithData() {
  const db = new ReverieDb(`imports-${process.pid}-${++n}`);
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

/** Every row of every table, except the lexical index cache (derived data the engine re-saves when it closes). */
async function dump(db: ReverieDb) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  out.meta = out.meta!.filter((row) => !String((row as { key: string }).key).startsWith('lexical:'));
  // Queued work keeps its order, not its sequence numbers (a restore re-adds it after what the background queued).
  out.queue = out.queue!.map((row) => ({ ...(row as object), seq: undefined }));
  return out;
}

/** A file of `mb` megabytes of printable junk (deterministic). */
function junk(mb: number): string {
  const line = 'x9$#qZ!kk~ 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ {[(<;:>)]}\n';
  return line.repeat(Math.ceil((mb * 1024 * 1024) / line.length));
}

describe('restoring a Reverie backup (importJson)', () => {
  it('restores a good backup (the control: the rejections below are not vacuous)', async () => {
    const { db, service } = await serviceWithData();
    const backup = await service.exportJson();
    await service.wipe();
    expect(await db.turns.count()).toBe(0);
    expect(await service.importJson(backup)).toEqual({ ok: true });
    expect((await db.turns.toArray()).map((t) => t.text)).toEqual(['How long should I proof a rye loaf?', 'About two hours at room temperature.']);
  });

  it('refuses malformed, truncated, huge, foreign and corrupt backups, naming the problem; nothing changes', async () => {
    const { db, service } = await serviceWithData();
    const before = await dump(db);
    const backup = await service.exportJson();
    const parsed = JSON.parse(backup);
    const cases: [string, string, RegExp][] = [
      ['empty', '', /not valid JSON/],
      ['not JSON', 'hello, world', /not a Reverie backup: it is not valid JSON/],
      // Only the header is read before restoring (a backup may be larger than memory): a cut-off file fails while
      // restoring, and is rolled back.
      ['truncated', backup.slice(0, Math.floor(backup.length * 0.6)), /could not be restored: [\s\S]+ Nothing was changed\./],
      ['50 MB of junk', junk(50), /not valid JSON/],
      ['a ChatGPT export', JSON.stringify([{ id: 'x', title: 't', mapping: {} }]), /not exported by Reverie/],
      ['another Dexie database', JSON.stringify({ ...parsed, data: { ...parsed.data, databaseName: 'someone-else' } }), /not exported by Reverie/],
      ['JSON null', 'null', /not exported by Reverie/],
      [
        'a backup whose rows break the schema',
        JSON.stringify({
          ...parsed,
          data: { ...parsed.data, data: [{ tableName: 'turns', inbound: true, rows: [{ noPrimaryKey: true }, 'not a row'] }] },
        }),
        /could not be restored: [\s\S]+ Nothing was changed\./,
      ],
    ];
    for (const [name, json, message] of cases) {
      const result = await service.importJson(json);
      expect(result.ok, name).toBe(false);
      expect((result as { error: string }).error, name).toMatch(message);
      expect(await dump(db), name).toEqual(before);
    }
    // The service still works after all that: search answers from the data that was kept.
    expect((await service.search('rye loaf')).map((h) => h.memory.text)).toContain('How long should I proof a rye loaf?');
  }, 60_000);
});

describe('chat-export files (parseExport)', () => {
  const problem = (input: string | Uint8Array, fileName?: string) => {
    try {
      parseExport(input, fileName);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as Error).message;
    }
    throw new Error('parseExport accepted the file');
  };

  it('names the problem with junk, truncated, wrong-kind and zip-without-conversations files', () => {
    // How fast 50 MB of junk is refused is measured by `npm run bench:import`, not asserted here.
    expect(problem(junk(50), 'conversations.json')).toMatch(/^This file is not JSON \(unexpected "x"/);
    expect(problem(new TextEncoder().encode(junk(50)), 'export.zip')).toBe('export.zip is named .zip but is not a zip archive.');
    const conv = JSON.stringify([{ uuid: 'u1', name: 'x', chat_messages: [{ text: 'hi', sender: 'human' }] }]);
    expect(problem(conv.slice(0, conv.length - 9))).toMatch(/was it truncated\?$/);
    expect(problem(JSON.stringify({ formatName: 'dexie', data: {} }))).toMatch(/not a ChatGPT export|not a ChatGPT or Claude export/);
    expect(problem(zipSync({ 'chat.html': strToU8('<html></html>'), 'user.json': strToU8('{}') }))).toBe(
      'This zip has no conversations.json in it — is it a ChatGPT or Claude data export?',
    );
    const zip = zipSync({ 'conversations.json': strToU8(conv) });
    expect(problem(zip.slice(0, zip.length - 30))).toMatch(/^This zip archive could not be opened/);
    expect(problem(zipSync({ 'conversations.json': strToU8('<!doctype html>') }))).toMatch(/^This file is HTML, not JSON/);
  });
});
