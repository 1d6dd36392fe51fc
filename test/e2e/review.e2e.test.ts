import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReverieDb, type DiaryRow, type DreamRunRow, type MemoryRow, type TombstoneRow, type TurnRow } from '../../lib/db/schema';
import type { ReverieCalls } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { claudeLikePage } from './pages/claude-like';

/**
 * The "Review" flows in the real popup (chrome-extension://…/popup.html at 400×600) and options page, on data seeded
 * through real paths: chats captured from claude.ai look-alike pages, two rule-based dreams ('dreamNow'), and a
 * ChatGPT export imported through the options page's file input. Screenshots land in test-results/screenshots/.
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = join(REPO, 'test-results', 'screenshots');
const CHATGPT_EXPORTS = join(REPO, '..', 'shared', 'fixtures', 'chatgpt', 'exports', 'aucontraire+echomine', 'golden_master');

const HOSTILE = 'Render test: <img src=x onerror="window.__pwned=1"> then <script>window.__pwned=1</script> and <a href="javascript:alert(1)">click me</a> javascript:alert(1)';

/** Every table of the current schema (declared once, in lib/db/schema.ts; a Dexie instance names them without opening). */
const TABLES = new ReverieDb('table-names').tables.map((t) => t.name);
/**
 * Meta rows the engine host rewrites on its own: 'lexical:v1' is the persisted lexical search index, a cache derived
 * from the memories table (re-saved with a new updatedAt whenever the engine reopens, e.g. after a wipe or a restore).
 */
const VOLATILE_META = /^lexical:/;

type Turn = { role: 'user' | 'assistant'; text: string };
const CONVERSATIONS: Record<string, Turn[]> = {
  'rv-porto': [
    { role: 'user', text: 'I live in Porto. Which riverside walk should I take this weekend?' },
    { role: 'assistant', text: 'Walk the Ribeira quay along the Douro, then cross the Dom Luís I bridge to Gaia.' },
    { role: 'user', text: 'I prefer concise answers with code examples.' },
    { role: 'assistant', text: 'Understood: short answers, with code where it helps.' },
  ],
  'rv-basil': [
    { role: 'user', text: 'How do I keep a basil plant alive on a windowsill?' },
    { role: 'assistant', text: 'Basil wants six hours of sun, moist soil that drains well, and regular pinching of the flower buds.' },
  ],
  'rv-hostile': [
    { role: 'user', text: HOSTILE },
    { role: 'assistant', text: 'That markup is shown here only as text about the zanzibar sandbox.' },
  ],
  'rv-lisbon': [
    { role: 'user', text: 'I moved to Lisbon last month. Where can I buy a transit card?' },
    { role: 'assistant', text: 'Get a Navegante card at any metro station ticket machine in Lisbon.' },
    { role: 'user', text: 'I prefer concise answers with code examples.' },
    { role: 'assistant', text: 'Noted again: concise, with code.' },
  ],
};

