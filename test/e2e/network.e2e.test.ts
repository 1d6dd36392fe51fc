import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { ExtensionTargets } from './harness/cdp';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage } from './pages/sites';
import { PREAMBLE_END } from '../../lib/preamble/delimiters';

/**
 * Nothing leaks: a full session (capture on a chat page, popup search, options export, a dream, a new-chat preamble)
 * while every request of every context is recorded: the service worker (also each time it restarts), the offscreen
 * engine host, the popup and options pages, and the chat page with its content script. Playwright attaches to each
 * target through the DevTools protocol (auto-attach, paused on start, so a new worker's first request is seen) and
 * reports its Network events. The allow-list of model hosts is empty in the test build: any request that leaves the
 * machine fails the test. The chat page's own requests to the 127.0.0.1 fixture server are the page's, not ours.
 */

/** Hosts the extension may contact (model weights). The test build downloads nothing. */
const ALLOWED_HOSTS: string[] = [];

interface Seen {
  url: string;
  context: string;
  frame: string;
}

describe('Chromium: no request leaves the machine during a full session', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let popup: Page;
  let targets: ExtensionTargets;
  const seen: Seen[] = [];

  function contextOf(request: Request): { context: string; frame: string } {
    const sw = request.serviceWorker();
    if (sw) return { context: `service-worker ${sw.url()}`, frame: sw.url() };
    let frame = '';
    try {
      frame = request.frame().url();
    } catch {
      /* a request with no frame (e.g. from a worker) */
    }
    return { context: frame.startsWith('chrome-extension://') ? `extension page ${frame}` : `page ${frame}`, frame };
  }

  beforeAll(async () => {
    server = await startFixtureServer({ composers: COMPOSERS_ROOT });
    server.route('/claude/*', sitePage('claude'));
    server.route('/canary', 'ok');
    browser = await launchChromium();
    browser.context.on('request', (request) => seen.push({ url: request.url(), ...contextOf(request) }));
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    targets = await ExtensionTargets.attach(browser.context, popup, browser.extensionId);
  });
  afterAll(async () => {
    await targets?.detach();
    await browser?.close();
    await server?.close();
  });

  it('the recorder sees requests from the service worker, the offscreen engine host and extension pages (control)', async () => {
    // The offscreen document exists once the background has called the engine host.
    await sendProtocol((fn, arg) => popup.evaluate(fn, arg), 'getStatus', {});
    const offscreen = await waitFor(() => targets.offscreen(), Boolean, 15_000, 'the offscreen document');
    // Playwright models pages and service workers (it auto-attaches, paused at start, so it also sees a restarted
    // worker's first request); the offscreen document it does not, so it is watched through its own CDP session.
    const offscreenSession = await targets.watchNetwork(offscreen!.targetId, (url) => seen.push({ url, context: 'offscreen', frame: offscreen!.url }));
    const sw = await browser.serviceWorker();
    await sw.evaluate((url) => fetch(url).then((r) => r.status), `${server.origin}/canary?from=sw`);
    expect(await offscreenSession.evaluate(`fetch(${JSON.stringify(`${server.origin}/canary?from=offscreen`)}).then((r) => r.status)`)).toBe(200);
    await popup.evaluate((url) => fetch(url).then((r) => r.status), `${server.origin}/canary?from=popup`);
    await expect
      .poll(() => seen.filter((s) => s.url.includes('/canary')).map((s) => s.context.split(' ')[0]).sort())
      .toEqual(['extension', 'offscreen', 'service-worker']);
    // The canaries were ours: drop them before the real check.
    seen.splice(0, seen.length, ...seen.filter((s) => !s.url.includes('/canary')));
  });

  it('capture, popup search, options export, a dream and a new-chat preamble make no outside request', async () => {
    const watchedOffscreen = (await targets.offscreen())?.targetId;
    expect(watchedOffscreen).toBeTruthy();
    // 1. Capture on a chat look-alike.
    const chat = await browser.context.newPage();
    await chat.goto(`${server.origin}${SITE_PATHS.claude.conversation('net-1')}`);
    await chat.waitForFunction(() => Boolean((window as any).__chat));
    await chat.evaluate(() => {
      (window as any).__chat.user('How do I descale an espresso machine with citric acid?');
      (window as any).__chat.assistant('Dissolve 20 g of citric acid in a litre of water, run half through, wait 20 minutes, then rinse twice.');
      (window as any).__chat.user('I live in Porto and my machine is a Gaggia Classic.');
      (window as any).__chat.assistant('The Gaggia Classic descales well that way; Porto water is soft, so every three months is enough.');
    });
    await waitFor(
      async () => ((await readStore((fn, arg) => popup.evaluate(fn, arg), 'turns')) as any[]).filter((t) => t.conversationKey === 'claude:net-1'),
      (rows) => rows.length === 4,
      30_000,
      'four captured turns',
    );

    // 2. Popup search.
    await popup.reload();
    await popup.locator('input[type="search"]').fill('descale espresso');
    await expect.poll(() => popup.getByRole('list', { name: 'Search results' }).innerText(), { timeout: 15_000 }).toContain('citric acid');

    // 3. Options page: a full JSON export (a blob: download, local).
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Download a full backup (JSON)' }).click();
    await expect.poll(() => options.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Saved reverie-backup-\d{4}-\d\d-\d\d\.json/);

    // 4. A dream.
    const run = await sendProtocol((fn, arg) => popup.evaluate(fn, arg), 'dreamNow', undefined);
    expect(run.status).toBe('done');

    // 5. A new chat: the warm-start preamble arrives in the composer.
    const fresh = await browser.context.newPage();
    await fresh.goto(`${server.origin}${SITE_PATHS.claude.newChat}`);
    await waitFor(() => fresh.evaluate(() => ((window as any).__editor?.getText?.() as string) ?? ''), (t) => t.includes(PREAMBLE_END), 20_000, 'the preamble');

    // The contexts we watched all existed.
    const kinds = (await targets.list()).map((t) => `${t.type} ${new URL(t.url).pathname}`);
    expect(kinds).toEqual(expect.arrayContaining(['service_worker /background.js', 'page /popup.html', 'page /options.html']));
    expect(kinds.some((k) => k.endsWith('/offscreen.html'))).toBe(true);
    // …and it is still the offscreen document we watch (not recreated unwatched).
    expect((await targets.offscreen())?.targetId).toBe(watchedOffscreen);

    const local = (url: string) => /^(chrome-extension|data|blob):/.test(url);
    // A chat page's own requests (its navigation included, whose frame is still about:blank) to the fixture server.
    const pagesOwn = (s: Seen) => s.context.startsWith('page ') && s.url.startsWith(server.origin);
    const allowed = (url: string) => ALLOWED_HOSTS.some((host) => new URL(url).host === host);
    const outside = seen.filter((s) => !local(s.url) && !pagesOwn(s) && !allowed(s.url));
    const byContext = seen.reduce<Record<string, number>>((acc, s) => ((acc[s.context.split(' ')[0]!] = (acc[s.context.split(' ')[0]!] ?? 0) + 1), acc), {});
    console.log('[network figures]', JSON.stringify({ requestsRecorded: seen.length, byContext, outside: outside.length }));
    expect(outside).toEqual([]);
    await Promise.all([chat.close(), options.close(), fresh.close()]);
  });
});
