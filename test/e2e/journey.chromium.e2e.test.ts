import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/db';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { ensureTestModel } from './harness/test-model';
import { Journey, JOURNEY_ROOTS, routeJourneyPages, type Tab } from './journey.shared';

/** The whole first hour in Chromium: install → first run → capture → dream → undo → delete (journey.shared.ts). */
describe('Chromium: install → first run → capture → dream → undo → delete', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let journey: Journey;

  function tabOf(page: Page): Tab & { close(): Promise<void> } {
    return {
      run: (fn, arg) => page.evaluate(fn as never, arg) as never,
      click: (selector) => page.locator(selector).first().click(),
      type: async (selector, text) => {
        await page.locator(selector).first().click();
        await page.keyboard.type(text);
      },
      close: () => page.close(),
    };
  }

  beforeAll(async () => {
    ensureTestModel();
    server = await startFixtureServer(JOURNEY_ROOTS);
    routeJourneyPages(server);
    session = await launchChromium(); // a fresh profile: this is the install
    const welcomeUrl = `chrome-extension://${session.extensionId}/welcome.html`;
    journey = new Journey(
      {
        async welcomeTab() {
          const page = await waitFor(async () => session.context.pages().find((p) => p.url() === welcomeUrl), Boolean, 30_000, 'the tab opened on install');
          return tabOf(page!);
        },
        async openChat(path) {
          const page = await session.context.newPage();
          await page.goto(`${server.origin}${path}`);
          await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
          return tabOf(page);
        },
        async openPopup() {
          const page = await session.context.newPage();
          await page.setViewportSize({ width: 400, height: 600 });
          await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
          return tabOf(page);
        },
      },
      server,
    );
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('install opens the first-run page by itself; its choices are saved and consent downloads the search model', () => journey.firstRun());
  it('a short chat on the Claude look-alike is captured, turn by turn', () => journey.captureChat());
  it('"Dream now" learns from it, and the diary shows what it learned', () => journey.dream());
  it('Undo in the diary takes it back, and it stays undone after the same words and another dream', () => journey.undoSticks());
  it('Delete: the words stay only for the undo window, then are gone from every table', () => journey.deleteForGood(), 90_000);
});
