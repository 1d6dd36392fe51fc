import { sendMessage, type ProtocolMap } from '../messaging/protocol';

/**
 * What the popup and options page may ask of the background: one async method per message. Components take an
 * `api` prop of this type so tests can hand them a fake; the default implementation sends the typed messages.
 */
type Handler<K extends keyof ProtocolMap> = ProtocolMap[K];
type Data<K extends keyof ProtocolMap> = Parameters<Handler<K>>[0];
type Reply<K extends keyof ProtocolMap> = Promise<ReturnType<Handler<K>>>;

export interface ReverieApi {
  getStatus(msg: Data<'status/get'>): Reply<'status/get'>;
  searchMemories(msg: Data<'memory/search'>): Reply<'memory/search'>;
  listMemories(msg: Data<'memory/list'>): Reply<'memory/list'>;
  updateMemory(msg: Data<'memory/update'>): Reply<'memory/update'>;
  deleteMemory(msg: Data<'memory/delete'>): Reply<'memory/delete'>;
  undoDeleteMemory(msg: Data<'memory/undo-delete'>): Reply<'memory/undo-delete'>;
  forgetConversation(msg: Data<'memory/forget-conversation'>): Reply<'memory/forget-conversation'>;
  getSettings(): Reply<'settings/get'>;
  setSettings(msg: Data<'settings/set'>): Reply<'settings/set'>;
  dreamNow(): Reply<'dream/now'>;
  getDiary(msg: Data<'dream/diary'>): Reply<'dream/diary'>;
  approveDiary(msg: Data<'dream/approve'>): Reply<'dream/approve'>;
  undoDiary(msg: Data<'dream/undo'>): Reply<'dream/undo'>;
  statsDaily(msg: Data<'stats/daily'>): Reply<'stats/daily'>;
  statsTopics(): Reply<'stats/topics'>;
  importConversations(msg: Data<'data/import-conversations'>): Reply<'data/import-conversations'>;
  exportJson(): Reply<'data/export-json'>;
  exportMarkdown(): Reply<'data/export-markdown'>;
  importJson(msg: Data<'data/import-json'>): Reply<'data/import-json'>;
  wipe(): Reply<'data/wipe'>;
  deleteModel(msg: Data<'models/delete'>): Reply<'models/delete'>;
}

/** The real api: every call is a typed message to the background. */
export function createMessagingApi(): ReverieApi {
  return {
    getStatus: (msg) => sendMessage('status/get', msg),
    searchMemories: (msg) => sendMessage('memory/search', msg),
    listMemories: (msg) => sendMessage('memory/list', msg),
    updateMemory: (msg) => sendMessage('memory/update', msg),
    deleteMemory: (msg) => sendMessage('memory/delete', msg),
    undoDeleteMemory: (msg) => sendMessage('memory/undo-delete', msg),
    forgetConversation: (msg) => sendMessage('memory/forget-conversation', msg),
    getSettings: () => sendMessage('settings/get', undefined),
    setSettings: (msg) => sendMessage('settings/set', msg),
    dreamNow: () => sendMessage('dream/now', undefined),
    getDiary: (msg) => sendMessage('dream/diary', msg),
    approveDiary: (msg) => sendMessage('dream/approve', msg),
    undoDiary: (msg) => sendMessage('dream/undo', msg),
    statsDaily: (msg) => sendMessage('stats/daily', msg),
    statsTopics: () => sendMessage('stats/topics', undefined),
    importConversations: (msg) => sendMessage('data/import-conversations', msg),
    exportJson: () => sendMessage('data/export-json', undefined),
    exportMarkdown: () => sendMessage('data/export-markdown', undefined),
    importJson: (msg) => sendMessage('data/import-json', msg),
    wipe: () => sendMessage('data/wipe', undefined),
    deleteModel: (msg) => sendMessage('models/delete', msg),
  };
}
