/** A timer made by `ContentContext.setTimeout`. */
export type TimerId = ReturnType<typeof setTimeout>;

/**
 * What the content script's parts need of WXT's `ContentScriptContext` (`ctx` in `main(ctx)`): invalidation, timers
 * that stop with it, and listeners (WXT's `wxt:locationchange` among them). Taking this shape instead of the class keeps
 * LiveCapture and WarmStart runnable in Node, where unit tests and the benchmark use `standaloneContext()`.
 */
export interface ContentContext {
  /** False once the extension was updated, reloaded or removed under this page (or `abort` was called). */
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  /** Like `setTimeout`, but never fires once invalidated. */
  setTimeout(handler: () => void, timeout?: number): TimerId;
  clearTimeout(id: TimerId | undefined): void;
  /** `target.addEventListener`, removed on invalidation. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  /** Invalidates the context: every part registered with `onInvalidated` stops. */
  abort(reason?: unknown): void;
}

/** The part of WXT's `ContentScriptContext` the wrapper below uses. */
export interface InvalidationSource {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  abort(reason?: unknown): void;
}

/**
 * A `ContentContext` over WXT's `ctx`. Timers are kept here rather than made with `ctx.setTimeout`, which registers an
 * invalidation listener per timer and never removes it (capture arms thousands over a long chat): one listener clears
 * every pending timer, and a timer that fires in an invalidated context (`ctx.isValid` also notices a removed
 * extension) does nothing.
 */
export function contentContext(ctx: InvalidationSource): ContentContext {
  const timers = new Set<TimerId>();
  ctx.onInvalidated(() => {
    for (const id of timers) clearTimeout(id);
    timers.clear();
  });
  return {
    get isValid() {
      return ctx.isValid;
    },
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    setTimeout(handler, timeout) {
      const id = setTimeout(() => {
        timers.delete(id);
        if (ctx.isValid) handler();
      }, timeout);
      timers.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined) return;
      timers.delete(id);
      clearTimeout(id);
    },
    addEventListener: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
    abort: (reason) => ctx.abort(reason),
  };
}

/** A context of its own for code run outside an extension (tests, the benchmark): valid until `abort` is called. */
export function standaloneContext(): ContentContext {
  const controller = new AbortController();
  return contentContext({
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(cb) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    abort(reason) {
      controller.abort(reason);
    },
  });
}

/**
 * The error a message call throws in a script orphaned by an extension update ("Extension context invalidated." in
 * Chrome; Firefox says the context is gone or the object dead). Such a script can never reach the extension again.
 */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated|context (is|has been) (unloaded|destroyed)|can't access dead object/i.test(message);
}
