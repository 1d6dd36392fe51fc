import { browser } from 'wxt/browser';
import type { PageStateReport, TabState } from '../messaging/protocol';
import type { Settings } from '../settings';
import { ownEntry } from '../util/own';

/**
 * What Reverie is doing in a tab, decided in one place so the in-page indicator and the toolbar badge always agree.
 * The settings and the chat's exclusion are the background's own knowledge; whether the page is temporary or readable
 * is the content script's report (a page that lies about those only changes its own tab's badge, never what is saved:
 * the capture intake decides that).
 */
export function tabStateFor(settings: Settings, report: Pick<PageStateReport, 'site' | 'temporary' | 'readable'>, chatExcluded: boolean): TabState {
  if (settings.paused) return 'paused';
  if (!ownEntry(settings.sites, report.site)) return 'site-off';
  if (report.temporary) return 'temporary';
  if (chatExcluded) return 'chat-off';
  if (!report.readable) return 'broken';
  return 'saving';
}

/** The toolbar badge per state: nothing while saving normally; a short mark, a colour and a tooltip otherwise. */
export const BADGES: Record<TabState, { text: string; color: string; title: string }> = {
  saving: { text: '', color: '#2563eb', title: 'Reverie — saving this chat' },
  paused: { text: 'II', color: '#6b7280', title: 'Reverie — paused: nothing is saved or inserted' },
  'site-off': { text: 'off', color: '#6b7280', title: 'Reverie — switched off on this site' },
  'chat-off': { text: 'off', color: '#6b7280', title: 'Reverie — not remembering this chat' },
  temporary: { text: 'off', color: '#6b7280', title: 'Reverie — not saving: a temporary chat' },
  broken: { text: '!', color: '#b45309', title: 'Reverie — cannot read this page, so nothing is saved' },
};

/** The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in Manifest V2 (Firefox). */
function toolbarAction(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/**
 * Shows `state` on the toolbar button for one tab. Per-tab values: the browser drops them when the tab navigates to
 * another page or closes, and the content script of the next page reports again.
 */
export async function showTabBadge(tabId: number, state: TabState): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  const badge = BADGES[state];
  // The tab may have closed meanwhile: nothing to show then.
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => undefined);
}
