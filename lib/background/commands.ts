import { browser } from 'wxt/browser';
import type { ControlOutcome, RememberResult } from '../messaging/protocol';
import { loadSettings } from '../settings';
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
 * shortcut reaches only that tab's content script. Pause pauses the block too: the insert shortcut then only says so.
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
  if (action === 'insert' && (await loadSettings(deps.db)).paused) {
    const outcome = { ok: false, message: 'Reverie is paused: no block was inserted.' };
    await deps.send(chat.tabId, 'showNotice', outcome).catch(() => undefined);
    return outcome;
  }
  return deps
    .send(chat.tabId, 'blockControl', { action })
    .catch(() => ({ ok: false, message: 'Reverie is not running in this tab yet: reload the page and try again.' }));
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
