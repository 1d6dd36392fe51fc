import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage } from './pages/sites';
import { SITE_IDS } from '../../lib/sites';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { PREAMBLE_FIRST_LINE } from '../../lib/preamble/format';
import { PREAMBLE_END } from '../../lib/preamble/delimiters';

interface TurnRowLike {
  conversationKey: string;
  ordinal: number;
  role: string;
  text: string;
}

/** LiveCapture's quiet time (600 ms) plus the trip to IndexedDB, with room to spare: for "nothing arrived" checks. */
const SETTLE_MS = 2_500;

describe('Chromium: live capture on site look-alikes', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let popup: Page;

  const evaluateIn = (page: Page) => <A, R>(fn: (arg: A) => Promise<R>, arg: A) => page.evaluate(fn as any, arg) as Promise<R>;

  async function allTurns(): Promise<TurnRowLike[]> {
    const sw = await browser.serviceWorker();
    return (await readStore((fn, arg) => sw.evaluate(fn, arg), 'turns')) as TurnRowLike[];
  }
  async function turnsOf(key: string): Promise<TurnRowLike[]> {
    return (await allTurns()).filter((t) => t.conversationKey === key).sort((a, b) => a.ordinal - b.ordinal);
  }
  function waitTurns(key: string, ok: (rows: TurnRowLike[]) => boolean, label: string) {
    return waitFor(() => turnsOf(key), ok, 30_000, label);
  }
  const pairs = (rows: TurnRowLike[]) => rows.map((t) => [t.role, t.text]);

  async function openSite(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
    return page;
  }
  const settings = (patch: Partial<Settings>) => sendProtocol(evaluateIn(popup), 'setSettings', patch);

  beforeAll(async () => {
    server = await startFixtureServer({ composers: COMPOSERS_ROOT });
    for (const site of SITE_IDS) server.route(`/${site}/*`, sitePage(site));
    browser = await launchChromium();
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('claude: turns appended over time, a streamed answer, an edit, a regeneration and SPA navigation, each turn once', async () => {
    const page = await openSite(SITE_PATHS.claude.conversation('cap-claude-1'));
    await page.evaluate(() => (window as any).__chat.user('How do I keep sourdough starter alive while travelling?'));
    await page.evaluate(() => (window as any).__chat.stream('Feed it, refrigerate it, and it will sleep for two weeks.', 5, 120));
    const first = await waitTurns('claude:cap-claude-1', (r) => r.length >= 2, 'the first exchange');
    expect(pairs(first)).toEqual([
      ['user', 'How do I keep sourdough starter alive while travelling?'],
      ['assistant', 'Feed it, refrigerate it, and it will sleep for two weeks.'],
    ]);

    await page.evaluate(() => (window as any).__chat.user('And for a month?'));
    await page.evaluate(() => (window as any).__chat.stream('Dry some of it on parchment paper as a backup.', 4, 100));
    await waitTurns('claude:cap-claude-1', (r) => r.length >= 4, 'the second exchange');

    // The user edits the second prompt, then regenerates the last answer: same ordinals, new texts, no new rows.
    await page.evaluate(() => (window as any).__chat.editUser(1, 'And for two months?'));
    await waitTurns('claude:cap-claude-1', (r) => r[2]?.text === 'And for two months?', 'the edited prompt');
    await page.evaluate(() => (window as any).__chat.regenerate('For two months, dry it and store the flakes in a jar.'));
    const edited = await waitTurns('claude:cap-claude-1', (r) => r[3]?.text.startsWith('For two months') ?? false, 'the regenerated answer');
    expect(pairs(edited)).toEqual([
      ['user', 'How do I keep sourdough starter alive while travelling?'],
      ['assistant', 'Feed it, refrigerate it, and it will sleep for two weeks.'],
      ['user', 'And for two months?'],
      ['assistant', 'For two months, dry it and store the flakes in a jar.'],
    ]);
    // While the regenerated answer streamed, no partial text was stored under any ordinal.
    expect(edited.map((t) => t.ordinal)).toEqual([0, 1, 2, 3]);

    // SPA navigation to another conversation (already in progress), and back: each conversation keeps its own turns.
    await page.evaluate(
      (path) =>
        (window as any).__chat.navigate(path, [
          { role: 'user', text: 'Name three Portuguese grapes.' },
          { role: 'assistant', text: 'Touriga Nacional, Baga and Arinto.' },
        ]),
      SITE_PATHS.claude.conversation('cap-claude-2'),
    );
    const second = await waitTurns('claude:cap-claude-2', (r) => r.length >= 2, 'the navigated conversation');
    expect(pairs(second)).toEqual([
      ['user', 'Name three Portuguese grapes.'],
      ['assistant', 'Touriga Nacional, Baga and Arinto.'],
    ]);
    await page.reload();
    await page.waitForFunction(() => (window as any).__chat);
    await page.evaluate(() => {
      (window as any).__chat.user('Name three Portuguese grapes.');
      (window as any).__chat.assistant('Touriga Nacional, Baga and Arinto.');
    });
    await page.waitForTimeout(SETTLE_MS);
    expect(await turnsOf('claude:cap-claude-2')).toHaveLength(2);
    expect(await turnsOf('claude:cap-claude-1')).toHaveLength(4);
    await page.close();
  });

  it('chatgpt (2026 layout): captures a streamed exchange; never a temporary chat', async () => {
    const temp = await openSite('/chatgpt/?temporary-chat=true');
    await temp.evaluate(() => {
      history.replaceState({}, '', '/chatgpt/c/tempchat-1?temporary-chat=true');
      (window as any).__chat.user('Temporary: my bank PIN hint is the cat.');
      (window as any).__chat.assistant('Understood, this chat will not be saved.');
    });

    const page = await openSite(SITE_PATHS.chatgpt.conversation('cap-gpt-1'));
    await page.evaluate(() => (window as any).__chat.user('Which rope knot is best for a tarp ridgeline?'));
    await page.evaluate(() => (window as any).__chat.stream('A trucker’s hitch tensions it; finish with two half hitches.', 6, 120));
    const rows = await waitTurns('chatgpt:cap-gpt-1', (r) => r.length >= 2, 'the chatgpt exchange');
    expect(pairs(rows)).toEqual([
      ['user', 'Which rope knot is best for a tarp ridgeline?'],
      ['assistant', 'A trucker’s hitch tensions it; finish with two half hitches.'],
    ]);
    // The temporary chat was open the whole time, long enough to have been read twice over.
    await temp.evaluate(() => (window as any).__chat.user('Another temporary message.'));
    await temp.waitForTimeout(SETTLE_MS);
    const everything = await allTurns();
    expect(everything.filter((t) => t.conversationKey.includes('tempchat'))).toEqual([]);
    expect(everything.some((t) => /bank PIN|temporary/i.test(t.text))).toBe(false);
    await temp.close();
    await page.close();
  });

  it('honours the global pause and the per-site switch, and resumes after', async () => {
    // Global pause: nothing from any site.
    expect((await settings({ paused: true })).paused).toBe(true);
    const claude = await openSite(SITE_PATHS.claude.conversation('cap-paused'));
    await claude.evaluate(() => {
      (window as any).__chat.user('Paused: this must not be kept.');
      (window as any).__chat.assistant('Paused answer.');
    });
    await claude.waitForTimeout(SETTLE_MS);
    expect(await turnsOf('claude:cap-paused')).toEqual([]);

    // Resume: what comes next is captured; what was shown while paused stays out.
    await settings({ paused: false });
    await claude.evaluate(() => (window as any).__chat.user('After the pause: remember the blue notebook.'));
    const resumed = await waitTurns('claude:cap-paused', (r) => r.length >= 1, 'a turn after resuming');
    expect(resumed.map((t) => t.text)).toEqual(['After the pause: remember the blue notebook.']);

    // Per-site switch: Claude off, ChatGPT on. ChatGPT's capture is the sentinel that the pipeline ran.
    await settings({ sites: { ...DEFAULT_SETTINGS.sites, claude: false } });
    await claude.evaluate((path) => (window as any).__chat.navigate(path, []), SITE_PATHS.claude.conversation('cap-site-off'));
    await claude.evaluate(() => (window as any).__chat.user('Claude is switched off: not kept.'));
    const gpt = await openSite(SITE_PATHS.chatgpt.conversation('cap-site-on'));
    await gpt.evaluate(() => (window as any).__chat.user('ChatGPT is on: kept.'));
    await waitTurns('chatgpt:cap-site-on', (r) => r.length === 1, 'the enabled site');
    await claude.waitForTimeout(SETTLE_MS);
    expect(await turnsOf('claude:cap-site-off')).toEqual([]);

    await settings({ sites: { ...DEFAULT_SETTINGS.sites } });
    await claude.evaluate(() => (window as any).__chat.user('Claude is back on: kept.'));
    const back = await waitTurns('claude:cap-site-off', (r) => r.length >= 1, 'claude after switching it back on');
    expect(back.map((t) => t.text)).toEqual(['Claude is back on: kept.']);
    await claude.close();
    await gpt.close();
  });

  it('deepseek (textarea): a sent prompt is stored with secrets redacted and the Reverie block stripped', async () => {
    // This test types its own Reverie block; the warm start must not add a real one into the same composer.
    await settings({ insertionOffSites: ['deepseek'] });
    const page = await openSite(SITE_PATHS.deepseek.newChat);
    (await page.evaluate(() => (window as any).__chat.reply = () => 'I will not repeat secrets.'));
    const key = 'sk-proj-' + 'Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d';
    const message = [
      `${PREAMBLE_FIRST_LINE}`,
      'Relevant:',
      '- 2026-10-01 · my staging server is called heron',
      PREAMBLE_END,
      '',
      `Why does the deploy fail with my key ${key}?`,
      'password: hunter2!',
    ].join('\n');
    await page.locator('textarea#chat-input').fill(message);
    expect(await page.evaluate(() => (window as any).__editor.getText())).toBe(message);
    await page.locator('#send').click();
    await page.waitForURL(/\/deepseek\/a\/chat\/s\//);
    const id = new URL(page.url()).pathname.split('/').pop();
    const rows = await waitTurns(`deepseek:${id}`, (r) => r.length >= 2, 'the sent deepseek prompt and its answer');
    const user = rows[0]!;
    expect(user.role).toBe('user');
    expect(user.text).toContain('[redacted api key]');
    expect(user.text).toContain('[redacted password]');
    expect(user.text).not.toContain('sk-proj-');
    expect(user.text).not.toContain('hunter2');
    expect(user.text).not.toContain('⟦');
    expect(user.text).not.toContain('heron');
    expect(user.text.startsWith('Why does the deploy fail with my key [redacted api key]?')).toBe(true);
    expect(rows[1]).toMatchObject({ role: 'assistant', text: 'I will not repeat secrets.' });
    await page.close();
  });
});
