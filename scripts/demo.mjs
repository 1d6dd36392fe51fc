// `npm run demo`: the store build of Reverie (.output/chrome-mv3) in Chromium, offline. The real chat address,
// https://claude.ai, is answered by this script with a demo page in claude.ai's markup and a scripted assistant, so the
// extension runs exactly as it would there, without an account; every other request is refused, so nothing leaves
// the machine and no model is downloaded. Headed when there is a display; otherwise headless, with a short scripted
// tour printed as it goes and screenshots saved.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_PATHS, routeDemoChat } from './demo/chat-page.mjs';
import { runDemoTour, showFirstRun, showPopup } from './demo/tour.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const SHOTS = join(ROOT, '.output', 'demo');
const CHAT_ORIGIN = 'https://claude.ai';
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.log('Building the extension for Chrome (first run only): npx wxt build');
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}; set CHROME_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}

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
    // Offline for every part of the browser, the extension's own contexts included (request routing below sees only
    // pages): no host name resolves. The demo's claude.ai is answered before any lookup.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
// Pages: everything refused but the demo's claude.ai (the route registered last is tried first).
await context.route('**/*', (route) => (route.request().url().startsWith('http') ? route.abort('internetdisconnected') : route.fallback()));
await routeDemoChat(context, CHAT_ORIGIN);

let closing = false;
async function shutdown(code = 0) {
  if (closing) return;
  closing = true;
  await context.close().catch(() => undefined);
  await rm(profile, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const serviceWorker =
  context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
  (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
const extensionId = new URL(serviceWorker.url()).host;
const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
// Reverie opens its first-run page when it is installed, as it does for anyone who installs it.
const welcome =
  context.pages().find((p) => p.url() === welcomeUrl) ??
  (await context.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl, timeout: 30_000 }));
for (const other of context.pages()) if (other !== welcome && other.url() === 'about:blank') await other.close();

const chatUrl = CHAT_ORIGIN + DEMO_PATHS.newChat;
const builtAt = statSync(join(EXTENSION, 'manifest.json')).mtime.toLocaleString();
console.log(`Reverie demo: the store build (${EXTENSION}, built ${builtAt}; npm run build rebuilds it) in Chromium, offline.`);
console.log(`  ${CHAT_ORIGIN} is a demo page answered by this script (a scripted assistant in claude.ai's markup);`);
console.log('  every other request is refused, so nothing leaves this machine.');
console.log('  The demo runs offline: the search model is not downloaded; word search works (agreeing to the download');
console.log('  on the first-run page shows what Reverie says when the model cannot be reached).');
console.log(`First-run page: ${welcomeUrl}`);
console.log(`Demo chat:      ${chatUrl}`);
console.log(`Popup:          chrome-extension://${extensionId}/popup.html`);

if (headed) {
  const chat = await context.newPage();
  await chat.goto(chatUrl);
  await welcome.bringToFront();
  console.log('Read the first-run page, then chat a little in the demo tab and click "+ New chat" to see Reverie add');
  console.log('your memory to the message box. Ctrl+C to quit.');
  context.on('close', () => void shutdown(0));
} else {
  console.log('No display ($DISPLAY is unset): running headless with a short scripted tour instead of a window.');
  const say = (line) => console.log(`  ${line.replace(/\n/g, '\n    ')}`);
  const chat = await context.newPage();
  try {
    await mkdir(SHOTS, { recursive: true });
    await showFirstRun(welcome, say);
    await welcome.screenshot({ path: join(SHOTS, 'first-run.png'), fullPage: true });
    await runDemoTour(chat, CHAT_ORIGIN, serviceWorker, say);
    await chat.screenshot({ path: join(SHOTS, 'new-chat.png') });
    const popup = await showPopup(context, extensionId, say);
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    console.log(`Screenshots (first-run page, the new chat with Reverie's block, the popup): ${SHOTS}`);
    await shutdown(0);
  } catch (error) {
    console.error(String(error));
    console.error('composer:', JSON.stringify(await chat.evaluate(() => window.__editor?.getText()).catch(() => '?')), chat.url());
    await chat.screenshot({ path: join(SHOTS, 'failed.png') }).catch(() => undefined);
    await shutdown(1);
  }
}
