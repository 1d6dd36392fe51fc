import type { ProtocolMap } from '../messaging/protocol';
import type { ReverieService } from './service';
import { ownEntry } from '../util/own';

type Handlers = {
  [K in keyof ProtocolMap]?: (service: ReverieService, data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>> | ReturnType<ProtocolMap[K]>;
};

/**
 * What the engine host answers, by message type. The background forwards these (Chrome: to the offscreen document
 * over 'host/call'; Firefox: a direct call, the background page is the host).
 */
export const HOST_HANDLERS: Handlers = {
  'warm/preamble': (s, d) => s.preamble(d),
  'capture/health': (s, d) => s.recordHealth(d),
  'status/get': (s, d) => s.status(d.site),
  'memory/search': (s, d) => s.search(d.query, d.k),
  'memory/list': (s, d) => s.list(d),
  'memory/update': (s, d) => s.updateMemory(d),
  'memory/delete': async (s, d) => {
    await s.deleteMemory(d.id);
  },
  'memory/undo-delete': (s, d) => s.undoDelete(d.id),
  'memory/forget-conversation': (s, d) => s.forgetConversation(d.conversationKey),
  'models/delete': (s, d) => s.deleteModel(d.id),
  'settings/get': (s) => s.getSettings(),
  'settings/set': (s, d) => s.setSettings(d),
  'dream/now': (s) => s.dream('manual'),
  'dream/diary': (s, d) => s.diary(d?.limit),
  'dream/approve': (s, d) => s.approve(d.id),
  'dream/undo': (s, d) => s.undo(d.id),
  'stats/daily': (s, d) => s.daily(d.days),
  'stats/topics': (s) => s.topics(),
  'data/import-conversations': (s, d) => s.importConversations(d),
  'data/export-json': (s) => s.exportJson(),
  'data/export-markdown': (s) => s.exportMarkdown(),
  'data/import-json': (s, d) => s.importJson(d.json),
  'data/wipe': (s) => s.wipe(),
};

export async function dispatchToService(service: ReverieService, method: string, data: unknown): Promise<unknown> {
  const handler = ownEntry(HOST_HANDLERS, method) as ((s: ReverieService, d: unknown) => unknown) | undefined;
  if (!handler) throw new Error(`Unknown engine-host call: ${method}`);
  return handler(service, data);
}
