import type { CaptureMessage } from '../../messaging/protocol';
import type { ReverieApi } from '../api';

/**
 * Shapes produced by lib/import's `parseExport` (declared here so this page does not depend on the parser's module
 * at test time; the page is handed the parser as a prop).
 */
interface ParsedTurn {
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

/** Parses an export file; the options page runs it in a worker (lib/import/offthread.ts), tests call it directly. */
export type ExportParser = (input: Blob | Uint8Array, fileName?: string) => ParsedExport | Promise<ParsedExport>;

const IMPORT_BATCH_SIZE = 20;

type ImportSource = 'import-chatgpt' | 'import-claude';

/** Which export a conversation came from; the parser may say 'claude', 'import-claude', 'chatgpt', … */
export function importSource(source: string): ImportSource {
  return source.toLowerCase().includes('claude') ? 'import-claude' : 'import-chatgpt';
}

function toCaptureMessage(c: ParsedConversation): CaptureMessage {
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
  /** Messages stored new or changed. */
  turns: number;
  /** Messages already in memory word for word (a file imported twice adds nothing). */
  alreadyStored: number;
}

/** A batch whose message was lost because the browser stopped or restarted Reverie's background is sent again. */
const TRANSPORT_FAILURE = /receiving end does not exist|message port closed|could not establish connection|extension context invalidated|message channel closed/i;
const RETRIES = 3;

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
  const totals: ImportTotals = { conversations: 0, turns: 0, alreadyStored: 0 };
  let done = 0;
  onProgress(0, total);
  for (const [source, list] of bySource) {
    for (let i = 0; i < list.length; i += batchSize) {
      const batch = list.slice(i, i + batchSize);
      const reply = await sendBatch(api, { source, conversations: batch.map(toCaptureMessage) });
      totals.conversations += reply.conversations;
      totals.turns += reply.turns;
      totals.alreadyStored += reply.alreadyStored ?? 0;
      done += batch.length;
      onProgress(done, total);
    }
  }
  return totals;
}

/**
 * One batch, sent again (storing is idempotent: a conversation stored twice is stored once) when the browser stopped
 * the background while it worked; after a few tries the error says so in words.
 */
async function sendBatch(
  api: Pick<ReverieApi, 'importConversations'>,
  msg: Parameters<ReverieApi['importConversations']>[0],
  wait = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): ReturnType<ReverieApi['importConversations']> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await api.importConversations(msg);
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      if (!TRANSPORT_FAILURE.test(message)) throw error;
      if (attempt >= RETRIES)
        throw new Error('Reverie\'s background stopped answering while importing. What was imported so far is kept; choose the file again to import the rest.');
      await wait(500 * 2 ** attempt);
    }
  }
}
