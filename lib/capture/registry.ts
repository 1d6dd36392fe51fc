import type { SiteId } from '../sites';
import type { SiteAdapter } from './adapter';
import { SITE_LIST } from './adapters';
import { ownEntry } from '../util/own';

/** The adapter of each site, by id, from the site list (the same objects, so a bench or test may swap a method). */
const entries: [SiteId, SiteAdapter][] = SITE_LIST.map((site) => [site.site, site]);
export const ADAPTERS = Object.fromEntries(entries) as Record<SiteId, SiteAdapter>;

const TEST_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * The adapter for a page. Real sites match by host. A page served from 127.0.0.1/localhost (e2e tests, the local
 * demo) names the site it mimics with `<meta name="reverie-test-site" content="claude">`; that meta tag is honoured
 * on those hosts only, so a real web page can never pose as a chat site.
 */
export function adapterFor(url: URL, doc?: Document): SiteAdapter | null {
  if (TEST_HOSTS.has(url.hostname)) {
    const declared = doc?.querySelector('meta[name="reverie-test-site"]')?.getAttribute('content')?.trim();
    return (declared && ownEntry(ADAPTERS, declared)) || null;
  }
  for (const adapter of SITE_LIST) if (adapter.matches(url)) return adapter;
  return null;
}
