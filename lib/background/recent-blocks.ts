import { browser } from 'wxt/browser';

/** Enough for a new chat's block and its refreshes as the user types (one per request, newest kept). */
const PER_TAB = 24;

/**
 * The block texts the background handed to each tab lately, so the capture intake can take a sent block out of a user
 * turn by its content (stripPreamble) even when the page that wrote it was reloaded and forgot it. In session storage
 * (it outlives a stopped service worker, not the browser session; content scripts cannot read it), or in memory where
 * the browser has no session storage.
 */
export function recentBlockStore() {
  const session = (browser.storage as { session?: typeof browser.storage.local } | undefined)?.session;
  const memory = new Map<number, string[]>();
  const key = (tabId: number) => `blocks:${tabId}`;
  const get = async (tabId: number): Promise<string[]> => {
    if (!session) return memory.get(tabId) ?? [];
    const stored = (await session.get(key(tabId)))[key(tabId)];
    return Array.isArray(stored) ? stored.filter((b): b is string => typeof b === 'string') : [];
  };
  return {
    get,
    async add(tabId: number, text: string) {
      if (text === '') return;
      const next = [...(await get(tabId)).filter((b) => b !== text), text].slice(-PER_TAB);
      if (session) await session.set({ [key(tabId)]: next });
      else memory.set(tabId, next);
    },
    async delete(tabId: number) {
      if (session) await session.remove(key(tabId));
      else memory.delete(tabId);
    },
  };
}
