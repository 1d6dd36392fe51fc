import { adapterFor } from '../capture/registry';
import { LiveCapture } from '../capture/live';
import { WarmStart } from '../composer/warm-start';
import { sendMessage } from '../messaging/protocol';
import type { SiteId } from '../sites';

/**
 * The content script: live capture of the thread, and the warm-start preamble in new chats. Page reading lives in
 * the site adapters; this only wires them to the background.
 */
export function startContentScript(): void {
  const adapter = adapterFor(new URL(location.href), document);
  if (!adapter) return;
  const site: SiteId = adapter.site;

  new LiveCapture({
    doc: document,
    getUrl: () => location.href,
    send: async (conversation) => {
      // The background's intake is the one gate: paused, switched off or incognito captures are refused there.
      const result = await sendMessage('captureTurns', { ...conversation, site, url: location.href });
      // Out of space (or a refused message): throwing keeps the turns pending; LiveCapture retries on its next flush.
      if (!result.accepted && result.reason === 'storage-full') throw new Error('storage full');
    },
    reportHealth: (health) => void sendMessage('reportHealth', { ...health, site }).catch(() => undefined),
  }).start();

  void (async () => {
    // The background may still be starting (a tab open before the extension loaded): ask again a few times.
    let settings = null;
    for (let attempt = 0; attempt < 6 && !settings; attempt++) {
      settings = await sendMessage('getSiteSettings', { site }).catch(() => null);
      if (!settings) await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
    if (!settings) return;
    const mode = settings.insertion;
    if (mode === 'off') return;
    new WarmStart({
      doc: document,
      getUrl: () => location.href,
      adapterFor: (url, doc) => {
        const found = adapterFor(new URL(url), doc);
        return found && { ...found, isNewChat: (u: string, d: Document) => found.isNewChat(new URL(u), d) };
      },
      requestPreamble: (firstMessage) => sendMessage('requestPreamble', { site, firstMessage }),
      mode,
    }).start();
  })();
}
