import { siteForHost, type SiteId } from '../../sites';

/** The slice of the tabs API the popup needs, so tests and non-extension contexts can pass their own. */
export interface TabsLike {
  query(q: { active: boolean; currentWindow: boolean }): Promise<{ url?: string }[]>;
}

/**
 * The chat site open in the active tab, or null. The tab's url is only visible for hosts Reverie has permission
 * for (the chat sites), which is exactly the set that matters; anything else, or any failure, reads as null.
 */
export async function activeSite(tabs: TabsLike | undefined): Promise<SiteId | null> {
  if (!tabs) return null;
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    if (!tab?.url) return null;
    return siteForHost(new URL(tab.url).host);
  } catch {
    return null;
  }
}
