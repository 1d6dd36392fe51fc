import { afterEach, describe, expect, it } from 'vitest';
import './node-globals';
import { ReverieDb } from '../../../lib/db/schema';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { ReverieService } from '../../../lib/host/service';
import { isQuotaError, noteStorageOk } from '../../../lib/host/storage';

/**
 * Storage quota exhausted: the capture is refused with 'storage-full', the state is recorded so the popup can say
 * so, nothing already saved is lost, and the first successful write clears it.
 */

let n = 0;
const freshDb = () => new ReverieDb(`quota-${process.pid}-${++n}`);

function capture(conversationId: string, texts: string[]) {
  return {
    site: 'claude' as const,
    conversationId,
    url: `https://claude.ai/chat/${conversationId}`,
    turns: texts.map((text, ordinal) => ({ role: ordinal % 2 ? ('assistant' as const) : ('user' as const), text, ordinal })),
  };
}

/** Makes every insert into `table` fail the way a full disk does (Dexie wraps the DOMException). */
function fillDisk(db: ReverieDb, table: 'queue' | 'turns'): () => void {
  const hook = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  db[table].hook('creating', hook);
  return () => db[table].hook('creating').unsubscribe(hook);
}

const opened: ReverieDb[] = [];
afterEach(async () => {
  // The storage-full note is also held in memory per context: clear it so tests do not leak into each other.
  for (const db of opened.splice(0)) await noteStorageOk(db).catch(() => undefined);
});

describe('storage quota exhausted', () => {
  it('recognises quota errors however they are wrapped, and nothing else', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: new DOMException('x', 'QuotaExceededError') })).toBe(true);
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
  });

  it('intake refuses with storage-full, the service reports it, data is kept, and the next write clears it', async () => {
    const db = freshDb();
    opened.push(db);
    const service = await ReverieService.start({ db });
    expect(await acceptCapture(db, capture('kept', ['First question about sourdough', 'First answer about flour']))).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    const before = await db.turns.toArray();
    expect(before).toHaveLength(2);
    expect((await service.status()).storage.full).toBe(false);

    const restore = fillDisk(db, 'queue');
    const refused = await acceptCapture(db, capture('new', ['Another question while the disk is full']));
    expect(refused).toEqual({ accepted: false, reason: 'storage-full' });
    const full = await service.status();
    expect(full.storage.full).toBe(true);
    expect(full.storage.message).toMatch(/no room left/i);
    expect(full.storage.message).toMatch(/Nothing already saved was lost/);
    // Already captured data is untouched and still searchable.
    expect(await db.turns.toArray()).toEqual(before);
    expect((await service.search('sourdough')).map((h) => h.memory.text)).toContain('First question about sourdough');

    restore();
    // The content script re-sends the refused batch on its next flush: now it lands and the alert clears.
    expect(await acceptCapture(db, capture('new', ['Another question while the disk is full']))).toEqual({ accepted: true });
    expect((await service.status()).storage).toMatchObject({ full: false, message: undefined });
    await service.drainCaptureQueue();
    expect((await db.turns.toArray()).map((t) => t.text).sort()).toEqual(
      ['Another question while the disk is full', 'First answer about flour', 'First question about sourdough'],
    );
  });

  it('a quota error while ingesting keeps the capture queued and resumes when space returns', async () => {
    const db = freshDb();
    opened.push(db);
    const service = await ReverieService.start({ db });
    expect(await acceptCapture(db, capture('c1', ['Question one about bees', 'Answer one about hives']))).toEqual({ accepted: true });
    const restore = fillDisk(db, 'turns');
    await service.drainCaptureQueue();
    expect(await db.turns.count()).toBe(0);
    expect(await db.queue.where('kind').equals('capture').count()).toBe(1); // not dropped, not counted as a failure
    expect((await db.queue.toArray())[0]!.attempts).toBe(0);
    expect((await service.status()).storage.full).toBe(true);

    restore();
    await service.drainCaptureQueue();
    expect((await db.turns.toArray()).map((t) => t.text)).toEqual(['Question one about bees', 'Answer one about hives']);
    expect(await db.queue.where('kind').equals('capture').count()).toBe(0);
    expect((await service.status()).storage.full).toBe(false);
  });

  it('the storage-full note survives a restart of the engine host (it is persisted, not only in memory)', async () => {
    const db = freshDb();
    opened.push(db);
    const restore = fillDisk(db, 'queue');
    expect((await acceptCapture(db, capture('x', ['hello there']))).reason).toBe('storage-full');
    restore();
    const row = await db.meta.get('storage:full');
    expect(row?.value).toMatchObject({ message: expect.stringMatching(/no room left/) });
  });

  it('an import that fills the disk says so in words, keeps what landed, and a second import adds the rest', async () => {
    const db = freshDb();
    opened.push(db);
    const service = await ReverieService.start({ db });
    const conversations = ['a', 'b', 'c'].map((id) => capture(id, [`Question ${id} about kilns`, `Answer ${id} about glazes`]));
    let inserts = 0;
    const failAfterTwo = () => {
      // Two conversations' turns fit (two turns each); then the disk is full.
      if (++inserts > 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.turns.hook('creating', failAfterTwo);
    const failure = await service.importConversations({ source: 'import-claude', conversations }).catch((e: Error) => e);
    expect(String(failure)).toMatch(/storage for Reverie is full: 2 of 3 conversations in this batch were stored and are kept/);
    expect(String(failure)).not.toMatch(/QuotaExceededError/);
    expect((await service.status()).storage.full).toBe(true);
    expect(await db.turns.count()).toBe(4);
    db.turns.hook('creating').unsubscribe(failAfterTwo);
    const again = await service.importConversations({ source: 'import-claude', conversations });
    expect(again).toMatchObject({ conversations: 3, turns: 2, alreadyStored: 4 });
    expect(await db.turns.count()).toBe(6);
  });

  it('a dream that fills the disk stops with the banner and a plain reason, loses nothing, and the next dream resumes', async () => {
    const db = freshDb();
    opened.push(db);
    let now = Date.UTC(2025, 3, 1, 10);
    const service = await ReverieService.start({ db, now: () => now });
    const texts = Array.from({ length: 12 }, (_, i) => (i % 2 ? `Noted, item ${i}.` : `I live in Porto and I work as a nurse, note ${i}.`));
    expect(await acceptCapture(db, capture('d1', texts))).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    const turnsBefore = await db.turns.toArray();
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.diary.hook('creating', full);
    const stopped = await service.dream('manual');
    expect(stopped.error).toMatch(/no room left for Reverie/);
    expect(stopped.error).not.toMatch(/AbortError|QuotaExceeded/);
    expect((await service.status()).storage.full).toBe(true);
    expect(await db.turns.toArray()).toEqual(turnsBefore);
    db.diary.hook('creating').unsubscribe(full);
    now += 60_000;
    const resumed = await service.dream('manual');
    expect(resumed.id).toBe(stopped.id); // the same run, from its checkpoint
    expect(resumed.status).toBe('done');
  });
});
