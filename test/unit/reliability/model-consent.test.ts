import './node-globals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { ReverieService } from '../../../lib/host/service';
import { noteStorageOk } from '../../../lib/host/storage';
import { admit, type Caller } from '../../../lib/messaging/admit';
import { DEFAULT_SETTINGS, loadSettings, parseSettingsPatch, saveSettings } from '../../../lib/settings';
import type { Embedder } from '../../../lib/engine/types';
import { ScriptedLlm } from '../../../lib/llm/scripted';
import { HashingEmbedder } from '../engine/helpers';

/**
 * Nothing is downloaded before the user agrees (settings.modelConsent): the engine host's service neither builds the
 * embedder nor the dream's LLM until then; agreeing starts the search model's download; users of releases that
 * downloaded on first launch keep their model; a failed model can be retried.
 */

const MODEL = DEFAULT_SETTINGS.embedModel;
let n = 0;
const dbs: ReverieDb[] = [];
function freshDb(): ReverieDb {
  const db = new ReverieDb(`consent-${process.pid}-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    await noteStorageOk(db).catch(() => undefined);
    await db.delete();
  }
});

/** An embedder factory whose calls are recorded; each call answers with what `next` says (a fresh embedder by default). */
function embedderFactory(next: () => Promise<Embedder | null> = async () => new HashingEmbedder(MODEL, 64)) {
  const calls: string[] = [];
  let resolveFirst!: () => void;
  const firstCall = new Promise<void>((resolve) => (resolveFirst = resolve));
  const create = vi.fn(async (id: string) => {
    calls.push(id);
    resolveFirst();
    return next();
  });
  return { create, calls, firstCall };
}

/**
 * Waits until every settings read issued so far has been answered and what follows it has run: the service's own
 * start-up read included, so a model load it would start has started by then.
 */
async function settled(reads: Promise<unknown>[]) {
  await Promise.allSettled(reads);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function watchSettingsReads(db: ReverieDb): Promise<unknown>[] {
  const reads: Promise<unknown>[] = [];
  const get = db.settings.get.bind(db.settings);
  vi.spyOn(db.settings, 'get').mockImplementation(((key: string) => {
    const read = get(key);
    reads.push(read);
    return read;
  }) as never);
  return reads;
}

const searchModel = async (service: ReverieService) => (await service.status()).models.find((m) => m.kind === 'embedding');

describe('model downloads wait for consent', () => {
  it('a fresh install builds no embedder at start, on retry, or on a model change; agreeing starts it', async () => {
    const db = freshDb();
    const reads = watchSettingsReads(db);
    const factory = embedderFactory();
    const service = await ReverieService.start({ db, createEmbedder: factory.create });
    await settled(reads);
    expect(factory.create).not.toHaveBeenCalled();
    expect(await searchModel(service)).toEqual({ id: MODEL, kind: 'embedding', state: 'absent' });

    // Retry and switching models do not bypass consent (both would start a load at once if they could).
    await service.retryModel(MODEL);
    await service.setSettings({ embedModel: 'Xenova/multilingual-e5-small' });
    await service.setSettings({ embedModel: MODEL });
    await settled(reads);
    expect(factory.create).not.toHaveBeenCalled();
    expect((await searchModel(service))?.state).toBe('absent');

    // Agreeing starts the download before setSettings answers: the status shows it from the next poll.
    const after = await service.setSettings({ modelConsent: true });
    expect(after.modelConsent).toBe(true);
    expect(factory.calls).toEqual([MODEL]);
    await factory.firstCall;
    await vi.waitFor(async () => expect((await searchModel(service))?.state).toBe('ready'));
    expect(factory.create).toHaveBeenCalledTimes(1);
    // Once agreed, a restart loads the model again by itself.
    const restarted = embedderFactory();
    await ReverieService.start({ db, createEmbedder: restarted.create });
    await restarted.firstCall;
    expect(restarted.calls).toEqual([MODEL]);
  });

  it('the dream loads its model only after consent; before, it dreams by rules alone', async () => {
    const db = freshDb();
    const createLlm = vi.fn(async () => new ScriptedLlm(() => JSON.stringify({ items: [] })));
    const service = await ReverieService.start({ db, now: () => Date.UTC(2025, 2, 4), createLlm });
    const turns = ['I keep a sourdough starter called Bubbles.', 'Feed it daily and keep it warm.', 'I bake rye bread on Sundays.', 'Rye needs a longer proof.'];
    expect(
      await acceptCapture(db, {
        site: 'claude',
        conversationId: 'c1',
        url: 'https://claude.ai/chat/c1',
        turns: turns.map((text, ordinal) => ({ role: ordinal % 2 ? ('assistant' as const) : ('user' as const), text, ordinal })),
      }),
    ).toEqual({ accepted: true });
    await service.drainCaptureQueue();

    const before = await service.dream('manual');
    expect(before.engine).toBe('rules');
    expect(createLlm).not.toHaveBeenCalled();

    await service.setSettings({ modelConsent: true });
    await service.dream('manual');
    expect(createLlm).toHaveBeenCalledWith(DEFAULT_SETTINGS.llmModel, expect.any(Function));
  });
});

describe('consent from earlier releases (settings version 3 migration)', () => {
  it('a version-2 row naming a downloadable model carries consent over, and the model loads at start', async () => {
    const db = freshDb();
    const { modelConsent: _, ...v2 } = { ...structuredClone(DEFAULT_SETTINGS), schemaVersion: 2, paused: true };
    await db.settings.put({ key: 'settings', value: v2, updatedAt: 1 });
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, paused: true, modelConsent: true });
    const factory = embedderFactory();
    await ReverieService.start({ db, createEmbedder: factory.create });
    await factory.firstCall;
    expect(factory.calls).toEqual([MODEL]);
  });

  it('a version-1 row (no marker) naming the other catalog model carries consent over too', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', value: { embedModel: 'Xenova/multilingual-e5-small' }, updatedAt: 1 });
    expect(await loadSettings(db)).toMatchObject({ embedModel: 'Xenova/multilingual-e5-small', modelConsent: true });
  });

  it('no consent for word-matching-only users, for unknown models, or for a fresh install', async () => {
    const none = freshDb();
    await none.settings.put({ key: 'settings', value: { ...structuredClone(DEFAULT_SETTINGS), modelConsent: undefined, schemaVersion: 2, embedModel: 'none' }, updatedAt: 1 });
    expect((await loadSettings(none)).modelConsent).toBe(false);

    const unknown = freshDb();
    await unknown.settings.put({ key: 'settings', value: { schemaVersion: 2, embedModel: 'attacker/any-repo' }, updatedAt: 1 });
    expect(await loadSettings(unknown)).toMatchObject({ embedModel: DEFAULT_SETTINGS.embedModel, modelConsent: false });

    const fresh = freshDb();
    expect((await loadSettings(fresh)).modelConsent).toBe(false);
    const reads = watchSettingsReads(fresh);
    const factory = embedderFactory();
    await ReverieService.start({ db: fresh, createEmbedder: factory.create });
    await settled(reads);
    expect(factory.create).not.toHaveBeenCalled();
  });

  it('a current row keeps what the user chose, and the field is validated like every other', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', value: { ...structuredClone(DEFAULT_SETTINGS), schemaVersion: 3, modelConsent: false }, updatedAt: 1 });
    expect((await loadSettings(db)).modelConsent).toBe(false);
    await db.settings.put({ key: 'settings', value: { ...structuredClone(DEFAULT_SETTINGS), schemaVersion: 3, modelConsent: 'yes' }, updatedAt: 1 });
    expect((await loadSettings(db)).modelConsent).toBe(false);
    expect(parseSettingsPatch({ modelConsent: true })).toEqual({ modelConsent: true });
    expect(() => parseSettingsPatch({ modelConsent: 'true' })).toThrow(/Setting "modelConsent" must be true or false/);
    expect((await saveSettings(db, { modelConsent: true })).modelConsent).toBe(true);
  });
});

describe('retrying a failed model', () => {
  it('no network, then Retry: the same model is built again and becomes ready', async () => {
    const db = freshDb();
    await saveSettings(db, { modelConsent: true });
    let online = false;
    const factory = embedderFactory(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new HashingEmbedder(MODEL, 64);
    });
    const service = await ReverieService.start({ db, createEmbedder: factory.create });
    await factory.firstCall;
    await vi.waitFor(async () => expect(await searchModel(service)).toMatchObject({ state: 'error', error: 'Failed to fetch' }));

    online = true;
    await service.retryModel(MODEL);
    // The retry has started before it answers.
    expect(factory.calls).toEqual([MODEL, MODEL]);
    await vi.waitFor(async () => expect((await searchModel(service))?.state).toBe('ready'));
  });

  it('a full disk while loading the model says so, and the storage-full note is set', async () => {
    const db = freshDb();
    await saveSettings(db, { modelConsent: true });
    const factory = embedderFactory(async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const service = await ReverieService.start({ db, createEmbedder: factory.create });
    await factory.firstCall;
    await vi.waitFor(async () => expect((await searchModel(service))?.state).toBe('error'));
    expect((await searchModel(service))?.error).toMatch(/^QuotaExceededError: /);
    expect((await service.status()).storage.full).toBe(true);
  });

  it('only the search model in use can be retried', async () => {
    const db = freshDb();
    await saveSettings(db, { modelConsent: true });
    const factory = embedderFactory(async () => null);
    const service = await ReverieService.start({ db, createEmbedder: factory.create });
    await factory.firstCall;
    await expect(service.retryModel('Xenova/multilingual-e5-small')).rejects.toThrow(/not the search model in use/);
    expect(factory.calls).toEqual([MODEL]);
  });

  it('the boundary takes retryModel from the extension pages only, with a catalog model id', () => {
    const page: Caller = { kind: 'page' };
    const tab: Caller = { kind: 'content', site: 'claude', url: 'https://claude.ai/chat/x', incognito: false };
    expect(admit('retryModel', { id: MODEL }, page)).toEqual({ id: MODEL });
    expect(() => admit('retryModel', { id: 'attacker/model' }, page)).toThrow(/Invalid request/);
    expect(() => admit('retryModel', {}, page)).toThrow(/Invalid request/);
    expect(() => admit('retryModel', { id: MODEL }, tab)).toThrow(/a chat page may not ask for this/);
  });
});
