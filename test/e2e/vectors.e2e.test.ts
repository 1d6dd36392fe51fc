import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { nameTestModelHost, readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { ensureTestModel, TEST_MODEL_ID, TEST_MODEL_ROOT } from './harness/test-model';
import { claudeLikePage } from './pages/claude-like';

/**
 * The whole vector path in the real extension: captured turns are embedded by transformers.js in the offscreen engine
 * host, indexed by the CSP-patched hnswlib-wasm, persisted, and after the extension reloads the persisted index is
 * loaded (not rebuilt) and answers again.
 */
describe('Chromium: HNSW vector index in the extension (insert, search, persist, restart, search)', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let popup: Page;
  let profileDir: string;
  const turns = [
    { role: 'user' as const, text: 'My sourdough starter smells like acetone, is it dead?' },
    { role: 'assistant' as const, text: 'No: an acetone smell means the starter is hungry. Feed it twice a day for a few days.' },
    { role: 'user' as const, text: 'What flour ratio should I use for feeding?' },
    { role: 'assistant' as const, text: 'Equal weights of flour and water, with a little rye flour for extra activity.' },
  ];

  const openPopup = async () => {
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  };
  const search = (query: string) => sendProtocol((fn, arg) => popup.evaluate(fn, arg), 'searchMemories', { query, k: 5 });
  const swRead = async (store: string) => {
    const sw = await browser.serviceWorker();
    return (await readStore((fn, arg) => sw.evaluate(fn, arg), store)) as any[];
  };

  beforeAll(async () => {
    ensureTestModel();
    server = await startFixtureServer({ models: TEST_MODEL_ROOT });
    server.route('/claude/*', claudeLikePage({ turns }));
    profileDir = await mkdtemp(join(tmpdir(), 'reverie-vectors-'));
    browser = await launchChromium({ userDataDir: profileDir });
    // Test builds load models only from a host a test names (db.meta 'test:model-host'); name ours, then choose it.
    const sw = await browser.serviceWorker();
    await nameTestModelHost((fn, arg) => sw.evaluate(fn, arg), `${server.crossOrigin}/models/`);
    await openPopup();
    await sendProtocol((fn, arg) => popup.evaluate(fn, arg), 'setSettings', { embedModel: TEST_MODEL_ID, modelConsent: true });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(profileDir, { recursive: true, force: true });
    await server?.close();
  });

  it('embeds captured turns, indexes them and answers through the vector path', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/claude/chat/vectors-1`);
    const memories = await waitFor(() => swRead('memories'), (rows) => rows.length >= 4, 30_000, 'four passage memories');
    const vectors = await waitFor(
      () => swRead('vectors'),
      (rows) => rows.filter((v) => v.model === TEST_MODEL_ID).length >= memories.length,
      90_000,
      'a vector per memory',
    );
    expect(new Set(vectors.map((v) => v.label)).size).toBe(vectors.length);
    const saved = await waitFor(
      () => swRead('meta'),
      // An index opened before any vector exists is saved empty first; wait for the save that holds them all.
      (rows) => rows.some((r) => r.key === `hnsw:${TEST_MODEL_ID}` && r.value.manifest.count >= vectors.length),
      60_000,
      'the persisted HNSW index with every vector',
    );
    const manifest = saved.find((r) => r.key === `hnsw:${TEST_MODEL_ID}`).value.manifest;
    expect(manifest.count).toBe(vectors.length);

    // The exact text of a turn embeds to (almost) its own vector: the vector path must rank it first.
    const hits = await search('Equal weights of flour and water, with a little rye flour for extra activity.');
    expect(hits[0]!.memory.text).toContain('Equal weights of flour and water');
    expect(hits[0]!.via).toContain('vector');
    await page.close();
  });

  it('loads the persisted index after the browser restarts and searches again', async () => {
    const before = (await swRead('meta')).find((r) => r.key === `hnsw:${TEST_MODEL_ID}`).value.manifest;
    // A full browser restart on the same profile: the worker, the offscreen host and all memory are gone.
    const profile = browser.userDataDir;
    await browser.context.close();
    browser = await launchChromium({ userDataDir: profile });
    await openPopup();
    const hits = await waitFor(
      () => search('an acetone smell means the starter is hungry').catch(() => []),
      (h) => h.some((hit) => hit.via.includes('vector')),
      90_000,
      'a vector hit after the restart',
    );
    expect(hits[0]!.memory.text).toContain('acetone smell');
    const after = (await swRead('meta')).find((r) => r.key === `hnsw:${TEST_MODEL_ID}`).value.manifest;
    // Same saved index: it was loaded, not rebuilt (a rebuild would write a new one).
    expect(after).toEqual(before);
  });
});
