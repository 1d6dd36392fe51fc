import { SITES } from '../sites';
import type { SiteAdapter, TurnRole } from './adapter';
import { judgeTurns, type PageHealth } from './health';
import { parseUrl, readTurnText, type CapturedConversation, type CapturedTurn } from './index';
import { adapterFor } from './registry';

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
  /** Quiet time after the last DOM change before the thread is read. */
  debounceMs?: number;
  /** How often location is polled for SPA navigation (content scripts cannot patch the page's history API). */
  urlPollMs?: number;
  /** A thread container with no recognisable turn is reported only after this long (the page may be loading). */
  emptyThreadGraceMs?: number;
  now?: () => number;
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
}

const MAX_TIMINGS = 10_000;
/** Backoff of the retry after a failed send. */
const MIN_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
const MAX_REMEMBERED_CONVERSATIONS = 200;

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
 * Follows the open conversation and sends its turns as they settle. One MutationObserver marks which known turns
 * changed (a walk up from each mutated node) or that new turns appeared; reading happens in a debounced flush,
 * only for dirty or new turn elements, and only once the site has stopped streaming. Each turn's text hash is
 * remembered per conversation, so re-opening a conversation sends nothing and an edit or regeneration sends just
 * the changed turn under its old ordinal.
 */
export class LiveCapture {
  readonly timings: LiveCaptureTimings = { batches: [], flushes: [] };
  private readonly doc: Document;
  private readonly opts: Required<Omit<LiveCaptureOptions, 'reportHealth' | 'doc' | 'getUrl' | 'send'>>;
  private observer: MutationObserver | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private running = false;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private retryDelay = 0;

  private url = '';
  private urlSince = 0;
  private adapter: SiteAdapter | null = null;
  private conversationKey: string | null = null;
  /** Turn elements of the open conversation, in page order. */
  private turns: Element[] = [];
  private turnSet = new Set<Element>();
  private reads = new WeakMap<Element, CachedRead>();
  private dirty = new Set<Element>();
  private added: Element[] = [];
  /** Added turns known to sit after every known turn (appended at the end of the thread). */
  private appendedAtEnd = new Set<Element>();
  private needsRescan = true;
  /** conversationKey → ordinal → hash of what was sent. Insertion order doubles as LRU order. */
  private sent = new Map<string, Map<number, number>>();
  private lastHealth: string | null = null;
  private temporary: boolean | null = null;

  constructor(private readonly options: LiveCaptureOptions) {
    this.doc = options.doc;
    this.opts = {
      debounceMs: options.debounceMs ?? 600,
      urlPollMs: options.urlPollMs ?? 1000,
      emptyThreadGraceMs: options.emptyThreadGraceMs ?? 8000,
      now: options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now())),
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const view = this.doc.defaultView;
    const Observer = (view as unknown as { MutationObserver?: typeof MutationObserver } | null)?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement ?? this.doc, { childList: true, subtree: true, characterData: true });
    this.pollTimer = setInterval(() => this.checkUrl(), this.opts.urlPollMs);
    view?.addEventListener('popstate', this.onPopState);
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.debounceTimer = null;
    this.pollTimer = null;
    this.doc.defaultView?.removeEventListener('popstate', this.onPopState);
  }

  /** Reads and sends now (tests, page hide). Resolves when what was pending has been sent. */
  async flush(): Promise<void> {
    if (this.debounceTimer) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = null;
    }
    if (this.observer) this.onMutations(this.observer.takeRecords());
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

  private readonly onPopState = (): void => this.checkUrl();

  private checkUrl(): void {
    if (this.options.getUrl() !== this.url) this.schedule(0);
  }

  private schedule(delay = this.opts.debounceMs): void {
    if (!this.running) return;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.flush().then(
        () => (this.retryDelay = 0),
        () => {
          // A failed send (background restarting, storage full) keeps its turns pending; try again even if the page
          // stays quiet, backing off so a long outage costs little.
          this.retryDelay = Math.min(MAX_RETRY_MS, Math.max(MIN_RETRY_MS, this.retryDelay * 2));
          this.schedule(this.retryDelay);
        },
      );
    }, delay);
  }

  /** The observer callback: bookkeeping only, no reading. */
  private onMutations(records: MutationRecord[]): void {
    if (records.length === 0) return;
    const started = this.opts.now();
    let relevant = false;
    const adapter = this.adapter;
    for (const record of records) {
      const owner = this.owningTurn(record.target);
      if (owner) {
        this.dirty.add(owner);
        relevant = true;
        continue;
      }
      if (record.type !== 'childList') continue;
      if (record.removedNodes.length > 0 && this.turns.length > 0) {
        for (const node of Array.from(record.removedNodes)) {
          if (node.nodeType === 1 && this.turnSet.size && this.containsKnownTurn(node as Element)) {
            this.needsRescan = true;
            relevant = true;
          }
        }
      }
      if (!adapter) {
        relevant = true; // no site yet: let the flush decide
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
          relevant = true;
        }
      }
    }
    if (relevant) this.schedule();
    pushTiming(this.timings.batches, this.opts.now() - started);
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
  }

  private async flushOnce(): Promise<void> {
    const started = this.opts.now();
    const url = this.options.getUrl();
    if (url !== this.url) {
      this.url = url;
      this.urlSince = started;
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
      this.resetConversation();
      pushTiming(this.timings.flushes, this.opts.now() - started);
      return;
    }
    const key = `${adapter.site}:${conversationId}`;
    if (key !== this.conversationKey) {
      this.conversationKey = key;
      this.resetConversation();
    }

    const appended = this.refreshTurnList(adapter);

    if (this.isStreaming(adapter, appended)) {
      // Partial answers would only be replaced moments later: look again when the page is quiet.
      pushTiming(this.timings.flushes, this.opts.now() - started);
      this.schedule();
      return;
    }

    const readable: CapturedTurn[] = [];
    const hashes: number[] = [];
    for (const el of this.turns) {
      let read = this.dirty.has(el) ? undefined : this.reads.get(el);
      if (!read) {
        const r = readTurnText(adapter, el);
        read = r ? { role: r.role, text: r.text, hash: hashText(r.role, r.text) } : { role: 'user', text: '', hash: 0 };
        this.reads.set(el, read);
      }
      if (read.text) {
        hashes.push(read.hash);
        readable.push({ role: read.role, text: read.text, ordinal: readable.length });
      }
    }
    this.dirty.clear();

    this.report(adapter, url, readable);

    const sentHashes = this.sentFor(key);
    const changed = readable.filter((t) => sentHashes.get(t.ordinal) !== hashes[t.ordinal]);
    pushTiming(this.timings.flushes, this.opts.now() - started);
    if (changed.length === 0) return;
    const title = adapter.title(this.doc);
    await this.options.send({ site: adapter.site, conversationId, ...(title ? { title } : {}), turns: changed });
    for (const t of changed) sentHashes.set(t.ordinal, hashes[t.ordinal]!);
  }

  /**
   * Whether the site is still generating. Sites that mark streaming on the turn are checked on the turns that
   * changed (and the last one); others need the page-wide check.
   */
  private isStreaming(adapter: SiteAdapter, appended: Element[]): boolean {
    if (!adapter.isTurnStreaming) return adapter.isStreaming(this.doc);
    const last = this.turns[this.turns.length - 1];
    const candidates = new Set<Element>([...this.dirty, ...appended]);
    if (last) candidates.add(last);
    if (candidates.size > 8) return adapter.isStreaming(this.doc);
    for (const el of candidates) if (adapter.isTurnStreaming(el)) return true;
    return false;
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
