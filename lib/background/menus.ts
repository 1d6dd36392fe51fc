import { browser } from 'wxt/browser';
import type { RememberResult } from '../messaging/protocol';
import { SITE_MATCHES } from '../sites';
import type { TabInfo } from './chat-tabs';
import { rememberFromTab, type RememberDeps } from './remember-selection';

/** The context-menu item on selected text in a chat page. */
export const REMEMBER_MENU_ID = 'reverie-remember-selection';

/** The parts of the menu's click data read here (Chrome's contextMenus and Firefox's menus agree on them). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export type MenuClickHandler = (info: MenuClick, tab?: TabInfo) => Promise<RememberResult | null>;

/** "Remember this in Reverie": the browser hands over its own copy of the selection with the click. */
export function menuClickHandler(deps: RememberDeps): MenuClickHandler {
  return async (info, tab) => {
    if (info.menuItemId !== REMEMBER_MENU_ID) return null;
    return rememberFromTab(deps, tab, { via: 'menu', selectionText: info.selectionText ?? '' });
  };
}

/**
 * Creates the menu item (shown on selected text on the chat sites only; the test build adds its fixture pages) and binds
 * its clicks to `handler`. Menu items outlive a stopped service worker, so they are removed and made again at each
 * start rather than created twice.
 */
export function listenForMenus(handler: MenuClickHandler, extraPatterns: string[] = []): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  menus.onClicked.addListener((info, tab) => {
    void handler(info, tab).catch((error) => console.warn('[reverie] remember failed', error));
  });
  void (async () => {
    await menus.removeAll();
    menus.create(
      {
        id: REMEMBER_MENU_ID,
        title: 'Remember this in Reverie',
        contexts: ['selection'],
        documentUrlPatterns: [...SITE_MATCHES, ...extraPatterns],
      },
      () => void browser.runtime.lastError, // read, so a duplicate from a racing start is not reported as unchecked
    );
  })().catch((error) => console.warn('[reverie] menu not created', error));
}
