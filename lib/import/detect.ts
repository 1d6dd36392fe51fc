import type { ExportKind } from './types';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Which service wrote this parsed export: ChatGPT conversations have a `mapping` tree, Claude's `chat_messages`. */
export function detectKindOfJson(data: unknown): ExportKind | 'unknown' {
  const items = Array.isArray(data) ? data.slice(0, 20) : [data];
  let chatgpt = 0;
  let claude = 0;
  for (const item of items) {
    if (!isRecord(item)) continue;
    if ('mapping' in item || 'current_node' in item) chatgpt++;
    else if ('chat_messages' in item) claude++;
  }
  if (chatgpt === 0 && claude === 0) return 'unknown';
  return chatgpt >= claude ? 'chatgpt' : 'claude';
}

/** A single conversation object (not the export's array) is accepted as a one-conversation export. */
export function asConversationArray(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (isRecord(data) && ('mapping' in data || 'chat_messages' in data)) return [data];
  return null;
}
