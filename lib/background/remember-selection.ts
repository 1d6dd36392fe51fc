import type { ReverieDb } from '../db/schema';
import type { HostConnection } from '../host/connection';
import type { ExtensionIdentity } from '../messaging/admit';
import type { RememberResult } from '../messaging/protocol';
import { loadSettings } from '../settings';
import { cleanCapture } from './capture-intake';
import { chatTabOf, type ChatTab, type TabInfo, type TabMessenger } from './chat-tabs';

/** What "remember this" needs: the database (settings), the engine host, who we are, and a way to ask a tab. */
export interface RememberDeps {
  db: ReverieDb;
  host: HostConnection;
  identity: ExtensionIdentity;
  send: TabMessenger;
}

/** Where a "remember this" came from: the context menu carries the browser's own copy of the selection. */
export type RememberSource = { via: 'menu'; selectionText: string } | { via: 'command' };

/**
 * "Remember this", for the tab the user chose it in — from the context menu or the shortcut, both trusted browser UI
 * that a page cannot trigger. Nothing is saved while Reverie is paused. The selection is asked of the tab's content
 * script only now, in answer to that choice (no message lets a page hand in text to remember). From the menu, the
 * content script's reading (visible text only, line breaks kept) is used only when its words are all among the words
 * the browser itself reports selected; otherwise the browser's copy is. The text then goes through the capture
 * intake's cleaning (Reverie's own block stripped, secrets redacted) and becomes a pinned memory of the user's own.
 * The tab is told the outcome, which its indicator shows.
 */
export async function rememberFromTab(deps: RememberDeps, tab: TabInfo | undefined, source: RememberSource): Promise<RememberResult> {
  const chat = chatTabOf(tab, deps.identity);
  if (!chat) return refused('"Remember this" works on the chat sites Reverie knows.');
  let result: RememberResult;
  try {
    result = await remember(deps, chat, source);
  } catch (error) {
    result = refused(`Nothing was remembered: ${(error as Error)?.message ?? String(error)}`);
  }
  await deps.send(chat.tabId, 'showNotice', { ok: result.remembered, message: noticeFor(result) }).catch(() => undefined);
  return result;
}

async function remember(deps: RememberDeps, chat: ChatTab, source: RememberSource): Promise<RememberResult> {
  if (chat.incognito) return refused('Reverie does not remember anything from private windows.');
  const settings = await loadSettings(deps.db);
  if (settings.paused) return refused('Reverie is paused: nothing was remembered.');
  const read = await deps.send(chat.tabId, 'readSelection').catch(() => null);
  // The content script's site counts only where the address cannot tell (the test build's fixture pages).
  const fromPage = read && (chat.site === null || read.site === chat.site) ? read : null;
  const site = chat.site ?? fromPage?.site ?? null;
  if (!site) return refused('"Remember this" works on the chat sites Reverie knows.');
  let text: string;
  if (source.via === 'menu') text = fromPage && wordsWithin(fromPage.text, source.selectionText) ? fromPage.text : source.selectionText;
  else if (fromPage) text = fromPage.text;
  else return refused('Reverie is not running in this tab yet: reload the page and try again.');
  if (text.trim() === '') return refused('Nothing is selected: select the words to remember first.');
  const cleaned = cleanCapture({ site, conversationId: 'remember', url: chat.url, turns: [{ role: 'user', text, ordinal: 0 }] }, settings);
  return deps.host.call('rememberText', { site, url: chat.url, text: cleaned.turns[0]!.text });
}

/** True when every word of `part` appears in `whole`, in order (nothing added to what the browser saw selected). */
export function wordsWithin(part: string, whole: string): boolean {
  const want = part.split(/\s+/).filter(Boolean);
  const have = whole.split(/\s+/).filter(Boolean);
  if (want.length === 0) return false;
  let i = 0;
  for (const word of have) if (word === want[i] && ++i === want.length) return true;
  return false;
}

function refused(reason: string): RememberResult {
  return { remembered: false, reason };
}

/** What the indicator says afterwards. */
function noticeFor(result: RememberResult): string {
  if (!result.remembered) return result.reason ?? 'Nothing was remembered.';
  return result.already ? 'Already remembered: it is pinned in Reverie.' : 'Remembered: pinned in Reverie.';
}
