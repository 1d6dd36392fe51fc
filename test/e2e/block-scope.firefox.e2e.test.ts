import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { openExtensionPage } from './harness/firefox-pages';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { captureBothChats, defaultIsEverySite, thisSiteOnlyOnceChosen, FIXTURE_ROOTS, routeScopePages, type ScopeBrowser } from './block-scope.shared';

/**
 * Firefox ESR: chats captured on one look-alike site come into another site's block by default, and stay out once the
 * user chooses "Only that site's chats" in the options page (block-scope.shared.ts). The first-run page is not one the
 * test build lets a fixture page frame; the options page shows the same choice.
 */
describe('Firefox ESR: what a site’s block may draw on', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let popup: Frame;
  let browser: ScopeBrowser;
  const composer = '#composer-slot [contenteditable="true"], #composer-slot textarea';

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURE_ROOTS);
    routeScopePages(server);
    server.route('/blank', '<!doctype html><title>blank</title>');
    session = await launchFirefox();
    popup = await openExtensionPage(await session.browser.newPage(), server.origin, session.extensionOrigin, 'popup.html');
    browser = {
      async open(path) {
        const page = await session.browser.newPage();
        await page.goto(`${server.origin}${path}`);
        await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
        return {
          editorText: () => page.evaluate(() => (window as any).__editor.getText() as string),
          // Keys, not a click: a click could land inside the block.
          async typeAtEnd(text) {
            await page.focus(composer);
            await page.keyboard.down('Control');
            await page.keyboard.press('End');
            await page.keyboard.up('Control');
            await page.keyboard.type(text);
          },
          close: () => page.close(),
        };
      },
      store: (name) => readStore((fn, arg) => popup.evaluate(fn, arg), name),
      async chooseThisSiteOnly() {
        const tab = await session.browser.newPage();
        const options = await openExtensionPage(tab, server.origin, session.extensionOrigin, 'options.html');
        const every = 'input[name="block-scope"][value="all"]';
        await options.waitForSelector(every, { timeout: 15_000 });
        expect(await options.$eval(every, (el) => (el as HTMLInputElement).checked)).toBe(true);
        await options.click('input[name="block-scope"][value="site"]');
        await waitFor(
          () => sendProtocol((fn, arg) => popup.evaluate(fn as never, arg), 'getSettings', undefined),
          (s) => s.blockScope === 'site',
          15_000,
          'the choice saved',
        );
        await tab.close();
      },
    };
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('captures a chat on the ChatGPT look-alike and one on the Claude look-alike', () => captureBothChats(browser));
  it("by default a new Claude chat's block brings in both sites' chats, and its first line says so", () => defaultIsEverySite(browser));
  it('once the user keeps each site to its own chats in the options page, the ChatGPT chat stays out, and the first line says so', () =>
    thisSiteOnlyOnceChosen(browser));
});
