import type { ContentContext } from './context';

/** The page's DOM mutations, from one observer shared by everything in the content script. */
export interface PageChanges {
  /** Calls `listener` with each batch of mutation records; returns the unsubscribe function. */
  subscribe(listener: (records: MutationRecord[]) => void): () => void;
  /** Hands out, now, the records the observer holds but has not delivered yet (before reading the page at once). */
  deliverPending(): void;
}

/**
 * One MutationObserver over the whole document (child lists, subtrees and text), running while anything listens and
 * disconnected when the content script's context is invalidated.
 */
export function observePage(doc: Document, ctx: ContentContext): PageChanges {
  const listeners = new Set<(records: MutationRecord[]) => void>();
  let observer: MutationObserver | null = null;

  const deliver = (records: MutationRecord[]): void => {
    if (records.length === 0) return;
    for (const listener of [...listeners]) {
      try {
        listener(records);
      } catch (error) {
        console.warn('[reverie] page change listener failed', error);
      }
    }
  };
  const stop = (): void => {
    observer?.disconnect();
    observer = null;
  };
  ctx.onInvalidated(() => {
    stop();
    listeners.clear();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!observer && ctx.isValid) {
        const Observer = (doc.defaultView as unknown as { MutationObserver?: typeof MutationObserver } | null)?.MutationObserver ?? MutationObserver;
        observer = new Observer(deliver);
        observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true, characterData: true });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    deliverPending() {
      if (observer) deliver(observer.takeRecords());
    },
  };
}
