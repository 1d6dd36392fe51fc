import { describe, expect, it, vi } from 'vitest';

const sent: [string, unknown][] = [];
vi.mock('../../../lib/messaging/protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push([type, data]);
    return `reply:${type}`;
  }),
}));

const { createMessagingApi } = await import('../../../lib/ui/api');

describe('createMessagingApi', () => {
  it('sends each call as its typed message and returns the reply', async () => {
    const api = createMessagingApi();
    expect(await api.getStatus({ site: 'claude' })).toBe('reply:status/get');
    await api.searchMemories({ query: 'tea', k: 5 });
    await api.listMemories({ limit: 10 });
    await api.updateMemory({ id: 'm', pinned: true });
    await api.deleteMemory({ id: 'm' });
    await api.undoDeleteMemory({ id: 'm' });
    await api.forgetConversation({ conversationKey: 'chatgpt:1' });
    await api.getSettings();
    await api.setSettings({ paused: true });
    await api.dreamNow();
    await api.getDiary({ limit: 3 });
    await api.approveDiary({ id: 'd' });
    await api.undoDiary({ id: 'd' });
    await api.statsDaily({ days: 7 });
    await api.statsTopics();
    await api.importConversations({ source: 'import-claude', conversations: [] });
    await api.exportJson();
    await api.exportMarkdown();
    await api.importJson({ json: '{}' });
    await api.wipe();
    await api.deleteModel({ id: 'x' });
    expect(sent).toEqual([
      ['status/get', { site: 'claude' }],
      ['memory/search', { query: 'tea', k: 5 }],
      ['memory/list', { limit: 10 }],
      ['memory/update', { id: 'm', pinned: true }],
      ['memory/delete', { id: 'm' }],
      ['memory/undo-delete', { id: 'm' }],
      ['memory/forget-conversation', { conversationKey: 'chatgpt:1' }],
      ['settings/get', undefined],
      ['settings/set', { paused: true }],
      ['dream/now', undefined],
      ['dream/diary', { limit: 3 }],
      ['dream/approve', { id: 'd' }],
      ['dream/undo', { id: 'd' }],
      ['stats/daily', { days: 7 }],
      ['stats/topics', undefined],
      ['data/import-conversations', { source: 'import-claude', conversations: [] }],
      ['data/export-json', undefined],
      ['data/export-markdown', undefined],
      ['data/import-json', { json: '{}' }],
      ['data/wipe', undefined],
      ['models/delete', { id: 'x' }],
    ]);
  });
});
