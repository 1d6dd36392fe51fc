import { browser } from 'wxt/browser';

/** The first-run page (entrypoints/welcome/), as a path inside the extension. */
const WELCOME_PATH = '/welcome.html';

/** The first-run page's full URL in this extension. */
export function welcomeUrl(): string {
  return browser.runtime.getURL(WELCOME_PATH);
}

/**
 * Opens the first-run page in a new tab when Reverie is installed (not on updates, nor on browser updates). The
 * listener must be added while the background starts, before anything is awaited: a service worker woken by the
 * install event only delivers it to listeners added in its first turn.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    browser.tabs.create({ url: welcomeUrl() }).catch((error) => console.warn('[reverie] could not open the first-run page', error));
  });
}
