import type { Preamble } from '../messaging/protocol';
import type { SiteId } from '../sites';
import { showChip, type ChipHandle } from './chip';
import type { InsertOptions } from './insert';
import type { ComposerKind } from './kinds';
import { readComposerText } from './read';
import { ComposerSession } from './session';

/** What WarmStart needs from a site adapter. */
export interface WarmStartAdapter {
  site: SiteId;
  findComposer(doc: Document): HTMLElement | null;
  composerKind: ComposerKind;
  /** A fresh chat: its URL and an empty thread. */
  isNewChat(url: string, doc: Document): boolean;
}

export type WarmStartMode = 'auto' | 'click' | 'off';

export type WarmStartEvent =
  | { type: 'inserted'; method?: string; memoryCount: number }
  | { type: 'chip'; reason: 'click-mode' | 'insert-failed'; error?: string }
  | { type: 'refreshed'; firstMessage: string }
  | { type: 'stopped'; reason: 'edited' | 'removed' | 'navigated' }
  | { type: 'skipped'; reason: 'not-new-chat' | 'composer-not-empty' | 'no-composer' | 'empty-preamble' | 'error'; error?: string };

export interface WarmStartOptions {
  doc: Document;
  getUrl: () => string;
  adapterFor: (url: string, doc: Document) => WarmStartAdapter | null;
  requestPreamble: (firstMessage?: string) => Promise<Preamble>;
  mode: WarmStartMode;
  /** Pause in typing before L1 is refreshed. */
  debounceMs?: number;
  /** How long to wait for a composer after navigating. */
  composerTimeoutMs?: number;
  /** Fallback URL check interval: content scripts cannot hook the page's history.pushState. */
  pollMs?: number;
  insert?: InsertOptions;
  onEvent?: (event: WarmStartEvent) => void;
}

type Phase = 'idle' | 'waiting' | 'requesting' | 'chip' | 'active' | 'done';

/**
 * Warm start for new chats: on a new, empty chat it asks for the preamble, puts it in the composer (or offers it in a
 * chip), then, while the user types the first message, refreshes the block in place with memories matching it — until
 * the user edits the block or sends. It never sends anything.
 */
export class WarmStart {
  private readonly o: Required<Omit<WarmStartOptions, 'insert' | 'onEvent'>> & Pick<WarmStartOptions, 'insert' | 'onEvent'>;
  private url: string | null = null;
  private adapter: WarmStartAdapter | null = null;
  private phase: Phase = 'idle';
  private deadline = 0;
  /** Bumped on every navigation; async work from an older generation is dropped. */
  private generation = 0;
  private composer: HTMLElement | null = null;
  private session: ComposerSession | null = null;
  private chip: ChipHandle | null = null;
  private preamble: Preamble | null = null;
  private lastQuery = '';
  private refreshSeq = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private pageObserver: MutationObserver | null = null;
  private checking = false;
  private started = false;

  constructor(options: WarmStartOptions) {
    this.o = { debounceMs: 400, composerTimeoutMs: 15_000, pollMs: 500, ...options };
  }

