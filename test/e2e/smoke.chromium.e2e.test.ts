import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { claudeLikePage } from './pages/claude-like';

describe('Chromium: the built extension loads and a captured turn reaches IndexedDB', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/claude/*', claudeLikePage({
      turns: [
        { role: 'user', text: 'What is the capital of Portugal?' },
        { role: 'assistant', text: 'Lisbon is the capital of Portugal.' },
      ],
    }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has a running service worker with the manifest we built', async () => {
    const sw = await browser.serviceWorker();
    const manifest = (await sw.evaluate(() => (globalThis as any).chrome.runtime.getManifest())) as { name: string; manifest_version: number };
    expect(manifest.name).toBe('Reverie (test build)');
    expect(manifest.manifest_version).toBe(3);
  });

  it('captures the turns of a chat page into the database, once each', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/claude/chat/smoke-1`);
    const sw = await browser.serviceWorker();
    const turns = await waitFor(
      () => readStore((fn, arg) => sw.evaluate(fn, arg), 'turns') as Promise<any[]>,
      (rows) => rows.length >= 2,
      30_000,
      'two captured turns',
    );
    expect(turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'What is the capital of Portugal?'],
      ['assistant', 'Lisbon is the capital of Portugal.'],
    ]);
    expect(turns[0].conversationKey).toBe('claude:smoke-1');
    // Reloading the same conversation must not duplicate anything.
    await page.reload();
    await page.waitForTimeout(2_000);
    const again = (await readStore((fn, arg) => sw.evaluate(fn, arg), 'turns')) as any[];
    expect(again).toHaveLength(2);
    await page.close();
  });

  it('finds the captured turn with a popup search', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Reverie|memor/i);
    await popup.locator('input[type="search"]').fill('capital of Portugal');
    const results = popup.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.innerText(), { timeout: 15_000 }).toContain('Lisbon is the capital of Portugal.');
    await popup.close();
  });
});
