import { expect } from 'vitest';
import { waitFor } from './harness/db';
import type { FixtureServer } from './harness/server';
import { COMPOSERS_ROOT, REAL_EDITORS_MOUNT, SITE_PATHS, sitePage } from './pages/sites';
import type { CaptureMessage } from '../../lib/messaging/protocol';
import { PREAMBLE_END, PREAMBLE_START } from '../../lib/preamble/delimiters';
import type { SiteId } from '../../lib/sites';

/**
 * The caret cannot land in Reverie's block, and what the user types is never taken out with it: played the same way in
 * Chromium (Playwright) and Firefox ESR (Puppeteer), on one look-alike site per composer kind, each running the real
 * editor library the site runs (ProseMirror, tiptap, Quill, Lexical; the browser's own textarea behind a React-like
 * controlled value). Real clicks and key presses; the stored turns are read from the extension's database.
 */

/** One site per composer kind. */
export const COMPOSER_SITES: { site: SiteId; kind: string }[] = [
  { site: 'claude', kind: 'ProseMirror' },
  { site: 'grok', kind: 'tiptap' },
  { site: 'gemini', kind: 'Quill' },
  { site: 'perplexity', kind: 'Lexical' },
  { site: 'deepseek', kind: 'textarea' },
];

/** Past chats to remember, so every new chat gets a block (imported the way the options page imports an export). */
const DAY = 86_400_000;
export const PAST: CaptureMessage[] = [
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
    site: 'claude',
    conversationId: 'past-sourdough',
    url: 'https://claude.ai/chat/past-sourdough',
    title: 'Looking after a sourdough starter',
    createdAt: Date.now() - 3 * DAY,
    turns: [
      { role: 'user', ordinal: 0, text: 'My sourdough starter is called Bubbles and I keep it in the fridge.' },
      { role: 'assistant', ordinal: 1, text: 'Feed Bubbles weekly with equal weights of rye flour and water.' },
    ],
  },
];

