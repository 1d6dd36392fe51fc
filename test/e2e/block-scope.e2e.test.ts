import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore, waitFor } from './harness/db';
import { sendProtocol } from './harness/messages';
import { captureBothChats, defaultIsEverySite, thisSiteOnlyOnceChosen, FIXTURE_ROOTS, routeScopePages, type ScopeBrowser } from './block-scope.shared';

/**
 * Chromium: chats captured on one look-alike site come into another site's block by default, and stay out once the
 * user chooses "Only that site's chats" on the first-run page (block-scope.shared.ts).
 */
describe('Chromium: what a site’s block may draw on', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let ctl: Page;
  let browser: ScopeBrowser;
  const composer = '#composer-slot [contenteditable="true"], #composer-slot textarea';

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURE_ROOTS);
    routeScopePages(server);
    session = await launchChromium();
    ctl = await session.context.newPage();
    await ctl.goto(`chrome-extension://${session.extensionId}/popup.html`);
    browser = {
      async open(path) {
        const page = await session.context.newPage();
        await page.goto(`${server.origin}${path}`);
        await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
        return {
          editorText: () => page.evaluate(() => (window as any).__editor.getText() as string),
          // Keys, not a click: a click could land inside the block.
          async typeAtEnd(text) {
            await page.focus(composer);
            await page.keyboard.press('ControlOrMeta+End');
            await page.keyboard.type(text);
          },
          close: () => page.close(),
        };
      },
      store: (name) => readStore((fn, arg) => ctl.evaluate(fn, arg), name),
      async chooseThisSiteOnly() {
        const welcome = await session.context.newPage();
        await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
        const every = welcome.getByRole('radio', { name: /Chats from every site/ });
        await every.waitFor({ timeout: 15_000 });
        expect(await every.isChecked()).toBe(true);
        await welcome.getByRole('radio', { name: /Only that site's chats/ }).check();
        await waitFor(
          () => sendProtocol((fn, arg) => ctl.evaluate(fn, arg), 'getSettings', undefined),
          (s) => s.blockScope === 'site',
          15_000,
          'the choice saved',
        );
        await welcome.close();
      },
    };
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('captures a chat on the ChatGPT look-alike and one on the Claude look-alike', () => captureBothChats(browser));
  it("by default a new Claude chat's block brings in both sites' chats, and its first line says so", () => defaultIsEverySite(browser));
  it("once the user keeps each site to its own chats, the ChatGPT chat stays out, and the first line says so", () =>
    thisSiteOnlyOnceChosen(browser));
});
