import { SITES } from '../../sites';
import { lastEditable, outermost, pathId, titleFromDocument, type ReadTurn, type SiteAdapter } from '../adapter';
import { extractText } from '../text';

/**
 * gemini.google.com. Angular custom elements: `user-query` (text in `.query-text`) and `model-response` (text in
 * `message-content`); share pages render `message-content` without `model-response`. Thoughts render in
 * `model-thoughts` / `thinking-overlay`; screen-reader labels ("You said", "Gemini said") are `.cdk-visually-hidden`.
 */
const EXCLUDE = [
  'model-thoughts',
  'thinking-overlay',
  '.thoughts-container',
  'sources-list',
  'source-footnote',
  'sources-carousel-inline',
  '.response-footer',
  'message-actions',
  '.screen-reader-user-query-label',
  '.screen-reader-model-response-label',
].join(',');

export const gemini: SiteAdapter = {
  site: 'gemini',
  composerKind: 'quill',
  matches: (url) => (SITES.gemini.hosts as readonly string[]).includes(url.hostname),
  conversationId: (url) => pathId(url, 'app') ?? pathId(url, 'gem-chat'),
  isTemporary: (_url, doc) => doc.querySelector('[data-test-id="temp-chat-indicator"], .temp-chat-on') !== null,
  findTurns(root) {
    // Share pages have message-content that no model-response wraps; outermost() drops the wrapped ones.
    return outermost(root, 'user-query, model-response, message-content').filter(
      (el) => el.localName !== 'message-content' || !el.closest(EXCLUDE),
    );
  },
  readTurn(el): ReadTurn | null {
    const tag = el.localName;
    if (tag === 'user-query') {
      const body = el.querySelector('.query-text') ?? el.querySelector('.query-content') ?? el;
      return { role: 'user', text: extractText(body, { exclude: EXCLUDE, typedText: true }) };
    }
    if (tag === 'model-response' || tag === 'message-content') {
      const bodies = tag === 'message-content' ? [el] : Array.from(el.querySelectorAll('message-content'));
      const usable = bodies.filter((b) => !b.parentElement?.closest(EXCLUDE));
      const texts = (usable.length ? usable : [el]).map((b) => extractText(b, { exclude: EXCLUDE }));
      return { role: 'assistant', text: texts.filter(Boolean).join('\n\n') };
    }
    return null;
  },
  isStreaming: (doc) =>
    doc.querySelector('message-content [aria-busy="true"], model-response [aria-busy="true"], .send-button.stop, button[aria-label="Stop response" i]') !== null,
  isTurnStreaming: (turn) => turn.querySelector('[aria-busy="true"]') !== null,
  sendButton: 'button.send-button, .send-button-container button, button[aria-label="Send message" i]',
  findComposer: (doc) => lastEditable(doc, ['rich-textarea .ql-editor', '.ql-editor[contenteditable="true"]', 'div[contenteditable="true"][role="textbox"]']),
  isNewChat: (url, doc) => gemini.conversationId(url, doc) === null && gemini.findTurns(doc).length === 0,
  title: (doc) => {
    const selected = doc.querySelector('a[data-test-id="conversation"].selected .conversation-title, .conversation.selected .conversation-title');
    const text = selected?.textContent?.trim();
    return text || titleFromDocument(doc, /\b(Google )?Gemini\b( - direct access to Google AI)?/i);
  },
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('#chat-history, [data-test-id="chat-history-container"], chat-window, rich-textarea')),
};
