import { browser } from 'wxt/browser';
import { callerOf, type ExtensionIdentity } from '../messaging/admit';
import { sendTabMessage, type TabCalls } from '../messaging/protocol';
import type { SiteId } from '../sites';

/** The test build's fixture pages (as in wxt.config.ts): its menus show there too. */
export const TEST_PAGE_MATCHES = ['http://127.0.0.1/*'];

/** A tab showing a chat site, as far as its address tells: the tab, and its site (null: a test build's fixture page). */
export interface ChatTab {
  tabId: number;
  site: SiteId | null;
  url: string;
  incognito: boolean;
}

/** The parts of a tabs.Tab read here (Chrome's and Firefox's agree on them). */
export interface TabInfo {
  id?: number;
  url?: string;
  incognito?: boolean;
}

/**
 * The chat tab `tab` is, judged the way the message boundary judges a content script's sender (lib/messaging/admit.ts):
 * a chat site's address (or, in the test build, a 127.0.0.1 fixture page). Anything else is null.
 */
export function chatTabOf(tab: TabInfo | undefined, identity: ExtensionIdentity): ChatTab | null {
  if (!tab || tab.id === undefined || tab.id < 0 || !tab.url) return null;
  const caller = callerOf({ id: identity.id, url: tab.url, frameId: 0, tab: { id: tab.id, incognito: tab.incognito } }, identity);
  if (caller?.kind !== 'content') return null;
  return { tabId: tab.id, site: caller.site, url: tab.url, incognito: caller.incognito };
}

/** Asks the content script in one tab; the browser delivers it to that tab's scripts only (never to the page). */
export type TabMessenger = <M extends keyof TabCalls>(
  tabId: number,
  method: M,
  ...data: Parameters<TabCalls[M]>
) => Promise<Awaited<ReturnType<TabCalls[M]>>>;

export const messageTab: TabMessenger = (tabId, method, ...data) =>
  sendTabMessage(method, data[0] as never, { tabId, frameId: 0 }) as never;

/**
 * Tells every open chat tab to report its state again (the settings or a chat's exclusion changed), so each indicator
 * and badge shows the change at once. A tab whose content script is gone (or not there yet) just does not answer.
 */
export async function refreshChatTabs(identity: ExtensionIdentity, send: TabMessenger = messageTab): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => [] as TabInfo[]);
  await Promise.all(
    tabs
      .map((tab) => chatTabOf(tab, identity))
      .filter((tab): tab is ChatTab => tab !== null)
      .map((tab) => send(tab.tabId, 'refreshState').catch(() => undefined)),
  );
}
