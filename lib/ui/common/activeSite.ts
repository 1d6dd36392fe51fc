import { siteForHost, type SiteId } from '../../sites';

/** The slice of the tabs API the popup needs, so tests and non-extension contexts can pass their own. */
export interface TabsLike {
  query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number; url?: string }[]>;
}

/**
 * The chat site open in the active tab, or null. The tab's url is only visible for hosts Reverie has permission
 * for (the chat sites), which is exactly the set that matters; anything else, or any failure, reads as null.
 */
export async function activeSite(tabs: TabsLike | undefined): Promise<SiteId | null> {
  return (await activeChatTab(tabs)).site;
}

/** The active tab's chat site and the tab's id (for the last block offered there); nulls when it is not a chat. */
export async function activeChatTab(tabs: TabsLike | undefined): Promise<{ site: SiteId | null; tabId: number | null }> {
  const none = { site: null, tabId: null };
  if (!tabs) return none;
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    if (!tab?.url) return none;
    const site = siteForHost(new URL(tab.url).host);
    return site ? { site, tabId: tab.id ?? null } : none;
  } catch {
    return none;
  }
}
