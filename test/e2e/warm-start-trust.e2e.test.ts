import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
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
 * Chromium: only the user's own typing refreshes the block, and pause stops capture, insertion and refresh without a
 * reload (warm-start-trust.shared.ts).
 */
describe('Chromium: only the user steers the block, and pause pauses everything', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let popup: Page;
  let browser: TrustBrowser;
  const composer = '#composer-slot [contenteditable="true"]';

  function tabOf(page: Page): TrustTab {
    return {
      run: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async caretToEnd() {
        await page.focus(composer);
        await page.keyboard.press('ControlOrMeta+End');
      },
      type: (text) => page.keyboard.type(text),
      click: (selector) => page.click(selector),
      close: () => page.close(),
    };
  }

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURE_ROOTS);
    routeTrustPages(server);
    session = await launchChromium();
    popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    browser = {
      async open(path) {
        const page = await session.context.newPage();
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
