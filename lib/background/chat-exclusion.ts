import { browser } from 'wxt/browser';
import { addressNames } from '../messaging/admit';
import type { TabChat } from '../messaging/protocol';
import { chatKey, isChatExcluded, setChatExcluded } from '../host/excluded-chats';
import { SITE_IDS, type SiteId } from '../sites';
import { chatTabOf, refreshChatTabs, type TabInfo } from './chat-tabs';
import type { RememberDeps } from './remember-selection';

/** What "Don't remember this chat" needs: the same as "Remember this", and a way to look a tab up. */
export interface ExclusionDeps extends RememberDeps {
  getTab?: (tabId: number) => Promise<TabInfo | undefined>;
}

/**
 * "Don't remember this chat", from the indicator (the content script names the chat its tab shows; the message
 * boundary checked the address names it) or from the popup (for the active tab). The engine host marks it excluded,
 * drops its queued captures and forgets what was stored of it with the popup's "forget conversation" erase; then
 * every open chat tab reports its state again, so each indicator and badge says so.
 */
export async function excludeChat(deps: ExclusionDeps, site: SiteId, conversationId: string): Promise<{ deleted: number }> {
  const result = await deps.host.call('excludeConversation', { conversationKey: chatKey(site, conversationId) });
  await refreshChatTabs(deps.identity, deps.send);
  return result;
}

/**
 * The chat open in a tab, as its content script names it, believed only when the tab's address names that
 * conversation and is on that site (a content script cannot have another chat excluded in its place).
 */
export async function tabChat(deps: ExclusionDeps, tabId: number): Promise<TabChat | null> {
  const getTab = deps.getTab ?? ((id: number) => browser.tabs.get(id).catch(() => undefined));
  const chat = chatTabOf(await getTab(tabId), deps.identity);
  if (!chat) return null;
  const here = await deps.send(tabId, 'currentChat').catch(() => null);
  const site = here?.site;
  const conversationId = here?.conversationId;
  if (typeof site !== 'string' || !(SITE_IDS as readonly string[]).includes(site)) return null;
  if (chat.site !== null && site !== chat.site) return null;
  if (typeof conversationId !== 'string' || conversationId === '' || conversationId.length > 512) return null;
  if (!addressNames(chat.url, conversationId)) return null;
  return { site, conversationId, excluded: await isChatExcluded(deps.db, chatKey(site, conversationId)) };
}

/** The popup's switch for the active tab's chat: excluded (and forgotten), or saved again from now on. */
export async function setTabChatExcluded(deps: ExclusionDeps, tabId: number, excluded: boolean): Promise<{ deleted: number }> {
  const chat = await tabChat(deps, tabId);
  if (!chat) throw new Error('This tab shows no saved chat: open the conversation and try again.');
  if (excluded) return excludeChat(deps, chat.site, chat.conversationId);
  await setChatExcluded(deps.db, chatKey(chat.site, chat.conversationId), false);
  await refreshChatTabs(deps.identity, deps.send);
  return { deleted: 0 };
}
