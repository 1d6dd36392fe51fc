import { TextWalker } from './text-walker';
import { visibilityProbe } from './visibility';

/**
 * Readable, markdown-ish text from a chat turn's DOM. A walker over text nodes (text-walker.ts; no innerText:
 * happy-dom, jsdom and detached trees have no layout). Code blocks become ``` fences with their content verbatim, list
 * items get markers, blocks are separated by blank lines, and everything that is chrome (buttons, screen-reader
 * labels, icons, hidden panels) is left out. Whitespace is collapsed outside code and pre-wrap text, since page
 * snapshots are often re-indented by formatters.
 */

export interface ExtractOptions {
  /** Extra selectors whose subtrees are skipped (thinking panels, citation chips, per-site chrome). */
  exclude?: string;
  /** The site's own custom elements that lay out as blocks (Gemini's `model-response`): they break lines like a div. */
  blockTags?: readonly string[];
  /**
   * The turn is text the user typed: honour the page's own white-space rules (its stylesheet's pre-wrap), since a
   * typed message's line breaks are its structure, and read only what the page shows (`visibleOnly`). Costs a style
   * look-up per leaf, so only for user turns, which are read once, never while an answer streams.
   */
  typedText?: boolean;
  /**
   * Leave out what the user cannot see: off-screen, clipped, zero-sized or style-hidden elements (see visibility.ts).
   * Needs a live page with layout; in a DOM without one (Node tests) nothing is left out. Implied by `typedText`.
   */
  visibleOnly?: boolean;
}

/** How many elements `visibleOnly` reads have left out so far (LiveCapture reads such a turn again later). */
let hiddenSkips = 0;
export function hiddenTextSkips(): number {
  return hiddenSkips;
}

/** Walks `root` and returns its readable text. */
export function extractText(root: Element, options: ExtractOptions = {}): string {
  const probe = options.typedText || options.visibleOnly ? visibilityProbe(root) : null;
  if (probe?.hidden(root)) {
    hiddenSkips++;
    return '';
  }
  const walker = new TextWalker(root, options, probe, {
    countHidden: () => {
      hiddenSkips++;
    },
    cellText: (cell) => extractText(cell, options),
  });
  return walker.read();
}
