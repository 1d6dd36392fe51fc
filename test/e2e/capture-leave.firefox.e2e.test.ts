import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { openExtensionPage } from './harness/firefox-pages';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readStore } from './harness/db';
import { sendProtocol } from './harness/messages';
import {
  FIXTURE_ROOTS,
  invisibleTextIsNotCaptured,
  leaveAfterAnswer,
  leaveWhileStreaming,
  quickBackAndForthThenNewChat,
  routeChatPages,
  type Browser,
  type ChatTab,
  type TurnRow,
} from './capture-leave.shared';

describe('Firefox ESR: capture loses nothing when the user leaves', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let popup: Frame;
  let browser: Browser;

  function tabOf(page: Page): ChatTab {
    return {
      run: (fn, arg) => page.evaluate(fn as never, arg) as never,
      click: (selector) => page.click(selector),
      type: (text) => page.keyboard.type(text),
      close: () => page.close(),
    };
  }

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURE_ROOTS);
    routeChatPages(server);
    server.route('/blank', '<!doctype html><title>blank</title>');
    session = await launchFirefox();
    popup = await openExtensionPage(await session.browser.newPage(), server.origin, session.extensionOrigin, 'popup.html');
    // The prompts are typed where a person would click; no warm-start block in the way.
    await sendProtocol((fn, arg) => popup.evaluate(fn as never, arg), 'setSettings', { insertionOffSites: ['claude'] });
    browser = {
      async open(path) {
        const page = await session.browser.newPage();
        await page.goto(`${server.origin}${path}`);
        await page.waitForFunction(() => (window as any).__chat && (window as any).__editor);
        return tabOf(page);
      },
      turns: () => readStore((fn, arg) => popup.evaluate(fn, arg), 'turns') as Promise<TurnRow[]>,
    };
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  for (const delay of [0, 100, 300]) {
    it(`closing the tab ${delay} ms after the answer ends keeps the exchange`, () => leaveAfterAnswer(browser, 'close', delay));
    it(`navigating away ${delay} ms after the answer ends keeps the exchange`, () => leaveAfterAnswer(browser, 'navigate', delay));
  }
  it('closing the tab while the answer streams keeps the prompt; the answer is completed on the next visit', () =>
    leaveWhileStreaming(browser, 'close'));
  it('navigating away while the answer streams keeps the prompt; the answer is completed on the next visit', () =>
    leaveWhileStreaming(browser, 'navigate'));
  it('a quick back-and-forth, then New chat while the answer streams: every turn kept, once', () => quickBackAndForthThenNewChat(browser));
  it('text the page hides is never stored as a user turn', () => invisibleTextIsNotCaptured(browser));
});
