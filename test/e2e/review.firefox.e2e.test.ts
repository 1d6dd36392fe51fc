import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiaryRow, MemoryRow, TombstoneRow, TurnRow } from '../../lib/db/schema';
import type { ReverieCalls } from '../../lib/messaging/protocol';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { openExtensionPage } from './harness/firefox-pages';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { claudeLikePage } from './pages/claude-like';

/**
 * A smaller Firefox pass of the popup "Review" flows (review.e2e.test.ts is the full Chromium run): the real popup,
 * framed at 400×600 by a 127.0.0.1 page (BiDi cannot open moz-extension:// directly), on chats captured from
 * claude.ai look-alike pages and a rule-based dream.
 */

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
const HOSTILE = 'Render test: <img src=x onerror="window.__pwned=1"> then <script>window.__pwned=1</script> and javascript:alert(1)';
const CONVERSATIONS: Record<string, { role: 'user' | 'assistant'; text: string }[]> = {
  'ff-porto': [
    { role: 'user', text: 'I live in Porto. Which riverside walk should I take?' },
    { role: 'assistant', text: 'Walk the Ribeira quay along the Douro, then cross the Dom Luís I bridge to Gaia.' },
    { role: 'user', text: 'I prefer concise answers with code examples.' },
    { role: 'assistant', text: 'Understood: short answers, with code where it helps.' },
  ],
  'ff-hostile': [
    { role: 'user', text: HOSTILE },
    { role: 'assistant', text: 'That markup is shown here only as text.' },
  ],
};

