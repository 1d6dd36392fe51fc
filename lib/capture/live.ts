import { SITES } from '../sites';
import { isContextInvalidated, standaloneContext, type ContentContext, type TimerId } from '../content/context';
import type { NavigationChange, NavigationSource } from '../content/navigation';
import { observePage, type PageChanges } from '../content/page-changes';
import type { SiteAdapter, TurnRole } from './adapter';
import { judgeTurns, type PageHealth } from './health';
import { parseUrl, readTurnText, type CapturedConversation, type CapturedTurn } from './index';
import { adapterFor } from './registry';
import { hiddenTextSkips } from './text';

export interface LiveHealth extends PageHealth {
  site: CapturedConversation['site'];
  url: string;
  at: number;
}

export interface LiveCaptureOptions {
  doc: Document;
  getUrl: () => string;
  /** Receives only the turns that are new or changed since they were last sent (same ordinal = replacement). */
  send: (c: CapturedConversation) => Promise<void> | void;
  /** Called when the page's readability changes (ok ↔ problem), not on every check. */
  reportHealth?: (h: LiveHealth) => void;
  /** The content script's context: timers and listeners stop when it is invalidated. Default: a standalone one. */
  ctx?: ContentContext;
  /** The page's mutations, shared with the rest of the content script. Default: an observer of its own on `doc`. */
  changes?: PageChanges;
  /** In-page navigation. Without one, a new address is noticed at the next flush. */
  navigation?: NavigationSource;
  /** Quiet time after the last DOM change before the thread is read (streaming answers change it constantly). */
  debounceMs?: number;
  /** Wait after new turn elements appear (a sent prompt, a re-rendered thread) before they are read and sent. */
  appendedDelayMs?: number;
  /** A thread container with no recognisable turn is reported only after this long (the page may be loading). */
  emptyThreadGraceMs?: number;
  now?: () => number;
  /** Record the time spent in each observer callback and each flush in `timings` (the capture benchmark). */
  timings?: boolean;
}

/** Timings for the benchmark: milliseconds spent in each observer callback and in each flush. */
export interface LiveCaptureTimings {
  batches: number[];
  flushes: number[];
}

interface CachedRead {
  role: TurnRole;
  text: string;
  hash: number;
  hadBlock?: true;
}

/** Turns read and ready to diff against what was sent. */
interface Reading {
  readable: CapturedTurn[];
  hashes: number[];
}

/** Changed turns of one conversation, and the hashes they will be remembered by once sent. */
interface Pending {
  key: string;
  conversation: CapturedConversation;
  hashes: number[];
}

const MAX_TIMINGS = 10_000;
/** Backoff of the retry after a failed send. */
const MIN_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
const MAX_REMEMBERED_CONVERSATIONS = 200;
/** A user turn read with parts out of sight is read again this many times (it may be fading or sliding in). */
const MAX_HIDDEN_REREADS = 3;
/** After a send, the next turn to appear within this long is taken as the sent prompt. */
const SENT_PROMPT_WINDOW_MS = 5_000;

