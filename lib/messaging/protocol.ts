import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DiaryRow, DreamRunRow, MemoryKind, MemoryRow, Role } from '../db/schema';
import type { Settings, SettingsPatch } from '../settings';
import type { SiteId } from '../sites';
import type { RecallHit } from '../engine/types';

/**
 * Every message between Reverie's contexts, declared once. Content scripts, the popup and the options page talk to
 * the background (service worker on Chrome, background page on Firefox); the background talks to the engine host
 * (offscreen document on Chrome; on Firefox the background page is the host and calls it directly).
 */

interface CapturedTurnMessage {
  role: Role;
  text: string;
  ordinal: number;
  /** When the turn was written (ms), if known: imports carry it; live capture leaves it out. */
  at?: number;
  /** A user turn that was sent with Reverie's block in it (the block itself is already taken out of `text`). */
  hadBlock?: true;
}

/**
 * A search result as the popup shows it: a passage whose fact the user later corrected or changed carries the note the
 * warm-start block shows beside it ('[corrected 2026-04-07: "I never said I have a sister"]'), so what was said is
 * still found but not taken for what is true.
 */
/** A search result, with the note of a later correction and, for a line of a role-play or story, which it was. */
export type SearchHit = RecallHit & { correction?: string; makeBelieve?: 'role-play' | 'story' };

export interface CaptureMessage {
  site: SiteId;
  conversationId: string;
  url: string;
  title?: string;
  turns: CapturedTurnMessage[];
  /** When the conversation started (ms), if known: imports carry it; live capture leaves it out. */
  createdAt?: number;
}

interface CaptureHealth {
  site: SiteId;
  ok: boolean;
  /** What the adapter could not read, in words the popup shows. */
  problem?: string;
  url: string;
  at: number;
}

export interface PreambleLine {
  layer: 'L1' | 'L2' | 'L3' | 'L4';
  text: string;
  memoryId?: string;
  sourceTurnIds: string[];
}

export interface Preamble {
  /** The whole block, delimiters included, ready for the composer; '' when memory has nothing to say. */
  text: string;
  lines: PreambleLine[];
  tokens: number;
  memoryCount: number;
}

/** The last warm-start block offered in a tab: which memories went into it (the popup shows them, with Remove). */
export interface LastBlock {
  at: number;
  site: SiteId;
  lines: PreambleLine[];
  /** When the user sent a message with this block in it (its memories were then counted as used, once). */
  keptAt?: number;
}

export interface ModelStatus {
  id: string;
  kind: 'embedding' | 'llm';
  state: 'absent' | 'downloading' | 'ready' | 'error' | 'unsupported';
  progress?: number;
  sizeBytes?: number;
  error?: string;
}

export interface ReverieStatus {
  paused: boolean;
  site?: SiteId;
  siteEnabled?: boolean;
  /** Why capture is not running on the asked site, if it is not. */
  captureBlockedReason?: 'paused' | 'site-off' | 'temporary-chat' | 'incognito' | 'adapter-broken' | 'not-a-chat-site';
  health: CaptureHealth[];
  models: ModelStatus[];
  lastDream?: DreamRunRow;
  counts: { conversations: number; turns: number; memories: number; pendingQueue: number };
  storage: { usage: number; quota: number; full: boolean; message?: string };
}

export interface DailyCount {
  day: string; // YYYY-MM-DD
  turns: number;
  memories: number;
}

export interface ImportProgress {
  done: number;
  total: number;
  conversations: number;
  /** Messages stored new or changed. */
  turns: number;
  /** Messages that were already in memory, word for word (importing the same file twice adds nothing). */
  alreadyStored: number;
}

/** What the background's capture intake answers: whether the turns were queued, and why not. */
export interface IntakeResult {
  accepted: boolean;
  reason?: string;
}

/** What a content script may know of the settings: only what it needs for its own site. */
export interface SiteSettings {
  /** Capture runs on this site (not paused, site switched on). */
  capture: boolean;
  /** How the warm-start block is offered here: 'off' when paused or switched off for this site. */
  insertion: 'auto' | 'click' | 'off';
}

