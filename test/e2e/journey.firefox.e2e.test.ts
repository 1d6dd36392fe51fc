import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { openExtensionPage } from './harness/firefox-pages';
import { waitFor } from './harness/db';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { ensureTestModel } from './harness/test-model';
import { Journey, JOURNEY_ROOTS, routeJourneyPages, type Tab } from './journey.shared';

/** The whole first hour in Firefox ESR: install → first run → capture → dream → undo → delete (journey.shared.ts). */
describe('Firefox ESR: install → first run → capture → dream → undo → delete', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let journey: Journey;

  function tabOf(target: Page | Frame, close: () => Promise<void>): Tab & { close(): Promise<void> } {
    return {
      run: (fn, arg) => target.evaluate(fn as never, arg) as never,
      click: (selector) => target.click(selector),
      type: (selector, text) => target.type(selector, text),
      close,
    };
  }

  beforeAll(async () => {
    ensureTestModel();
    server = await startFixtureServer(JOURNEY_ROOTS);
    routeJourneyPages(server);
    session = await launchFirefox(); // a fresh profile: installing the add-on is the install
    journey = new Journey(
      {
        async welcomeTab() {
          // WebDriver BiDi reports a tab the extension opened as about:blank; the page itself knows where it is.
          const welcome = `${session.extensionOrigin}/welcome.html`;
          const page = await waitFor(
            async () => {
              for (const p of await session.browser.pages()) if ((await p.evaluate(() => location.href).catch(() => '')) === welcome) return p;
              return undefined;
            },
            Boolean,
            30_000,
            'the tab opened on install',
          );
          return tabOf(page!, () => page!.close());
        },
        async openChat(path) {
          const page = await session.browser.newPage();
          await page.goto(`${server.origin}${path}`);
          await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
          return tabOf(page, () => page.close());
        },
        async openPopup() {
          // BiDi cannot open moz-extension:// by address: a 127.0.0.1 page frames the popup at its size.
          const page = await session.browser.newPage();
          const frame = await openExtensionPage(page, server.origin, session.extensionOrigin, 'popup.html');
          return tabOf(frame, () => page.close());
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