/** What a scenario needs of a browser tab; each test file adapts its driver's page to it. */
export interface ComposerTab {
  /** Runs `fn(arg)` in the page and returns its (serialisable) result. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real mouse click (trusted input) at page coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Real key presses (trusted input) into the focused element. */
  type(text: string): Promise<void>;
  /** One key (`End`, `Backspace`, `ArrowUp`…), with Shift or Ctrl held when asked. */
  press(key: string, modifier?: 'Shift' | 'Control'): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface TurnRow {
  conversationKey: string;
  ordinal: number;
  role: string;
  text: string;
}

export interface ComposerBrowser {
  open(path: string): Promise<ComposerTab>;
  turns(): Promise<TurnRow[]>;
}

/** Serve the look-alikes with their real editors; `realEditors` is the folder buildRealEditors() made. */
export function routeComposerPages(server: FixtureServer): void {
  for (const { site } of COMPOSER_SITES) server.route(`/${site}/*`, sitePage(site, { composer: 'real' }));
}
export const fixtureRoots = (realEditors: string) => ({ composers: COMPOSERS_ROOT, [REAL_EDITORS_MOUNT]: realEditors });

const editorText = (tab: ComposerTab) => tab.run(() => (window as any).__editor.getText() as string, null);

/**
 * The editor's text as block and user's text: the block runs from the top through the first end marker (it is
 * refreshed as the user types, so it is read each time), and must be there whole, once.
 */
function split(text: string, endMarkerAlone = true): { block: string; rest: string } {
  const end = text.indexOf(PREAMBLE_END) + PREAMBLE_END.length;
  const block = text.slice(0, end);
  expect(block.startsWith(PREAMBLE_START)).toBe(true);
  expect(block.split('\n').at(-1)).toBe(PREAMBLE_END); // nothing typed into the block's last line
  if (endMarkerAlone) expect(['\n', undefined]).toContain(text[end]); // nor after it on its line
  expect(text.split(PREAMBLE_START)).toHaveLength(2);
  expect(block).toContain('Lisbon trip in March');
  return { block, rest: text.slice(end) };
}

const userText = async (tab: ComposerTab, endMarkerAlone = true) => split(await editorText(tab), endMarkerAlone).rest.trim();
const userTextOr = (tab: ComposerTab) => async () => {
  const text = await editorText(tab);
  return text.includes(PREAMBLE_END) ? text.slice(text.indexOf(PREAMBLE_END) + PREAMBLE_END.length).trim() : text;
};

/** The block as it stands in the editor's own model, once it has arrived. */
async function blockArrives(tab: ComposerTab, label: string): Promise<string> {
  const text = await waitFor(() => editorText(tab), (t) => t.includes(PREAMBLE_END), 20_000, `${label}: the block in the editor`);
  return split(text).block;
}

/**
 * Where a click lands on the text `needle` inside the composer, `at` characters in, as the composer stands now: a
 * contenteditable measures a range on it; a textarea has no ranges inside, so a hidden copy of it with the same box,
 * font and wrapping measures the character (wrapped lines included), and the textarea is scrolled to show that line
 * first, as a user scrolls to what they click on.
 */
function pointOn(tab: ComposerTab, needle: string, at: number): Promise<{ x: number; y: number }> {
  return tab.run(
    ({ needle, at }) => {
      const el = (window as any).__editor.el as HTMLElement;
      if (el instanceof HTMLTextAreaElement) {
        const found = el.value.indexOf(needle);
        if (found < 0) throw new Error(`"${needle}" is not in the composer`);
        const style = getComputedStyle(el);
        const copy = document.createElement('div');
        for (const p of ['paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'wordSpacing', 'tabSize'] as const) {
          copy.style[p] = style[p];
        }
        Object.assign(copy.style, {
          position: 'absolute', left: '-10000px', top: '0', visibility: 'hidden', boxSizing: 'border-box', border: '0',
          width: `${el.clientWidth}px`, whiteSpace: 'pre-wrap', overflowWrap: 'break-word',
        });
        const i = found + at;
        copy.textContent = el.value.slice(0, i);
        const mark = copy.appendChild(document.createElement('span'));
        mark.textContent = el.value.slice(i, i + 1) || '.';
        document.body.append(copy);
        const { offsetTop: top, offsetLeft: left, offsetHeight: height } = mark;
        copy.remove();
        if (top < el.scrollTop || top + height > el.scrollTop + el.clientHeight) el.scrollTop = top - el.clientHeight / 2;
        const box = el.getBoundingClientRect();
        return { x: box.left + el.clientLeft + left - el.scrollLeft + 1, y: box.top + el.clientTop + top - el.scrollTop + height / 2 };
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + at);
        r.setEnd(n, i + at + 1);
        const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
        return { x: rect.left + 1, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${needle}" is not in the composer`);
    },
    { needle, at },
  );
}

/**
 * Clicks on `needle`, `at` characters in (`dx` pixels beside it). The block is refreshed as the user types, and its
 * lines move: when the composer changed between measuring and clicking, the click may have landed elsewhere, so it
 * is measured and made again, as a user would click again on the line they meant.
 */
async function clickOn(tab: ComposerTab, needle: string, at: number, dx = 0): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    const before = await editorText(tab);
    const point = await pointOn(tab, needle, at);
    await tab.clickAt(point.x + dx, point.y);
    if ((await editorText(tab)) === before) return;
  }
  throw new Error(`the composer kept changing under a click on "${needle}"`);
}

/** Where the caret is: whether the selection is collapsed, the block is before it, and what the composer holds after it. */
function caretSplit(tab: ComposerTab): Promise<{ collapsed: boolean; blockBefore: boolean; after: string }> {
  return tab.run((end) => {
    const el = (window as any).__editor.el as HTMLElement;
    if (el instanceof HTMLTextAreaElement) {
      const at = el.selectionStart;
      return { collapsed: at === el.selectionEnd, blockBefore: el.value.slice(0, at).includes(end), after: el.value.slice(at).trim() };
    }
    const sel = document.getSelection()!;
    const before = document.createRange();
    before.selectNodeContents(el);
    const after = before.cloneRange();
    before.setEnd(sel.focusNode!, sel.focusOffset);
    after.setStart(sel.focusNode!, sel.focusOffset);
    return { collapsed: sel.isCollapsed, blockBefore: before.toString().includes(end), after: after.toString().trim() };
  }, PREAMBLE_END);
}

/** Whether the selection is the block, from its first character through its end marker (and no more than a line break). */
function blockSelected(tab: ComposerTab): Promise<boolean> {
  return tab.run(() => {
    const el = (window as any).__editor.el as HTMLElement;
    const selected =
      el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : document.getSelection()!.toString();
    const text = selected.replace(/\s+$/, '');
    return text.startsWith('⟦reverie⟧') && text.endsWith('⟦/reverie⟧');
  }, null);
}

async function send(tab: ComposerTab, answer: string): Promise<string> {
  await tab.run((a) => ((window as any).__chat.reply = () => a), answer);
  const newChat = new URL(tab.url()).pathname;
  const sent = await tab.run(() => (window as any).__editor.getText() as string, null);
  const button = await tab.run(() => {
    const r = document.getElementById('send')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, null);
  await tab.clickAt(button.x, button.y);
  await waitFor(async () => new URL(tab.url()).pathname, (p) => p !== newChat, 10_000, 'the conversation address');
  return sent;
}

async function storedTurns(browser: ComposerBrowser, site: SiteId, tab: ComposerTab): Promise<TurnRow[]> {
  const key = `${site}:${new URL(tab.url()).pathname.split('/').pop()}`;
  return waitFor(
    async () => (await browser.turns()).filter((t) => t.conversationKey === key).sort((a, b) => a.ordinal - b.ordinal),
    (rows) => rows.length >= 2,
    30_000,
    `${site}: the sent turn stored`,
  );
}

/**
 * A new chat; the block arrives. The user clicks in the middle of the block and types, clicks at its very start and
 * types, then selects from inside the block across its end into their text and types over the selection, with a
 * literal `⟦/reverie⟧` in it. Every keystroke lands below the block, which stays whole; what is sent is the block and
 * the user's words; what is stored is the user's words, `⟦/reverie⟧` included, and nothing of the block.
 */
export async function caretStaysOutOfTheBlock(browser: ComposerBrowser, site: SiteId): Promise<void> {
  const tab = await browser.open(SITE_PATHS[site].newChat);
  await tab.run(() => {
    const seen: string[] = [];
    window.addEventListener('error', (e) => seen.push(String(e.message)));
    (window as any).__errors = seen;
  }, null);
  await blockArrives(tab, site);

  // In the middle of the block: on the "Lisbon trip" line.
  await clickOn(tab, 'Lisbon trip in March', 6);
  await tab.type('rent in Alfama');
  expect(await userText(tab)).toBe('rent in Alfama');

  // At its very start: before the start marker.
  await clickOn(tab, PREAMBLE_START, 0, -1);
  await tab.type('Question: ');
  expect(await userText(tab)).toBe('Question: rent in Alfama');

  // From the end of the user's text up into the block (across its end), typed over.
  await tab.press('End');
  for (let i = 0; i < 3; i++) await tab.press('ArrowUp', 'Shift');
  const message = `Is a 3-month deposit normal? Also: ${PREAMBLE_END} is how the notes end.`;
  await tab.type(message);
  // Below the block. (Firefox, typing over a selection that starts right after a line break, takes that break too:
  // where ProseMirror holds the block as hard breaks — Firefox inserts them so — the message can join the end
  // marker's line. It is still outside the block, and stripping takes only the marker from that line.)
  expect(await userText(tab, false)).toBe(message);

  // Sent: the site gets the block and the message; stored: the message, the typed end marker in it, no block.
  const sent = await send(tab, 'Two months is usual in Lisbon.');
  expect(split(sent, false).rest.trim()).toBe(message);
  const rows = await storedTurns(browser, site, tab);
  expect(rows.map((r) => [r.role, r.text])).toEqual([
    ['user', message],
    ['assistant', 'Two months is usual in Lisbon.'],
  ]);
  expect(await tab.run(() => (window as any).__errors as string[], null)).toEqual([]);
  await tab.close();
}

/**
 * Backspace at the start of the user's text selects the block whole (it is never joined onto); the next Backspace
 * deletes it whole, and the user's text stays. Then, in a new chat, a block line is edited past the guard (a page
 * script writing into it, as a spelling correction would): the stored turn keeps that line and the message, and
 * nothing else of the block.
 */
export async function blockGoesWholeAndEditsSurvive(browser: ComposerBrowser, site: SiteId): Promise<void> {
  const tab = await browser.open(SITE_PATHS[site].newChat);
  await blockArrives(tab, site);
  await clickOn(tab, PREAMBLE_END, 2); // into the block: the caret goes below it
  await tab.type('hi');
  await waitFor(userTextOr(tab), (t) => t === 'hi', 5_000, `${site}: typed below the block`);
  // Into the block again, where it stands now (a refresh for 'hi' may have changed its lines, and the composer may
  // have scrolled to show the caret below it): the caret goes to the start of the user's text.
  await clickOn(tab, PREAMBLE_END, 2);
  expect(await caretSplit(tab), `${site}: the caret after a click into the block`).toEqual({ collapsed: true, blockBefore: true, after: 'hi' });
  // Backspace there takes the blank line Reverie put between block and message, if the text still has it; at the
  // user's first position it selects the block, whole, and deletes nothing.
  for (let i = 0; i < 2 && !(await blockSelected(tab)); i++) await tab.press('Backspace');
  expect(await blockSelected(tab)).toBe(true);
  expect(await userText(tab)).toBe('hi');
  await tab.press('Backspace'); // deletes it
  const left = await waitFor(() => editorText(tab), (t) => !t.includes(PREAMBLE_END), 5_000, `${site}: the block deleted`);
  expect(left.trim()).toBe('hi');
  expect(left).not.toContain(PREAMBLE_START);

  // A new chat: the block again; a script edits one of its lines where the user cannot.
  await tab.run(() => (window as any).__chat.newChat(), null);
  const second = await blockArrives(tab, `${site} (new chat)`);
  const line = second.split('\n').find((l) => l.includes('Lisbon trip in March'))!;
  await tab.run((needle) => {
    const el = (window as any).__editor.el as HTMLElement;
    if (el instanceof HTMLTextAreaElement) {
      const at = el.value.indexOf(needle) + needle.length;
      el.setSelectionRange(at, at);
      document.execCommand('insertText', false, ' (with Ana)');
      return;
    }
    // As a spelling correction lands: an input event at that place (editors that take their input from events, like
    // Lexical), else the change made in the editor's DOM (editors that read DOM changes back, like ProseMirror, Quill).
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(needle);
      if (i < 0) continue;
      const before = (window as any).__editor.getText() as string;
      document.getSelection()!.setBaseAndExtent(n, i + needle.length, n, i + needle.length);
      const event = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: ' (with Ana)' });
      el.dispatchEvent(event);
      if (!event.defaultPrevented && (window as any).__editor.getText() === before) {
        n.insertData(i + needle.length, ' (with Ana)');
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
      }
      return;
    }
  }, line);
  const edited = `${line} (with Ana)`;
  await waitFor(() => editorText(tab), (t) => t.includes(edited), 5_000, `${site}: the edited line`);
  const textEnd = await tab.run(() => {
    const el = (window as any).__editor.el as HTMLElement;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.bottom - 4 };
  }, null);
  await tab.clickAt(textEnd.x, textEnd.y);
  await tab.press('End', 'Control');
  await tab.type('Which neighbourhood is quiet?');
  await send(tab, 'Campo de Ourique.');
  const rows = await storedTurns(browser, site, tab);
  const stored = rows[0]!.text.split('\n').filter((l) => l.trim() !== '');
  expect(stored).toEqual([edited, 'Which neighbourhood is quiet?']);
  await tab.close();
}
