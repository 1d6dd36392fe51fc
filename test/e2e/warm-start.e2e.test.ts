import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage } from './pages/sites';
import { SITE_IDS, type SiteId } from '../../lib/sites';
import type { Settings } from '../../lib/settings';
import type { CaptureMessage } from '../../lib/messaging/protocol';
import { PREAMBLE_END, PREAMBLE_START } from '../../lib/preamble/delimiters';
import { startDemoServer } from '../../scripts/demo/chat-page.mjs';
import { runDemoTour, TOUR_FIRST_MESSAGE, TOUR_MESSAGES } from '../../scripts/demo/tour.mjs';

/** Past conversations to remember, imported the way the options page imports an export file. */
const DAY = 86_400_000;
const PAST: CaptureMessage[] = [
  {
    site: 'claude',
    conversationId: 'past-sourdough',
    url: 'https://claude.ai/chat/past-sourdough',
    title: 'Looking after a sourdough starter',
    createdAt: Date.now() - 20 * DAY,
    turns: [
      { role: 'user', ordinal: 0, text: 'My sourdough starter is called Bubbles and I keep it in the fridge.' },
      { role: 'assistant', ordinal: 1, text: 'Feed Bubbles weekly with equal weights of rye flour and water.' },
    ],
  },
  {
    site: 'chatgpt',
    conversationId: 'past-lisbon',
    url: 'https://chatgpt.com/c/past-lisbon',
    title: 'Lisbon trip in March',
    createdAt: Date.now() - 10 * DAY,
    turns: [
      { role: 'user', ordinal: 0, text: 'I am going to Lisbon in March with my sister Ana; we like quiet neighbourhoods.' },
      { role: 'assistant', ordinal: 1, text: 'Stay in Campo de Ourique: quiet streets and the tram 28 terminus.' },
    ],
  },
  {
    site: 'gemini',
    conversationId: 'past-rust',
    url: 'https://gemini.google.com/app/past-rust',
    title: 'Rust lifetimes',
    createdAt: Date.now() - 2 * DAY,
    turns: [
      { role: 'user', ordinal: 0, text: 'Why does the Rust borrow checker reject my iterator over a HashMap?' },
      { role: 'assistant', ordinal: 1, text: 'You hold an immutable borrow while inserting; collect the keys first.' },
    ],
  },
];
const FIRST_MESSAGE = 'What should I feed my sourdough starter this week?';

/** The block's "Relevant:" section (L1), '' when it has none. */
function relevantSection(text: string): string {
  const block = text.slice(text.indexOf(PREAMBLE_START), text.indexOf(PREAMBLE_END));
  const at = block.indexOf('\nRelevant:\n');
  return at < 0 ? '' : block.slice(at + 1);
}

