import { lastEditable, outermost, queryInclusive, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * chatgpt.com. Two layouts:
 * - until 2026-09: `[data-message-author-role]` per message inside `section|article[data-testid^=conversation-turn-]`,
 *   user text in `.whitespace-pre-wrap`, answers in `.markdown`;
 * - since 2026-09: `[data-turn-key]` holds a prompt and its answer; the user unit has `[data-user-message-bubble]`,
 *   the answer unit starts with `h4[data-conversation-role=assistant]` and renders
 *   `[data-markdown-text-style=assistant-message]`.
 */
const OLD_TURN = '[data-message-author-role="user"], [data-message-author-role="assistant"]';
const NEW_USER = '[data-user-message-bubble]';
const NEW_ASSISTANT_LABEL = '[data-conversation-role="assistant"]';
const NEW_ASSISTANT_BODY = '[data-markdown-text-style="assistant-message"]';
/** Reasoning summaries, tool/search chrome, citation pills: not part of the answer. */
const EXCLUDE = [
  '[data-testid="collapsible-user-message-toggle"]',
  '[data-testid*="thinking"]',
  '[data-testid*="reasoning"]',
  '[data-testid="webpage-citation-pill"]',
  '[data-testid*="citation"]',
  '.sr-only',
].join(',');

function isNewLayout(root: Document | Element): boolean {
  return root.querySelector(NEW_USER) !== null || root.querySelector(NEW_ASSISTANT_LABEL) !== null;
}

/** The answer unit of the new layout: the label's parent, which holds the label, body and actions. */
function assistantUnit(label: Element): Element {
  return label.parentElement ?? label;
}

export const chatgpt = defineSite({
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  conversationPaths: ['c'],
  titleNoise: /\bChatGPT\b/i,
  composerKind: 'prosemirror',
  isTemporary: (url, doc) =>
    url.searchParams.get('temporary-chat') === 'true' ||
    doc.querySelector('[data-testid="temporary-chat-label"], [data-testid*="temporary-chat-indicator"]') !== null,
  findTurns(root) {
    if (isNewLayout(root)) {
      // One query keeps page order; an answer's label stands for its unit.
      return queryInclusive(root, `${NEW_USER}, ${NEW_ASSISTANT_LABEL}`).map((el) =>
        el.matches(NEW_USER) ? el : assistantUnit(el),
      );
    }
    return outermost(root, OLD_TURN);
  },
  readTurn(el): ReadTurn | null {
    if (el.matches(NEW_USER)) return { role: 'user', text: extractText(el, { exclude: EXCLUDE, typedText: true }) };
    if (el.querySelector(`:scope > ${NEW_ASSISTANT_LABEL}`)) {
      const bodies = Array.from(el.querySelectorAll(NEW_ASSISTANT_BODY));
      return { role: 'assistant', text: bodies.map((b) => extractText(b, { exclude: EXCLUDE })).filter(Boolean).join('\n\n') };
    }
    const role = el.getAttribute('data-message-author-role');
    if (role === 'user') {
      const body = el.querySelector('.whitespace-pre-wrap') ?? el;
      return { role, text: extractText(body, { exclude: EXCLUDE }) };
    }
    if (role === 'assistant') {
      const bodies = outermost(el, '.markdown');
      const texts = (bodies.length ? bodies : [el]).map((b) => extractText(b, { exclude: EXCLUDE }));
      return { role, text: texts.filter(Boolean).join('\n\n') };
    }
    return null;
  },
  isStreaming: (doc) =>
    doc.querySelector('.result-streaming, [data-testid="stop-button"], button[aria-label="Stop streaming" i]') !== null,
  sendButton: 'button[data-testid="send-button"], button#composer-submit-button',
  findComposer: (doc) => lastEditable(doc, ['#prompt-textarea', '.ProseMirror[contenteditable="true"]', 'textarea[data-id="root"]']),
  threadMarkers: (doc) =>
    Array.from(
      doc.querySelectorAll(
        '[data-testid^="conversation-turn-"], [data-turn-key], [data-turn-id-container], #thread, #prompt-textarea',
      ),
    ),
});