describe('Review in Firefox ESR: the popup flows', () => {
  let browser: FirefoxSession;
  let server: FixtureServer;
  let host: Page;
  let popup: Frame;
  const store = <T>(name: string) => readStore((fn, arg) => popup.evaluate(fn, arg), name) as Promise<T[]>;
  const send = <K extends keyof ReverieCalls>(type: K, data: Parameters<ReverieCalls[K]>[0]) =>
    // Puppeteer's evaluate types its argument through FlattenHandle<A>; the harness's generic signature is plain.
    sendProtocol(<A, R>(fn: (arg: A) => Promise<R>, arg: A) => popup.evaluate(fn as never, arg) as Promise<R>, type, data);
  const text = (selector: string) => popup.$eval(selector, (el) => (el as HTMLElement).innerText).catch(() => '');

  /** The button in `scope` whose whole label is `label` (so "Pin" never matches "Unpin"). */
  async function button(scope: string, label: string): Promise<ElementHandle<Element>> {
    const handle = await popup.evaluateHandle(
      (s, l) => [...document.querySelectorAll(`${s} button`)].find((b) => b.textContent?.trim() === l) ?? null,
      scope,
      label,
    );
    const element = handle.asElement();
    if (!element) throw new Error(`No "${label}" button in ${scope}`);
    return element as ElementHandle<Element>;
  }

  /** Types a query into the search box and waits for this query's results. */
  async function search(query: string): Promise<void> {
    const box = (await popup.$('#memory-search'))!;
    await box.evaluate((el) => (el as HTMLInputElement).select());
    await box.press('Backspace');
    await waitFor(() => text('.memories h2'), (t) => /recent memories/i.test(t), 10_000, 'the recent list');
    await box.type(query);
    // What the popup shows, so that a failure says it (the box, the list's name, its first lines).
    const shown = () =>
      popup.$eval('.memories', (el) => ({
        box: (el.querySelector('#memory-search') as HTMLInputElement).value,
        list: el.querySelector('ul')?.getAttribute('aria-label') ?? null,
        text: (el as HTMLElement).innerText.slice(0, 160),
        focus: document.hasFocus(),
        visible: document.visibilityState,
      }));
    await waitFor(shown, (s) => s.list === 'Search results', 15_000, `results for ${query}`);
  }

  async function memoryIdWithText(fragment: string): Promise<string> {
    const id = await popup.evaluate(
      (f) => [...document.querySelectorAll('ul[aria-label="Search results"] li.memory')].find((li) => li.textContent?.includes(f))?.getAttribute('data-memory-id') ?? null,
      fragment,
    );
    if (!id) throw new Error(`No search result contains "${fragment}"`);
    return id;
  }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await startFixtureServer();
    server.route('/claude/*', (url) => claudeLikePage({ turns: CONVERSATIONS[url.pathname.split('/').pop() ?? ''] ?? [] }));
    server.route('/blank', '<!doctype html><title>blank</title><body style="margin:0">');
    browser = await launchFirefox();
    host = await browser.browser.newPage();
    await host.setViewport({ width: 400, height: 600 });
    popup = await openExtensionPage(host, server.origin, browser.extensionOrigin, 'popup.html');
    for (const id of Object.keys(CONVERSATIONS)) {
      const page = await browser.browser.newPage();
      await page.goto(`${server.origin}/claude/chat/${id}`);
      const key = `claude:${id}`;
      await waitFor(() => store<TurnRow>('turns'), (rows) => rows.filter((t) => t.conversationKey === key).length === CONVERSATIONS[id]!.length, 30_000, `turns of ${id}`);
      await waitFor(() => store<MemoryRow>('memories'), (rows) => rows.some((m) => m.conversationKey === key), 30_000, `memories of ${id}`);
      await page.close();
    }
    expect((await send('dreamNow', undefined)).status).toBe('done');
    // Reload the framed popup so it shows the seeded data from the start.
    popup = await openExtensionPage(host, server.origin, browser.extensionOrigin, 'popup.html');
    // Keys go to the tab in front: the popup's, not the first-run tab or one closed above.
    await host.bringToFront();
    expect(await popup.evaluate(() => document.visibilityState)).toBe('visible');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('search finds a captured turn', async () => {
    await waitFor(() => text('.status-lines'), (t) => /memories from/.test(t), 15_000, 'the status');
    await search('Douro bridge');
    expect(await text('ul[aria-label="Search results"]')).toContain('Walk the Ribeira quay along the Douro');
    await host.screenshot({ path: join(SHOTS, 'firefox-popup-search.png') });
  });

  it('edit and pin change the database, and the pin reaches the preamble', async () => {
    const id = await memoryIdWithText('Walk the Ribeira quay');
    const item = `li[data-memory-id="${id}"]`;
    await (await button(item, 'Edit')).click();
    const area = (await popup.$(`${item} textarea`))!;
    await area.evaluate((el) => (el as HTMLTextAreaElement).select());
    await area.type('Walk the Ribeira quay, then take the Guindais funicular up.');
    await (await button(item, 'Save')).click();
    // The popup has the answer once the item shows the saved text (the row is written before the answer arrives).
    await waitFor(() => text(`${item} .memory-text`), (t) => t.includes('Guindais funicular'), 10_000, 'the edited item');
    await waitFor(() => store<MemoryRow>('memories'), (rows) => rows.find((m) => m.id === id)?.text === 'Walk the Ribeira quay, then take the Guindais funicular up.', 10_000, 'the edited text');
    expect((await send('searchMemories', { query: 'Guindais funicular' })).map((h) => h.memory.id)).toContain(id);

    await (await button(item, 'Pin')).click();
    await waitFor(() => store<MemoryRow>('memories'), (rows) => rows.find((m) => m.id === id)?.pinned === true, 10_000, 'pinned');
    const preamble = await send('requestPreamble', { site: 'claude' });
    expect(preamble.lines.find((l) => l.memoryId === id)?.layer).toBe('L4');
  });

  it('delete leaves a tombstone and removes it from search; Undo restores it', async () => {
    await search('Understood short answers');
    const id = await memoryIdWithText('Understood: short answers');
    await (await button(`li[data-memory-id="${id}"]`, 'Delete')).click();
    await waitFor(() => popup.$(`li[data-memory-id="${id}"]`), (el) => el === null, 10_000, 'the item to go');
    expect((await store<TombstoneRow>('tombstones')).find((t) => t.memoryId === id)?.reason).toBe('deleted');
    expect((await send('searchMemories', { query: 'Understood short answers' })).map((h) => h.memory.id)).not.toContain(id);
    await (await button('.toast', 'Undo')).click();
    await waitFor(() => popup.$(`li[data-memory-id="${id}"]`), (el) => el !== null, 10_000, 'the item to come back');
    expect((await store<MemoryRow>('memories')).find((m) => m.id === id)?.status).toBe('active');
  });

  it('hostile content is literal text: no element, no script run, no javascript: link', async () => {
    await search('render test onerror pwned');
    const id = await memoryIdWithText('Render test');
    const shown = await text(`li[data-memory-id="${id}"] .memory-text`);
    expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
    expect(shown).toContain('<script>window.__pwned=1</script>');
    const dom = await popup.evaluate(() => ({
      pwned: (window as any).__pwned,
      imgs: document.querySelectorAll('#app img').length,
      scripts: document.querySelectorAll('#app script').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length,
    }));
    expect(dom).toEqual({ pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0 });
  });

  it('the diary shows the dream and approving an entry is saved', async () => {
    await (await button('[role="tablist"]', 'Dream diary')).click();
    await waitFor(() => text('.diary'), (t) => t.includes('User prefers concise answers.'), 15_000, 'the diary');
    expect(await text('.diary')).toContain('Learned');
    const learn = (await store<DiaryRow>('diary')).find((d) => d.kind === 'learn' && d.summary.includes('User lives in Porto'))!;
    const index = await popup.evaluate(
      () => [...document.querySelectorAll('li.diary-entry')].findIndex((li) => li.querySelector('p')?.textContent?.includes('User lives in Porto.')),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    await (await button(`li.diary-entry:nth-child(${index + 1})`, 'Approve')).click();
    await waitFor(() => store<DiaryRow>('diary'), (rows) => rows.find((d) => d.id === learn.id)?.status === 'approved', 10_000, 'approved');
    await host.screenshot({ path: join(SHOTS, 'firefox-popup-diary.png') });
  });
});