/**
 * What Reverie is doing in one tab, decided by the background (lib/background/tab-state.ts) from the settings, the
 * chat's exclusion and what the page's content script reports: the in-page indicator and the toolbar badge both show it.
 */
export type TabState = 'saving' | 'paused' | 'site-off' | 'chat-off' | 'temporary' | 'broken';

/** What a content script reports about its page, so the background can tell it (and the badge) the tab's state. */
export interface PageStateReport {
  site: SiteId;
  url: string;
  /** The open conversation, when the page shows one (a new chat has none yet). */
  conversationId?: string;
  /** A temporary or incognito chat of the site's own (never captured). */
  temporary: boolean;
  /** Whether capture can read this page (lib/capture/health.ts), and what it cannot read. */
  readable: boolean;
  problem?: string;
}

/** The open chat of a tab, for the popup's "Don't remember this chat". */
export interface TabChat {
  site: SiteId;
  conversationId: string;
  /** True once the user chose "Don't remember this chat" for it. */
  excluded: boolean;
}

/** What "remember this" (the selection, from the context menu or the shortcut) became. */
export interface RememberResult {
  remembered: boolean;
  /** The memory made (or found: the same words were already remembered). */
  memoryId?: string;
  already?: boolean;
  /** Why nothing was remembered, in words the indicator shows. */
  reason?: string;
}

/**
 * Everything a content script or an extension page can ask of the background, declared once: one method per message,
 * and the message's type is the method's name. Who may call which method, and what each accepts, is checked at the
 * boundary by `lib/messaging/admit.ts`; the UI's api and the background's forwarder are both derived from this list.
 */
export interface ReverieCalls {
  // A content script, only for the site of the tab it runs in.
  captureTurns(msg: CaptureMessage): IntakeResult;
  reportHealth(msg: CaptureHealth): void;
  requestPreamble(msg: { site: SiteId; firstMessage?: string }): Preamble;
  getSiteSettings(msg: { site: SiteId }): SiteSettings;
  /** The page's state for the indicator; the background answers the tab's state and sets the tab's badge to match. */
  reportTabState(msg: PageStateReport): { state: TabState };
  /** "Don't remember this chat" from the indicator: only the conversation the sender's tab shows now. */
  excludeThisChat(msg: { site: SiteId; conversationId: string }): { deleted: number };

  // The extension's own pages: popup, options.
  getStatus(msg: { site?: SiteId }): ReverieStatus;
  /** The last block offered in that tab, or null (none since the browser started, or the tab is not a chat). */
  getLastBlock(msg: { tabId: number }): LastBlock | null;
  /** The chat open in that tab (asked of its content script), or null when it shows none. */
  getTabChat(msg: { tabId: number }): TabChat | null;
  /**
   * "Don't remember this chat" (excluded: true) for the chat open in that tab: from now on it is not captured, and
   * what was captured of it is forgotten (the popup's "forget conversation" erase). false captures it again from now on.
   */
  setTabChatExcluded(msg: { tabId: number; excluded: boolean }): { deleted: number };
  searchMemories(msg: { query: string; k?: number }): SearchHit[];
  listMemories(msg: { offset?: number; limit?: number; kinds?: MemoryKind[]; pinnedOnly?: boolean }): MemoryRow[];
  updateMemory(msg: { id: string; text?: string; pinned?: boolean }): MemoryRow;
  deleteMemory(msg: { id: string }): void;
  undoDeleteMemory(msg: { id: string }): MemoryRow;
  forgetConversation(msg: { conversationKey: string }): { deleted: number };
  getSettings(): Settings;
  setSettings(msg: SettingsPatch): Settings;
  dreamNow(): DreamRunRow;
  getDiary(msg: { limit?: number }): DiaryRow[];
  approveDiary(msg: { id: string }): DiaryRow;
  undoDiary(msg: { id: string }): DiaryRow;
  statsDaily(msg: { days: number }): DailyCount[];
  statsTopics(): { topic: string; count: number }[];
  importConversations(msg: { source: 'import-chatgpt' | 'import-claude'; conversations: CaptureMessage[] }): ImportProgress;
  exportMarkdown(): string;
  /**
   * A page is about to restore a backup straight into the database (lib/backup, no message carries it): the engine
   * host stops writing until endRestore, then reopens on the restored rows.
   */
  beginRestore(): void;
  endRestore(): void;
  wipe(): void;
  /** Remove a downloaded model's files from the browser cache. */
  deleteModel(msg: { id: string }): void;
  /** Try the search model in use again after it failed to download or load (a catalog id). */
  retryModel(msg: { id: string }): void;
}

