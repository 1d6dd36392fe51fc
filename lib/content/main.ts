import { adapterFor } from '../capture/registry';
import { checkPage } from '../capture/health';
import { LiveCapture } from '../capture/live';
import { WarmStart } from '../composer/warm-start';
import { sendMessage } from '../messaging/protocol';
import type { SiteId } from '../sites';

/** Retry delay after the background refused a capture for lack of space (capture resumes when space returns). */
const STORAGE_FULL_RETRY_MS = 60_000;

/**
 * The content script: live capture of the thread and the warm-start preamble in new chats. Everything here is cheap
 * until the page is a chat page; page reading lives in the site adapters.
 */
export function startContentScript(): void {
  const url = new URL(location.href);
  const adapter = adapterFor(url, document);
  if (!adapter) return;
  const site: SiteId = adapter.site;

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const capture = new LiveCapture({
    doc: document,
    getUrl: () => location.href,
    send: async (conversation) => {
      const allowed = await sendMessage('capture/allowed', { site, url: location.href });
      if (!allowed.allowed) return;
      const result = await sendMessage('capture/turns', { ...conversation, site, url: location.href });
      if (!result.accepted && result.reason === 'storage-full') {
        // Keep what the page shows; try again later rather than losing it.
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => capture.resendAll(), STORAGE_FULL_RETRY_MS);
        throw new Error('storage full');
      }
    },
    reportHealth: (health) => void sendMessage('capture/health', { ...health, site, url: location.href, at: Date.now() }).catch(() => undefined),
  });
  capture.start();

  void (async () => {
    const settings = await sendMessage('settings/get', undefined).catch(() => null);
    if (!settings) return;
    const mode = settings.insertionOffSites.includes(site) ? 'off' : settings.insertion;
    if (mode === 'off') return;
    new WarmStart({
      doc: document,
      getUrl: () => location.href,
      adapterFor: (u, d) => adapterFor(new URL(u), d),
      requestPreamble: (firstMessage) => sendMessage('warm/preamble', { site, firstMessage }),
      mode,
    }).start();
  })();

  void checkPage;
}
