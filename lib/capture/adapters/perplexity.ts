import { lastEditable, outermost, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * perplexity.ai. A question is the `group/query` heading (older `[data-testid="query-text"]`), an answer is
 * `[id^="markdown-content"]` (text in `.prose`). Citation chips and source cards are chrome.
 */
const USER = '[class*="group/query"], [data-testid="query-text"], [data-testid="thread-question"]';
const ASSISTANT = '[id^="markdown-content"], [data-testid="answer-content"], [data-testid="thread-answer"]';
const EXCLUDE = [
  '.citation',
  '[class*="citation"]',
  '[data-testid*="citation"]',
  '[data-testid="toggle-query-expand-button"]',
  '[data-testid="code-language-indicator"]',
].join(',');

export const perplexity = defineSite({
  id: 'perplexity',
  name: 'Perplexity',
  // perplexity.ai only redirects to www.perplexity.ai, so it gets no content script and no host permission.
  hosts: ['www.perplexity.ai'],
  conversationPaths: ['search'],
  titleNoise: /\bPerplexity\b/i,
  composerKind: 'lexical',
  isTemporary: (url, doc) =>
    url.searchParams.get('incognito') === 'true' || doc.querySelector('[data-testid*="incognito"]') !== null,
  findTurns: (root) => outermost(root, `${USER}, ${ASSISTANT}`),
  readTurn(el): ReadTurn | null {
    if (el.matches(USER)) return { role: 'user', text: extractText(el, { exclude: EXCLUDE, typedText: true }) };
    if (el.matches(ASSISTANT)) return { role: 'assistant', text: extractText(el, { exclude: EXCLUDE }) };
    return null;
  },
  isStreaming: (doc) => doc.querySelector('button[aria-label="Stop" i], [data-testid="stop-generating-response-button"]') !== null,
  sendButton: 'button[aria-label="Submit" i], button[data-testid="submit-button"]',
  findComposer: (doc) => lastEditable(doc, ['#ask-input[contenteditable="true"]', 'div[contenteditable="true"][data-lexical-editor="true"]', 'textarea[placeholder*="Ask"]']),
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('#ask-input, [data-lexical-editor], [class*="group/query"]')),
});
