import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { openExtensionPage } from './harness/firefox-pages';
import { startFixtureServer, type FixtureServer } from './harness/server';
import {
  FIXTURE_ROOTS,
  pageScriptGetsNoRecall,
  pauseStopsEverything,
  rememberAndWarmUp,
  routeTrustPages,
  type TrustBrowser,
  type TrustTab,
} from './warm-start-trust.shared';

/**
 * Firefox ESR: only the user's own typing refreshes the block, and pause stops capture, insertion and refresh without a
 * reload (warm-start-trust.shared.ts). Puppeteer's key presses are trusted input; what its page.evaluate dispatches is
 * the page's own script, untrusted, as in Chromium.
 */
describe('Firefox ESR: only the user steers the block, and pause pauses everything', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let popup: Frame;
  let browser: TrustBrowser;
  const composer = '#composer-slot [contenteditable="true"]';

  function tabOf(page: Page): TrustTab {
    return {
      run: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async caretToEnd() {
        await page.focus(composer);
        await page.keyboard.down('Control');
        await page.keyboard.press('End');
        await page.keyboard.up('Control');
      },
      type: (text) => page.keyboard.type(text),
      click: (selector) => page.click(selector),
      close: () => page.close(),
    };
  }

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURE_ROOTS);
    routeTrustPages(server);
    server.route('/blank', '<!doctype html><title>blank</title>');
    session = await launchFirefox();
    popup = await openExtensionPage(await session.browser.newPage(), server.origin, session.extensionOrigin, 'popup.html');
    browser = {
      async open(path) {
        const page = await session.browser.newPage();
        await page.goto(`${server.origin}${path}`);
        await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
        return tabOf(page);
      },
      inExtension: (fn, arg) => popup.evaluate(fn as never, arg),
    };
    await rememberAndWarmUp(browser);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("a page script writing into the composer gets no recall; the user's own key press does", () => pageScriptGetsNoRecall(browser));
  it('paused: typing refreshes nothing, a sent chat is not kept, a new chat gets no block; resumed, all three work again without a reload', () =>
    pauseStopsEverything(browser));
});
