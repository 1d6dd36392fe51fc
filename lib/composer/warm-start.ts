import { standaloneContext, type ContentContext, type TimerId } from '../content/context';
import type { NavigationChange, NavigationSource } from '../content/navigation';
import { observePage, type PageChanges } from '../content/page-changes';
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
  | { type: 'stopped'; reason: 'edited' | 'removed' | 'navigated' | 'paused' }
  | { type: 'skipped'; reason: 'not-new-chat' | 'composer-not-empty' | 'no-composer' | 'empty-preamble' | 'off' | 'error'; error?: string };

export interface WarmStartOptions {
  doc: Document;
  getUrl: () => string;
  adapterFor: (url: string, doc: Document) => WarmStartAdapter | null;
  requestPreamble: (firstMessage?: string) => Promise<Preamble>;
  /**
   * How the block is offered. A function is asked again before every insertion and refresh (and when the tab is shown
   * again), so pausing Reverie or switching the site off takes effect at once; 'off' means nothing is written.
   */
  mode: WarmStartMode | (() => WarmStartMode | Promise<WarmStartMode>);
  /** The content script's context: timers and listeners stop when it is invalidated. Default: a standalone one. */
  ctx?: ContentContext;
  /** The page's mutations, shared with capture. Default: an observer of its own on `doc`. */
  changes?: PageChanges;
  /** In-page navigation. Without one, a new address is noticed when the page next changes. */
  navigation?: NavigationSource;
  /** Pause in typing before L1 is refreshed. */
  debounceMs?: number;
  /** At most one refresh request per this many milliseconds, however fast the user types. */
  refreshIntervalMs?: number;
  /** How long to wait for a composer after navigating. */
  composerTimeoutMs?: number;
  insert?: InsertOptions;
  onEvent?: (event: WarmStartEvent) => void;
}

type Phase = 'idle' | 'waiting' | 'requesting' | 'chip' | 'active' | 'done';

/**
 * Warm start for new chats: on a new, empty chat it asks for the preamble, puts it in the composer (or offers it in a
 * chip), then, while the user types the first message, refreshes the block in place with memories matching it — until
 * the user edits the block or sends. It never sends anything. Refreshes follow the user's own typing only (trusted
 * input and key events in the composer, rate-limited), never changes a page script makes.
 */
export class WarmStart {
  private readonly o: Required<Omit<WarmStartOptions, 'insert' | 'onEvent' | 'ctx' | 'changes' | 'navigation'>> &
    Pick<WarmStartOptions, 'insert' | 'onEvent' | 'navigation'>;
  private readonly ctx: ContentContext;
  private readonly changes: PageChanges;
  private url: string | null = null;
  private adapter: WarmStartAdapter | null = null;
  private phase: Phase = 'idle';
  private deadline = 0;
  /** Bumped on every navigation; async work from an older generation is dropped. */
  private generation = 0;
  private composer: HTMLElement | null = null;
  /** The block being refreshed as the user types (until they send, edit it, or pause). */
  private session: ComposerSession | null = null;
  /** The last block written: still guarded, and removable, after refreshing stops, for as long as it is there. */
  private placed: ComposerSession | null = null;
  /** A block being written now: the editor may already show it before its session is known. */
  private writing: Promise<unknown> | null = null;
  /** Ends every guard when warm start stops (the extension was reloaded or removed under the page). */
  private guards = new AbortController();
  private chip: ChipHandle | null = null;
  private preamble: Preamble | null = null;
  /** This page's block was not offered because the mode was 'off': offer it if the mode changes. */
  private skippedOff = false;
  /** What the block was last asked for (null: ask again, whatever was typed). */
  private lastQuery: string | null = '';
  private refreshSeq = 0;
  private typingTimer: TimerId | undefined;
  /** When the pending refresh may run: a pause in typing, and the rate limit since the last request. */
  private refreshDue = 0;
  private lastRefreshAt = -Infinity;
  private typing: AbortController | null = null;
  private listening: AbortController | null = null;
  private unsubscribe: (() => void)[] = [];
  private checkTimer: TimerId | undefined;
  private checking = false;
  private started = false;

  constructor(options: WarmStartOptions) {
    this.o = { debounceMs: 400, refreshIntervalMs: 1_500, composerTimeoutMs: 15_000, ...options };
    this.ctx = options.ctx ?? standaloneContext();
    this.changes = options.changes ?? observePage(options.doc, this.ctx);
  }

  get state(): Phase {
    return this.phase;
  }

  start(): void {
    if (this.started || !this.ctx.isValid) return;
    this.started = true;
    this.listening = new AbortController();
    this.unsubscribe.push(
      this.changes.subscribe(this.onMutations),
      this.ctx.onInvalidated(() => this.stop()),
    );
    if (this.o.navigation) this.unsubscribe.push(this.o.navigation.subscribe(this.onNavigation));
    this.o.doc.addEventListener('visibilitychange', this.onVisibilityChange, { signal: this.listening.signal });
    void this.check();
  }

