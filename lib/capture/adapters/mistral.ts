import { lastEditable, outermost, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * chat.mistral.ai (Le Chat). `[data-message-author-role="user"|"assistant"]`; the answer text is in
 * `[data-message-part-type="answer"]`, while the "Worked for 3s / Thought for 3s" reasoning sits in collapsible
 * regions before it.
 */
const TURN = '[data-message-author-role="user"], [data-message-author-role="assistant"]';
const EXCLUDE = ['[role="region"][id^="collapsible-content"]', '[data-message-part-type="reasoning"]', '[data-message-part-type="tool"]'].join(',');

export const mistral = defineSite({
  id: 'mistral',
  name: 'Mistral Le Chat',
  hosts: ['chat.mistral.ai'],
  conversationPaths: ['chat'],
  titleNoise: /\b(Le Chat|Mistral AI)\b/i,
  genericTitles: ['Le Chat', 'Mistral'],
  composerKind: 'prosemirror',
  isTemporary: (url) => url.searchParams.has('incognito'),
  findTurns: (root) => outermost(root, TURN),
  readTurn(el): ReadTurn | null {
    const role = el.getAttribute('data-message-author-role');
    if (role === 'user') {
      const body = el.querySelector('.select-text') ?? el;
      return { role, text: extractText(body, { exclude: EXCLUDE, visibleOnly: true }) };
    }
    if (role !== 'assistant') return null;
    const answers = outermost(el, '[data-message-part-type="answer"]');
    const texts = (answers.length ? answers : [el]).map((a) => extractText(a, { exclude: EXCLUDE }));
    return { role, text: texts.filter(Boolean).join('\n\n') };
  },
  isStreaming: (doc) =>
    doc.querySelector('[data-message-author-role="assistant"][data-streaming="true"], button[aria-label="Stop generation" i], button[aria-label="Stop" i]') !== null,
  findComposer: (doc) =>
    lastEditable(doc, ['div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]', 'textarea[placeholder*="Le Chat"]']),
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('[data-message-author-role], .ProseMirror')),
});
