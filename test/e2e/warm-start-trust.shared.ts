import { expect } from 'vitest';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import type { FixtureServer } from './harness/server';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage } from './pages/sites';
import type { Settings } from '../../lib/settings';
import type { CaptureMessage } from '../../lib/messaging/protocol';
import { PREAMBLE_END, PREAMBLE_START } from '../../lib/preamble/delimiters';

/**
 * The page cannot steer the block, and pause pauses everything: played the same way in Chromium (Playwright) and
 * Firefox ESR (Puppeteer), on the Claude look-alike, with a memory to recall. Only the user's own typing (trusted
 * events) refreshes the block, never a page script writing into the composer; a paused Reverie captures, inserts and
 * refreshes nothing, and pausing and resuming take effect in open tabs without reloading them.
 */

/** What a scenario needs of a browser tab; each test file adapts its driver's page to it. */
export interface TrustTab {
  /** Runs `fn(arg)` in the page (the page's own script, as the site's code would) and returns its result. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Focuses the composer and presses Ctrl+End, real keys (trusted input): a click could land in the block. */
  caretToEnd(): Promise<void>;
  /** Real key presses (trusted input) into the focused element. */
  type(text: string): Promise<void>;
  /** A real click (trusted input) on the element `selector` names. */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** Runs a function inside an extension page (popup or options), where the extension's messages and database are. */
type InExtension = (fn: (arg: any) => Promise<any>, arg: any) => Promise<any>;

export interface TrustBrowser {
  /** A new tab at `path` on the fixture server, once the page's app is up. */
  open(path: string): Promise<TrustTab>;
  inExtension: InExtension;
}

interface TurnRow {
  conversationKey: string;
  text: string;
}

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
/** Long enough for a refresh or a capture to have happened (400 ms pause, then recall, warm): for "nothing happened" checks. */
const SETTLE_MS = 3_000;

export const FIXTURE_ROOTS = { composers: COMPOSERS_ROOT };

export function routeTrustPages(server: FixtureServer): void {
  server.route('/claude/*', sitePage('claude'));
}

const newChat = (browser: TrustBrowser) => browser.open(SITE_PATHS.claude.newChat);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const editorText = (tab: TrustTab) => tab.run(() => (window as any).__editor.getText() as string, null);
const settings = (browser: TrustBrowser, patch: Partial<Settings>) => sendProtocol(browser.inExtension, 'setSettings', patch);
const turnsOf = async (browser: TrustBrowser, key: string) =>
  ((await readStore(browser.inExtension, 'turns')) as TurnRow[]).filter((t) => t.conversationKey === key).map((t) => t.text);

function relevantSection(text: string): string {
  const block = text.slice(text.indexOf(PREAMBLE_START), text.indexOf(PREAMBLE_END));
  const at = block.indexOf('\nRelevant:\n');
  return at < 0 ? '' : block.slice(at + 1);
}
const blockArrives = (tab: TrustTab, label: string) => waitFor(() => editorText(tab), (t) => t.includes(PREAMBLE_END), 15_000, label);

/**
 * The memory to recall (a ChatGPT chat, imported as the options page imports an export), every site's block allowed to
 * draw on every site's chats (the page is Claude's), and the recall warmed up — checking on the way that the user's
 * typing refreshes the block at all.
 */
export async function rememberAndWarmUp(browser: TrustBrowser): Promise<void> {
  const imported = await sendProtocol(browser.inExtension, 'importConversations', { source: 'import-claude', conversations: PAST });
  expect(imported.turns).toBe(2);
  await settings(browser, { blockScope: 'all' });
  const tab = await newChat(browser);
  await blockArrives(tab, 'the first block');
  await tab.caretToEnd();
  await tab.type(MESSAGE);
  await waitFor(() => editorText(tab), (t) => relevantSection(t).includes('Bubbles'), 30_000, 'a refresh for typing');
  await tab.close();
}

export async function pageScriptGetsNoRecall(browser: TrustBrowser): Promise<void> {
  const tab = await newChat(browser);
  await blockArrives(tab, 'the block');
  // The page's own script types through the editor (untrusted events, which the editor obeys), and fires a key too.
  await tab.run((message) => {
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
  expect(await editorText(tab)).toContain(MESSAGE);
  await sleep(SETTLE_MS);
  expect(relevantSection(await editorText(tab))).toBe('');

  // The user presses keys in the composer: now the block follows the message.
  await tab.caretToEnd();
  await waitFor(() => editorText(tab), (t) => relevantSection(t).includes('Bubbles'), 15_000, 'the refresh after a real key');
  await tab.close();
}

export async function pauseStopsEverything(browser: TrustBrowser): Promise<void> {
  const tab = await newChat(browser);
  await blockArrives(tab, 'the block before pausing');
  await settings(browser, { paused: true });
  let later: TrustTab | undefined;
  let chatKey = '';
  try {
    // Refresh: the user's typing changes nothing in the block.
    await tab.caretToEnd();
    await tab.type(MESSAGE);
    await sleep(SETTLE_MS);
    expect(await editorText(tab)).toContain(MESSAGE);
    expect(relevantSection(await editorText(tab))).toBe('');

    // Capture: the user sends, the page answers, the user writes again; nothing is kept.
    await tab.click('#send');
    const path = await waitFor(() => tab.run(() => location.pathname, null), (p) => p.startsWith('/claude/chat/'), 15_000, 'the sent chat');
    chatKey = `claude:${path.slice('/claude/chat/'.length)}`;
    await tab.run(() => (window as any).__chat.user('Paused: my locker code is 4711.'), null);
    await sleep(SETTLE_MS);
    expect(await turnsOf(browser, chatKey)).toEqual([]);

    // Insertion: a tab opened while paused gets no block, nor does its single-page app's New chat (a fresh composer).
    later = await newChat(browser);
    await sleep(SETTLE_MS);
    expect(await editorText(later)).toBe('');
    await later.click('#new-chat');
    await sleep(SETTLE_MS);
    expect(await editorText(later)).toBe('');
  } finally {
    await settings(browser, { paused: false });
  }
  // Resumed, with no reload. The chat open all along keeps what comes next, and only that: what was shown while
  // paused stays out.
  await tab.run(() => (window as any).__chat.user('After the pause: remember the blue notebook.'), null);
  const kept = await waitFor(() => turnsOf(browser, chatKey), (t) => t.length >= 1, 30_000, 'a turn after resuming');
  expect(kept).toEqual(['After the pause: remember the blue notebook.']);
  // Both tabs' next new chat gets its block.
  await tab.click('#new-chat');
  await blockArrives(tab, 'the block after resuming');
  await later.click('#new-chat');
  await blockArrives(later, 'the block after resuming, in a tab opened while paused');
  await tab.close();
  await later.close();
}