  stop(): void {
    this.started = false;
    this.guards.abort();
    this.guards = new AbortController();
    this.placed = null;
    for (const off of this.unsubscribe.splice(0)) off();
    this.listening?.abort();
    this.listening = null;
    this.ctx.clearTimeout(this.checkTimer);
    this.checkTimer = undefined;
    this.endSession();
    this.generation++;
    this.phase = 'idle';
  }

  /**
   * The mode may have changed (asked when the tab is shown again): a paused Reverie ends the block's session and
   * takes the chip away; one resumed on a new chat it skipped offers the block after all.
   */
  async recheck(): Promise<void> {
    if (!this.started) return;
    const gen = this.generation;
    const mode = await this.currentMode();
    if (gen !== this.generation || !this.started) return;
    if (mode === 'off') {
      if (this.session || this.chip) this.finish('paused');
    } else if (this.skippedOff && this.phase === 'done' && this.url !== null) {
      this.navigate(this.url);
      await this.check();
    }
  }

  private readonly onMutations = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'childList') {
        this.scheduleCheck();
        return;
      }
    }
  };

  private readonly onNavigation = (change: NavigationChange): void => {
    if (!change.early) this.scheduleCheck();
  };

  private readonly onVisibilityChange = (): void => {
    if (this.o.doc.visibilityState === 'visible') void this.recheck();
  };

  /** Page mutations come in bursts (streaming replies): look once per burst. */
  private scheduleCheck(): void {
    if (this.checkTimer !== undefined || !this.started) return;
    this.checkTimer = this.ctx.setTimeout(() => {
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
    this.skippedOff = false;
    this.adapter = this.o.adapterFor(url, this.o.doc);
    this.phase = this.adapter ? 'waiting' : 'idle';
    this.deadline = Date.now() + this.o.composerTimeoutMs;
  }

  private async currentMode(): Promise<WarmStartMode> {
    const { mode } = this.o;
    if (typeof mode !== 'function') return mode;
    try {
      return await mode();
    } catch {
      return 'off'; // cannot tell whether Reverie is paused: write nothing
    }
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
    const mode = await this.currentMode();
    if (gen !== this.generation) return;
    if (mode === 'off') {
      this.skipOff();
      return;
    }
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
    if (mode === 'click') this.offerChip(el, 'click-mode');
    else await this.insert(el, gen);
  }

  private skipOff(): void {
    this.endSession();
    this.phase = 'done';
    this.skippedOff = true;
    this.emit({ type: 'skipped', reason: 'off' });
  }

  private async insert(el: HTMLElement, gen: number): Promise<boolean> {
    const adapter = this.adapter!;
    // Paused since the block was asked for (or since the chip was shown): nothing is written.
    const mode = await this.currentMode();
    if (gen !== this.generation) return false;
    if (mode === 'off') {
      this.skipOff();
      return false;
    }
    if (readComposerText(el, adapter.composerKind).trim() !== '') return false; // the user started typing meanwhile
    const { session, result } = await this.write(el, this.preamble!.text);
    if (gen !== this.generation) {
      session?.detach();
      return false;
    }
    if (!session) {
      this.offerChip(el, 'insert-failed', result.error);
      return false;
    }
    // Removed by the user's command while it settled: nothing to watch.
    if (session.state() === 'removed') return false;
    this.chip?.remove();
    this.chip = null;
    this.session = session;
    this.phase = 'active';
    this.lastQuery = '';
    this.watchTyping(el);
    this.emit({ type: 'inserted', method: result.method, memoryCount: this.preamble!.memoryCount });
    return true;
  }

  /** Writes a block at the start of the composer; the previous block's guard ends (one guarded block per page). */
  private async write(el: HTMLElement, text: string): Promise<Awaited<ReturnType<typeof ComposerSession.insert>>> {
    // `writing` settles only once the new block is `placed`: a remove asked while the block is on screen but still
    // settling waits for it and finds it (settling first and placing after left a gap where the remove was refused).
    const pending = ComposerSession.insert(el, this.adapter!.composerKind, text, this.o.insert, this.guards.signal).then((written) => {
      if (written.session) {
        this.placed?.detach();
        this.placed = written.session;
      }
      return written;
    });
    this.writing = pending;
    try {
      return await pending;
    } finally {
      if (this.writing === pending) this.writing = null;
    }
  }

  /**
   * The user asked for the block now (a keyboard command): on any chat, whatever the composer holds, unless Reverie is
   * paused here or a block is already there. The block matches what the user has typed so far, and is refreshed as
   * they go on typing, like a new chat's.
   */
  async insertBlockNow(): Promise<{ ok: boolean; error?: string }> {
    if (!this.started) return { ok: false, error: 'Reverie is not running on this page' };
    const adapter = this.adapter ?? this.o.adapterFor(this.o.getUrl(), this.o.doc);
    const el = adapter?.findComposer(this.o.doc);
    if (!adapter || !el) return { ok: false, error: 'no composer on this page' };
    await this.writingSettled();
    if (this.placed?.el === el && this.placed.state() !== 'removed') return { ok: false, error: 'the block is already in the composer' };
    const gen = this.generation;
    if ((await this.currentMode()) === 'off') return { ok: false, error: 'adding memory is paused or switched off for this site' };
    const typed = readComposerText(el, adapter.composerKind).trim();
    let preamble: Preamble;
    try {
      preamble = await this.o.requestPreamble(typed === '' ? undefined : typed);
    } catch (e) {
      return { ok: false, error: String(e) };
    }
    if (gen !== this.generation) return { ok: false, error: 'the page moved on' };
    if (preamble.text === '') return { ok: false, error: 'memory has nothing for this chat yet' };
    this.adapter = adapter;
    this.composer = el;
    this.endSession();
    const { session, result } = await this.write(el, preamble.text);
    if (!session) return { ok: false, error: result.error ?? 'the editor did not accept the block' };
    if (gen !== this.generation) return { ok: true };
    this.preamble = preamble;
    this.session = session;
    this.phase = 'active';
    this.lastQuery = typed;
    this.watchTyping(el);
    this.emit({ type: 'inserted', method: result.method, memoryCount: preamble.memoryCount });
    return { ok: true };
  }

  /** The user asked for the block to go (a keyboard command): it is taken out; what they typed stays. */
  async removeBlock(): Promise<{ ok: boolean; error?: string }> {
    // The block may be on screen while it is still being written (the editor settles, then it is read back): the
    // user sees it, so it is removed once written, not refused.
    await this.writingSettled();
    const placed = this.placed;
    if (!placed || placed.state() === 'removed') return { ok: false, error: 'there is no Reverie block in the composer' };
    const result = await placed.removeBlock();
    if (!result.ok) return { ok: false, error: result.error ?? 'the editor did not let the block go' };
    if (this.placed === placed) this.placed = null;
    if (this.session === placed) this.finish('removed');
    return { ok: true };
  }

  private async writingSettled(): Promise<void> {
    while (this.writing) await this.writing.catch(() => undefined);
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

  /**
   * The user's own typing in the composer: trusted events only, since a page script can change the composer (and
   * fire untrusted events) but cannot fake these. `beforeinput` as well as `input`, because editors that handle
   * input themselves cancel it, and then the browser fires no `input` at all.
   */
  private watchTyping(el: HTMLElement): void {
    this.typing?.abort();
    this.typing = new AbortController();
    const onUserInput = (event: Event) => {
      if (event.isTrusted) this.scheduleRefresh();
    };
    for (const type of ['keydown', 'beforeinput', 'input']) el.addEventListener(type, onUserInput, { signal: this.typing.signal });
  }

  /** A refresh once typing pauses (`debounceMs`), and never sooner than `refreshIntervalMs` after the last request. */
  private scheduleRefresh(): void {
    const now = Date.now();
    this.refreshDue = Math.max(now + this.o.debounceMs, this.lastRefreshAt + this.o.refreshIntervalMs);
    if (this.typingTimer === undefined) this.armRefresh(this.refreshDue - now);
  }

  private armRefresh(delay: number): void {
    this.typingTimer = this.ctx.setTimeout(() => {
      this.typingTimer = undefined;
      const left = this.refreshDue - Date.now();
      if (left > 0) this.armRefresh(left);
      else void this.refreshL1();
    }, delay);
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
    const gen = this.generation;
    const mode = await this.currentMode();
    if (gen !== this.generation || this.session !== session) return;
    if (mode === 'off') {
      this.finish('paused');
      return;
    }
    this.lastQuery = message;
    const seq = ++this.refreshSeq;
    this.lastRefreshAt = Date.now();
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
    // Not written while the user held the block selected: the next pause in typing asks again.
    if (result.skipped === 'selected') this.lastQuery = null;
    if (result.ok && !result.skipped) {
      this.preamble = preamble;
      this.emit({ type: 'refreshed', firstMessage: message });
    }
  }

  private finish(reason: 'edited' | 'removed' | 'paused'): void {
    this.endSession();
    this.phase = 'done';
    this.emit({ type: 'stopped', reason });
  }

  private endSession(): void {
    this.ctx.clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.typing?.abort();
    this.typing = null;
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
