import type { SiteAdapter } from '../capture/adapter';
import type { PageHealth } from '../capture/health';
import { onTabMessage, type ControlOutcome, type PageStateReport, type TabCalls, type TabState } from '../messaging/protocol';
import type { SiteId } from '../sites';
import type { ContentContext } from './context';
import { showIndicator, type Indicator } from './indicator';
import type { NavigationSource } from './navigation';
import type { PageChanges } from './page-changes';
import { selectedText } from './selection';

/** What the block shortcuts need of the warm start (lib/composer/warm-start.ts). */
export interface BlockCommands {
  insertNow(): Promise<ControlOutcome>;
  removeNow(): Promise<ControlOutcome>;
}

export interface PageControlsOptions {
  doc: Document;
  ctx: ContentContext;
  site: SiteId;
  getUrl: () => string;
  /** The site adapter for the page as it is now (the address decides the conversation). */
  adapter: () => SiteAdapter | null;
  changes: PageChanges;
  navigation: NavigationSource;
  /** The background's two calls for this: the tab's state (which sets its badge), and "Don't remember this chat". */
  reportTabState: (report: PageStateReport) => Promise<{ state: TabState }>;
  excludeThisChat: (chat: { site: SiteId; conversationId: string }) => Promise<{ deleted: number }>;
  /** The warm start, once it runs (null before the background answered). */
  blocks: () => BlockCommands | null;
  /** Where the background's requests arrive (tabs.sendMessage). Default: the extension's tab messenger. */
  listen?: <M extends keyof TabCalls>(method: M, handler: (message: { data: Parameters<TabCalls[M]>[0] }) => unknown) => () => void;
  /** Passed to the indicator (tests). */
  trusted?: (event: Event) => boolean;
}

/**
 * The page side of the in-page controls: the indicator (what Reverie does here), and the answers to what the user
 * asks through trusted browser UI — the block shortcuts, "Remember this" (the selection), "Don't remember this chat"
 * from the popup. The state is asked of the background when the page starts, moves to another chat, is shown again,
 * changes readability, or when the background says the settings changed: never per mutation, so capture's hot path
 * pays nothing for it.
 */
export class PageControls {
  readonly indicator: Indicator;
  private health: PageHealth = { ok: true };
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;
  private readonly off: (() => void)[] = [];

  constructor(private readonly o: PageControlsOptions) {
    this.indicator = showIndicator({
      doc: o.doc,
      ctx: o.ctx,
      changes: o.changes,
      anchors: () => {
        const adapter = o.adapter();
        const composer = adapter?.findComposer(o.doc) ?? null;
        return { composer, send: sendButtonNear(o.doc, adapter, composer) };
      },
      onForgetChat: () => this.forgetChat(),
      trusted: o.trusted,
    });
  }

  start(): void {
    const { ctx, doc } = this.o;
    const listen = this.o.listen ?? ((method, handler) => onTabMessage(method, handler as never));
    this.off.push(
      listen('blockControl', ({ data }) => this.blockControl(data?.action)),
      listen('readSelection', () => ({ text: selectedText(doc), site: this.o.site, ...this.conversation() })),
      listen('currentChat', () => ({ site: this.o.site, ...this.conversation() })),
      listen('showNotice', ({ data }) => {
        if (data && typeof data.message === 'string') this.indicator.notice({ ok: data.ok === true, message: data.message.slice(0, 500) });
      }),
      listen('refreshState', () => this.refresh()),
      this.o.navigation.subscribe((change) => {
        if (!change.early) void this.refresh();
      }),
    );
    ctx.addEventListener(doc, 'visibilitychange', () => {
      if (doc.visibilityState === 'visible') void this.refresh();
    });
    ctx.onInvalidated(() => {
      for (const off of this.off.splice(0)) off();
    });
    void this.refresh();
  }

  /** Capture's readability changed (LiveCapture reports only changes). */
  setHealth(health: PageHealth): void {
    this.health = health;
    void this.refresh();
  }

  /** Reports the page's state and shows the answer; calls that arrive meanwhile make one more round. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        do {
          this.refreshAgain = false;
          await this.refreshOnce();
        } while (this.refreshAgain && this.o.ctx.isValid);
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    if (!this.o.ctx.isValid) return;
    const url = this.o.getUrl();
    const adapter = this.o.adapter();
    const { conversationId } = this.conversation();
    let temporary = false;
    try {
      const parsed = new URL(url);
      temporary = !!adapter && adapter.isTemporary(parsed, this.o.doc);
    } catch {
      /* an address we cannot parse names no chat */
    }
    const report: PageStateReport = {
      site: this.o.site,
      url,
      ...(conversationId ? { conversationId } : {}),
      temporary,
      readable: this.health.ok,
      ...(this.health.problem ? { problem: this.health.problem.slice(0, 500) } : {}),
    };
    const answer = await this.o.reportTabState(report).catch(() => null);
    if (!answer) return; // the background is restarting: the next refresh shows the state
    this.indicator.setState(answer.state, { canForgetChat: !!conversationId, problem: this.health.problem });
  }

  private conversation(): { conversationId?: string } {
    const adapter = this.o.adapter();
    if (!adapter) return {};
    try {
      const id = adapter.conversationId(new URL(this.o.getUrl()), this.o.doc);
      return id ? { conversationId: id } : {};
    } catch {
      return {};
    }
  }

  private async blockControl(action: unknown): Promise<ControlOutcome> {
    const blocks = this.o.blocks();
    let outcome: ControlOutcome;
    if (action !== 'insert' && action !== 'remove') outcome = { ok: false, message: 'Unknown block command.' };
    else if (!blocks) outcome = { ok: false, message: 'Reverie is still starting on this page: try again in a moment.' };
    else {
      try {
        outcome = action === 'insert' ? await blocks.insertNow() : await blocks.removeNow();
      } catch (error) {
        outcome = { ok: false, message: `That did not work: ${(error as Error)?.message ?? String(error)}` };
      }
    }
    this.indicator.notice(outcome);
    return outcome;
  }

  private async forgetChat(): Promise<ControlOutcome> {
    const { conversationId } = this.conversation();
    if (!conversationId) return { ok: false, message: 'This page shows no saved chat to forget.' };
    const { deleted } = await this.o.excludeThisChat({ site: this.o.site, conversationId });
    await this.refresh();
    return {
      ok: true,
      message: `This chat is not remembered from now on; what was saved of it is erased (${deleted} ${deleted === 1 ? 'memory' : 'memories'}).`,
    };
  }
}

/** The send button to keep clear of: the site's own, else a submit button in the composer's form. */
function sendButtonNear(doc: Document, adapter: SiteAdapter | null, composer: Element | null): Element | null {
  if (adapter?.sendButton) {
    const own = doc.querySelector(adapter.sendButton);
    if (own) return own;
  }
  return composer?.closest('form')?.querySelector('button[type="submit"], input[type="submit"]') ?? null;
}
