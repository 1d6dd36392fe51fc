import { expect } from 'vitest';
import type { DiaryRow, DreamRunRow, MemoryRow, TombstoneRow, TurnRow } from '../../lib/db/schema';
import type { ReverieCalls } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings';
import { nameTestModelHost, readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import type { FixtureServer } from './harness/server';
import { TEST_MODEL_ID, TEST_MODEL_ROOT } from './harness/test-model';
import { COMPOSERS_ROOT, SITE_PATHS, sitePage } from './pages/sites';

/**
 * One person's first hour with Reverie, played the same way in Chromium (Playwright) and Firefox ESR (Puppeteer):
 * install on a fresh profile → the first-run page opens by itself → choices and consent on it → a short chat captured
 * on the Claude look-alike → "Dream now" in the popup → the diary shows what was learned → Undo, and it stays undone
 * after another chat says the same and another dream → Delete a memory, and once the undo window has passed its words
 * are nowhere in the database. Every step goes through the pages a person uses; the database is only read.
 */

/** What the journey needs of a tab (a web page or an extension page); each test file adapts its driver to it. */
export interface Tab {
  /** Runs `fn(arg)` in the page and returns its (serialisable) result. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real click (trusted input) on the element `selector` names. */
  click(selector: string): Promise<void>;
  /** Real key presses into the element `selector` names (focused first). */
  type(selector: string, text: string): Promise<void>;
}

export interface JourneyBrowser {
  /** The tab the extension opened by itself when it was installed, once it shows welcome.html (never opened here). */
  welcomeTab(): Promise<Tab>;
  /** A new tab at `path` on the fixture server (the Claude look-alike lives under /claude/). */
  openChat(path: string): Promise<Tab & { close(): Promise<void> }>;
  /** A new tab with the extension's popup page (popup.html) at popup size. */
  openPopup(): Promise<Tab & { close(): Promise<void> }>;
}

/** Serves the Claude look-alike (every /claude/... path), its composer script and the local test model. */
export const JOURNEY_ROOTS = { composers: COMPOSERS_ROOT, models: TEST_MODEL_ROOT };
export function routeJourneyPages(server: FixtureServer): void {
  server.route('/claude/*', sitePage('claude'));
  server.route('/blank', '<!doctype html><title>blank</title>');
}

const FIRST_CHAT = [
  'I live in Porto. Which riverside walk should I take this weekend?',
  'The spare key is under the blue flowerpot by the back door.',
];
/**
 * The undone fact again, in a later chat, beside a new one: the next dream learns the new fact from this very message
 * (so it did read it), and must not bring back the one the user undid.
 */
const LATER_CHAT = 'I live in Porto and I work as a nurse. Is there a bakery near the river you like?';
const LEARNED = 'User lives in Porto.';
const LEARNED_LATER = 'User works as a nurse.';
/** The words of the memory deleted at the end: after the undo window, no row anywhere may hold them. */
const SECRET_WORDS = /flowerpot/i;

/** Every row of every object store in Reverie's database, as JSON (vectors left out: numbers only). */
async function everyRow(tab: Tab): Promise<string> {
  return tab.run(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('reverie');
        // Never create it (see readStore in harness/db.ts): the extension's own upgrade would be blocked.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result.map((row: Record<string, unknown>) => ({ ...row, vector: undefined })));
          }
          tx.oncomplete = () => (db.close(), resolve(JSON.stringify(out)));
          tx.onerror = () => reject(tx.error);
        };
      }),
    null,
  );
}

