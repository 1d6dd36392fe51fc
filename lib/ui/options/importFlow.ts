import type { CaptureMessage } from '../../messaging/protocol';
import type { ReverieApi } from '../api';

/**
 * Shapes produced by lib/import's `parseExport` (declared here so this page does not depend on the parser's module
 * at test time; the page is handed the parser as a prop).
 */
export interface ParsedTurn {
  role: 'user' | 'assistant';
  text: string;
  ordinal: number;
  at?: number;
}

export interface ParsedConversation {
  source: string;
  conversationId: string;
  title?: string;
  url: string;
  createdAt?: number;
  turns: ParsedTurn[];
}

export interface ParsedExport {
  conversations: ParsedConversation[];
  skipped: { id?: string; reason: string }[];
}

export type ExportParser = (input: string | Uint8Array, fileName?: string) => ParsedExport;

export const IMPORT_BATCH_SIZE = 20;

type ImportSource = 'import-chatgpt' | 'import-claude';

/** Which export a conversation came from; the parser may say 'claude', 'import-claude', 'chatgpt', … */
export function importSource(source: string): ImportSource {
  return source.toLowerCase().includes('claude') ? 'import-claude' : 'import-chatgpt';
}

export function toCaptureMessage(c: ParsedConversation): CaptureMessage {
  return {
    site: importSource(c.source) === 'import-claude' ? 'claude' : 'chatgpt',
    conversationId: c.conversationId,
    url: c.url,
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.createdAt !== undefined ? { createdAt: c.createdAt } : {}),
    turns: c.turns.map((t) => ({ role: t.role, text: t.text, ordinal: t.ordinal, ...(t.at !== undefined ? { at: t.at } : {}) })),
  };
}

export interface ImportTotals {
  conversations: number;
  turns: number;
}

/**
 * Sends parsed conversations to the background in batches (one batch per message keeps each message small and
 * lets the page show progress). Batches never mix sources, because a message carries one source.
 */
export async function sendInBatches(
  api: Pick<ReverieApi, 'importConversations'>,
  conversations: ParsedConversation[],
  onProgress: (done: number, total: number) => void,
  batchSize = IMPORT_BATCH_SIZE,
): Promise<ImportTotals> {
  const bySource = new Map<ImportSource, ParsedConversation[]>();
  for (const c of conversations) {
    const source = importSource(c.source);
    bySource.set(source, [...(bySource.get(source) ?? []), c]);
  }
  const total = conversations.length;
  const totals: ImportTotals = { conversations: 0, turns: 0 };
  let done = 0;
  onProgress(0, total);
  for (const [source, list] of bySource) {
    for (let i = 0; i < list.length; i += batchSize) {
      const batch = list.slice(i, i + batchSize);
      const reply = await api.importConversations({ source, conversations: batch.map(toCaptureMessage) });
      totals.conversations += reply.conversations;
      totals.turns += reply.turns;
      done += batch.length;
      onProgress(done, total);
    }
  }
  return totals;
}
