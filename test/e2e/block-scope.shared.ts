import { expect } from 'vitest';
import { waitFor } from './harness/db';
import type { FixtureServer } from './harness/server';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage, type SiteTurn } from './pages/sites';
import { PREAMBLE_END, PREAMBLE_START } from '../../lib/preamble/delimiters';

/**
 * What a site's block may draw on, played the same way in Chromium (Playwright) and Firefox ESR (Puppeteer): a chat
 * captured on the ChatGPT look-alike and one on the Claude look-alike; at the default settings a new chat on Claude
 * brings in both, with a first line that says it drew on all chats. Once the user chooses "only that site's chats" in
 * the extension's own page, the same new chat gets a block from Claude's chat alone, with a first line that says so,
 * even when the user types words that match the ChatGPT chat.
 */

interface ChatTab {
  /** The editor's own text (its model), as the site would send it. */
  editorText(): Promise<string>;
  /** Real key presses (trusted input) typed at the end of the composer. */
  typeAtEnd(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface ScopeBrowser {
  open(path: string): Promise<ChatTab>;
  /** Rows of one IndexedDB table, read in an extension page. */
  store(name: string): Promise<unknown[]>;
  /** The user chooses, in the extension's own page, that each site's block draws on that site's chats only. */
  chooseThisSiteOnly(): Promise<void>;
}

const CHATS: { site: 'chatgpt' | 'claude'; id: string; title: string; turns: SiteTurn[] }[] = [
  {
    site: 'chatgpt',
    id: 'scope-therapy',
    title: 'Therapy schedule',
    turns: [
      { role: 'user', text: 'I see my therapist on Tuesdays for my fear of flying; how do I prepare for a session?' },
      { role: 'assistant', text: 'Write down the moments in the week when the fear came up, and bring the list.' },
    ],
  },
  {
    site: 'claude',
    id: 'scope-kyoto',
    title: 'Kyoto trip in May',
    turns: [
      { role: 'user', text: 'I am flying to Kyoto in May. Which temples are quiet early in the morning?' },
      { role: 'assistant', text: 'Try Honen-in and the north end of the Philosopher’s Path before eight.' },
    ],
  },
];
/** Matches both chats: Kyoto (Claude's) and the fear of flying and the therapist (ChatGPT's). */
const TYPED = 'Any tips for my fear of flying to Kyoto, as my therapist would say?';
const CHATGPT_WORDS = /therapist|Therapy schedule|Tuesdays|ChatGPT/;

export const FIXTURE_ROOTS = { composers: COMPOSERS_ROOT };

/** Routes the two look-alikes; a conversation's address shows its turns, as the site renders a past chat. */
export function routeScopePages(server: FixtureServer): void {
  for (const site of ['chatgpt', 'claude'] as const) {
    server.route(`/${site}/*`, (url) => {
      const chat = CHATS.find((c) => c.site === site && url.pathname === SITE_PATHS[site].conversation(c.id));
      return sitePage(site, chat ? { title: chat.title, turns: chat.turns } : {});
    });
  }
}

/** The block as it stands in the composer, markers included ('' when none). */
function blockOf(text: string): string {
  const start = text.indexOf(PREAMBLE_START);
  const end = text.indexOf(PREAMBLE_END);
  return start < 0 || end < 0 ? '' : text.slice(start, end + PREAMBLE_END.length);
}
const relevantOf = (block: string) => (block.includes('\nRelevant:\n') ? block.slice(block.indexOf('\nRelevant:\n')) : '');

/** Opens both conversations so the content scripts capture them, and waits until their memories are stored. */
export async function captureBothChats(browser: ScopeBrowser): Promise<void> {
  for (const chat of CHATS) {
    const tab = await browser.open(SITE_PATHS[chat.site].conversation(chat.id));
    const key = `${chat.site}:${chat.id}`;
    await waitFor(
      () => browser.store('memories') as Promise<{ conversationKey?: string }[]>,
      (rows) => rows.filter((m) => m.conversationKey === key).length >= chat.turns.length,
      30_000,
      `the memories of ${key}`,
    );
    await tab.close();
  }
}

/** A new chat on Claude: the block that arrives, then the block refreshed for what the user types. */
async function newClaudeChat(browser: ScopeBrowser, relevant: RegExp): Promise<{ first: string; typed: string }> {
  const tab = await browser.open(SITE_PATHS.claude.newChat);
  const first = blockOf(await waitFor(() => tab.editorText(), (t) => t.includes(PREAMBLE_END), 20_000, 'the block in a new Claude chat'));
  await tab.typeAtEnd(TYPED);
  const text = await waitFor(
    () => tab.editorText(),
    (t) => relevant.test(relevantOf(blockOf(t))) && t.endsWith(TYPED),
    30_000,
    `the block refreshed for the typed message (Relevant: ${relevant})`,
  );
  await tab.close();
  return { first, typed: blockOf(text) };
}

export async function defaultIsEverySite(browser: ScopeBrowser): Promise<void> {
  const { first, typed } = await newClaudeChat(browser, /therapist on Tuesdays/);
  for (const block of [first, typed]) {
    expect(block.split('\n')[0]).toBe(`${PREAMBLE_START} Notes from all my past chats (delete this block if not wanted):`);
    expect(block).toContain('ChatGPT · Therapy schedule');
    expect(block).toContain('Claude · Kyoto trip in May');
  }
  expect(relevantOf(typed)).toMatch(/therapist on Tuesdays/);
}

export async function thisSiteOnlyOnceChosen(browser: ScopeBrowser): Promise<void> {
  await browser.chooseThisSiteOnly();
  // The refresh is known to have happened once Claude's own matching memory is in "Relevant".
  const { first, typed } = await newClaudeChat(browser, /Kyoto/);
  for (const block of [first, typed]) {
    expect(block.split('\n')[0]).toBe(`${PREAMBLE_START} Notes from my past chats on Claude (delete this block if not wanted):`);
    expect(block).toContain('Claude · Kyoto trip in May');
    expect(block).not.toMatch(CHATGPT_WORDS);
  }
}