/** Marks the first element matching `selector` inside `scope` whose text (trimmed) matches, so a real click finds it. */
async function mark(tab: Tab, scope: string, selector: string, text: string | RegExp): Promise<string> {
  const id = `j${Math.random().toString(36).slice(2)}`;
  const pattern = typeof text === 'string' ? { source: `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : { source: text.source, flags: text.flags };
  const found = await waitFor(
    () =>
      tab.run(
        ({ scope, selector, pattern, id }) => {
          const re = new RegExp(pattern.source, pattern.flags);
          for (const root of document.querySelectorAll(scope))
            for (const el of root.querySelectorAll(selector))
              if (re.test((el.textContent ?? '').trim())) {
                el.setAttribute('data-journey', id);
                return true;
              }
          return false;
        },
        { scope, selector, pattern, id },
      ),
    Boolean,
    20_000,
    `${selector} "${String(text)}" in ${scope}`,
  );
  expect(found).toBe(true);
  return `[data-journey="${id}"]`;
}

const textOf = (tab: Tab, selector: string) =>
  tab.run((s) => [...document.querySelectorAll(s)].map((el) => (el as HTMLElement).innerText).join('\n'), selector);

async function waitText(tab: Tab, selector: string, ok: (text: string) => boolean, label: string): Promise<string> {
  return waitFor(() => textOf(tab, selector), ok, 30_000, label);
}

export class Journey {
  private welcome!: Tab;
  private popup!: Tab & { close(): Promise<void> };
  private conversation = '';

  constructor(
    private readonly browser: JourneyBrowser,
    private readonly server: FixtureServer,
  ) {}

  /** Messages and database reads go through an extension page, as the popup's own calls do. */
  private send<K extends keyof ReverieCalls>(type: K, data: Parameters<ReverieCalls[K]>[0]) {
    return sendProtocol((fn, arg) => this.welcome.run(fn, arg), type, data);
  }
  private store<T>(name: string): Promise<T[]> {
    return readStore((fn, arg) => this.welcome.run(fn, arg), name) as Promise<T[]>;
  }

  /** Install → the first-run page is there without being opened; the choices made on it are saved; consent downloads. */
  async firstRun(): Promise<void> {
    this.welcome = await this.browser.welcomeTab();
    await waitText(this.welcome, 'body', (t) => t.includes('Nothing has been downloaded yet.'), 'the first-run page');
    const before = await this.send('getSettings', undefined);
    expect(before).toMatchObject({ modelConsent: false, insertion: 'auto', dream: { useLlm: true } });

    // The test build downloads only from a model server a test names; the search model is the small test model.
    await nameTestModelHost((fn, arg) => this.welcome.run(fn, arg), `${this.server.crossOrigin}/models/`);
    await this.send('setSettings', { embedModel: TEST_MODEL_ID });
    const searchModel = async () => (await this.send('getStatus', {})).models.find((m) => m.kind === 'embedding');
    expect(await searchModel()).toMatchObject({ id: TEST_MODEL_ID, state: 'absent' });

    // The choices, made by clicking: the block only when I click; no dream model; then the download.
    await this.welcome.click('input[name="welcome-insertion"][value="click"]');
    const dreamModel = await mark(this.welcome, 'main', 'label.choice', /^Also download the dream model/);
    await this.welcome.click(`${dreamModel} input[type="checkbox"]`);
    await waitFor(() => this.send('getSettings', undefined), (s) => s.insertion === 'click' && !s.dream.useLlm, 10_000, 'the choices saved');
    await this.welcome.click(await mark(this.welcome, 'main', 'button', /^Download the search model/));
    await waitText(this.welcome, 'body', (t) => t.includes('The search model is ready: search now finds memories by meaning too.'), 'the download');
    expect(await searchModel()).toMatchObject({ id: TEST_MODEL_ID, state: 'ready' });
    const settings: Settings = await this.send('getSettings', undefined);
    expect(settings).toMatchObject({ modelConsent: true, insertion: 'click', embedModel: TEST_MODEL_ID, dream: { useLlm: false } });
  }

  /** A short chat, typed and sent on the look-alike: every turn reaches the database, and the popup counts it. */
  async captureChat(): Promise<void> {
    const chat = await this.browser.openChat(SITE_PATHS.claude.newChat);
    for (const [i, prompt] of FIRST_CHAT.entries()) await this.say(chat, prompt, i);
    this.conversation = `claude:${(await chat.run(() => location.pathname, null)).split('/').pop()}`;
    const turns = await waitFor(
      async () => (await this.store<TurnRow>('turns')).filter((t) => t.conversationKey === this.conversation).sort((a, b) => a.ordinal - b.ordinal),
      (rows) => rows.length === FIRST_CHAT.length * 2,
      30_000,
      'the chat captured',
    );
    expect(turns.filter((t) => t.role === 'user').map((t) => t.text)).toEqual(FIRST_CHAT);
    await chat.close();
    this.popup = await this.browser.openPopup();
    await waitText(this.popup, '.status-lines', (t) => /\d+ memor(y|ies) from 1 conversation/.test(t), 'the popup counting the chat');
  }

  /** Types a prompt in the composer and sends it; resolves once the page's answer has finished streaming. */
  private async say(chat: Tab, prompt: string, index: number): Promise<void> {
    // The answer never repeats the prompt: the words deleted at the end are the user's only.
    await chat.run(() => ((window as any).__chat.reply = () => 'Noted. Anything else?'), null);
    await chat.type('#composer-slot [contenteditable="true"]', prompt);
    await chat.click('#send');
    await waitFor(
      () => chat.run(() => ({ answers: document.querySelectorAll('[data-is-streaming="false"]').length, streaming: !!document.querySelector('[data-is-streaming="true"]') }), null),
      (s) => s.answers >= index + 1 && !s.streaming,
      20_000,
      'the answer',
    );
  }

  /** "Dream now" in the popup; resolves with the finished run once the status line reports it. */
  private async dreamNow(): Promise<DreamRunRow> {
    const runsBefore = (await this.store<DreamRunRow>('dreamRuns')).length;
    await this.popup.click(await mark(this.popup, '.status', 'button', 'Dream now'));
    const runs = await waitFor(
      () => this.store<DreamRunRow>('dreamRuns'),
      (rows) => rows.length === runsBefore + 1 && rows.every((r) => r.status !== 'running'),
      60_000,
      'the dream to finish',
    );
    const run = runs.sort((a, b) => b.startedAt - a.startedAt)[0]!;
    expect(run).toMatchObject({ trigger: 'manual', status: 'done' });
    await waitText(this.popup, '.status-lines', (t) => /Last dream [^\n]*: /.test(t) && !t.includes('Dreaming'), 'the status line after the dream');
    return run;
  }

  /** Opens a popup tab ("Memories", "Dream diary", "Overview") by a real click; its panel mounts fresh. */
  private async openTab(name: string): Promise<void> {
    await this.popup.click(await mark(this.popup, '[role="tablist"]', '[role="tab"]', name));
  }

  /** The dream learns the fact from the chat, and the diary says so. */
  async dream(): Promise<void> {
    await this.dreamNow();
    const fact = (await this.store<MemoryRow>('memories')).find((m) => m.text === LEARNED);
    expect(fact).toMatchObject({ kind: 'fact', status: 'active' });
    expect(await textOf(this.popup, '.status-lines')).toMatch(/Last dream [^\n]*\d+ learned/);
    await this.openTab('Dream diary');
    await waitText(this.popup, '.diary', (t) => t.includes(`Learned: ${LEARNED}`), 'the diary entry');
  }

  /** Undo in the diary takes the fact back; the same words in a later chat and another dream do not bring it back. */
  async undoSticks(): Promise<void> {
    const entry = (await this.store<DiaryRow>('diary')).find((d) => d.kind === 'learn' && d.summary.includes(LEARNED))!;
    expect(entry.status).toBe('applied');
    const item = await mark(this.popup, '.diary', 'li.diary-entry', new RegExp(`^Learned: ${LEARNED.replace('.', '\\.')}`));
    await this.popup.click(await mark(this.popup, item, 'button', 'Undo'));
    await waitText(this.popup, item, (t) => t.includes('Undone'), 'the entry marked undone');
    expect((await this.store<DiaryRow>('diary')).find((d) => d.id === entry.id)?.status).toBe('undone');
    const active = async () => (await this.store<MemoryRow>('memories')).filter((m) => m.text === LEARNED && m.status === 'active');
    expect(await active()).toEqual([]);

    const later = await this.browser.openChat(SITE_PATHS.claude.newChat);
    await this.say(later, LATER_CHAT, 0);
    await waitFor(() => this.store<TurnRow>('turns'), (rows) => rows.some((t) => t.text === LATER_CHAT), 30_000, 'the later chat captured');
    await later.close();
    const second = await this.dreamNow();
    const memories = await this.store<MemoryRow>('memories');
    expect(memories.find((m) => m.text === LEARNED_LATER)).toMatchObject({ kind: 'fact', status: 'active' });
    expect(await active()).toEqual([]);
    // Nor in other words: no fact, profile line or other derived memory still says it (captured turns may).
    const derived = memories.filter((m) => m.status === 'active' && m.kind !== 'passage');
    expect(derived.filter((m) => /lives in Porto/i.test(m.text)).map((m) => m.text)).toEqual([]);
    const diary = (await this.store<DiaryRow>('diary')).filter((d) => d.runId === second.id);
    expect(diary.filter((d) => d.status === 'applied' && d.summary.includes(LEARNED))).toEqual([]);
    await this.openTab('Memories'); // and back: the diary panel reads the diary again when it opens
    await this.openTab('Dream diary');
    await waitText(this.popup, '.diary', (t) => t.includes(`Learned: ${LEARNED_LATER}`), 'the later entry');
    expect(await textOf(this.popup, '.diary li.diary-entry.status-applied')).not.toContain(LEARNED);
  }

  /**
   * Delete in the popup: during the undo window the words are kept (Undo could bring them back); after it, no row in
   * any table holds them, search does not find them, and the tombstone keeps only the hash.
   */
  async deleteForGood(): Promise<void> {
    await this.openTab('Memories');
    await this.popup.type('#memory-search', 'flowerpot');
    const item = await mark(this.popup, '[aria-label="Search results"]', 'li.memory', /blue flowerpot/);
    const id = (await this.popup.run((s) => document.querySelector(s)!.getAttribute('data-memory-id'), item))!;
    const memory = (await this.store<MemoryRow>('memories')).find((m) => m.id === id)!;
    expect(memory.text).toMatch(SECRET_WORDS);
    expect(SECRET_WORDS.test(await everyRow(this.popup))).toBe(true);

    await this.popup.click(await mark(this.popup, item, 'button', 'Delete'));
    await waitText(this.popup, '.toast', (t) => t.includes('Memory deleted'), 'the toast');
    const tomb = (await this.store<TombstoneRow>('tombstones')).find((t) => t.memoryId === id);
    expect(tomb).toMatchObject({ reason: 'deleted', text: memory.text });
    expect((await this.send('searchMemories', { query: 'flowerpot' })).map((h) => h.memory.id)).not.toContain(id);

    // The window is 15 s (lib/engine/erase.ts); the engine host erases when it ends.
    await waitFor(() => everyRow(this.popup), (rows) => !SECRET_WORDS.test(rows), 60_000, 'the words erased from every table');
    expect((await this.store<TombstoneRow>('tombstones')).find((t) => t.memoryId === id)).toMatchObject({ text: '', hash: memory.hash });
    expect((await this.store<MemoryRow>('memories')).some((m) => m.id === id)).toBe(false);
    expect(await this.send('searchMemories', { query: 'flowerpot spare key' })).not.toContainEqual(expect.objectContaining({ memory: expect.objectContaining({ id }) }));
    // The rest of the chat is still there.
    expect((await this.store<TurnRow>('turns')).some((t) => t.conversationKey === this.conversation && t.text === FIRST_CHAT[0])).toBe(true);
  }
}
