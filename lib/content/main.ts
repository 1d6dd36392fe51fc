import { adapterFor } from '../capture/registry';
import { LiveCapture } from '../capture/live';
import { WarmStart, type WarmStartMode } from '../composer/warm-start';
import { sendMessage, type CONTENT_METHODS, type ReverieCalls, type SiteSettings } from '../messaging/protocol';
import type { SiteId } from '../sites';
import { contentContext, isContextInvalidated, type ContentContext, type InvalidationSource } from './context';
import { PageControls } from './controls';
import { blockCommands } from './block-commands';
import { watchNavigation } from './navigation';
import { observePage } from './page-changes';

/**
 * The content script: live capture of the thread, and the warm-start preamble in new chats. Page reading lives in
 * the site adapters; this wires them to the background, on one page observer and one navigation source, all of it
 * stopped when WXT invalidates `ctx` (the extension was updated, reloaded or removed under the page).
 */
export function startContentScript(wxtContext: InvalidationSource): void {
  const adapter = adapterFor(new URL(location.href), document);
  if (!adapter) return;
  const site: SiteId = adapter.site;
  const ctx = contentContext(wxtContext);
  const changes = observePage(document, ctx);
  const navigation = watchNavigation(ctx, window);
  const call = messenger(ctx);
  let warmStart: WarmStart | null = null;
  // The indicator and the answers to the shortcuts and menus: state is asked on start, navigation and changes only.
  const controls = new PageControls({
    doc: document,
    ctx,
    site,
    getUrl: () => location.href,
    adapter: () => adapterFor(new URL(location.href), document),
    changes,
    navigation,
    reportTabState: (report) => call('reportTabState', report),
    excludeThisChat: (chat) => call('excludeThisChat', chat),
    blocks: () => warmStart && blockCommands(warmStart),
  });
  controls.start();

  new LiveCapture({
    doc: document,
    getUrl: () => location.href,
    ctx,
    changes,
    navigation,
    send: async (conversation) => {
      // The background's intake is the one gate: paused, switched off or incognito captures are refused there.
      const result = await call('captureTurns', { ...conversation, site, url: location.href });
      // Out of space (or a refused message): throwing keeps the turns pending; LiveCapture retries on its next flush.
      if (!result.accepted && result.reason === 'storage-full') throw new Error('storage full');
    },
    reportHealth: (health) => {
      controls.setHealth(health);
      void call('reportHealth', { ...health, site }).catch(() => undefined);
    },
  }).start();

  void (async () => {
    // The background may still be starting (a tab open before the extension loaded): ask again a few times.
    let settings: SiteSettings | null = null;
    for (let attempt = 0; attempt < 6 && !settings && ctx.isValid; attempt++) {
      settings = await call('getSiteSettings', { site }).catch(() => null);
      if (!settings) await new Promise<void>((r) => ctx.setTimeout(r, 500 * 2 ** attempt));
    }
    if (!settings || !ctx.isValid) return;
    let known: WarmStartMode = settings.insertion;
    // Asked again before every insertion and refresh, and when the tab is shown again: pausing takes effect at once.
    const mode = async (): Promise<WarmStartMode> => {
      const fresh = await call('getSiteSettings', { site }).catch((error) => {
        if (isContextInvalidated(error)) throw error;
        return null; // the background is restarting: the last answer stands
      });
      if (fresh) known = fresh.insertion;
      return known;
    };
    warmStart = new WarmStart({
      doc: document,
      getUrl: () => location.href,
      ctx,
      changes,
      navigation,
      adapterFor: (url, doc) => {
        const found = adapterFor(new URL(url), doc);
        return found && { ...found, isNewChat: (u: string, d: Document) => found.isNewChat(new URL(u), d) };
      },
      requestPreamble: (firstMessage) => call('requestPreamble', { site, firstMessage }),
      mode,
    });
    warmStart.start();
  })();
}

/**
 * The background's methods for this script. A call from a script whose extension was updated or removed fails with
 * "Extension context invalidated": then the whole script stops (observers, timers, listeners), instead of retrying
 * for as long as the page stays open.
 */
function messenger(ctx: ContentContext) {
  return async <M extends (typeof CONTENT_METHODS)[number]>(
    method: M,
    data: Parameters<ReverieCalls[M]>[0],
  ): Promise<Awaited<ReturnType<ReverieCalls[M]>>> => {
    if (!ctx.isValid) throw new Error('Extension context invalidated.');
    try {
      return (await sendMessage(method, data as never)) as Awaited<ReturnType<ReverieCalls[M]>>;
    } catch (error) {
      if (isContextInvalidated(error)) ctx.abort(error);
      throw error;
    }
  };
}
