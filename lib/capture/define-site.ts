import { pathId, titleFromDocument, type SiteAdapter } from './adapter';

/**
 * One chat site, declared once. Each file in lib/capture/adapters/ calls defineSite; the list in
 * lib/capture/adapters/index.ts is the only other place a site is named. Everything else derives from that list:
 * the site ids and names (lib/sites.ts), the content script's matches and the host permissions (wxt.config.ts,
 * entrypoints/content.ts), the per-site settings, the message checks (lib/messaging/admit.ts), the adapter registry
 * and the titles that only name a site (lib/preamble/topic.ts).
 */
export interface SiteDefinition<Id extends string>
  extends Omit<SiteAdapter<Id>, 'site' | 'matches' | 'conversationId' | 'isTemporary' | 'isNewChat' | 'title'> {
  id: Id;
  /** The name users know the site by, shown in the popup, options and first-run page. */
  name: string;
  /**
   * The hosts the site's chat pages are served from, https only; the first is the site's own address. Each one becomes
   * a content-script match and a host permission, so list only hosts that serve chat pages (not ones that redirect).
   */
  hosts: readonly [string, ...string[]];
  /** The path segments the site puts right before a conversation's id: ['c'] for /c/<id>. */
  conversationPaths: readonly [string, ...string[]];
  /** What document.title says besides the conversation's own title (the site's name, its tagline): cut off. */
  titleNoise: RegExp;
  /** Titles that only name the site (a chat with no title of its own), compared case-insensitively; default [name]. */
  genericTitles?: readonly string[];
  /** Defaults to the first id found after one of `conversationPaths`. */
  conversationId?: SiteAdapter<Id>['conversationId'];
  /** A chat the site keeps out of history; default: the site has none. */
  isTemporary?: SiteAdapter<Id>['isTemporary'];
  /** Defaults to: no conversation id in the URL and no turns on the page. */
  isNewChat?: SiteAdapter<Id>['isNewChat'];
  /** Defaults to document.title without `titleNoise`. */
  title?: SiteAdapter<Id>['title'];
}

/** What lib/sites.ts and the registry read of a site besides its adapter. */
interface SiteFacts {
  name: string;
  hosts: readonly string[];
  /** Content-script match patterns, one per host. */
  matchPatterns: readonly string[];
  conversationPaths: readonly string[];
  genericTitles: readonly string[];
}

export type Site<Id extends string> = SiteAdapter<Id> & SiteFacts;

/** A site's adapter and facts from its declaration, with the defaults most sites share. Pure: no DOM at import. */
export function defineSite<const Id extends string>(def: SiteDefinition<Id>): Site<Id> {
  const { id, name, hosts, conversationPaths, titleNoise, genericTitles, ...reading } = def;
  const conversationId: SiteAdapter<Id>['conversationId'] =
    def.conversationId ??
    ((url) => {
      for (const marker of conversationPaths) {
        const found = pathId(url, marker);
        if (found) return found;
      }
      return null;
    });
  const site: Site<Id> = {
    ...reading,
    site: id,
    name,
    hosts,
    matchPatterns: hosts.map((host) => `https://${host}/*`),
    conversationPaths,
    genericTitles: genericTitles ?? [name],
    matches: (url) => hosts.includes(url.hostname),
    conversationId,
    isTemporary: def.isTemporary ?? (() => false),
    // `site.findTurns`, not `reading.findTurns`: a test (or bench) that swaps a method on the adapter is honoured.
    isNewChat: def.isNewChat ?? ((url, doc) => site.conversationId(url, doc) === null && site.findTurns(doc).length === 0),
    title: def.title ?? ((doc) => titleFromDocument(doc, titleNoise)),
  };
  return site;
}
