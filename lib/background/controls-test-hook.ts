import { browser } from 'wxt/browser';
import type { ExtensionIdentity } from '../messaging/admit';
import type { CommandHandler } from './commands';
import type { MenuClick, MenuClickHandler } from './menus';

/** The message an end-to-end test sends from an extension page (popup.html) to stand in for the browser. */
interface TestControlMessage {
  type: typeof TEST_CONTROL_TYPE;
  timestamp: number;
  /** The tab, by the address it shows (each test page has its own). */
  url: string;
  /** A shortcut pressed in that tab, or */
  command?: string;
  /** a click on a context-menu item there, or */
  menu?: MenuClick;
  /** what the browser shows of that tab: its id, or its toolbar badge. */
  ask?: 'tabId' | 'badge';
}

const TEST_CONTROL_TYPE = 'reverieTestControl';

/**
 * Test build only. A headless browser cannot press an extension's keyboard shortcut or click its context-menu item,
 * so end-to-end tests ask the background, from one of the extension's own pages, to call the very handlers
 * `commands.onCommand` and `contextMenus.onClicked` are bound to, with the tab the browser would pass. It also tells
 * them the tab's id and badge: Firefox gives an extension page framed in a web page (how its tests open the popup) no
 * `tabs` or `browserAction`. Store builds never install this listener, and it answers the extension's own pages only.
 */
export function installControlsTestHook(identity: ExtensionIdentity, onCommand: CommandHandler, onMenuClick: MenuClickHandler): void {
  browser.runtime.onMessage.addListener(((message: unknown, sender: { url?: string }, sendResponse: (answer: unknown) => void) => {
    const m = message as Partial<TestControlMessage> | null;
    if (!m || m.type !== TEST_CONTROL_TYPE || typeof m.url !== 'string') return undefined;
    if (!sender.url?.startsWith(identity.baseUrl)) return undefined;
    void answer(m as TestControlMessage, onCommand, onMenuClick).then(
      (res) => sendResponse({ res }),
      (error: unknown) => sendResponse({ err: { message: String((error as Error)?.message ?? error) } }),
    );
    return true; // answered asynchronously, through sendResponse (the form Chrome and Firefox both accept)
  }) as never);
}

async function answer(m: TestControlMessage, onCommand: CommandHandler, onMenuClick: MenuClickHandler): Promise<unknown> {
  const tab = (await browser.tabs.query({})).find((t) => t.url === m.url);
  if (!tab?.id) throw new Error(`no tab shows ${m.url}`);
  if (m.ask === 'tabId') return tab.id;
  if (m.ask === 'badge') {
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    return action.getBadgeText({ tabId: tab.id });
  }
  return m.menu ? onMenuClick(m.menu, tab) : onCommand(String(m.command), tab);
}
