import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MemoryRow, TurnRow } from '../../lib/db/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { SiteId } from '../../lib/sites';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { nameTestModelHost, readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage, type SiteTurn } from './pages/sites';

/**
 * The README's screenshots (docs/screenshots/*.png), made from a real session of the test build in Chromium: the
 * first-run page downloads the real default search model (all-MiniLM-L6-v2's weights from .cache/models, served the
 * way Hugging Face serves them), chats are captured from three site look-alikes, and two rule-based dreams run. Each
 * picture is taken only after its page is checked to read as intended: the search model ready, no model notice or
 * error, no broken text. They are written to test-results/screenshots/readme/, and with REVERIE_UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`) to docs/screenshots/ too.
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = join(REPO, 'test-results', 'screenshots', 'readme');
const DOCS = join(REPO, 'docs', 'screenshots');
const UPDATE_DOCS = process.env.REVERIE_UPDATE_SCREENSHOTS === '1';
const MODEL = DEFAULT_SETTINGS.embedModel; // Xenova/all-MiniLM-L6-v2
/** all-MiniLM-L6-v2's real weights (scripts/real-models.py); the test build loads fp32 (`onnx/model.onnx`). */
const REAL_MODEL = join(REPO, '.cache', 'models', 'minilm-fp32');
/** A hub-shaped folder (`<id>/…`) pointing at them, for the local model server. */
const HUB = join(REPO, '.cache', 'screenshot-hub');

interface Chat {
  site: SiteId;
  id: string;
  turns: SiteTurn[];
}
const EARLIER: Chat[] = [
  {
    site: 'chatgpt',
    id: 'porto-walk',
    turns: [
      { role: 'user', text: 'I live in Porto. Which riverside walk should I take this weekend?' },
      { role: 'assistant', text: 'Walk the Ribeira quay along the Douro, then cross the Dom Luís I bridge to Gaia for the view back.' },
      { role: 'user', text: 'I prefer concise answers with code examples.' },
      { role: 'assistant', text: 'Understood: short answers, with code where it helps.' },
    ],
  },
  {
    site: 'claude',
    id: 'sourdough',
    turns: [
      { role: 'user', text: 'My sourdough starter is called Bubbles and lives in the fridge. How often should I feed it?' },
      { role: 'assistant', text: 'Once a week: equal weights of flour and water. Take it out the day before you bake.' },
    ],
  },
  {
    site: 'gemini',
    id: 'rust-borrow',
    turns: [
      { role: 'user', text: 'Why does the Rust borrow checker reject my loop that inserts into a HashMap?' },
      { role: 'assistant', text: 'The loop holds an immutable borrow while you insert. Collect the keys first, then insert.' },
    ],
  },
];
const LATER: Chat = {
  site: 'claude',
  id: 'lisbon-move',
  turns: [
    { role: 'user', text: 'I moved to Lisbon last month. Where can I buy a transit card?' },
    { role: 'assistant', text: 'Get a Navegante card from any metro station ticket machine in Lisbon.' },
  ],
};
const ALL = [...EARLIER, LATER];

