import type { SiteId } from '../sites';
import type { SiteAdapter } from './adapter';
import { chatgpt } from './adapters/chatgpt';
import { claude } from './adapters/claude';
import { copilot } from './adapters/copilot';
import { deepseek } from './adapters/deepseek';
import { gemini } from './adapters/gemini';
import { grok } from './adapters/grok';
import { mistral } from './adapters/mistral';
import { perplexity } from './adapters/perplexity';
import { ownEntry } from '../util/own';

export const ADAPTERS: Record<SiteId, SiteAdapter> = { chatgpt, claude, gemini, perplexity, deepseek, grok, copilot, mistral };

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
  for (const adapter of Object.values(ADAPTERS)) if (adapter.matches(url)) return adapter;
  return null;
}
