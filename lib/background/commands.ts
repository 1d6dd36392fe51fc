import { browser } from 'wxt/browser';
import type { ControlOutcome, RememberResult } from '../messaging/protocol';
import { loadSettings, type Settings } from '../settings';
import { SITES, type SiteId } from '../sites';
import { chatTabOf, type TabInfo } from './chat-tabs';
import { rememberFromTab, type RememberDeps } from './remember-selection';

/**
 * The keyboard shortcuts, declared in the manifest's `commands` (wxt.config.ts) with suggested keys the browsers do not
 * use themselves; the user can change them (chrome://extensions/shortcuts, Firefox's add-on shortcuts page).
 */
const COMMANDS = {
  insertBlock: 'insert-block',
  removeBlock: 'remove-block',
  rememberSelection: 'remember-selection',
} as const;

export type CommandHandler = (command: string, tab?: TabInfo) => Promise<ControlOutcome | RememberResult | null>;

/**
 * What a shortcut does, for the tab it was pressed in (the browser passes the active tab; where it does not, the active
 * tab of the focused window). Only the browser calls this — a page cannot press an extension's shortcut — and each
 * shortcut reaches only that tab's content script. Where no block may go (paused, or adding memory switched off), the
 * insert shortcut only says why.
 */
export function commandHandler(deps: RememberDeps): CommandHandler {
  return async (command, tab) => {
    const target = tab ?? (await activeTab());
    if (command === COMMANDS.insertBlock) return blockCommand(deps, target, 'insert');
    if (command === COMMANDS.removeBlock) return blockCommand(deps, target, 'remove');
    if (command === COMMANDS.rememberSelection) return rememberFromTab(deps, target, { via: 'command' });
    return null;
  };
}

async function blockCommand(deps: RememberDeps, tab: TabInfo | undefined, action: 'insert' | 'remove'): Promise<ControlOutcome> {
  const chat = chatTabOf(tab, deps.identity);
  if (!chat) return { ok: false, message: 'The Reverie block goes into the chat sites Reverie knows.' };
  const refused = action === 'insert' ? insertRefusal(await loadSettings(deps.db), chat.site) : null;
  if (refused) {
    const outcome = { ok: false, message: refused };
    await deps.send(chat.tabId, 'showNotice', outcome).catch(() => undefined);
    return outcome;
  }
  return deps
    .send(chat.tabId, 'blockControl', { action })
    .catch(() => ({ ok: false, message: 'Reverie is not running in this tab yet: reload the page and try again.' }));
}

/**
 * Why the insert shortcut puts no block here, in the settings' own words, or null when it may: paused, adding memory
 * set to "Never", or switched off for this site. Each says how to undo it, since the user pressed the key expecting a block.
 */
function insertRefusal(settings: Settings, site: SiteId | null): string | null {
  if (settings.paused) return 'Reverie is paused: no block was inserted.';
  if (settings.insertion === 'off') {
    return `Adding memory to chats is off in Reverie's settings: no block was inserted. To turn it on, open Settings and under "Add memory to new chats" choose "Automatically" or "When I click".`;
  }
  if (site && settings.insertionOffSites.includes(site)) {
    const name = SITES[site].name;
    return `Adding memory is off for ${name} in Reverie's settings: no block was inserted. To turn it on, open Settings and tick "Add memory" for ${name}.`;
  }
  return null;
}

async function activeTab(): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  return tab;
}

/** Binds the shortcuts to `handler` (at the background's start, so a shortcut also wakes a stopped service worker). */
export function listenForCommands(handler: CommandHandler): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void handler(command, tab).catch((error) => console.warn('[reverie] shortcut failed', error));
  });
}
