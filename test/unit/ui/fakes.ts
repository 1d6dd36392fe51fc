import { vi } from 'vitest';
import type { DiaryRow, MemoryRow } from '../../../lib/db/schema';
import type { ReverieStatus } from '../../../lib/messaging/protocol';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { ReverieApi } from '../../../lib/ui/api';

/** Rows and a fake api for the UI tests: every api method is a vi.fn with a plausible default answer. */

export function memory(overrides: Partial<MemoryRow> = {}): MemoryRow {
  return {
    id: 'm1',
    kind: 'fact',
    text: 'The user has a dog called Biscuit.',
    hash: 'h1',
    status: 'active',
    sourceTurnIds: ['chatgpt:c1#0'],
    conversationKey: 'chatgpt:c1',
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/c1',
    occurredAt: Date.UTC(2025, 2, 12, 14, 5),
    createdAt: Date.UTC(2025, 2, 12, 14, 5),
    updatedAt: Date.UTC(2025, 2, 12, 14, 5),
    importance: 0.5,
    strength: 1,
    useCount: 0,
    pinned: false,
    origin: 'capture',
    ...overrides,
  };
}

export function status(overrides: Partial<ReverieStatus> = {}): ReverieStatus {
  return {
    paused: false,
    health: [],
    models: [],
    counts: { conversations: 3, turns: 40, memories: 12, pendingQueue: 0 },
    storage: { usage: 5_000_000, quota: 1_000_000_000, full: false },
    ...overrides,
  };
}

export function diaryRow(overrides: Partial<DiaryRow> = {}): DiaryRow {
  return {
    id: 'd1',
    runId: 'run1',
    kind: 'merge',
    summary: 'Two notes about the dog',
    memoryIds: ['m1'],
    sourceTurnIds: [],
    before: [memory({ id: 'a', text: 'Dog is named Biscuit' }), memory({ id: 'b', text: 'My dog Biscuit' })],
    after: [memory({ id: 'c', text: 'The user has a dog called Biscuit.' })],
    status: 'applied',
    createdAt: Date.UTC(2025, 2, 13),
    ...overrides,
  };
}

export type FakeApi = { [K in keyof ReverieApi]: ReturnType<typeof vi.fn> & ReverieApi[K] };

export function fakeApi(overrides: Partial<ReverieApi> = {}): FakeApi {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const api: ReverieApi = {
    getStatus: async () => status(),
    getLastBlock: async () => null,
    getTabChat: async () => null,
    setTabChatExcluded: async () => ({ deleted: 0 }),
    searchMemories: async () => [],
    listMemories: async () => [],
    updateMemory: async ({ id, text, pinned }) => memory({ id, ...(text !== undefined ? { text } : {}), ...(pinned !== undefined ? { pinned } : {}) }),
    deleteMemory: async () => undefined,
    undoDeleteMemory: async ({ id }) => memory({ id }),
    forgetConversation: async () => ({ deleted: 2 }),
    getSettings: async () => settings,
    setSettings: async (patch) => (settings = applySettingsPatch(settings, patch)),
    dreamNow: async () => ({
      id: 'r',
      startedAt: 0,
      status: 'done',
      phase: 'done',
      checkpoint: {},
      trigger: 'manual',
      engine: 'rules',
    }),
    getDiary: async () => [],
    approveDiary: async ({ id }) => diaryRow({ id, status: 'approved' }),
    undoDiary: async ({ id }) => diaryRow({ id, status: 'undone' }),
    statsDaily: async () => [],
    statsTopics: async () => [],
    importConversations: async ({ conversations }) => ({
      done: conversations.length,
      total: conversations.length,
      conversations: conversations.length,
      turns: conversations.reduce((n, c) => n + c.turns.length, 0),
      alreadyStored: 0,
    }),
    exportMarkdown: async () => '# Memories\n',
    beginRestore: async () => undefined,
    endRestore: async () => undefined,
    wipe: async () => undefined,
    deleteModel: async () => undefined,
    retryModel: async () => undefined,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(api).map(([k, f]) => [k, vi.fn(f as never)])) as unknown as FakeApi;
}