describe('Review: popup and options page in Chromium', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let ctl: Page; // an extension page used only to send messages and read IndexedDB
  let popup: Page;
  let options: Page;
  let beforeSecondDream: MemoryRow[] = [];
  const base = () => `chrome-extension://${browser.extensionId}`;
  const store = <T>(name: string) => readStore((fn, arg) => ctl.evaluate(fn, arg), name) as Promise<T[]>;
  const send = <K extends keyof ReverieCalls>(type: K, data: Parameters<ReverieCalls[K]>[0]) =>
    // Playwright's evaluate types its argument through Unboxed<A>; the harness's generic signature is plain.
    sendProtocol(<A, R>(fn: (arg: A) => Promise<R>, arg: A) => ctl.evaluate(fn as never, arg) as Promise<R>, type, data);
  const settingsRow = async () => (await store<{ key: string; value: Settings }>('settings')).find((r) => r.key === 'settings')?.value;
  /** Every table's rows, in key order. The only volatile rows are left out: see VOLATILE_META. */
  const snapshot = async () => {
    const tables: Record<string, unknown[]> = {};
    for (const name of TABLES) tables[name] = await store(name);
    tables.meta = (tables.meta as { key: string }[]).filter((r) => !VOLATILE_META.test(r.key));
    // Queued work keeps its order, not its sequence numbers (a restore re-adds it after what the background queued).
    tables.queue = (tables.queue as object[]).map((r) => ({ ...r, seq: undefined }));
    return tables;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  async function capture(id: string): Promise<void> {
    const page = await browser.context.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    await page.goto(`${server.origin}/claude/chat/${id}`);
    const key = `claude:${id}`;
    const stored = () => waitFor(() => store<TurnRow>('turns'), (rows) => rows.filter((t) => t.conversationKey === key).length === CONVERSATIONS[id]!.length, 20_000, `turns of ${id}`);
    try {
      await stored();
    } catch (e) {
      // Seen once in a full run on two loaded cores (never alone, nor in four runs beside a CPU hog): the first chat
      // opened after the browser started stored nothing in 30 s. What the page logged says why; a reload, as a user
      // would, must then capture it all, so a capture that never works still fails here.
      console.warn(`[review.e2e] ${(e as Error).message}; the page logged: ${JSON.stringify(logs.slice(-20))}; reloading once`);
      await page.reload();
      await stored();
    }
    await waitFor(() => store<MemoryRow>('memories'), (rows) => rows.some((m) => m.conversationKey === key), 30_000, `memories of ${id}`);
    await page.close();
  }

  async function openPopup(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`${base()}/popup.html`);
    await expect.poll(() => page.locator('.status-lines').innerText(), { timeout: 15_000 }).toMatch(/memor/);
    return page;
  }

  /** Types a query; resolves once the list shows this query's results (clearing first, so no earlier list counts). */
  async function search(page: Page, query: string) {
    await page.locator('#memory-search').fill('');
    await page.getByRole('heading', { name: 'Recent memories' }).waitFor({ timeout: 15_000 });
    await page.locator('#memory-search').fill(query);
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor({ timeout: 15_000 });
    return results;
  }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await startFixtureServer();
    server.route('/claude/*', (url) => claudeLikePage({ title: 'Claude', turns: CONVERSATIONS[url.pathname.split('/').pop() ?? ''] ?? [] }));
    browser = await launchChromium();
    ctl = await browser.context.newPage();
    await ctl.goto(`${base()}/popup.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('seeds through real paths: three captured chats, a dream, one more chat, a second dream', async () => {
    for (const id of ['rv-porto', 'rv-basil', 'rv-hostile']) await capture(id);
    const first = await send('dreamNow', undefined);
    expect(first.status).toBe('done');
    await capture('rv-lisbon');
    beforeSecondDream = await store<MemoryRow>('memories');
    const second = await send('dreamNow', undefined);
    expect(second.status).toBe('done');
    const diary = await store<DiaryRow>('diary');
    const kinds = new Set(diary.map((d) => d.kind));
    expect(kinds).toContain('learn');
    expect(kinds).toContain('supersede');
    const facts = (await store<MemoryRow>('memories')).filter((m) => m.kind === 'fact');
    expect(facts.find((m) => m.text === 'User lives in Lisbon.')?.status).toBe('active');
    expect(facts.find((m) => m.text === 'User lives in Porto.')?.status).toBe('superseded');
    expect(kinds).toContain('merge');
  });

  it('popup: the status and recent memories show, and search finds a captured turn', async () => {
    popup = await openPopup();
    // Opened as a tab, the popup's active tab is itself: no chat site.
    await expect.poll(() => popup.locator('.status-capture').innerText()).toContain('Open a chat site');
    await expect.poll(() => popup.locator('.status-lines').innerText()).toMatch(/Last dream .*: .*(updated|merged|learned)/);
    await popup.getByRole('list', { name: 'Recent memories' }).waitFor();
    await shot(popup, 'popup-memories');
    const results = await search(popup, 'Douro bridge');
    await expect.poll(() => results.innerText()).toContain('Walk the Ribeira quay along the Douro');
    await shot(popup, 'popup-search');
  });

  it('diary: shows what the dreams changed; approve one; undo one restores the rows exactly', async () => {
    await popup.getByRole('tab', { name: 'Dream diary' }).click();
    const diary = popup.locator('.diary');
    await expect.poll(() => diary.innerText(), { timeout: 15_000 }).toContain('User lives in Lisbon.');
    const text = await diary.innerText();
    expect(text).toContain('Merged');
    expect(text).toContain('Replaced an outdated memory');
    expect(text).toContain('Learned');
    await shot(popup, 'popup-diary');

    const rows = await store<DiaryRow>('diary');
    const learn = rows.find((d) => d.kind === 'learn' && d.summary.includes('User prefers concise answers'))!;
    const learnItem = popup.locator('li.diary-entry').filter({ hasText: 'Learned: User prefers concise answers.' });
    await expect(learnItem.count()).resolves.toBe(1);
    await learnItem.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => learnItem.innerText()).toContain('Approved');
    await expect.poll(async () => (await store<DiaryRow>('diary')).find((d) => d.id === learn.id)?.status).toBe('approved');

    const supersede = rows.find((d) => d.kind === 'supersede')!;
    const superItem = popup.locator('li.diary-entry').filter({ hasText: 'Replaced an outdated memory' }).first();
    await superItem.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => superItem.innerText()).toContain('Undone');
    const memories = await store<MemoryRow>('memories');
    const byId = new Map(memories.map((m) => [m.id, m]));
    // Rows the change touched are back exactly as the diary recorded them before the change, and as they were before
    // the second dream except for what every dream recomputes (community, strength: lib/dream/diary.ts DERIVED_FIELDS).
    const stable = ({ community: _c, strength: _s, ...rest }: MemoryRow) => rest;
    expect(supersede.before.length).toBeGreaterThan(0);
    for (const before of supersede.before) {
      expect(byId.get(before.id)).toEqual({ ...before, vector: undefined });
      expect(stable(byId.get(before.id)!)).toEqual(stable(beforeSecondDream.find((m) => m.id === before.id)!));
    }
    // Rows it created are gone.
    const beforeIds = new Set(supersede.before.map((m) => m.id));
    for (const created of supersede.after.filter((m) => !beforeIds.has(m.id))) expect(byId.has(created.id)).toBe(false);
    expect(memories.find((m) => m.text === 'User lives in Porto.')?.status).toBe('active');
    expect((await store<DiaryRow>('diary')).find((d) => d.id === supersede.id)?.status).toBe('undone');
  });

  it('edit: the new text is in the database and in search', async () => {
    await popup.getByRole('tab', { name: 'Memories' }).click();
    const results = await search(popup, 'Navegante card');
    const id = (await results.locator('li.memory').filter({ hasText: 'Get a Navegante card' }).first().getAttribute('data-memory-id'))!;
    const item = results.locator(`li[data-memory-id="${id}"]`);
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.locator('textarea').fill('Get a Navegante card at a metro station in Lisbon and top it up with Zapping credit.');
    await item.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => item.innerText()).toContain('top it up with Zapping credit');
    const row = (await store<MemoryRow>('memories')).find((m) => m.id === id)!;
    expect(row.text).toBe('Get a Navegante card at a metro station in Lisbon and top it up with Zapping credit.');
    expect(row.edited).toBe(true);
    const found = await search(popup, 'Zapping credit');
    await expect.poll(() => found.locator(`li[data-memory-id="${id}"]`).count()).toBe(1);
    expect((await send('searchMemories', { query: 'Zapping credit' })).map((h) => h.memory.id)).toContain(id);
  });

  it('pin: the database says pinned, and a new chat\'s preamble includes it', async () => {
    const results = await search(popup, 'Ribeira quay Douro');
    const item = results.locator('li.memory').filter({ hasText: 'Walk the Ribeira quay' }).first();
    const id = (await item.getAttribute('data-memory-id'))!;
    const unpinned = await send('requestPreamble', { site: 'claude' });
    expect(unpinned.lines.some((l) => l.memoryId === id)).toBe(false);
    await item.getByRole('button', { name: 'Pin' }).click();
    await expect.poll(() => item.getByRole('button', { name: 'Unpin' }).count()).toBe(1);
    const row = (await store<MemoryRow>('memories')).find((m) => m.id === id)!;
    expect(row.pinned).toBe(true);
    expect(row.pinnedAt).toBeGreaterThan(0);
    const preamble = await send('requestPreamble', { site: 'claude' });
    expect(preamble.lines.find((l) => l.memoryId === id)?.layer).toBe('L4');
    expect(preamble.text).toContain('Walk the Ribeira quay');
  });

  it('delete: gone from search, a tombstone row exists, and the toast\'s Undo restores it', async () => {
    const results = await search(popup, 'Understood short answers');
    const item = results.locator('li.memory').filter({ hasText: 'Understood: short answers' }).first();
    const id = (await item.getAttribute('data-memory-id'))!;
    const original = (await store<MemoryRow>('memories')).find((m) => m.id === id)!;
    await item.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => results.locator(`li[data-memory-id="${id}"]`).count()).toBe(0);
    const toast = popup.locator('.toast');
    await expect.poll(() => toast.innerText()).toContain('Memory deleted');
    expect((await send('searchMemories', { query: 'Understood short answers' })).map((h) => h.memory.id)).not.toContain(id);
    const tomb = (await store<TombstoneRow>('tombstones')).find((t) => t.memoryId === id);
    expect(tomb?.reason).toBe('deleted');
    expect(tomb?.text).toBe(original.text);
    await shot(popup, 'popup-undo-toast');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => results.locator(`li[data-memory-id="${id}"]`).count()).toBe(1);
    await expect.poll(() => toast.innerText()).toContain('Memory restored');
    expect((await store<MemoryRow>('memories')).find((m) => m.id === id)?.status).toBe('active');
    expect((await send('searchMemories', { query: 'Understood short answers' })).map((h) => h.memory.id)).toContain(id);
  });

  it('forget this whole conversation: its turns and memories are gone', async () => {
    const key = 'claude:rv-basil';
    expect((await store<TurnRow>('turns')).some((t) => t.conversationKey === key)).toBe(true);
    const results = await search(popup, 'basil windowsill');
    const item = results.locator('li.memory').filter({ hasText: 'basil' }).first();
    await item.getByRole('button', { name: 'Forget this conversation' }).click();
    await item.getByRole('button', { name: 'Forget conversation' }).click();
    await expect.poll(() => popup.locator('.toast').innerText()).toContain('Conversation forgotten');
    await popup.locator('.toast').getByRole('button', { name: 'Dismiss' }).click();
    expect((await store<TurnRow>('turns')).filter((t) => t.conversationKey === key)).toEqual([]);
    expect((await store<MemoryRow>('memories')).filter((m) => m.conversationKey === key)).toEqual([]);
    expect((await store<{ key: string }>('conversations')).some((c) => c.key === key)).toBe(false);
    expect((await send('searchMemories', { query: 'basil windowsill' })).filter((h) => h.memory.conversationKey === key)).toEqual([]);
  });

  it('hostile content is shown as literal text in the popup and in the preamble, never as markup', async () => {
    const results = await search(popup, 'render test onerror pwned');
    const item = results.locator('li.memory').filter({ hasText: 'Render test' }).first();
    const shown = await item.locator('.memory-text').innerText();
    expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
    expect(shown).toContain('<script>window.__pwned=1</script>');
    expect(shown).toContain('javascript:alert(1)');
    const dom = await popup.evaluate(() => ({
      pwned: (window as any).__pwned,
      imgs: document.querySelectorAll('#app img').length,
      scripts: document.querySelectorAll('#app script').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length,
    }));
    expect(dom).toEqual({ pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0 });
    await shot(popup, 'popup-hostile');

    // The block carries the hostile turn as text (here its "Recent chats" line, cut at a line's length).
    const preamble = await send('requestPreamble', { site: 'claude', firstMessage: 'render test onerror pwned' });
    expect(preamble.text).toContain('<img src=x onerror="window.__pwned=1">');

    const chat = await browser.context.newPage();
    await chat.goto(`${server.origin}/claude/new`);
    const composer = chat.locator('[data-testid="chat-input"]');
    await expect.poll(() => composer.innerText(), { timeout: 15_000 }).toContain('⟦reverie⟧');
    // The block the content script put in a new chat's composer carries the hostile turn (its "Recent chats" line) as
    // text: no element was made from it, and the page's global was never set.
    expect(await composer.innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    const page = await chat.evaluate(() => ({
      pwned: (window as any).__pwned,
      imgs: document.querySelectorAll('[data-testid="chat-input"] img').length,
      scripts: document.querySelectorAll('[data-testid="chat-input"] script').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length,
    }));
    expect(page).toEqual({ pwned: undefined, imgs: 0, scripts: 0, jsLinks: 0 });
    await chat.close();
  });
  it('overview: the daily chart and topics render', async () => {
    await popup.locator('#memory-search').fill('');
    await popup.getByRole('tab', { name: 'Overview' }).click();
    const chart = popup.locator('svg.daily-chart');
    await chart.waitFor({ timeout: 15_000 });
    expect(await chart.getAttribute('aria-label')).toMatch(/Last \d+ days: [1-9]\d* chat messages? saved/);
    expect(await chart.locator('rect.bar-turns').count()).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.overview').innerText()).toMatch(/what your memory is about/i);
    // Topic names are the community's keywords, without the domain summary's date range ("… (2026-11-21 to …").
    const topic = await popup.locator('.topic-name').first().innerText();
    expect(topic).toMatch(/^[\p{L}\d ,'-]+$/u);
    await shot(popup, 'popup-overview');
  });

  it('the pause switch pauses (settings row and status line) and "Dream now" runs a dream', async () => {
    await popup.getByRole('tab', { name: 'Memories' }).click();
    const pause = popup.getByRole('checkbox', { name: 'Pause everything' });
    await pause.check();
    await expect.poll(async () => settingsRow().then((s) => s?.paused)).toBe(true);
    await expect.poll(() => popup.locator('.status-capture').innerText()).toBe('Paused — nothing is being saved.');
    expect((await send('getStatus', {})).paused).toBe(true);
    await shot(popup, 'popup-paused');
    await pause.uncheck();
    await expect.poll(async () => settingsRow().then((s) => s?.paused)).toBe(false);
    await expect.poll(() => popup.locator('.status-capture').innerText()).toContain('Open a chat site');

    const runsBefore = (await store<DreamRunRow>('dreamRuns')).length;
    await popup.getByRole('button', { name: 'Dream now' }).click();
    await expect.poll(async () => (await store<DreamRunRow>('dreamRuns')).length, { timeout: 20_000 }).toBe(runsBefore + 1);
    const latest = (await store<DreamRunRow>('dreamRuns')).sort((a, b) => b.startedAt - a.startedAt)[0]!;
    expect(latest.trigger).toBe('manual');
    await expect.poll(async () => (await store<DreamRunRow>('dreamRuns')).find((r) => r.id === latest.id)?.status, { timeout: 20_000 }).toBe('done');
    await expect.poll(() => popup.getByRole('button', { name: 'Dream now' }).isEnabled()).toBe(true);
    await expect.poll(() => popup.locator('.status-lines').innerText()).toMatch(/Last dream /);
  });
  it('options: budgets and insertion mode are saved to the settings row', async () => {
    options = await browser.context.newPage();
    await options.setViewportSize({ width: 800, height: 1000 });
    await options.goto(`${base()}/options.html`);
    const l4 = options.getByLabel('Profile (always included)');
    await l4.fill('500');
    await l4.press('Tab');
    await expect.poll(async () => settingsRow().then((s) => s?.budgets.l4)).toBe(500);
    await options.getByRole('radio', { name: /When I click/ }).check();
    await expect.poll(async () => settingsRow().then((s) => s?.insertion)).toBe('click');
    expect((await send('getSettings', undefined)).budgets).toMatchObject({ l4: 500 });
    await expect.poll(() => options.locator('.notice').innerText()).toContain('Saved.');
    await expect.poll(() => options.locator('#storage-title + p, .card p').first().isVisible()).toBe(true);
    await shot(options, 'options');
  });

  it('options: a ChatGPT export imports through the file input with progress, and becomes searchable', async () => {
    const exportFile = JSON.stringify(
      await Promise.all(['001_simple_text', '003_with_code'].map(async (d) => JSON.parse(await readFile(join(CHATGPT_EXPORTS, d, 'raw.json'), 'utf8')))),
    );
    // Record every state the import status passes through: the progress bar is shown only while batches are in flight.
    await options.evaluate(() => {
      const seen: string[] = ((window as any).__importStates = []);
      const region = document.querySelector('.import-status')!;
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { childList: true, subtree: true, characterData: true });
    });
    await options.getByLabel('Choose an export file').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(exportFile) });
    await expect.poll(() => options.locator('.import-status').innerText(), { timeout: 20_000 }).toMatch(/Imported 2 conversations/);
    const states = (await options.evaluate(() => (window as any).__importStates)) as string[];
    expect(states.some((t) => /Importing \d+ of 2 conversations/.test(t))).toBe(true);
    const conversations = await store<{ key: string; source: string }>('conversations');
    expect(conversations.filter((c) => c.source === 'import-chatgpt')).toHaveLength(2);
    const results = await search(popup, 'Roxanne Dunbar-Ortiz');
    await expect.poll(() => results.innerText()).toContain('Dunbar-Ortiz');
    const hits = await send('searchMemories', { query: 'Roxanne Dunbar-Ortiz' });
    expect(hits.some((h) => h.memory.conversationKey?.startsWith('chatgpt:'))).toBe(true);
  });

  it('options: a corrupt export file gives a clear error and leaves the database unchanged', async () => {
    const before = await snapshot();
    await options.getByLabel('Choose an export file').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from('[{"title": "cut off", "mapping": {"a": ') });
    const alert = options.locator('.card').filter({ hasText: 'Import past chats' }).getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toMatch(/^This file could not be read: .+/);
    expect(await snapshot()).toEqual(before);
  });

  it('options: export JSON, wipe everything, restore the backup: every table comes back exactly', async () => {
    const before = await snapshot();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download a full backup (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^reverie-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(backup).formatName).toBe('dexie');

    await options.getByRole('button', { name: 'Wipe everything…' }).click();
    const wipe = options.getByRole('button', { name: 'Wipe everything', exact: true });
    expect(await wipe.isDisabled()).toBe(true); // nothing happens until WIPE is typed
    await options.locator('#wipe-confirm').fill('WIPE');
    await wipe.click();
    await expect.poll(() => options.locator('.card').filter({ hasText: 'Storage' }).innerText()).toContain('Everything was wiped');
    const wiped = await snapshot();
    for (const [table, rows] of Object.entries(wiped)) expect(rows, table).toEqual([]);
    // Only the reopened engine's empty search index is left.
    const index = (await store<{ key: string; value: { marker: { count: number } } }>('meta')).map((r) => [r.key, r.value.marker.count]);
    expect(index).toEqual([['lexical:v1', 0]]);

    await options.getByLabel('Restore from a Reverie backup').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => options.locator('.card').filter({ hasText: 'Back up and restore' }).innerText(), { timeout: 20_000 }).toContain('Restored your memory from');
    expect(await snapshot()).toEqual(before);
    // And the restored memory works: search answers from it.
    expect((await send('searchMemories', { query: 'Ribeira quay Douro' })).length).toBeGreaterThan(0);
  });

  it('options: the Markdown export contains the learned facts', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download your memories as a document (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('# Reverie memory');
    expect(markdown).toMatch(/## Facts\n\n(- .*\n)*- User lives in Porto\./);
    expect(markdown).toMatch(/## Preferences\n\n(- .*\n)*- User prefers concise answers\./);
    expect(markdown).toMatch(/## Pinned\n\n(- .*\n)*- Walk the Ribeira quay.* 📌/);
  });

  it('dark theme: the popup follows prefers-color-scheme', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    await search(popup, 'Lisbon Porto');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 28)');
    await shot(popup, 'popup-dark');
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.evaluate(() => window.scrollTo(0, 0));
    await shot(options, 'options-dark');
  });
});
