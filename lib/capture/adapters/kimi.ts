import { lastEditable, outermost, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * www.kimi.com (Moonshot AI), a Vue app. Each message is a `.segment`: `.segment-user` (text in `.user-content`) or
 * `.segment-assistant` (everything in `.segment-content-box`). An answer's reasoning ("思考已完成") and tool calls
 * sit in a `.toolcall-flow` next to the answer's `.markdown-container`; code blocks and tables carry a header bar
 * (language or "表格", a copy icon with a tooltip); the action bars are divs, not buttons. Read from a saved page
 * (test/fixtures/sites/kimi/SOURCES.md). The composer is Lexical (`.chat-input-editor`); the send control is a div
 * that carries `stop` for the whole time an answer streams. Formulas are KaTeX rendered as HTML only (hidden from
 * screen readers, no TeX source kept), so the captured text leaves them out.
 */
const USER = '.segment-user';
const ASSISTANT = '.segment-assistant';
const EXCLUDE = [
  '.toolcall-flow',
  '.thinking-container',
  '.segment-code-header',
  '.table-actions',
  '.kimi-tooltip',
  '.okc-cards-container',
  '.segment-user-action-row',
  '.segment-assistant-actions',
].join(',');

export const kimi = defineSite({
  id: 'kimi',
  name: 'Kimi',
  hosts: ['www.kimi.com'],
  conversationPaths: ['chat'],
  titleNoise: /\bKimi\b/i,
  composerKind: 'lexical',
  findTurns: (root) => outermost(root, `${USER}, ${ASSISTANT}`),
  readTurn(el): ReadTurn | null {
    if (el.matches(USER)) {
      const body = el.querySelector('.user-content') ?? el;
      return { role: 'user', text: extractText(body, { exclude: EXCLUDE, typedText: true }) };
    }
    if (!el.matches(ASSISTANT)) return null;
    const body = el.querySelector('.segment-content-box') ?? el;
    return { role: 'assistant', text: extractText(body, { exclude: EXCLUDE }) };
  },
  isStreaming: (doc) => doc.querySelector('.send-button-container.stop') !== null,
  // Clicked while an answer streams, the same control stops it: that is no send.
  sendButton: '.send-button-container:not(.stop)',
  // A message being edited gets its own .chat-input-editor earlier in the page; the composer is the last one.
  findComposer: (doc) =>
    lastEditable(doc, ['.chat-input-editor[contenteditable="true"]', 'div[contenteditable="true"][data-lexical-editor="true"]']),
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('.chat-content-list, .segment, .chat-input-editor')),
});
