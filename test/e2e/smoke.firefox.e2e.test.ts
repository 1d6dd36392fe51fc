import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { claudeLikePage } from './pages/claude-like';
import { openExtensionPage } from './harness/firefox-pages';

describe('Firefox ESR: the built extension loads and a captured turn reaches IndexedDB', () => {
  let browser: FirefoxSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/claude/*', claudeLikePage({
      turns: [
        { role: 'user', text: 'Remind me: which port does Postgres use?' },
        { role: 'assistant', text: 'PostgreSQL listens on port 5432 by default.' },
      ],
    }));
    server.route('/blank', '<!doctype html><title>blank</title>');
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('captures the turns of a chat page and the popup reads them back from the database', async () => {
    const page = await browser.browser.newPage();
    await page.goto(`${server.origin}/claude/chat/ff-smoke-1`);
    const popup = await openExtensionPage(await browser.browser.newPage(), server.origin, browser.extensionOrigin, 'popup.html');
    const turns = await waitFor(
      () => readStore((fn, arg) => popup.evaluate(fn, arg), 'turns') as Promise<any[]>,
      (rows) => rows.length >= 2,
      30_000,
      'two captured turns',
    );
    expect(turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'Remind me: which port does Postgres use?'],
      ['assistant', 'PostgreSQL listens on port 5432 by default.'],
    ]);
    expect(await popup.evaluate(() => document.body.innerText)).toMatch(/Reverie|memor/i);
  });
});
