import type { ContentContext } from './context';

/** One move of the page's address. */
export interface NavigationChange {
  from: string;
  to: string;
  /**
   * Announced before the move took effect (the Navigation API's `navigate` event): `location` still says `from`, and
   * the page has not yet been told to show `to`. A later change with `early: false` follows once the address moved.
   */
  early: boolean;
}

export interface NavigationSource {
  /** Calls `listener` on every change of address; returns the unsubscribe function. */
  subscribe(listener: (change: NavigationChange) => void): () => void;
}

interface NavigateEventLike extends Event {
  destination?: { url?: string };
}

/**
 * The content script's single source of in-page navigation, shared by capture and the warm start. Where the browser
 * has the Navigation API (Chrome, Firefox 147+), its `navigate` event announces a move before the single-page app
 * re-renders (so what the page shows can still be saved under the old address) and `currententrychange` tells when the
 * address moved. Elsewhere, WXT's `wxt:locationchange` (managed by the content script context, stopped with it),
 * with `popstate` and `hashchange` for back/forward and anchors. Everything stops when `ctx` is invalidated.
 */
export function watchNavigation(ctx: ContentContext, win: Window): NavigationSource {
  const listeners = new Set<(change: NavigationChange) => void>();
  let last = win.location.href;

  const emit = (change: NavigationChange): void => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.warn('[reverie] navigation listener failed', error);
      }
    }
  };
  const moved = (): void => {
    const now = win.location.href;
    if (now === last) return;
    const from = last;
    last = now;
    emit({ from, to: now, early: false });
  };

  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    ctx.addEventListener(navigation, 'navigate', (event) => {
      const to = (event as NavigateEventLike).destination?.url;
      if (typeof to === 'string' && to !== win.location.href) emit({ from: win.location.href, to, early: true });
    });
    ctx.addEventListener(navigation, 'currententrychange', moved);
  } else {
    ctx.addEventListener(win, 'wxt:locationchange', moved);
    ctx.addEventListener(win, 'popstate', moved);
    ctx.addEventListener(win, 'hashchange', moved);
  }
  ctx.onInvalidated(() => listeners.clear());

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
