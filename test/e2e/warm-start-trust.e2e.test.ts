import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage } from './pages/sites';
import type { Settings } from '../../lib/settings';
import type { CaptureMessage } from '../../lib/messaging/protocol';
import { PREAMBLE_END, PREAMBLE_START } from '../../lib/preamble/delimiters';

/**
 * The page cannot steer the block, and pause pauses it: in real Chromium, on the Claude look-alike, with a memory to
 * recall. Only the user's own typing (trusted events) refreshes the block; a paused Reverie inserts and refreshes
 * nothing, and takes effect without reloading the page.
 */
const PAST: CaptureMessage[] = [
  {
    site: 'chatgpt',
    conversationId: 'past-sourdough',
    url: 'https://chatgpt.com/c/past-sourdough',
    title: 'Looking after a sourdough starter',
    createdAt: Date.now() - 5 * 86_400_000,
    turns: [
      { role: 'user', ordinal: 0, text: 'My sourdough starter is called Bubbles and I keep it in the fridge.' },
      { role: 'assistant', ordinal: 1, text: 'Feed Bubbles weekly with equal weights of rye flour and water.' },
    ],
  },
];
const MESSAGE = 'What should I feed my sourdough starter this week?';
/** Long enough for a refresh to have happened (400 ms pause, then recall, warm): for "nothing happened" checks. */
const SETTLE_MS = 3_000;

function relevantSection(text: string): string {
  const block = text.slice(text.indexOf(PREAMBLE_START), text.indexOf(PREAMBLE_END));
  const at = block.indexOf('\nRelevant:\n');
  return at < 0 ? '' : block.slice(at + 1);
}

describe('Chromium: only the user steers the block, and pause pauses it', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let popup: Page;
  const settings = (patch: Partial<Settings>) =>
    sendProtocol((fn, arg) => popup.evaluate(fn as never, arg), 'setSettings', patch);
  const editorText = (page: Page) => page.evaluate(() => (window as any).__editor.getText() as string);
  const composer = '#composer-slot [contenteditable="true"]';

  async function newChat(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${SITE_PATHS.claude.newChat}`);
    await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
    return page;
  }
  const blockArrives = (page: Page, label: string) =>
    waitFor(() => editorText(page), (t) => t.includes(PREAMBLE_END), 15_000, label);
  /** The user puts the caret at the end of the composer (keys, not clicks: a click could land in the block). */
  async function caretToEnd(page: Page): Promise<void> {
    await page.focus(composer);
    await page.keyboard.press('ControlOrMeta+End');
  }

  beforeAll(async () => {
    server = await startFixtureServer({ composers: COMPOSERS_ROOT });
    server.route('/claude/*', sitePage('claude'));
    browser = await launchChromium();
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const imported = await sendProtocol((fn, arg) => popup.evaluate(fn as never, arg), 'importConversations', {
      source: 'import-claude',
      conversations: PAST,
    });
    expect(imported.turns).toBe(2);
    // The memory is ChatGPT's and the page Claude's: the user let every site's block draw on every site's chats.
    await settings({ blockScope: 'all' });
    // Warm the recall up, and check the user's typing refreshes the block at all.
    const page = await newChat();
    await blockArrives(page, 'the first block');
    await caretToEnd(page);
    await page.keyboard.type(MESSAGE);
    await waitFor(() => editorText(page), (t) => relevantSection(t).includes('Bubbles'), 30_000, 'a refresh for typing');
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a page script writing into the composer gets no recall; the user's own key press does", async () => {
    const page = await newChat();
    await blockArrives(page, 'the block');
    // The page's own script types through the editor (untrusted events, which the editor obeys).
    await page.evaluate((message) => {
      const el = (window as any).__editor.el as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: message, bubbles: true, cancelable: true }));
      el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: message, bubbles: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    }, MESSAGE);
    expect(await editorText(page)).toContain(MESSAGE);
    await page.waitForTimeout(SETTLE_MS);
    expect(relevantSection(await editorText(page))).toBe('');

    // The user presses a key in the composer: now the block follows the message.
    await caretToEnd(page);
    await waitFor(() => editorText(page), (t) => relevantSection(t).includes('Bubbles'), 15_000, 'the refresh after a real key');
    await page.close();
  });

  it('paused: typing refreshes nothing, a new chat gets no block; resumed: the next new chat does, without a reload', async () => {
    const page = await newChat();
    await blockArrives(page, 'the block before pausing');
    await settings({ paused: true });
    try {
      await caretToEnd(page);
      await page.keyboard.type(MESSAGE);
      await page.waitForTimeout(SETTLE_MS);
      expect(await editorText(page)).toContain(MESSAGE);
      expect(relevantSection(await editorText(page))).toBe('');

      await page.click('#new-chat'); // the single-page app's New chat: a fresh composer
      await page.waitForTimeout(SETTLE_MS);
      expect(await editorText(page)).toBe('');

      // A tab opened while paused.
      const later = await newChat();
      await later.waitForTimeout(SETTLE_MS);
      expect(await editorText(later)).toBe('');

      await settings({ paused: false });
      await later.click('#new-chat');
      await blockArrives(later, 'the block after resuming, in a tab opened while paused');
      await later.close();
    } finally {
      await settings({ paused: false });
    }
    await page.click('#new-chat');
    await blockArrives(page, 'the block after resuming');
    await page.close();
  });
});