/** Words that mean a page shows something broken rather than something meant. */
const BROKEN = /undefined|NaN|\[object |\bnull\b|\ba (?=[aeio]\w)/;
/** Words of a model or load problem: the README's pictures show a healthy Reverie. */
const PROBLEM = /error|failed|can't|could not|offline|not downloaded/i;

describe('README screenshots: a healthy Reverie, checked before each picture', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let welcome: Page;
  let popup: Page;
  const base = () => `chrome-extension://${browser.extensionId}`;
  const store = <T>(name: string) => readStore((fn, arg) => welcome.evaluate(fn, arg), name) as Promise<T[]>;
  const inWelcome = <A, R>(fn: (arg: A) => Promise<R>, arg: A) => welcome.evaluate(fn as never, arg) as Promise<R>;

  async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({ path, ...opts });
    if (UPDATE_DOCS) await copyFile(path, join(DOCS, `${name}.png`));
  }

  /** The page's visible text, checked: no broken values, no typo of the "a even" kind. */
  async function readsWell(page: Page, selector = 'body'): Promise<string> {
    const text = await page.locator(selector).first().innerText();
    expect(text).not.toMatch(BROKEN);
    return text;
  }

  async function capture(chat: Chat): Promise<void> {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${SITE_PATHS[chat.site].conversation(chat.id)}`);
    const key = `${chat.site}:${chat.id}`;
    await waitFor(() => store<TurnRow>('turns'), (rows) => rows.filter((t) => t.conversationKey === key).length === chat.turns.length, 30_000, `turns of ${key}`);
    await waitFor(() => store<MemoryRow>('memories'), (rows) => rows.some((m) => m.conversationKey === key), 30_000, `memories of ${key}`);
    await page.close();
  }

  beforeAll(async () => {
    if (!existsSync(join(REAL_MODEL, 'onnx', 'model.onnx'))) execFileSync('/usr/bin/python3', [join(REPO, 'scripts', 'real-models.py')], { stdio: 'inherit' });
    if (!existsSync(join(REAL_MODEL, 'onnx', 'model.onnx'))) throw new Error(`No all-MiniLM-L6-v2 weights in ${REAL_MODEL}: run npm run models:real`);
    if (!existsSync(join(HUB, MODEL))) {
      await mkdir(dirname(join(HUB, MODEL)), { recursive: true });
      await symlink(REAL_MODEL, join(HUB, MODEL));
    }
    await mkdir(SHOTS, { recursive: true });
    server = await startFixtureServer({ composers: COMPOSERS_ROOT, models: HUB });
    for (const site of new Set(ALL.map((c) => c.site))) {
      const prefix = SITE_PATHS[site].newChat.split('/')[1];
      server.route(`/${prefix}/*`, (url) => sitePage(site, { turns: ALL.find((c) => c.site === site && url.pathname.endsWith(`/${c.id}`))?.turns ?? [] }));
    }
    browser = await launchChromium();
    const url = `${base()}/welcome.html`;
    welcome = (await waitFor(async () => browser.context.pages().find((p) => p.url() === url), Boolean, 30_000, 'the first-run page'))!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the first-run page downloads the default search model once agreed to; no dream model', async () => {
    await welcome.getByText('Nothing has been downloaded yet.').waitFor({ timeout: 15_000 });
    // The test build fetches models only from a server a test names: here, the real weights, as Hugging Face has them.
    await nameTestModelHost(inWelcome, `${server.origin}/models/`);
    await welcome.getByRole('checkbox', { name: /Also download the dream model/ }).uncheck();
    await welcome.getByRole('button', { name: 'Download the search model (23 MB)' }).click();
    await welcome.getByText('The search model is ready: search now finds memories by meaning too.').waitFor({ timeout: 120_000 });
    const model = (await sendProtocol(inWelcome, 'getStatus', {})).models.find((m) => m.kind === 'embedding');
    expect(model).toMatchObject({ id: MODEL, state: 'ready' });
  });

  it('chats captured on three sites, a dream, one more chat, a second dream', async () => {
    for (const chat of EARLIER) await capture(chat);
    expect((await sendProtocol(inWelcome, 'dreamNow', undefined)).status).toBe('done');
    await capture(LATER);
    expect((await sendProtocol(inWelcome, 'dreamNow', undefined)).status).toBe('done');
    const facts = (await store<MemoryRow>('memories')).filter((m) => m.kind === 'fact');
    expect(facts.find((m) => m.text === 'User lives in Lisbon.')?.status).toBe('active');
  });

  it('popup-memories: the status reads healthy, the recent memories show', async () => {
    popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`${base()}/popup.html`);
    const status = popup.locator('.status-lines');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/Search model ready/);
    await expect.poll(() => status.innerText()).toMatch(/Last dream .*: .*(updated|learned)/);
    expect(await popup.locator('.model-notice, [role="alert"], .error-text').count()).toBe(0);
    expect(await status.innerText()).not.toMatch(PROBLEM);
    await popup.getByRole('list', { name: 'Recent memories' }).waitFor();
    await readsWell(popup);
    await shot(popup, 'popup-memories');
  });

  it('popup-search: a search by meaning and words finds the walk', async () => {
    await popup.locator('#memory-search').fill('a walk by the river');
    const results = popup.getByRole('list', { name: 'Search results' });
    await results.waitFor({ timeout: 15_000 });
    await expect.poll(() => results.innerText(), { timeout: 15_000 }).toContain('Walk the Ribeira quay along the Douro');
    await readsWell(popup);
    await shot(popup, 'popup-search');
    await popup.locator('#memory-search').fill('');
  });

  it('popup-diary: what the dreams changed, with approve and undo', async () => {
    await popup.getByRole('tab', { name: 'Dream diary' }).click();
    const diary = popup.locator('.diary');
    await expect.poll(() => diary.innerText(), { timeout: 15_000 }).toContain('User lives in Lisbon.');
    const text = await readsWell(popup, '.diary');
    expect(text).toContain('Replaced an outdated memory');
    expect(text).toContain('Learned');
    expect(text).not.toMatch(PROBLEM);
    await shot(popup, 'popup-diary');
  });

  it('popup-overview: the daily chart and topics', async () => {
    await popup.getByRole('tab', { name: 'Overview' }).click();
    await popup.locator('svg.daily-chart').waitFor({ timeout: 15_000 });
    await expect.poll(() => popup.locator('.overview').innerText()).toMatch(/what your memory is about/i);
    await readsWell(popup, '.overview');
    await shot(popup, 'popup-overview');
  });

  it('popup-dark: the popup in a dark theme', async () => {
    await popup.getByRole('tab', { name: 'Memories' }).click();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.getByRole('list', { name: 'Recent memories' }).waitFor();
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 28)');
    await shot(popup, 'popup-dark');
  });

  it('options: the settings page, the search model ready', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 800, height: 1000 });
    await options.goto(`${base()}/options.html`);
    await expect.poll(() => options.locator('body').innerText(), { timeout: 15_000 }).toMatch(/Models/);
    await expect.poll(() => options.locator('section[aria-labelledby="models-title"]').innerText()).toMatch(/MiniLM — English[^\n]*\n[^\n]*\n?Downloaded/);
    await expect.poll(() => options.locator('.model-notice, [role="alert"], .error-text').count()).toBe(0);
    await readsWell(options);
    await shot(options, 'options');
  });
});