export type Method = keyof ReverieCalls;
export type CallInput<M extends Method> = Parameters<ReverieCalls[M]>[0];

/** The methods a content script may call; every other method is for the extension's own pages. */
export const CONTENT_METHODS = [
  'captureTurns',
  'reportHealth',
  'requestPreamble',
  'getSiteSettings',
  'reportTabState',
  'excludeThisChat',
] as const satisfies readonly Method[];
type ContentMethod = (typeof CONTENT_METHODS)[number];
export type PageMethod = Exclude<Method, ContentMethod>;

/** A set of contract methods as async functions: what a caller holds, or an implementation provides. */
type AsyncApi<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never };

/** What the popup and options page hold (components take it as a prop, so tests can hand them a fake). */
export type PageApi = AsyncApi<Pick<ReverieCalls, PageMethod>>;

/**
 * What the engine host answers (the offscreen document on Chrome, the background page itself on Firefox): the pages'
 * calls and the content script's block and health, forwarded by the background, plus the background's own two.
 * Capture, the content script's settings and the last block per tab are answered by the background alone.
 */
export interface EngineCalls
  extends Omit<ReverieCalls, 'captureTurns' | 'getSiteSettings' | 'getLastBlock' | 'reportTabState' | 'excludeThisChat' | 'getTabChat' | 'setTabChatExcluded'> {
  /** Ingests what the capture intake queued. */
  drainCaptureQueue(): void;
  /** The dream alarm fired while the user was away: dream if it is due. */
  dreamOnAlarm(): DreamRunRow;
  /**
   * "Remember this": text the user selected and chose to remember (a trusted menu or shortcut, checked and cleaned by
   * the background), kept as a pinned memory of their own.
   */
  rememberText(msg: { site: SiteId; url: string; text: string }): RememberResult;
  /** "Don't remember this chat": mark it excluded, drop its queued captures, and forget what was stored of it. */
  excludeConversation(msg: { conversationKey: string }): { deleted: number };
  /**
   * The user sent a message with the block in it: the memories its lines came from were of use, and count as used
   * (forgetting goes by time since last use). At most once a day each, whatever the caller says.
   */
  blockKept(msg: { memoryIds: string[] }): { reinforced: number };
}
export type EngineMethod = keyof EngineCalls;
export type EngineApi = AsyncApi<EngineCalls>;

/** The wire: the contract's methods, plus the background's private hop to the engine host on Chrome. */
interface WireProtocol extends ReverieCalls {
  hostCall(msg: { method: EngineMethod; data: unknown }): unknown;
  hostPing(): { alive: true; startedAt: number };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<WireProtocol>();

/** The outcome of a keyboard command or menu item carried out in a page, in words the indicator shows. */
export interface ControlOutcome {
  ok: boolean;
  message: string;
}

/**
 * What the background asks of the content script in one tab (tabs.sendMessage: only the extension can send these; a
 * page cannot). Each is the answer to something the user did in trusted browser UI (a shortcut, a menu item, the popup)
 * or a change of settings.
 */
export interface TabCalls {
  /** The insert-block or remove-block shortcut. */
  blockControl(msg: { action: 'insert' | 'remove' }): ControlOutcome;
  /** The page's selected text, asked right after the user chose "remember this" for this tab. */
  readSelection(): { text: string; site: SiteId; conversationId?: string };
  /** The open conversation, if any (the popup's "Don't remember this chat"). */
  currentChat(): { site: SiteId; conversationId?: string };
  /** Feedback for something the background did for this tab ("Remembered", "Paused: nothing saved"). */
  showNotice(msg: ControlOutcome): void;
  /** Settings or this chat's exclusion changed: report the page's state again and redraw the indicator. */
  refreshState(): void;
}

export const { sendMessage: sendTabMessage, onMessage: onTabMessage } = defineExtensionMessaging<TabCalls>();
