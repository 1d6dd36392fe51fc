import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ExtensionTargets } from './harness/cdp';
import { nameTestModelHost, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { ensureTestModel, TEST_MODEL_ID, TEST_MODEL_ROOT } from './harness/test-model';
import type { ReverieCalls } from '../../lib/messaging/protocol';

/**
 * First run in Chromium: installing Reverie opens the welcome page, which shows the search model's download step;
 * nothing is fetched before the user agrees, even with a model host at hand; agreeing on the page downloads it.
 *
 * The test build never downloads from the internet. To see a download happen (or not), the test names a local model
 * server that records every request (the test build's `test:model-host`) and picks the test model: from then on the
 * only thing between the engine host and a download is the user's consent.
 */

interface ModelServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves the test model as a hub would (`/models/<id>/…`) and records every request it gets. */
async function startModelServer(): Promise<ModelServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const [, mount, ...rest] = url.pathname.split('/');
    const file = normalize(join(TEST_MODEL_ROOT, ...rest.map(decodeURIComponent)));
    if (mount !== 'models' || !file.startsWith(normalize(TEST_MODEL_ROOT))) return void res.writeHead(404).end('not found');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('Chromium: the first-run page and consent before any download', () => {
  let browser: ChromiumSession;
  let models: ModelServer;
  let targets: ExtensionTargets;
  let page: Page;

  const welcomeUrl = () => `chrome-extension://${browser.extensionId}/welcome.html`;
  const send = <K extends keyof ReverieCalls>(type: K, data: Parameters<ReverieCalls[K]>[0]) =>
    sendProtocol((fn, arg) => page.evaluate(fn, arg), type, data);
  const searchModel = async () => (await send('getStatus', {})).models.find((m) => m.kind === 'embedding');

  beforeAll(async () => {
    ensureTestModel();
    models = await startModelServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await targets?.detach();
    await browser?.close();
    await models?.close();
  });

  it('opens the welcome page on install, with the download step and its size', async () => {
    const welcome = await waitFor(
      async () => browser.context.pages().find((p) => p.url() === welcomeUrl()),
      Boolean,
      30_000,
      'the welcome tab opened on install',
    );
    page = welcome!;
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('Nothing has been downloaded yet.');
    const text = await page.locator('body').innerText();
    expect(text).toContain('What Reverie does');
    expect(text).toContain('Models come once from huggingface.co.');
    expect(await page.getByRole('button', { name: 'Download the search model (23 MB)' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Not now' }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: /Automatically/ }).isChecked()).toBe(true);
  });

  it('fetches no model before consent: the search model stays absent and the model server sees no request', async () => {
    if (!page) {
      page = await browser.context.newPage();
      await page.goto(welcomeUrl());
    }
    targets = await ExtensionTargets.attach(browser.context, page, browser.extensionId);
    const sw = await browser.serviceWorker();
    await nameTestModelHost((fn, arg) => sw.evaluate(fn, arg), `${models.origin}/models/`);
    // Choosing a model would load it at once if downloads were allowed (setSettings starts a changed model's load).
    await send('setSettings', { embedModel: TEST_MODEL_ID });
    expect((await send('getSettings', undefined)).modelConsent).toBe(false);
    expect(await searchModel()).toEqual({ id: TEST_MODEL_ID, kind: 'embedding', state: 'absent' });

    // A fresh engine host (as after Chrome closed the offscreen document) loads nothing at start either.
    expect(await targets.closeOffscreen()).toBe(true);
    await waitFor(() => targets.offscreen(), (doc) => !doc, 15_000, 'the engine host closed');
    expect(await searchModel()).toEqual({ id: TEST_MODEL_ID, kind: 'embedding', state: 'absent' });
    expect(await targets.offscreen()).toBeTruthy();
    expect(await searchModel()).toEqual({ id: TEST_MODEL_ID, kind: 'embedding', state: 'absent' });
    expect(models.requests).toEqual([]);
  });

  it('agreeing on the welcome page downloads the search model, with its progress, until it is ready', async () => {
    await page.reload();
    const download = page.getByRole('button', { name: 'Download the search model' });
    await download.waitFor({ timeout: 15_000 });
    expect(models.requests).toEqual([]);
    await download.click();
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 90_000 })
      .toContain('The search model is ready: search now finds memories by meaning too.');
    expect((await send('getSettings', undefined)).modelConsent).toBe(true);
    expect(await searchModel()).toMatchObject({ id: TEST_MODEL_ID, state: 'ready' });
    expect(models.requests.length).toBeGreaterThan(0);
    expect(models.requests.every((path) => path.startsWith(`/models/${TEST_MODEL_ID}/`))).toBe(true);
  });
});
