// A short scripted walk through the demo chat: chat a little, open a new chat, watch Reverie's block arrive, then
// type a first message and watch its "Relevant:" section follow. `npm run demo` runs it when there is no display to
// show a window on; the warm-start e2e test runs it and checks what it returns.
import { DEMO_PATHS } from './chat-page.mjs';

export const TOUR_MESSAGES = [
  'I am planning a trip to Lisbon in March with my sister Ana.',
  'My sourdough starter is called Bubbles and lives in the fridge.',
];
export const TOUR_FIRST_MESSAGE = 'What should I feed my sourdough starter this week?';

/** Number of turns Reverie has stored, read from its IndexedDB in the extension's service worker. */
function storedTurnCount(serviceWorker) {
  return serviceWorker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('reverie');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('turns')) return resolve(0), db.close();
          const req = db.transaction('turns', 'readonly').objectStore('turns').count();
          req.onsuccess = () => (resolve(req.result), db.close());
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function until(probe, label, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`demo: timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const editorText = (page) => page.evaluate(() => window.__editor.getText());

/**
 * Runs the tour on `page` (Playwright) against the demo server at `origin`. Returns what the composer's editor held
 * when the block arrived and after the first message, and how long the block took after "New chat" was clicked.
 */
export async function runDemoTour(page, origin, serviceWorker, log = () => {}) {
  await page.goto(origin + DEMO_PATHS.newChat);
  await page.waitForFunction(() => window.__editor && window.__demo);
  const composer = page.locator('[data-testid="chat-input"]');
  const before = await storedTurnCount(serviceWorker);
  for (const [i, message] of TOUR_MESSAGES.entries()) {
    await composer.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(message);
    await page.locator('#send').click();
    log(`you: ${message}`);
    await until(() => page.locator('[data-is-streaming="false"]').count().then((n) => n >= i + 1), 'the answer');
  }
  // Live capture stores both exchanges; then a new chat has something to recall.
  await until(async () => (await storedTurnCount(serviceWorker)) >= before + TOUR_MESSAGES.length * 2, 'capture');
  log('captured: both exchanges are in Reverie’s local database');

  const clicked = Date.now();
  await page.locator('#new-chat').click();
  const preamble = await until(async () => {
    const text = await editorText(page);
    return text.includes('⟦/reverie⟧') ? text : null;
  }, 'the preamble in the new chat');
  const preambleMs = Date.now() - clicked;
  log(`new chat: Reverie's block arrived in ${preambleMs} ms:\n${preamble}`);

  await composer.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(TOUR_FIRST_MESSAGE);
  const refreshed = await until(async () => {
    const text = await editorText(page);
    return text.includes('Relevant:') && text.endsWith(TOUR_FIRST_MESSAGE) ? text : null;
  }, 'the refreshed block');
  log(`typed a first message; the block now reads:\n${refreshed}`);
  return { preamble, preambleMs, refreshed };
}

/**
 * The first-run page Reverie opened by itself on install: says what it shows, then agrees to the search model's
 * download, as a person would, and reports what the page says next. Offline (as in the demo) that is the plain
 * "could not be downloaded … word search keeps working" notice. Returns the model step's text.
 */
export async function showFirstRun(welcome, log = () => {}) {
  const step = welcome.locator('section[aria-labelledby="model-title"]');
  await step.getByText('Nothing has been downloaded yet.').waitFor({ timeout: 30_000 });
  log(`first run: Reverie opened ${welcome.url()} by itself; nothing is downloaded before you agree there.`);
  await step.getByRole('button', { name: /^Download the search model/ }).click();
  log('agreed to download the search model…');
  const settled = () => step.innerText().then((text) => (/ready|could not|can't/.test(text) ? text : null));
  const text = await until(settled, 'the download to succeed or fail', 60_000);
  log(`the first-run page now says:\n${text.trim()}`);
  return text;
}

/** The popup page (popup.html, at the toolbar popup's size): logs its status lines, returns the page. */
export async function showPopup(context, extensionId, log = () => {}) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const status = popup.locator('.status-lines');
  const text = await until(() => status.innerText().then((t) => (/memor/.test(t) ? t : null)), 'the popup status');
  log(`the popup (opened as a tab, so "this site" is the popup itself) says:\n${text.trim()}`);
  return popup;
}
