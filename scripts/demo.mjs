// `npm run demo`: a local chat page (claude.ai markup, scripted assistant) in Chromium with the test build of Reverie,
// so you can watch capture and warm start without an account anywhere. Headed when there is a display; otherwise
// headless, running a short scripted tour and saving a screenshot.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_PATHS, startDemoServer } from './demo/chat-page.mjs';
import { runDemoTour } from './demo/tour.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(ROOT, '.output-test', 'chrome-mv3-test');
const SCREENSHOT = join(ROOT, '.output-test', 'demo-screenshot.png');
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.log('Building the test flavour of the extension (first run only)…');
  const built = spawnSync('npx', ['wxt', 'build', '--mode', 'test'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, REVERIE_TEST_BUILD: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}; set CHROME_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}

const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
const profile = await mkdtemp(join(tmpdir(), 'reverie-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROME,
  headless: false, // headless runs use --headless=new below: the old headless mode cannot load extensions
  viewport: { width: 1100, height: 760 },
  args: [
    ...(headed ? [] : ['--headless=new']),
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
let closing = false;
async function shutdown(code = 0) {
  if (closing) return;
  closing = true;
  await context.close().catch(() => undefined);
  await server.close();
  await rm(profile, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const serviceWorker =
  context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
  (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
const url = server.origin + DEMO_PATHS.newChat;
// A fresh tab: the launch tab opened before the extension was ready.
const page = await context.newPage();
for (const other of context.pages()) if (other !== page) await other.close();
console.log(`Reverie demo chat: ${url}`);
console.log(`Extension popup:   chrome-extension://${new URL(serviceWorker.url()).host}/popup.html`);

if (headed) {
  await page.goto(url);
  console.log('Chat a little, then click "+ New chat" to see Reverie put its context in the composer. Ctrl+C to quit.');
  context.on('close', () => void shutdown(0));
} else {
  console.log('No display ($DISPLAY is unset): running headless with a short scripted tour instead of a window.');
  try {
    await runDemoTour(page, server.origin, serviceWorker, (line) => console.log(`  ${line.replace(/\n/g, '\n    ')}`));
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Screenshot of the new chat with Reverie's block: ${SCREENSHOT}`);
    await shutdown(0);
  } catch (error) {
    console.error(String(error));
    console.error('composer:', JSON.stringify(await page.evaluate(() => window.__editor?.getText()).catch(() => '?')), page.url());
    await page.screenshot({ path: SCREENSHOT }).catch(() => undefined);
    await shutdown(1);
  }
}
