import { insertedBlocks } from '../composer/inserted-blocks';
import { stripPreamble } from '../preamble/delimiters';
import type { SiteId } from '../sites';
import type { SiteAdapter } from './adapter';
import { adapterFor } from './registry';

export interface CapturedTurn {
  role: 'user' | 'assistant';
  text: string;
  ordinal: number;
  /** The user sent this turn with Reverie's block in it (taken out of `text`). */
  hadBlock?: true;
}

export interface CapturedConversation {
  site: SiteId;
  conversationId: string;
  title?: string;
  turns: CapturedTurn[];
}

/** Parses a URL string; null when it is not one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Reads one turn element: user text has Reverie's own preamble removed (so it is never re-learned) by its content,
 * as this page wrote it (nothing the user typed goes); empty turns (image-only answers, interrupted replies) give null.
 */
export function readTurnText(adapter: SiteAdapter, el: Element): { role: 'user' | 'assistant'; text: string; hadBlock?: true } | null {
  const read = adapter.readTurn(el);
  if (!read) return null;
  const text = read.role === 'user' ? stripPreamble(read.text, insertedBlocks()) : read.text.trim();
  if (!text) return null;
  return read.role === 'user' && text !== read.text.trim() ? { role: read.role, text, hadBlock: true } : { role: read.role, text };
}

/**
 * The conversation shown in `doc`, or null for pages that are not a saved conversation (other pages, new empty
 * chats, temporary/incognito chats, pages with no readable turns). Ordinals number the readable turns in page order.
 */
export function captureFromDocument(doc: Document, url: string): CapturedConversation | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const adapter = adapterFor(parsed, doc);
  if (!adapter) return null;
  const conversationId = adapter.conversationId(parsed, doc);
  if (!conversationId || adapter.isTemporary(parsed, doc)) return null;
  const turns: CapturedTurn[] = [];
  for (const el of adapter.findTurns(doc)) {
    const read = readTurnText(adapter, el);
    if (read) turns.push({ ...read, ordinal: turns.length });
  }
  if (turns.length === 0) return null;
  const title = adapter.title(doc);
  return { site: adapter.site, conversationId, ...(title ? { title } : {}), turns };
}
