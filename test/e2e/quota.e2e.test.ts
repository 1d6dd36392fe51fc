import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_QUOTA_EXTENSION_DIR, launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { claudeLikePage } from './pages/claude-like';

/**
 * Storage quota exhausted: the test build without 'unlimitedStorage' (.output-test-quota, built by `npm run
 * build:test`) gets a tiny per-origin quota over CDP. Big turns are appended until writes fail; the popup must say
 * storage is full, what was saved before must stay, and once the quota is lifted the turns that failed arrive and the
 * message goes away.
 */
/** In an extension page: writes 1 MB of incompressible text to a scratch database; the error name, or 'ok' (then removed). */
async function tryWriteOneMegabyte(): Promise<string> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const open = indexedDB.open('quota-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('blobs');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const bytes = new Uint8Array(512 * 1024);
  for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  const text = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const write = (op: (store: IDBObjectStore) => void) =>
    new Promise<string>((resolve) => {
      const tx = db.transaction('blobs', 'readwrite');
      op(tx.objectStore('blobs'));
      tx.oncomplete = () => resolve('ok');
      tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
    });
  const result = await write((store) => store.put(text, 'probe'));
  if (result === 'ok') await write((store) => store.delete('probe'));
  db.close();
  return result;
}

describe('Chromium: storage quota exhausted', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let popup: Page;
  let cdp: CDPSession;
  let origin: string;
  const figures: Record<string, unknown> = {};

  const turns = async () => (await readStore((fn, arg) => popup.evaluate(fn, arg), 'turns')) as any[];
  // Over CDP, not navigator.storage.estimate(): Chromium reports a static usage + 10 GiB to pages (anti-fingerprinting),
  // whatever the quota really enforced is.
  const usageAndQuota = () =>
    cdp.send('Storage.getUsageAndQuota', { origin }) as Promise<{ usage: number; quota: number; overrideActive: boolean }>;
  const usage = async () => (await usageAndQuota()).usage;
  const alertText = () => popup.getByRole('alert').allInnerTexts().then((texts) => texts.join('\n'));

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(
      '/claude/*',
      claudeLikePage({
        title: 'Quota - Claude',
        turns: [
          { role: 'user', text: 'How often should I water a snake plant in winter?' },
          { role: 'assistant', text: 'About once a month in winter; let the soil dry out completely between waterings.' },
        ],
      }),
    );
    browser = await launchChromium({ extensionDir: CHROME_QUOTA_EXTENSION_DIR });
    origin = `chrome-extension://${browser.extensionId}`;
    popup = await browser.context.newPage();
    await popup.goto(`${origin}/popup.html`);
    // The status answers once the engine host has started and created Reverie's database. The quota below is set
    // relative to what is used then: measured earlier (a loaded machine starts the host late), the database's own
    // creation would not fit under it and not even the first turns could be stored.
    await popup.locator('.status-lines').waitFor({ timeout: 60_000 });
    // Storage.* acts on the browser's storage for an origin, whichever page the session is attached to.
    cdp = await browser.context.newCDPSession(popup);
  });
  afterAll(async () => {
    console.log('[quota figures]', JSON.stringify(figures));
    await cdp?.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => undefined);
    await cdp?.detach().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('the limited build asks for no unlimitedStorage', async () => {
    const sw = await browser.serviceWorker();
    const permissions = (await sw.evaluate(() => (globalThis as any).chrome.runtime.getManifest().permissions)) as string[];
    expect(permissions).toContain('storage');
    expect(permissions).not.toContain('unlimitedStorage');
  });

  it('says storage is full, keeps what was saved, and catches up once space returns', async () => {
    // Set first, before the extension has written much: a quota just above what is used now, room for the two short
    // turns but not for the big ones below.
    const baseline = await usage();
    const quota = baseline + 256 * 1024;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: quota });
    expect(await usageAndQuota()).toMatchObject({ quota, overrideActive: true });
    figures.baselineUsage = baseline;
    figures.quota = quota;
    // Chromium's IndexedDB keeps the space it was last granted for up to 30 s (decaying), so the override bites only
    // once that grant has run out (right after the database was written, nearly all 30 s): wait until a 1 MB write
    // from an extension page is refused.
    const started = Date.now();
    await expect.poll(() => popup.evaluate(tryWriteOneMegabyte), { timeout: 60_000, interval: 1_000 }).toBe('QuotaExceededError');
    figures.msUntilQuotaEnforced = Date.now() - started;

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/claude/chat/quota-1`);
    await page.waitForFunction(() => Boolean((window as any).__chat));
    const before = await waitFor(turns, (rows) => rows.length >= 2, 30_000, 'the first two turns captured');
    expect(before.map((t) => t.text)).toEqual([
      'How often should I water a snake plant in winter?',
      'About once a month in winter; let the soil dry out completely between waterings.',
    ]);

    // Big turns of incompressible text (IndexedDB compresses repeats), one at a time, until the popup says full.
    const appended: string[] = [];
    const appendBigTurn = async () => {
      const text = await page.evaluate((i) => {
        let seed = 0x9e3779b9 ^ (i * 7919);
        const words: string[] = [];
        for (let n = 0; n < 12_000; n++) {
          seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
          words.push(seed.toString(36));
        }
        const text = `Turn ${i}: ${words.join(' ')}`;
        (window as any).__chat[i % 2 === 0 ? 'user' : 'assistant'](text);
        return text;
      }, appended.length + 2);
      appended.push(text);
    };
    let full = false;
    for (let i = 0; i < 12 && !full; i++) {
      await appendBigTurn();
      full = await waitFor(alertText, (text) => /storage is full/i.test(text), 8_000, 'storage-full banner')
        .then(() => true)
        .catch(() => false);
    }
    figures.turnsAppendedUntilFull = appended.length;
    figures.usageWhenFull = await usage();
    expect(full, `popup never showed the storage-full banner; usage ${figures.usageWhenFull} of ${quota}`).toBe(true);
    expect(await alertText()).toMatch(/no room left for Reverie/i);

    // What was captured before the quota ran out is still there, and not everything appended made it.
    const whileFull = await turns();
    const savedTexts = whileFull.map((t) => t.text);
    expect(savedTexts).toEqual(expect.arrayContaining(before.map((t) => t.text)));
    expect(whileFull.length).toBeLessThan(2 + appended.length);
    figures.turnsSavedWhileFull = whileFull.length;

    // Space returns: lift the override, add one more turn; the ones that failed arrive and the banner goes.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    expect((await usageAndQuota()).overrideActive).toBe(false);
    await page.evaluate(() => (window as any).__chat.assistant('Space is back: this last turn must be saved too.'));
    const all = await waitFor(turns, (rows) => rows.length >= 2 + appended.length + 1, 45_000, 'every turn after the quota was lifted');
    expect(all.map((t) => t.text)).toEqual([
      ...before.map((t) => t.text),
      ...appended,
      'Space is back: this last turn must be saved too.',
    ]);
    await expect.poll(alertText, { timeout: 15_000 }).not.toMatch(/storage is full/i);
    await page.close();
  });
});
