import { SITES } from '../sites';
import type { SiteAdapter } from './adapter';
import { parseUrl, readTurnText } from './index';
import { adapterFor } from './registry';

export interface PageHealth {
  ok: boolean;
  /** What could not be read, in words the popup can show. */
  problem?: string;
}

/**
 * Self-check of an adapter against the live page, so a site redesign shows up as "capture is broken on X" instead
 * of silently capturing nothing (or garbage). Only judges conversation pages: new chats and other pages are ok.
 */
export function checkPage(doc: Document, url: string): PageHealth {
  const parsed = parseUrl(url);
  const adapter = parsed ? adapterFor(parsed, doc) : null;
  if (!parsed || !adapter) return { ok: true };
  return checkWithAdapter(adapter, doc, parsed);
}

function checkWithAdapter(adapter: SiteAdapter, doc: Document, url: URL): PageHealth {
  const name = SITES[adapter.site].name;
  if (!adapter.conversationId(url, doc)) return { ok: true };
  const blocks = adapter.findTurns(doc);
  if (blocks.length === 0) {
    // A conversation URL with a rendered thread or composer but no turn we recognise: the markup moved.
    if (adapter.threadMarkers(doc).length > 0) {
      return { ok: false, problem: `${name}: this conversation page shows a thread, but no messages were recognised` };
    }
    return { ok: true }; // still loading
  }
  const readable = blocks
    .map((el) => readTurnText(adapter, el))
    .filter((r): r is NonNullable<typeof r> => r !== null);
  return judgeTurns(adapter, blocks.length, readable);
}

/** Judges turns already read (LiveCapture reuses its own reads instead of reading the page twice). */
export function judgeTurns(adapter: SiteAdapter, blockCount: number, readable: { role: 'user' | 'assistant' }[]): PageHealth {
  const name = SITES[adapter.site].name;
  const blocks = { length: blockCount };
  if (readable.length === 0) {
    return { ok: false, problem: `${name}: found ${blocks.length} turn blocks but could not read their text` };
  }
  // Image-only answers and interrupted replies are legitimately empty; most turns being empty is not.
  if (readable.length < blocks.length / 2) {
    return {
      ok: false,
      problem: `${name}: could read only ${readable.length} of ${blocks.length} turn blocks`,
    };
  }
  const users = readable.filter((r) => r.role === 'user').length;
  const assistants = readable.length - users;
  if (readable.length >= 4 && (users === 0 || assistants === 0)) {
    return {
      ok: false,
      problem: `${name}: all ${readable.length} turns read as ${users === 0 ? 'assistant' : 'user'} messages; roles are not being told apart`,
    };
  }
  let longestRun = 1;
  let run = 1;
  for (let i = 1; i < readable.length; i++) {
    run = readable[i]!.role === readable[i - 1]!.role ? run + 1 : 1;
    longestRun = Math.max(longestRun, run);
  }
  // Two answers in a row happen (tool steps, retries); long runs of one role mean roles are misread.
  if (longestRun > 4) {
    return { ok: false, problem: `${name}: ${longestRun} consecutive turns have the same role; roles look misread` };
  }
  return { ok: true };
}
