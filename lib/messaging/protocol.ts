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
}

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

  // The extension's own pages: popup, options.
  getStatus(msg: { site?: SiteId }): ReverieStatus;
  /** The last block offered in that tab, or null (none since the browser started, or the tab is not a chat). */
  getLastBlock(msg: { tabId: number }): LastBlock | null;
  searchMemories(msg: { query: string; k?: number }): RecallHit[];
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
export const CONTENT_METHODS = ['captureTurns', 'reportHealth', 'requestPreamble', 'getSiteSettings'] as const satisfies readonly Method[];
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
export interface EngineCalls extends Omit<ReverieCalls, 'captureTurns' | 'getSiteSettings' | 'getLastBlock'> {
  /** Ingests what the capture intake queued. */
  drainCaptureQueue(): void;
  /** The dream alarm fired while the user was away: dream if it is due. */
  dreamOnAlarm(): DreamRunRow;
}
export type EngineMethod = keyof EngineCalls;
export type EngineApi = AsyncApi<EngineCalls>;

/** The wire: the contract's methods, plus the background's private hop to the engine host on Chrome. */
interface WireProtocol extends ReverieCalls {
  hostCall(msg: { method: EngineMethod; data: unknown }): unknown;
  hostPing(): { alive: true; startedAt: number };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<WireProtocol>();