  get state(): Phase {
    return this.phase;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const { doc } = this.o;
    this.pageObserver = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => this.scheduleCheck());
    this.pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
    this.pollTimer = setInterval(() => void this.check(), this.o.pollMs);
    doc.defaultView?.addEventListener('popstate', this.onPopState);
    void this.check();
  }

  stop(): void {
    this.started = false;
    this.pageObserver?.disconnect();
    this.pageObserver = null;
    clearInterval(this.pollTimer);
    clearTimeout(this.checkTimer);
    this.checkTimer = undefined;
    this.o.doc.defaultView?.removeEventListener('popstate', this.onPopState);
    this.endSession();
    this.generation++;
    this.phase = 'idle';
  }

  private readonly onPopState = () => this.scheduleCheck();
  private checkTimer: ReturnType<typeof setTimeout> | undefined;

  /** Page mutations come in bursts (streaming replies): look once per burst. */
  private scheduleCheck(): void {
    if (this.checkTimer !== undefined) return;
    this.checkTimer = setTimeout(() => {
      this.checkTimer = undefined;
      void this.check();
    }, 30);
  }

  /** Looks at the page now: URL changes start over; a waited-for composer that appeared gets the block. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const url = this.o.getUrl();
      if (url !== this.url) {
        this.navigate(url);
      } else if ((this.phase === 'active' || this.phase === 'done' || this.phase === 'chip') && this.composerReplaced()) {
        // Same URL, new composer (the site re-mounted it, e.g. "New chat" clicked on a new chat): start over.
        this.navigate(url);
      }
      if (this.phase === 'waiting') await this.tryAttach();
    } finally {
      this.checking = false;
    }
  }

  private composerReplaced(): boolean {
    if (!this.composer || this.composer.isConnected || !this.adapter) return false;
    const next = this.adapter.findComposer(this.o.doc);
    return !!next && next !== this.composer;
  }

  private navigate(url: string): void {
    if (this.session || this.chip) this.emit({ type: 'stopped', reason: 'navigated' });
    this.endSession();
    this.generation++;
    this.url = url;
    this.composer = null;
    this.adapter = this.o.mode === 'off' ? null : this.o.adapterFor(url, this.o.doc);
    this.phase = this.adapter ? 'waiting' : 'idle';
    this.deadline = Date.now() + this.o.composerTimeoutMs;
  }

  private async tryAttach(): Promise<void> {
    const adapter = this.adapter!;
    const { doc } = this.o;
    const el = adapter.findComposer(doc);
    if (!el) {
      if (Date.now() > this.deadline) {
        this.phase = 'idle';
        this.emit({ type: 'skipped', reason: 'no-composer' });
      }
      return;
    }
    if (!adapter.isNewChat(this.url!, doc)) {
      this.phase = 'done';
      this.composer = el;
      this.emit({ type: 'skipped', reason: 'not-new-chat' });
      return;
    }
    if (readComposerText(el, adapter.composerKind).trim() !== '') {
      // A draft (the user's or the site's) is never overwritten.
      this.phase = 'done';
      this.composer = el;
      this.emit({ type: 'skipped', reason: 'composer-not-empty' });
      return;
    }
    this.phase = 'requesting';
    this.composer = el;
    const gen = this.generation;
    let preamble: Preamble;
    try {
      preamble = await this.o.requestPreamble();
    } catch (e) {
      if (gen === this.generation) {
        this.phase = 'done';
        this.emit({ type: 'skipped', reason: 'error', error: String(e) });
      }
      return;
    }
    if (gen !== this.generation) return;
    if (preamble.text === '') {
      this.phase = 'done';
      this.emit({ type: 'skipped', reason: 'empty-preamble' });
      return;
    }
    this.preamble = preamble;
    if (this.o.mode === 'click') this.offerChip(el, 'click-mode');
    else await this.insert(el, gen);
  }

  private async insert(el: HTMLElement, gen: number): Promise<boolean> {
    const adapter = this.adapter!;
    if (readComposerText(el, adapter.composerKind).trim() !== '') return false; // the user started typing meanwhile
    const { session, result } = await ComposerSession.insert(el, adapter.composerKind, this.preamble!.text, this.o.insert);
    if (gen !== this.generation) return false;
    if (!session) {
      this.offerChip(el, 'insert-failed', result.error);
      return false;
    }
    this.chip?.remove();
    this.chip = null;
    this.session = session;
    this.phase = 'active';
    this.lastQuery = '';
    this.watchTyping(el);
    this.emit({ type: 'inserted', method: result.method, memoryCount: this.preamble!.memoryCount });
    return true;
  }

  private offerChip(el: HTMLElement, reason: 'click-mode' | 'insert-failed', error?: string): void {
    this.chip?.remove();
    const gen = this.generation;
    this.phase = 'chip';
    this.chip = showChip({
      doc: this.o.doc,
      anchor: el,
      count: this.preamble!.memoryCount,
      getText: () => this.preamble?.text ?? '',
      onInsert: () => this.insert(el, gen),
      onDismiss: () => {
        this.chip = null;
        if (gen === this.generation) this.phase = 'done';
      },
    });
    this.emit({ type: 'chip', reason, ...(error ? { error } : {}) });
  }

  private watchTyping(el: HTMLElement): void {
    const onChange = () => this.scheduleRefresh();
    el.addEventListener('input', onChange);
    const observer = new (this.o.doc.defaultView?.MutationObserver ?? MutationObserver)(onChange);
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    const previousEnd = this.endTyping;
    this.endTyping = () => {
      previousEnd();
      el.removeEventListener('input', onChange);
      observer.disconnect();
    };
  }

  private endTyping: () => void = () => {};

  private scheduleRefresh(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.refreshL1(), this.o.debounceMs);
  }

  /** Refreshes the block for what the user has typed so far, if the block is still untouched. */
  async refreshL1(): Promise<void> {
    const session = this.session;
    if (!session || this.phase !== 'active') return;
    const state = session.state();
    if (state !== 'intact') {
      this.finish(state);
      return;
    }
    const message = session.userMessage();
    if (message === this.lastQuery) return;
    this.lastQuery = message;
    const seq = ++this.refreshSeq;
    const gen = this.generation;
    let preamble: Preamble;
    try {
      preamble = await this.o.requestPreamble(message === '' ? undefined : message);
    } catch {
      return;
    }
    // A newer keystroke's request, a navigation, or the end of the session makes this answer stale.
    if (seq !== this.refreshSeq || gen !== this.generation || this.session !== session) return;
    if (preamble.text === '' || preamble.text === session.blockText) return;
    const result = await session.refresh(preamble.text);
    if (result.skipped === 'edited' || result.skipped === 'removed') {
      this.finish(result.skipped);
      return;
    }
    if (result.ok && !result.skipped) {
      this.preamble = preamble;
      this.emit({ type: 'refreshed', firstMessage: message });
    }
  }

  private finish(reason: 'edited' | 'removed'): void {
    this.endSession();
    this.phase = 'done';
    this.emit({ type: 'stopped', reason });
  }

  private endSession(): void {
    clearTimeout(this.typingTimer);
    this.endTyping();
    this.endTyping = () => {};
    this.session = null;
    this.chip?.remove();
    this.chip = null;
  }

  private emit(event: WarmStartEvent): void {
    try {
      this.o.onEvent?.(event);
    } catch {
      /* a listener's bug must not stop warm start */
    }
  }
}
