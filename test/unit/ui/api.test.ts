import { describe, expect, it, vi } from 'vitest';

const sent: [string, unknown][] = [];
vi.mock('../../../lib/messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push([type, data]);
    return `reply:${type}`;
  }),
}));

const { createMessagingApi } = await import('../../../lib/ui/api');

describe('createMessagingApi', () => {
  it('sends each call as its typed message and returns the reply', async () => {
    const api = createMessagingApi();
    expect(await api.getStatus({ site: 'claude' })).toBe('reply:getStatus');
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
    await api.exportMarkdown();
    await api.beginRestore();
    await api.endRestore();
    await api.wipe();
    await api.deleteModel({ id: 'x' });
    await api.retryModel({ id: 'x' });
    await api.getLastBlock({ tabId: 3 });
    // The pages' api holds no content-script call.
    for (const method of ['captureTurns', 'reportHealth', 'getSiteSettings']) expect(method in api).toBe(false);
    // Each call is the contract's message of the same name, with its payload untouched.
    expect(sent.map(([type]) => type)).toEqual([
      'getStatus', 'searchMemories', 'listMemories', 'updateMemory', 'deleteMemory', 'undoDeleteMemory', 'forgetConversation',
      'getSettings', 'setSettings', 'dreamNow', 'getDiary', 'approveDiary', 'undoDiary', 'statsDaily', 'statsTopics',
      'importConversations', 'exportMarkdown', 'beginRestore', 'endRestore', 'wipe', 'deleteModel',
      'retryModel', 'getLastBlock',
    ]);
    expect(sent[0]).toEqual(['getStatus', { site: 'claude' }]);
    expect(sent[1]).toEqual(['searchMemories', { query: 'tea', k: 5 }]);
    expect(sent[7]).toEqual(['getSettings', undefined]);
  });
});
