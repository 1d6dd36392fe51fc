import { lastEditable, outermost, titleFromDocument, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
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
/** Gemini's Angular elements that hold blocks of a turn: each starts a new line in the captured text. */
const TEXT = { exclude: EXCLUDE, blockTags: ['user-query', 'model-response', 'message-content', 'code-block'] };

const TITLE_NOISE = /\b(Google )?Gemini\b( - direct access to Google AI)?/i;

export const gemini = defineSite({
  id: 'gemini',
  name: 'Gemini',
  hosts: ['gemini.google.com'],
  conversationPaths: ['app', 'gem-chat'],
  titleNoise: TITLE_NOISE,
  composerKind: 'quill',
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
      return { role: 'user', text: extractText(body, { ...TEXT, typedText: true }) };
    }
    if (tag === 'model-response' || tag === 'message-content') {
      const bodies = tag === 'message-content' ? [el] : Array.from(el.querySelectorAll('message-content'));
      const usable = bodies.filter((b) => !b.parentElement?.closest(EXCLUDE));
      const texts = (usable.length ? usable : [el]).map((b) => extractText(b, TEXT));
      return { role: 'assistant', text: texts.filter(Boolean).join('\n\n') };
    }
    return null;
  },
  isStreaming: (doc) =>
    doc.querySelector('message-content [aria-busy="true"], model-response [aria-busy="true"], .send-button.stop, button[aria-label="Stop response" i]') !== null,
  isTurnStreaming: (turn) => turn.querySelector('[aria-busy="true"]') !== null,
  sendButton: 'button.send-button, .send-button-container button, button[aria-label="Send message" i]',
  findComposer: (doc) => lastEditable(doc, ['rich-textarea .ql-editor', '.ql-editor[contenteditable="true"]', 'div[contenteditable="true"][role="textbox"]']),
  // The sidebar's selected conversation names the chat better than document.title does.
  title: (doc) => {
    const selected = doc.querySelector('a[data-test-id="conversation"].selected .conversation-title, .conversation.selected .conversation-title');
    const text = selected?.textContent?.trim();
    return text || titleFromDocument(doc, TITLE_NOISE);
  },
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('#chat-history, [data-test-id="chat-history-container"], chat-window, rich-textarea')),
});
