import type { EngineApi } from '../messaging/protocol';
import type { ReverieService } from './service';

/**
 * The engine host's side of the contract: each method the background forwards, answered by the service. The
 * offscreen document (Chrome) and the background page (Firefox) both call through this one object.
 */
export function engineApi(s: ReverieService): EngineApi {
  return {
    reportHealth: (health) => s.recordHealth(health),
    requestPreamble: (msg) => s.preamble(msg),
    getStatus: (msg) => s.status(msg.site),
    searchMemories: (msg) => s.search(msg.query, msg.k),
    listMemories: (msg) => s.list(msg),
    updateMemory: (msg) => s.updateMemory(msg),
    deleteMemory: (msg) => s.deleteMemory(msg.id),
    undoDeleteMemory: (msg) => s.undoDelete(msg.id),
    forgetConversation: (msg) => s.forgetConversation(msg.conversationKey),
    getSettings: () => s.getSettings(),
    setSettings: (patch) => s.setSettings(patch),
    dreamNow: () => s.dream('manual'),
    getDiary: (msg) => s.diary(msg.limit),
    approveDiary: (msg) => s.approve(msg.id),
    undoDiary: (msg) => s.undo(msg.id),
    statsDaily: (msg) => s.daily(msg.days),
    statsTopics: () => s.topics(),
    importConversations: (msg) => s.importConversations(msg),
    exportMarkdown: () => s.exportMarkdown(),
    beginRestore: () => s.beginRestore(),
    endRestore: () => s.endRestore(),
    wipe: () => s.wipe(),
    deleteModel: (msg) => s.deleteModel(msg.id),
    retryModel: (msg) => s.retryModel(msg.id),
    drainCaptureQueue: () => s.drainCaptureQueue(),
    dreamOnAlarm: () => s.dream('alarm'),
    rememberText: (msg) => s.rememberText(msg),
    excludeConversation: (msg) => s.excludeConversation(msg.conversationKey),
    blockKept: (msg) => s.blockKept(msg.memoryIds),
  };
}
