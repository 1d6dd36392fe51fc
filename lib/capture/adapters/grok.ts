import { lastEditable, outermost, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * grok.com. Each message is a row `div[id^="response-"]` holding a `.message-bubble`; the row is `items-end` for
 * the user and `items-start` for Grok. Text is in `.response-content-markdown`. Thinking traces ("Thought for 5s")
 * and follow-up suggestion buttons are chrome.
 */
const ROW = 'div[id^="response-"]';
const EXCLUDE = ['.thinking-container', '[class*="thinking"]', '.action-buttons', '.inline-media-container', '.citation'].join(',');

function roleOf(row: Element): 'user' | 'assistant' | null {
  const cls = row.classList;
  if (cls.contains('items-end')) return 'user';
  if (cls.contains('items-start')) return 'assistant';
  // Class-less fallback: the action bar differs (Edit on prompts, Regenerate on answers).
  if (row.querySelector('button[aria-label="Regenerate"]')) return 'assistant';
  if (row.querySelector('button[aria-label="Edit"]')) return 'user';
  const wrapper = row.closest('.items-end, .items-start');
  if (wrapper) return wrapper.classList.contains('items-end') ? 'user' : 'assistant';
  return null;
}

export const grok = defineSite({
  id: 'grok',
  name: 'Grok',
  hosts: ['grok.com'],
  conversationPaths: ['c', 'chat'],
  titleNoise: /\bGrok\b$/i,
  composerKind: 'tiptap',
  isTemporary: (url, doc) =>
    url.searchParams.has('private') ||
    doc.querySelector('[data-testid*="private-chat"], [aria-label*="private chat" i]:not(button)') !== null,
  findTurns(root) {
    const rows = outermost(root, ROW).filter((row) => row.querySelector('.message-bubble'));
    if (rows.length) return rows;
    return outermost(root, '.message-bubble');
  },
  readTurn(el): ReadTurn | null {
    const row = el.matches(ROW) ? el : (el.closest(ROW) ?? el.parentElement ?? el);
    const role = roleOf(row);
    if (!role) return null;
    const bubble = el.querySelector('.message-bubble') ?? el;
    const bodies = outermost(bubble, '.response-content-markdown');
    const texts = (bodies.length ? bodies : [bubble]).map((b) => extractText(b, { exclude: EXCLUDE, visibleOnly: role === 'user' }));
    return { role, text: texts.filter(Boolean).join('\n\n') };
  },
  isStreaming: (doc) =>
    doc.querySelector('button[aria-label="Stop model response" i], button[aria-label^="Stop" i], .animate-pulse-streaming') !== null,
  sendButton: 'button[type="submit"][aria-label="Submit" i]',
  findComposer: (doc) =>
    lastEditable(doc, ['.tiptap.ProseMirror[contenteditable="true"]', 'textarea[aria-label="Ask Grok anything"]', 'form textarea', 'textarea']),
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('div[id^="response-"], .tiptap.ProseMirror, form textarea')),
});
