import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DiaryRow, DreamRunRow, MemoryKind, MemoryRow, Role } from '../db/schema';
import type { Settings } from '../settings';
import type { SiteId } from '../sites';
import type { RecallHit } from '../engine/types';

/**
 * Every message between Reverie's contexts, declared once. Content scripts, the popup and the options page talk to
 * the background (service worker on Chrome, background page on Firefox); the background talks to the engine host
 * (offscreen document on Chrome; on Firefox the background page is the host and calls it directly).
 */

export interface CapturedTurnMessage {
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

export interface CaptureHealth {
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
  turns: number;
}

export interface ProtocolMap {
  // content script → background
  'capture/turns'(msg: CaptureMessage): { accepted: boolean; reason?: string };
  'capture/health'(msg: CaptureHealth): void;
  'warm/preamble'(msg: { site: SiteId; firstMessage?: string }): Preamble;

  // popup / options → background
  'status/get'(msg: { site?: SiteId }): ReverieStatus;
  'memory/search'(msg: { query: string; k?: number }): RecallHit[];
  'memory/list'(msg: { offset?: number; limit?: number; kinds?: MemoryKind[]; pinnedOnly?: boolean }): MemoryRow[];
  'memory/update'(msg: { id: string; text?: string; pinned?: boolean }): MemoryRow;
  'memory/delete'(msg: { id: string }): void;
  'memory/undo-delete'(msg: { id: string }): MemoryRow;
  'memory/forget-conversation'(msg: { conversationKey: string }): { deleted: number };
  'settings/get'(): Settings;
  'settings/set'(msg: Partial<Settings>): Settings;
  'dream/now'(): DreamRunRow;
  'dream/diary'(msg: { limit?: number }): DiaryRow[];
  'dream/approve'(msg: { id: string }): DiaryRow;
  'dream/undo'(msg: { id: string }): DiaryRow;
  'stats/daily'(msg: { days: number }): DailyCount[];
  'stats/topics'(): { topic: string; count: number }[];
  'data/import-conversations'(msg: { source: 'import-chatgpt' | 'import-claude'; conversations: CaptureMessage[] }): ImportProgress;
  'data/export-json'(): string;
  'data/export-markdown'(): string;
  'data/import-json'(msg: { json: string }): { ok: true } | { ok: false; error: string };
  'data/wipe'(): void;
  /** Remove a downloaded model's files from the browser cache. */
  'models/delete'(msg: { id: string }): void;

  // background → engine host (offscreen document, Chrome)
  'host/call'(msg: { method: string; args: unknown[] }): unknown;
  'host/ping'(): { alive: true; startedAt: number };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
