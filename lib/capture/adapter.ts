import type { SiteId } from '../sites';

export type TurnRole = 'user' | 'assistant';
type ComposerKind = 'prosemirror' | 'quill' | 'lexical' | 'textarea' | 'tiptap';

export interface ReadTurn {
  role: TurnRole;
  /** Readable text; empty when the turn holds no text (an image-only answer, an interrupted reply). */
  text: string;
}

/**
 * Everything capture (and the composer injector) knows about one chat site's page. Adapters only read the DOM:
 * they never change it. Selectors rot; each adapter keeps fallbacks for the layouts seen so far. Each site declares
 * its adapter with defineSite (define-site.ts); `Id` is that site's own id there, any known site's elsewhere.
 */
export interface SiteAdapter<Id extends string = SiteId> {
  site: Id;
  /** Whether this adapter reads pages at this URL (host check; the test host is handled by the registry). */
  matches(url: URL): boolean;
  /** The site's own conversation id, from the URL like the site puts it there; null on new chats and other pages. */
  conversationId(url: URL, doc: Document): string | null;
  /** A chat the site itself keeps out of history (ChatGPT temporary chat, Claude incognito): never captured. */
  isTemporary(url: URL, doc: Document): boolean;
  /** Turn elements in page order (one per message, user and assistant). */
  findTurns(doc: Document | Element): Element[];
  /** Role and readable text of one element from findTurns; null when the element is not a message. */
  readTurn(el: Element): ReadTurn | null;
  /** An answer is still being generated. */
  isStreaming(doc: Document): boolean;
  /**
   * Optional cheaper form for sites that mark streaming on the turn itself: LiveCapture then checks only the turns
   * that changed instead of querying the whole document on every flush.
   */
  isTurnStreaming?(turn: Element): boolean;
  /** The prompt editor the user types into. */
  findComposer(doc: Document): HTMLElement | null;
  /**
   * The site's send button, as a selector matched with `closest()` from the clicked element. A click on it is a send,
   * and capture saves what is pending at once. Optional: Enter in the composer, and a submit button or submission of
   * the form that holds the composer, count as a send on every site.
   */
  sendButton?: string;
  composerKind: ComposerKind;
  /** A fresh chat with nothing sent yet. */
  isNewChat(url: URL, doc: Document): boolean;
  /** The conversation's title when the page shows one. */
  title(doc: Document): string | undefined;
  /** Elements whose presence means "this is a chat page" (thread container, composer): for the health check. */
  threadMarkers(doc: Document): Element[];
}

/** Matches of `selector` in `root`, `root` itself included when it matches, in page order. */
export function queryInclusive(root: Document | Element, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  return 'matches' in root && root.matches(selector) ? [root, ...found] : found;
}

/** Turn elements matched by `selector`, minus those nested inside another match (outermost wins), in page order. */
export function outermost(root: Document | Element, selector: string): Element[] {
  const all = queryInclusive(root, selector);
  const set = new Set(all);
  return all.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** The last matching element that is editable (sites render hidden duplicate editors before the live one). */
export function lastEditable(doc: Document, selectors: string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = Array.from(doc.querySelectorAll<HTMLElement>(selector)).filter(
      (el) => el.localName === 'textarea' || el.getAttribute('contenteditable') !== 'false',
    );
    if (found.length) return found[found.length - 1]!;
  }
  return null;
}

/** document.title minus the site's suffix; undefined when it is only the site's name. */
export function titleFromDocument(doc: Document, siteNames: RegExp): string | undefined {
  const raw = (doc.title ?? '').replace(/[\u200e\u200f]/g, '').trim();
  const cleaned = raw.replace(siteNames, '').replace(/\s*[-|–—·]\s*$/, '').replace(/^\s*[-|–—·]\s*/, '').trim();
  return cleaned && !siteNames.test(cleaned) ? cleaned : undefined;
}

/** First path segment value after `marker`, e.g. pathId('/c/abc', 'c') = 'abc'. */
export function pathId(url: URL, marker: string): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  const at = parts.lastIndexOf(marker);
  const id = at >= 0 ? parts[at + 1] : undefined;
  return id && /^[\w-]{4,}$/.test(id) ? id : null;
}

