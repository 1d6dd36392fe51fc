import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rm } from 'node:fs/promises';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { readStore } from './harness/db';
import { sendProtocol } from './harness/messages';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { buildRealEditors } from './pages/real-editors';
import {
  COMPOSER_SITES,
  PAST,
  blockGoesWholeAndEditsSurvive,
  caretStaysOutOfTheBlock,
  fixtureRoots,
  routeComposerPages,
  type ComposerBrowser,
  type ComposerTab,
  type TurnRow,
} from './composer-block.shared';

describe('Chromium: the caret cannot land in the block; stripping never takes what the user typed', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let realEditors: string;
  let browser: ComposerBrowser;

  function tabOf(page: Page): ComposerTab {
    return {
      run: (fn, arg) => page.evaluate(fn as never, arg) as never,
      clickAt: (x, y) => page.mouse.click(x, y),
      type: (text) => page.keyboard.type(text),
      press: (key, modifier) => page.keyboard.press(modifier ? `${modifier}+${key}` : key),
      url: () => page.url(),
      close: () => page.close(),
    };
  }

  beforeAll(async () => {
    realEditors = await buildRealEditors();
    server = await startFixtureServer(fixtureRoots(realEditors));
    routeComposerPages(server);
    session = await launchChromium();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const imported = await sendProtocol((fn, arg) => popup.evaluate(fn as never, arg), 'importConversations', {
      source: 'import-claude',
      conversations: PAST,
    });
    expect(imported.turns).toBe(4);
    browser = {
      async open(path) {
        const page = await session.context.newPage();
        await page.goto(`${server.origin}${path}`);
        await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
        return tabOf(page);
      },
      turns: async () => {
        const sw = await session.serviceWorker();
        return (await readStore((fn, arg) => sw.evaluate(fn, arg), 'turns')) as TurnRow[];
      },
    };
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (realEditors) await rm(realEditors, { recursive: true, force: true });
  });

  for (const { site, kind } of COMPOSER_SITES) {
    it(`${kind} (${site}): clicks and keys put the user's text below the block; stored: their words, a typed ⟦/reverie⟧ too`, () =>
      caretStaysOutOfTheBlock(browser, site));
    it(`${kind} (${site}): Backspace takes the block whole; a line edited past the guard is kept with the message`, () =>
      blockGoesWholeAndEditsSurvive(browser, site));
  }
});
