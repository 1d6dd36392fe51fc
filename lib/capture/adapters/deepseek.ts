import { lastEditable, outermost, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * chat.deepseek.com. Class names are build hashes. 2026: every message is `.ds-message`; an answer contains
 * `.ds-markdown` (the reasoning panel, "Thought for N seconds", sits before it in `.ds-think-content` or a header
 * row). Jan 2025: user `.fbb737a4`, answer `.ds-markdown` with no `.ds-message` wrapper.
 */
const THINK = '.ds-think-content, ._74c0879, .e1675d8b, [class*="think"]';
const EXCLUDE = [
  THINK,
  '.md-code-block-banner-wrap',
  '.ds-markdown-code-copy-button',
  '.code-info-button-text',
  '.ds-scroll-area__gutters',
  '.ds-flex.e0558cb1',
].join(',');
const LEGACY_USER = '.fbb737a4';

function answerBodies(el: Element): Element[] {
  return Array.from(el.querySelectorAll('.ds-markdown')).filter(
    (m) => !m.parentElement?.closest('.ds-markdown') && !m.closest(THINK),
  );
}

export const deepseek = defineSite({
  id: 'deepseek',
  name: 'DeepSeek',
  hosts: ['chat.deepseek.com'],
  // chat.deepseek.com/a/chat/s/<id>
  conversationPaths: ['s'],
  titleNoise: /\bDeepSeek\b( - Into the Unknown)?/i,
  composerKind: 'textarea',
  findTurns(root) {
    const messages = outermost(root, '.ds-message');
    if (messages.length) return messages;
    return outermost(root, `${LEGACY_USER}, .ds-markdown`).filter((m) => !m.closest(THINK));
  },
  readTurn(el): ReadTurn | null {
    if (el.matches('.ds-markdown')) return { role: 'assistant', text: extractText(el, { exclude: EXCLUDE }) };
    if (el.matches(LEGACY_USER)) return { role: 'user', text: extractText(el, { exclude: EXCLUDE, typedText: true }) };
    const bodies = answerBodies(el);
    if (bodies.length) {
      return { role: 'assistant', text: bodies.map((b) => extractText(b, { exclude: EXCLUDE })).filter(Boolean).join('\n\n') };
    }
    // A message with reasoning but no answer yet is an answer in progress, not a user turn.
    if (el.querySelector(THINK)) return { role: 'assistant', text: '' };
    const userBody = el.querySelector('.fbb737a4, ._9663006') ?? el;
    return { role: 'user', text: extractText(userBody, { exclude: EXCLUDE, typedText: true }) };
  },
  isStreaming: (doc) =>
    doc.querySelector('.ds-markdown--streaming, ._480132b, [class*="streaming"], div[role="button"][aria-label*="Stop" i]') !== null,
  findComposer: (doc) => lastEditable(doc, ['textarea#chat-input', 'textarea[placeholder*="DeepSeek"]', 'textarea']),
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('.ds-message, .ds-scroll-area, textarea#chat-input, textarea')),
});
