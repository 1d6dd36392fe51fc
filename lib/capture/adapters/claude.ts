import { lastEditable, outermost, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * claude.ai. User turns `[data-testid="user-message"]` (older `.font-user-message`); an answer is the
 * `[data-is-streaming]` block (older `.font-claude-response` / `.font-claude-message`) whose text is in
 * `.standard-markdown` / `.progressive-markdown`. The thinking summary sits in a collapsible grid row
 * (grid-template-rows transition) next to an aria-expanded toggle, and artifacts render in `#markdown-artifact`.
 */
const USER = '[data-testid="user-message"], .font-user-message';
const ASSISTANT = '[data-is-streaming], .font-claude-response, .font-claude-message';
const MARKDOWN = '.standard-markdown, .progressive-markdown';
const EXCLUDE = [
  '[class*="grid-template-rows"]',
  '[style*="grid-template-rows"]',
  '[data-testid*="thinking"]',
  '.artifact-block-cell',
  '[role="status"]',
].join(',');

/** Artifact panels and the composer's model picker (which reuses the response font class) are not turns. */
/** Tool-use rows (a summary button over a collapsible output). */
const TOOL_ROW = 'button[class*="group/row"]';
const TOOL_OUTPUT = '[data-testid="repl-output"]';

function outsideThread(el: Element): boolean {
  return el.closest('#markdown-artifact, #wiggle-file-content, [data-testid="artifact-panel"], button, fieldset, [data-testid="chat-input-grid-area"]') !== null;
}

export const claude = defineSite({
  id: 'claude',
  name: 'Claude',
  hosts: ['claude.ai'],
  conversationPaths: ['chat'],
  titleNoise: /\bClaude\b/i,
  composerKind: 'prosemirror',
  isTemporary: (url, doc) =>
    url.searchParams.has('incognito') ||
    doc.querySelector('[data-testid*="incognito"], [aria-label*="incognito" i]:not(button)') !== null,
  findTurns: (root) => outermost(root, `${USER}, ${ASSISTANT}`).filter((el) => !outsideThread(el)),
  readTurn(el): ReadTurn | null {
    if (el.matches(USER)) return { role: 'user', text: extractText(el, { exclude: EXCLUDE, typedText: true }) };
    if (!el.matches(ASSISTANT)) return null;
    const bodies = outermost(el, MARKDOWN).filter((b) => !b.parentElement?.closest(EXCLUDE));
    if (bodies.length) {
      return { role: 'assistant', text: bodies.map((b) => extractText(b, { exclude: EXCLUDE })).filter(Boolean).join('\n\n') };
    }
    // A turn made only of tool steps: keep the steps' one-line summaries, never their raw output.
    const steps = Array.from(el.querySelectorAll(TOOL_ROW)).map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (steps.some(Boolean)) return { role: 'assistant', text: steps.filter(Boolean).join('\n') };
    return { role: 'assistant', text: extractText(el, { exclude: `${EXCLUDE}, ${TOOL_OUTPUT}` }) };
  },
  isStreaming: (doc) => doc.querySelector('[data-is-streaming="true"]') !== null,
  isTurnStreaming: (turn) =>
    turn.getAttribute('data-is-streaming') === 'true' || turn.querySelector('[data-is-streaming="true"]') !== null,
  sendButton: 'button[aria-label="Send message" i]',
  findComposer: (doc) =>
    lastEditable(doc, ['.ProseMirror[data-testid="chat-input"]', 'div.ProseMirror[contenteditable="true"]', '[role="textbox"][contenteditable="true"]']),
  threadMarkers: (doc) =>
    Array.from(doc.querySelectorAll('[data-test-render-count], [data-testid="chat-input"], .ProseMirror')),
});