describe('Chromium: warm start on every site look-alike', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let popup: Page;

  const evaluateIn = (page: Page) => <A, R>(fn: (arg: A) => Promise<R>, arg: A) => page.evaluate(fn as any, arg) as Promise<R>;
  const setSettings = (patch: Partial<Settings>) => sendProtocol(evaluateIn(popup), 'setSettings', patch);
  const editorText = (page: Page) => page.evaluate(() => (window as any).__editor.getText() as string);
  /** What the composer element itself shows (its value or its text), as opposed to the editor's model. */
  const composerDomText = (page: Page) =>
    page.evaluate(() => {
      const el = (window as any).__editor.el as HTMLElement;
      return el instanceof HTMLTextAreaElement ? el.value : el.innerText;
    });

  async function turnsOf(key: string) {
    const sw = await browser.serviceWorker();
    const rows = (await readStore((fn, arg) => sw.evaluate(fn, arg), 'turns')) as { conversationKey: string; ordinal: number; role: string; text: string }[];
    return rows.filter((t) => t.conversationKey === key).sort((a, b) => a.ordinal - b.ordinal);
  }

  async function openNewChat(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
    return page;
  }

  /** The chip lives in a closed shadow root: reach its buttons through the DevTools protocol, as a user's pointer would. */
  async function chipButtons(page: Page): Promise<{ label: string; x: number; y: number }[]> {
    const cdp = await browser.context.newCDPSession(page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      type Node = { nodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
      const buttons: Node[] = [];
      const walk = (node: Node, inChip: boolean) => {
        const here = inChip || node.nodeName === 'REVERIE-CHIP';
        if (here && node.nodeName === 'BUTTON') buttons.push(node);
        for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, here);
      };
      walk(root as Node, false);
      const found = [];
      for (const b of buttons) {
        const attrs = b.attributes ?? [];
        const label = attrs[attrs.indexOf('aria-label') + 1] ?? '';
        const { model } = await cdp.send('DOM.getBoxModel', { nodeId: b.nodeId });
        const [x1, y1, , , x3, y3] = model.content;
        found.push({ label, x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 });
      }
      return found;
    } finally {
      await cdp.detach();
    }
  }

  beforeAll(async () => {
    server = await startFixtureServer({ composers: COMPOSERS_ROOT });
    for (const site of SITE_IDS) server.route(`/${site}/*`, sitePage(site));
    server.route('/rejecting/*', sitePage('claude', { composer: 'rejecting' }));
    browser = await launchChromium();
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const imported = await sendProtocol(evaluateIn(popup), 'importConversations', { source: 'import-claude', conversations: PAST });
    expect(imported.turns).toBe(6);
    // Every site's block draws on every site's chats, as the user may choose on the first-run page (the default is
    // the site's own: test/e2e/block-scope.e2e.test.ts).
    await setSettings({ blockScope: 'all' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(SITE_IDS)('%s: the block arrives in the editor, follows the first message, and is never stored', async (site: SiteId) => {
    const page = await openNewChat(SITE_PATHS[site].newChat);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    // The editor's own model holds the block, not just the DOM.
    const inserted = await waitFor(() => editorText(page), (t) => t.includes(PREAMBLE_END), 15_000, `${site}: the block in the editor`);
    expect(inserted.startsWith(PREAMBLE_START)).toBe(true);
    expect(inserted).toContain('Recent chats:');
    expect(inserted).toContain('Lisbon trip in March');
    expect(relevantSection(inserted)).toBe('');
    expect(await composerDomText(page)).toContain(PREAMBLE_END);

    // Typing the first message (real key events, caret at the end) refreshes L1 with the matching memory.
    await page.locator('#composer-slot').locator('textarea, [contenteditable="true"]').first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(FIRST_MESSAGE);
    const refreshed = await waitFor(
      () => editorText(page),
      (t) => relevantSection(t).includes('Bubbles') && t.endsWith(FIRST_MESSAGE),
      15_000,
      `${site}: L1 refreshed for the first message`,
    );
    expect(refreshed.startsWith(PREAMBLE_START)).toBe(true);
    expect(refreshed.split(PREAMBLE_START)).toHaveLength(2); // one block, replaced in place
    expect(await composerDomText(page)).toContain('Relevant:');

    // The popup can tell which memories went into this tab's block (the background kept them for this tab).
    const tabId = await popup.evaluate(async (path) => {
      const tabs: { id: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t) => t.url?.includes(path))?.id ?? -1;
    }, SITE_PATHS[site].newChat);
    const last = await sendProtocol(evaluateIn(popup), 'getLastBlock', { tabId });
    expect(last?.site).toBe(site);
    expect(last?.lines.some((l) => l.layer === 'L1' && /Bubbles/.test(l.text) && l.memoryId)).toBe(true);

    // Sending puts the whole composer in the thread, as the site would; the stored user turn has no block.
    await page.evaluate(() => ((window as any).__chat.reply = () => 'Rye flour, twice a week.'));
    await page.locator('#send').click();
    await page.waitForURL((url) => url.pathname !== SITE_PATHS[site].newChat);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const rows = await waitFor(() => turnsOf(`${site}:${id}`), (r) => r.length >= 2, 20_000, `${site}: the sent turn stored`);
    expect(rows.map((r) => [r.role, r.text])).toEqual([
      ['user', FIRST_MESSAGE],
      ['assistant', 'Rye flour, twice a week.'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('click mode offers a chip instead, and its Insert button puts the block in', async () => {
    await setSettings({ insertion: 'click' });
    try {
      const page = await openNewChat(SITE_PATHS.claude.newChat);
      const buttons = await waitFor(() => chipButtons(page), (b) => b.length >= 3, 15_000, 'the chip');
      expect(await editorText(page)).toBe('');
      const insert = buttons.find((b) => b.label.startsWith('Insert'))!;
      await page.mouse.click(insert.x, insert.y);
      const text = await waitFor(() => editorText(page), (t) => t.includes(PREAMBLE_END), 10_000, 'the block after Insert');
      expect(text.startsWith(PREAMBLE_START)).toBe(true);
      expect(await chipButtons(page)).toEqual([]);
      await page.close();
    } finally {
      await setSettings({ insertion: 'auto' });
    }
  });

  it('a composer that refuses insertion gets the chip, and the page keeps working', async () => {
    const page = await openNewChat('/rejecting/new');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const buttons = await waitFor(() => chipButtons(page), (b) => b.length >= 3, 20_000, 'the fallback chip');
    expect(buttons.map((b) => b.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^Insert/), expect.stringMatching(/^Copy/)]));
    expect(await editorText(page)).toBe('');
    expect(await composerDomText(page)).not.toContain(PREAMBLE_START);
    // The page's own app still runs: it renders turns and its composer is still there.
    await page.evaluate(() => (window as any).__chat.user('Still working?'));
    await expect.poll(() => page.locator('[data-testid="user-message"]').count()).toBe(1);
    expect(await page.locator('[data-testid="chat-input"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the demo chat: chat a little, open a new chat, watch the block arrive', async () => {
    const demo = await startDemoServer();
    try {
      const page = await browser.context.newPage();
      const tour = await runDemoTour(page, demo.origin, await browser.serviceWorker());
      // The new chat's block names the demo conversation just had; typing brings the matching memory into L1.
      expect(tour.preamble.startsWith(PREAMBLE_START)).toBe(true);
      expect(tour.preamble).toContain('I am planning a trip to Lisbon in March');
      expect(relevantSection(tour.refreshed)).toContain('Bubbles');
      expect(tour.refreshed.endsWith(TOUR_FIRST_MESSAGE)).toBe(true);
      // The demo's chat was captured without any block in it.
      const sw = await browser.serviceWorker();
      const rows = (await readStore((fn, arg) => sw.evaluate(fn, arg), 'turns')) as { conversationKey: string; role: string; text: string }[];
      const demoUsers = rows.filter((r) => r.conversationKey.startsWith('claude:demo-') && r.role === 'user').map((r) => r.text);
      expect(demoUsers).toEqual(TOUR_MESSAGES);
      await page.close();
    } finally {
      await demo.close();
    }
  });
});
