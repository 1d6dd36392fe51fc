import { chromium, errors, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROME_EXTENSION_DIR = fileURLToPath(new URL('../../../.output-test/chrome-mv3-test', import.meta.url));
/** The test build without 'unlimitedStorage' (REVERIE_TEST_LIMITED_STORAGE=1), for the storage-full test. */
export const CHROME_QUOTA_EXTENSION_DIR = fileURLToPath(new URL('../../../.output-test-quota/chrome-mv3-test', import.meta.url));

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  close(): Promise<void>;
  userDataDir: string;
}

/**
 * What the extension's service workers did in the open sessions: when each started and stopped, and what they logged
 * as warnings and errors. Printed when an e2e test fails (test/e2e/harness/report-failures.ts), because a worker that
 * does not come back on a loaded machine leaves no other trace.
 */
const workerJournals = new Map<string[], BrowserContext>();

/** Each open session's journal, with what Chrome's own page for service workers says of them now. */
export async function serviceWorkerJournals(): Promise<string[]> {
  const out: string[] = [];
  for (const [journal, context] of workerJournals) {
    const internals = await context
      .newPage()
      .then(async (page) => {
        await page.goto('chrome://serviceworker-internals/', { timeout: 5_000 });
        // The page fills itself in after it loads; an empty list stays empty.
        await page.waitForFunction(() => /Registrations in/.test(document.body.innerText), undefined, { timeout: 5_000 }).catch(() => undefined);
        const text = await page.evaluate(() => document.body.innerText);
        await page.close();
        return text.replace(/\n{2,}/g, '\n').slice(0, 3_000);
      })
      .catch((error: unknown) => `(chrome://serviceworker-internals could not be read: ${String(error).slice(0, 200)})`);
    out.push(`${journal.join('\n')}\n--- chrome://serviceworker-internals ---\n${internals}`);
  }
  return out;
}

function journalServiceWorkers(context: BrowserContext): string[] {
  const journal: string[] = [];
  const started = Date.now();
  const note = (line: string) => {
    journal.push(`+${((Date.now() - started) / 1000).toFixed(1)}s ${line}`);
    if (journal.length > 200) journal.splice(0, journal.length - 200);
  };
  const watch = (worker: Worker) => {
    note(`service worker started: ${worker.url()}`);
    worker.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') note(`${message.type()}: ${message.text().slice(0, 400)}`);
    });
    worker.on('close', () => note('service worker stopped'));
  };
  context.serviceWorkers().forEach(watch);
  context.on('serviceworker', watch);
  context.on('weberror', (error) => note(`uncaught in a page: ${String(error.error()).slice(0, 400)}`));
  workerJournals.set(journal, context);
  return journal;
}

/**
 * Waits until the extension's worker has finished installing. A worker stopped while it installs fails its install,
 * and Chrome then drops the extension's registration: no worker ever starts again in that session (seen as an empty
 * chrome://serviceworker-internals after reliability.e2e stopped the worker 1.4 s after launch on a loaded machine).
 * Chrome itself never stops a worker mid-install, so tests that stop workers must start from an installed one.
 */
async function waitUntilActivated(sw: Worker): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const state = await sw.evaluate(() => (self as any).registration?.active?.state as string | undefined).catch(() => 'unreadable');
    if (state === 'activated') return;
    if (Date.now() > deadline) throw new Error(`the extension's service worker did not finish installing in 30 s (state: ${state})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Long enough for a start on a loaded two-core machine (seconds, usually), short of the test files' 120 s hooks. */
const LAUNCH_TIMEOUT_MS = 45_000;

/** Debian's Chromium, headless, with the test build of the extension loaded unpacked. */
export async function launchChromium(
  opts: { extraArgs?: string[]; userDataDir?: string; extensionDir?: string } = {},
): Promise<ChromiumSession> {
  const extensionDir = opts.extensionDir ?? CHROME_EXTENSION_DIR;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'reverie-chromium-')));
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: false, // --headless=new below: the old headless mode cannot load extensions
      args: [
        '--headless=new',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        ...(opts.extraArgs ?? []),
      ],
      timeout: LAUNCH_TIMEOUT_MS,
    });
  let context: BrowserContext;
  try {
    context = await launch();
  } catch (e) {
    // Seen once (welcome.e2e, in a series beside a second suite and a CPU hog on two cores): the file's 120 s hook ran
    // out inside the launch, before Playwright's own 3-minute limit. A start that hangs is the browser's, not the
    // extension's (the extension is checked once the browser is up), so it is started once more, and says so.
    if (!(e instanceof errors.TimeoutError)) throw e;
    console.warn(`[harness] Chromium did not start within ${LAUNCH_TIMEOUT_MS / 1000} s; starting it once more`);
    context = await launch();
  }
  const journal = journalServiceWorkers(context);
  const serviceWorker = async () => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  await waitUntilActivated(sw);
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    close: async () => {
      workerJournals.delete(journal);
      await context.close();
      if (!opts.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