/** FNV-1a, 32 bit: cheap change detection for turn texts (not security). */
function hashText(role: string, text: string): number {
  let h = 0x811c9dc5;
  const s = role + '\u0000' + text;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pushTiming(list: number[], value: number): void {
  if (list.length >= MAX_TIMINGS) list.shift();
  list.push(value);
}

/**
 * Follows the open conversation and sends its turns as they settle. One MutationObserver (shared with the warm start)
 * marks which known turns changed (a walk up from each mutated node) or that new turns appeared; reading happens in a
 * flush, only for dirty or new turn elements. Each turn's text hash is remembered per conversation, so re-opening a
 * conversation sends nothing and an edit or regeneration sends just the changed turn under its old ordinal.
 *
 * When it flushes: new turn elements are read almost at once (a sent prompt is complete when it appears); other
 * changes wait for the page to go quiet (`debounceMs`), and an answer still streaming is held back until it ends while
 * the turns before it are sent. A send (Enter in the composer, the send button, the composer's form submitted) flushes
 * at once. Leaving — the page hidden or unloaded, a navigation to another conversation, the thread replaced ("New
 * chat") — sends everything shown, the streaming answer as far as it got; it is sent again, complete, under the same
 * ordinal when it ends or the chat is opened again, so nothing is stored twice.
 */
export class LiveCapture {
  /** Per-callback timings, kept only when asked for (`timings: true`): nothing is measured otherwise. */
  readonly timings: LiveCaptureTimings | null;
  private readonly doc: Document;
  private readonly ctx: ContentContext;
  private readonly changes: PageChanges;
  private readonly opts: { debounceMs: number; appendedDelayMs: number; emptyThreadGraceMs: number; now: () => number };
  private running = false;
  private listening: AbortController | null = null;
  private unsubscribe: (() => void)[] = [];
  private timer: TimerId | undefined;
  /** When the armed flush is due (Date.now()); debounced changes push it later, a flush trigger pins it. */
  private dueAt = 0;
  private pinned = false;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private retryDelay = 0;
  /** Until then, a turn appearing is the prompt the user just sent: it is read and sent in the task that shows it. */
  private sentPromptUntil = 0;

  private url = '';
  private urlSince = 0;
  private adapter: SiteAdapter | null = null;
  private conversationKey: string | null = null;
  private conversationId: string | null = null;
  private title: string | undefined;
  /** Turn elements of the open conversation, in page order. */
  private turns: Element[] = [];
  private turnSet = new Set<Element>();
  private reads = new WeakMap<Element, CachedRead>();
  private hiddenRereads = new WeakMap<Element, number>();
  private dirty = new Set<Element>();
  private added: Element[] = [];
  /** Added turns known to sit after every known turn (appended at the end of the thread). */
  private appendedAtEnd = new Set<Element>();
  private needsRescan = true;
  /** The page removed turns we knew since the last flush: until the next one, only those belong to `conversationKey`. */
  private removedSinceFlush = false;
  /** conversationKey → ordinal → hash of what was sent. Insertion order doubles as LRU order. */
  private sent = new Map<string, Map<number, number>>();
  private lastHealth: string | null = null;
  private temporary: boolean | null = null;
  /** While an answer is held back because it streams: what tells us the moment it ends (see watchStreamEnd). */
  private streamWatch: MutationObserver | null = null;
  private pageWideStreaming = false;

  constructor(private readonly options: LiveCaptureOptions) {
    this.doc = options.doc;
    this.ctx = options.ctx ?? standaloneContext();
    this.changes = options.changes ?? observePage(this.doc, this.ctx);
    this.timings = options.timings ? { batches: [], flushes: [] } : null;
    this.opts = {
      debounceMs: options.debounceMs ?? 600,
      appendedDelayMs: options.appendedDelayMs ?? 50,
      emptyThreadGraceMs: options.emptyThreadGraceMs ?? 8000,
      now: options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now())),
    };
  }

  start(): void {
    if (this.running || !this.ctx.isValid) return;
    this.running = true;
    this.listening = new AbortController();
    const signal = this.listening.signal;
    this.unsubscribe.push(this.changes.subscribe(this.onMutations), this.ctx.onInvalidated(() => this.stop()));
    if (this.options.navigation) this.unsubscribe.push(this.options.navigation.subscribe(this.onNavigation));
    this.doc.defaultView?.addEventListener('pagehide', this.onPageHide, { signal });
    this.doc.addEventListener('visibilitychange', this.onVisibilityChange, { signal });
    this.doc.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
    this.doc.addEventListener('click', this.onClick, { capture: true, signal });
    this.doc.addEventListener('submit', this.onSubmit, { capture: true, signal });
    this.schedule(0, true);
  }

  stop(): void {
    this.running = false;
    this.listening?.abort();
    this.listening = null;
    for (const off of this.unsubscribe.splice(0)) off();
    this.ctx.clearTimeout(this.timer);
    this.timer = undefined;
    this.unwatchStreamEnd();
  }

  /** Reads and sends now what has settled (tests, the benchmark). Resolves when it has been sent. */
  async flush(): Promise<void> {
    this.changes.deliverPending();
    this.ctx.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.flushAgain = false;
          await this.flushOnce();
        } while (this.flushAgain);
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  /**
   * The user is leaving this page or conversation: sends, synchronously and without waiting for a send in flight,
   * every turn shown, a still-streaming answer as far as it got. `navigating`: announced by the Navigation API before
   * the move, when `location` still names the conversation being left.
   */
  leave(navigating = false): void {
    if (!this.running) return;
    this.changes.deliverPending();
    // Which conversation the page shows is in doubt when the page and its address disagree: then only the turns
    // known from before belong to the conversation they were read in.
    const stale = navigating
      ? this.removedSinceFlush
      : this.conversationKey !== null &&
        this.keyOf(this.options.getUrl()) !== this.conversationKey &&
        this.turns.some((el) => el.isConnected);
    const pending = stale ? this.collectHeld() : this.collectCurrent(true);
    if (pending) this.deliver(pending).catch((error) => this.failed(error));
  }

  private readonly onPageHide = (): void => this.leave();

  private readonly onVisibilityChange = (): void => {
    if (this.doc.visibilityState === 'hidden') this.leave();
  };

  private readonly onNavigation = (change: NavigationChange): void => {
    if (!change.early) {
      this.schedule();
      return;
    }
    if (this.keyOf(change.to) !== this.keyOf(change.from)) this.leave(true);
  };

  private readonly onKeyDown = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    const composer = this.currentAdapter()?.findComposer(this.doc);
    if (composer && e.target && composer.contains(e.target as Node)) this.sendGesture();
  };

  private readonly onClick = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function') return;
    const adapter = this.currentAdapter();
    if (!adapter) return;
    if (adapter.sendButton && target.closest(adapter.sendButton)) {
      this.sendGesture();
      return;
    }
    const submit = target.closest('button[type="submit"], input[type="submit"]');
    if (submit && this.holdsComposer(adapter, submit.closest('form'))) this.sendGesture();
  };

  private readonly onSubmit = (event: Event): void => {
    const adapter = this.currentAdapter();
    if (adapter && this.holdsComposer(adapter, event.target as Element | null)) this.sendGesture();
  };

  private holdsComposer(adapter: SiteAdapter, form: Element | null): boolean {
    const composer = form ? adapter.findComposer(this.doc) : null;
    return !!composer && form!.contains(composer);
  }

  /** A prompt was sent: what is pending goes now, and the prompt itself as soon as the page shows it. */
  private sendGesture(): void {
    this.sentPromptUntil = Date.now() + SENT_PROMPT_WINDOW_MS;
    this.schedule(0, true);
  }

  /** Reads and sends what has settled, synchronously (a flush that cannot wait for a timer). */
  private sendNow(): void {
    if (!this.running) return;
    const pending = this.collectCurrent(false);
    if (pending) this.deliver(pending).catch((error) => this.failed(error));
  }

  private currentAdapter(): SiteAdapter | null {
    if (this.adapter) return this.adapter;
    const parsed = parseUrl(this.options.getUrl());
    return parsed ? adapterFor(parsed, this.doc) : null;
  }

  /** `site:conversationId` for a URL of this page, or null when it names no conversation. */
  private keyOf(url: string): string | null {
    const parsed = parseUrl(url);
    const adapter = parsed ? adapterFor(parsed, this.doc) : null;
    const id = adapter && parsed ? adapter.conversationId(parsed, this.doc) : null;
    return adapter && id ? `${adapter.site}:${id}` : null;
  }

  /**
   * Arms the flush timer. Debounced calls push a pending flush later; a `pin`ned one (a flush trigger, a retry) is
   * due at its time whatever happens meanwhile. One timer at a time: it re-arms itself instead of being replaced on
   * every mutation batch.
   */
  private schedule(delay = this.opts.debounceMs, pin = false): void {
    if (!this.running) return;
    const due = Date.now() + delay;
    if (this.timer !== undefined) {
      if (due >= this.dueAt) {
        if (pin) this.pinned = true; // the sooner deadline stands, now for a trigger that must not be put off
        else if (!this.pinned) this.dueAt = due;
        return;
      }
      this.ctx.clearTimeout(this.timer);
    }
    this.dueAt = due;
    this.pinned = pin;
    this.timer = this.ctx.setTimeout(this.onTimer, delay);
  }

  private readonly onTimer = (): void => {
    this.timer = undefined;
    const left = this.dueAt - Date.now();
    if (left > 0) {
      this.timer = this.ctx.setTimeout(this.onTimer, left);
      return;
    }
    this.pinned = false;
    this.flush().then(
      () => (this.retryDelay = 0),
      (error) => this.failed(error),
    );
  };

  /** A send failed: its turns stay pending. Try again even if the page stays quiet, backing off; never when orphaned. */
  private failed(error: unknown): void {
    if (isContextInvalidated(error)) {
      // The extension was updated or removed under this page: this script can never send again.
      this.ctx.abort(error);
      this.stop();
      return;
    }
    this.retryDelay = Math.min(MAX_RETRY_MS, Math.max(MIN_RETRY_MS, this.retryDelay * 2));
    this.schedule(this.retryDelay, true);
  }

  /** The observer callback: bookkeeping only, no reading. */
  private readonly onMutations = (records: MutationRecord[]): void => {
    if (!this.running) return;
    if (!this.timings) {
      this.track(records);
      return;
    }
    const started = this.opts.now();
    this.track(records);
    pushTiming(this.timings.batches, this.opts.now() - started);
  };

  private track(records: MutationRecord[]): void {
    let changed = false;
    let appeared = false;
    let removed = false;
    let outsideTurns = false;
    const adapter = this.adapter;
    for (const record of records) {
      const owner = this.owningTurn(record.target);
      if (owner) {
        this.dirty.add(owner);
        changed = true;
        continue;
      }
      if (record.type !== 'childList') continue;
      outsideTurns = true;
      if (record.removedNodes.length > 0 && this.turns.length > 0) {
        for (const node of Array.from(record.removedNodes)) {
          if (node.nodeType === 1 && this.turnSet.size && this.containsKnownTurn(node as Element)) removed = true;
        }
      }
      if (!adapter) {
        changed = true; // no site yet: let the flush decide
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const found = adapter.findTurns(node as Element);
        if (found.length) {
          this.added.push(...found);
          // Appended as the parent's last child, under the container of the last known turn: no need to compare
          // document positions later (costly in some DOMs).
          const last = this.turns[this.turns.length - 1];
          if (record.nextSibling === null && last && record.target.contains(last)) for (const el of found) this.appendedAtEnd.add(el);
          appeared = true;
        }
      }
    }
    if (removed) {
      this.needsRescan = true;
      this.removedSinceFlush = true;
      // The whole thread went ("New chat", another conversation): what was shown of it is sent before it is forgotten.
      if (this.turns.every((el) => !el.isConnected)) {
        const pending = this.collectHeld();
        if (pending) this.deliver(pending).catch((error) => this.failed(error));
      }
    }
    if (appeared && Date.now() < this.sentPromptUntil) {
      this.sentPromptUntil = 0;
      this.sendNow();
    } else if (appeared) this.schedule(this.opts.appendedDelayMs, true);
    else if (changed || removed) this.schedule();
    // A page-wide "still generating" sign (a stop button) comes and goes outside the turns.
    if (this.pageWideStreaming && outsideTurns && adapter && !adapter.isStreaming(this.doc)) this.streamEnded();
  }

  /**
   * An answer is held back while it streams; saving it should not wait for the page to go quiet once it ends (the
   * user may close the tab right then, and not every browser lets a closing page send). Sites that mark streaming on
   * the answer itself: a small observer on that answer's attributes while it streams. Page-wide signs: checked when
   * the page changes outside the turns. Either way the end is sent at once.
   */
  private watchStreamEnd(adapter: SiteAdapter, turn: Element | undefined): void {
    const isTurnStreaming = adapter.isTurnStreaming;
    if (!isTurnStreaming || !turn) {
      this.unwatchStreamEnd();
      this.pageWideStreaming = true;
      return;
    }
    this.pageWideStreaming = false;
    if (this.streamWatch && this.streamWatchTarget === turn) return;
    this.unwatchStreamEnd();
    const Observer = (this.doc.defaultView as unknown as { MutationObserver?: typeof MutationObserver } | null)?.MutationObserver ?? MutationObserver;
    this.streamWatch = new Observer(() => {
      if (!turn.isConnected || !isTurnStreaming(turn)) this.streamEnded();
    });
    this.streamWatch.observe(turn, { attributes: true, subtree: true });
    this.streamWatchTarget = turn;
  }

  private streamWatchTarget: Element | null = null;

  private unwatchStreamEnd(): void {
    this.streamWatch?.disconnect();
    this.streamWatch = null;
    this.streamWatchTarget = null;
    this.pageWideStreaming = false;
  }

  /** Sends the finished answer now, in the very task that ended it: before a tab close can be processed. */
  private streamEnded(): void {
    this.unwatchStreamEnd();
    this.sendNow();
  }

  private owningTurn(node: Node): Element | null {
    if (this.turnSet.size === 0) return null;
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (this.turnSet.has(n as Element)) return n as Element;
    }
    return null;
  }

  private containsKnownTurn(root: Element): boolean {
    if (this.turnSet.has(root)) return true;
    // Cheap test first: the last turn is the one most often replaced.
    for (const turn of this.turns) if (root.contains(turn)) return true;
    return false;
  }

  private resetConversation(): void {
    this.temporary = null;
    this.turns = [];
    this.turnSet = new Set();
    this.dirty.clear();
    this.added = [];
    this.appendedAtEnd = new Set();
    this.needsRescan = true;
    this.removedSinceFlush = false;
  }

  private async flushOnce(): Promise<void> {
    const started = this.timings ? this.opts.now() : 0;
    const pending = this.collectCurrent(false);
    if (this.timings) pushTiming(this.timings.flushes, this.opts.now() - started);
    if (pending) await this.deliver(pending);
  }

  /**
   * Reads the conversation the page shows now, at the address it has now. `partial`: an answer still streaming is
   * read as far as it got; otherwise it and what follows are held back (and looked at again when the page is quiet).
   */
  private collectCurrent(partial: boolean): Pending | null {
    const url = this.options.getUrl();
    if (url !== this.url) {
      this.url = url;
      this.urlSince = this.opts.now();
      this.resetConversation();
    }
    const parsed = parseUrl(url);
    const adapter = parsed ? adapterFor(parsed, this.doc) : null;
    if (adapter !== this.adapter) {
      this.adapter = adapter;
      this.resetConversation();
    }
    const conversationId = adapter && parsed ? adapter.conversationId(parsed, this.doc) : null;
    // Temporary-chat markers are page-wide queries: look again only when the page changed shape, not per flush.
    if (this.temporary === null || this.needsRescan) this.temporary = adapter && parsed ? adapter.isTemporary(parsed, this.doc) : false;
    if (!adapter || !parsed || !conversationId || this.temporary) {
      this.conversationKey = null;
      this.conversationId = null;
      this.resetConversation();
      return null;
    }
    const key = `${adapter.site}:${conversationId}`;
    if (key !== this.conversationKey) {
      this.conversationKey = key;
      this.conversationId = conversationId;
      this.resetConversation();
    }

    const appended = this.refreshTurnList(adapter);
    this.removedSinceFlush = false;
    const streaming = partial ? -1 : this.firstStreaming(adapter, appended);
    const reading = this.readTurns(adapter, streaming < 0 ? this.turns : this.turns.slice(0, streaming), false);
    if (streaming >= 0) {
      this.watchStreamEnd(adapter, this.turns[streaming]);
      this.schedule(); // and, whatever the signs say, look again when the page is quiet
    } else {
      if (!partial) this.unwatchStreamEnd();
      this.report(adapter, url, reading.readable);
    }
    return this.pendingFor(adapter, key, conversationId, reading, () => (this.title = adapter.title(this.doc)));
  }

  /**
   * The turns known to belong to the held conversation — read before, or appended after them — read for sending under
   * it, whatever the address says now. A user turn no longer in the page that was never read is where this stops:
   * whether the user could see it cannot be told any more.
   */
  private collectHeld(): Pending | null {
    const adapter = this.adapter;
    const key = this.conversationKey;
    const conversationId = this.conversationId;
    if (!adapter || !key || !conversationId) return null;
    const candidates = new Set(this.turns);
    for (const el of this.added) if (this.appendedAtEnd.has(el)) candidates.add(el);
    return this.pendingFor(adapter, key, conversationId, this.readTurns(adapter, [...candidates], true), () => this.title);
  }

  /** Reads `elements` (cached reads for unchanged ones) and numbers the readable turns in order. */
  private readTurns(adapter: SiteAdapter, elements: Element[], held: boolean): Reading {
    const readable: CapturedTurn[] = [];
    const hashes: number[] = [];
    let rereadLater = false;
    for (const el of elements) {
      let read = this.dirty.has(el) ? undefined : this.reads.get(el);
      if (!read) {
        const skipsBefore = hiddenTextSkips();
        const r = readTurnText(adapter, el);
        if (held && r?.role === 'user' && !el.isConnected) break;
        read = r ? { role: r.role, text: r.text, hash: hashText(r.role, r.text), ...(r.hadBlock ? { hadBlock: r.hadBlock } : {}) } : { role: 'user', text: '', hash: 0 };
        const rereads = this.hiddenRereads.get(el) ?? 0;
        if (hiddenTextSkips() !== skipsBefore && el.isConnected && rereads < MAX_HIDDEN_REREADS) {
          // Part of it was out of sight: left out now, read again in a while (it may have been sliding in).
          this.hiddenRereads.set(el, rereads + 1);
          this.dirty.add(el);
          rereadLater = true;
        } else {
          this.reads.set(el, read);
          this.dirty.delete(el);
        }
      }
      if (read.text) {
        hashes.push(read.hash);
        readable.push({ role: read.role, text: read.text, ordinal: readable.length, ...(read.hadBlock ? { hadBlock: read.hadBlock } : {}) });
      }
    }
    if (rereadLater) this.schedule();
    return { readable, hashes };
  }

  private pendingFor(
    adapter: SiteAdapter,
    key: string,
    conversationId: string,
    { readable, hashes }: Reading,
    titleOf: () => string | undefined,
  ): Pending | null {
    const sentHashes = this.sentFor(key);
    const changed = readable.filter((t) => sentHashes.get(t.ordinal) !== hashes[t.ordinal]);
    if (changed.length === 0) return null;
    const title = titleOf();
    return {
      key,
      conversation: { site: adapter.site, conversationId, ...(title ? { title } : {}), turns: changed },
      hashes: changed.map((t) => hashes[t.ordinal]!),
    };
  }

  /**
   * Sends at once (synchronously up to the message call, so it also works while the page unloads). The hashes are
   * remembered before the answer comes, so a later flush does not send the same turns again, and forgotten again
   * if the send fails, so they stay pending.
   */
  private deliver(pending: Pending): Promise<void> {
    const sentHashes = this.sentFor(pending.key);
    const turns = pending.conversation.turns;
    const before = turns.map((t, i) => {
      const previous = sentHashes.get(t.ordinal);
      sentHashes.set(t.ordinal, pending.hashes[i]!);
      return previous;
    });
    const forget = (error: unknown): never => {
      turns.forEach((t, i) => {
        if (sentHashes.get(t.ordinal) !== pending.hashes[i]) return; // replaced by a newer send meanwhile
        if (before[i] === undefined) sentHashes.delete(t.ordinal);
        else sentHashes.set(t.ordinal, before[i]!);
      });
      throw error;
    };
    try {
      return Promise.resolve(this.options.send(pending.conversation)).catch(forget);
    } catch (error) {
      return Promise.reject(error).catch(forget);
    }
  }

  /**
   * Index of the first turn still being written, -1 when none. Sites that mark streaming on the turn are checked on
   * the turns that changed (and the last one); for the others, a page-wide signal holds back the last turn.
   */
  private firstStreaming(adapter: SiteAdapter, appended: Element[]): number {
    const turns = this.turns;
    if (turns.length === 0) return -1;
    const isTurnStreaming = adapter.isTurnStreaming;
    if (!isTurnStreaming) return adapter.isStreaming(this.doc) ? turns.length - 1 : -1;
    const candidates = new Set<Element>([...this.dirty, ...appended, turns[turns.length - 1]!]);
    if (candidates.size > 8) {
      if (!adapter.isStreaming(this.doc)) return -1;
      return turns.findIndex((el) => isTurnStreaming(el));
    }
    let first = -1;
    for (const el of candidates) {
      if (!isTurnStreaming(el)) continue;
      const at = turns.indexOf(el);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }

  /**
   * Brings the turn list up to date: appended turns are added in place, anything else rescans the page.
   * Returns the turns that are new since the last flush (all of them after a rescan).
   */
  private refreshTurnList(adapter: SiteAdapter): Element[] {
    const added = this.added.filter((el) => el.isConnected && !this.turnSet.has(el));
    this.added = [];
    const appendedAtEnd = this.appendedAtEnd;
    this.appendedAtEnd = new Set();
    if (!this.needsRescan && added.length) {
      const last = this.turns[this.turns.length - 1];
      const allAfter = added.every(
        (el, i) =>
          (appendedAtEnd.has(el) ||
            (i === 0 ? !last || last.compareDocumentPosition(el) & 4 : added[i - 1]!.compareDocumentPosition(el) & 4)) &&
          !(last && last.contains(el)),
      );
      if (allAfter) {
        for (const el of added) {
          this.turns.push(el);
          this.turnSet.add(el);
        }
      } else this.needsRescan = true;
    }
    if (!this.needsRescan && this.turns.some((el) => !el.isConnected)) this.needsRescan = true;
    if (this.needsRescan || this.turns.length === 0) {
      this.turns = adapter.findTurns(this.doc);
      this.turnSet = new Set(this.turns);
      for (const el of this.dirty) if (!this.turnSet.has(el)) this.dirty.delete(el);
      this.needsRescan = false;
      return this.turns;
    }
    return added;
  }

  private sentFor(key: string): Map<number, number> {
    let hashes = this.sent.get(key);
    if (hashes) this.sent.delete(key);
    else hashes = new Map();
    this.sent.set(key, hashes);
    if (this.sent.size > MAX_REMEMBERED_CONVERSATIONS) this.sent.delete(this.sent.keys().next().value!);
    return hashes;
  }

  private report(adapter: SiteAdapter, url: string, readable: CapturedTurn[]): void {
    if (!this.options.reportHealth) return;
    let health: PageHealth;
    if (this.turns.length === 0) {
      const waited = this.opts.now() - this.urlSince >= this.opts.emptyThreadGraceMs;
      health =
        waited && adapter.threadMarkers(this.doc).length > 0
          ? { ok: false, problem: `${SITES[adapter.site].name}: this conversation page shows a thread, but no messages were recognised` }
          : { ok: true };
    } else health = judgeTurns(adapter, this.turns.length, readable);
    const signature = health.ok ? 'ok' : health.problem!;
    if (signature === this.lastHealth) return;
    this.lastHealth = signature;
    this.options.reportHealth({ ...health, site: adapter.site, url, at: Date.now() });
  }
}
