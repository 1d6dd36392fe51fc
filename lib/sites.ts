import { SITE_LIST } from './capture/adapters';

/**
 * The chat sites Reverie knows: ids, names, hosts and match patterns, all derived from the site files
 * (lib/capture/adapters/*.ts, listed in lib/capture/adapters/index.ts). Nothing here is written by hand.
 */
export type SiteId = (typeof SITE_LIST)[number]['site'];
export const SITE_IDS: SiteId[] = SITE_LIST.map((site) => site.site);

export const SITES = Object.fromEntries(SITE_LIST.map((site) => [site.site, { name: site.name, hosts: site.hosts }])) as {
  readonly [Id in SiteId]: { readonly name: string; readonly hosts: readonly string[] };
};

/** Content-script matches and host permissions: the sites' own hosts only (least privilege). */
export const SITE_MATCHES: string[] = SITE_LIST.flatMap((site) => site.matchPatterns);

/** Conversation titles that only name a site (the chat has no title of its own), as the sites declare them. */
export const SITE_GENERIC_TITLES: readonly string[] = SITE_LIST.flatMap((site) => site.genericTitles);

export function siteForHost(host: string): SiteId | null {
  for (const id of SITE_IDS) if (SITES[id].hosts.includes(host)) return id;
  return null;
}
