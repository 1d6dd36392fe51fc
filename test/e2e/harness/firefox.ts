import puppeteer, { type Browser } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';

const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output-test/firefox-mv2-test', import.meta.url));
const FIREFOX_ADDON_ID = 'reverie@reverie.invalid';
/** A fixed internal UUID (set by pref) so tests can open moz-extension:// pages by address. */
const FIREFOX_EXTENSION_UUID = '6d5c9a4e-2f1b-4c3d-9e8f-0a1b2c3d4e5f';

export interface FirefoxSession {
  browser: Browser;
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Debian's Firefox ESR over WebDriver BiDi, with the test build installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'network.proxy.allow_hijacking_localhost': false,
      'datareporting.healthreport.uploadEnabled': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  await installTabOpened(browser, `${extensionOrigin}/welcome.html`);
  return {
    browser,
    extensionOrigin,
    close: () => browser.close(),
  };
}

/**
 * Waits for the first-run tab the extension opens, in front, on install. A test's pages must come after it: one
 * opened before it goes to the background when it opens, and keys typed there reach nothing (a loaded machine installs
 * late enough for that to happen). WebDriver BiDi reports that tab as about:blank; the page itself knows its address.
 */
async function installTabOpened(browser: Browser, welcomeUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if ((await page.evaluate(() => location.href).catch(() => '')) === welcomeUrl) return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The extension opened no first-run tab on install');
}
