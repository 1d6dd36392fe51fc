import { lastEditable, outermost, type ReadTurn } from '../adapter';
import { defineSite } from '../define-site';
import { extractText } from '../text';

/**
 * copilot.microsoft.com (consumer). Messages carry `[data-content="user-message"]` / `[data-content="ai-message"]`
 * (groups `.group/user-message`, `.group/ai-message`); answer text is in `[data-testid="ai-message-body"]`, with a
 * reactions toolbar to leave out. No real capture exists: selectors come from documented attribute names.
 */
const USER = '[data-content="user-message"]';
const ASSISTANT = '[data-content="ai-message"], [data-testid="ai-message"]';
const EXCLUDE = ['[data-testid="message-item-reactions"]', '[data-testid*="citation"]', '[data-testid="suggestions"]'].join(',');

export const copilot = defineSite({
  id: 'copilot',
  name: 'Copilot',
  hosts: ['copilot.microsoft.com'],
  conversationPaths: ['chats'],
  titleNoise: /^(Microsoft )?Copilot(: Your AI companion)?:?/i,
  composerKind: 'textarea',
  findTurns: (root) => outermost(root, `${USER}, ${ASSISTANT}`),
  readTurn(el): ReadTurn | null {
    if (el.matches(USER)) return { role: 'user', text: extractText(el, { exclude: EXCLUDE, typedText: true }) };
    if (!el.matches(ASSISTANT)) return null;
    const items = outermost(el, '.group\\/ai-message-item');
    const body = el.querySelector('[data-testid="ai-message-body"]');
    const parts = items.length ? items : [body ?? el];
    return { role: 'assistant', text: parts.map((p) => extractText(p, { exclude: EXCLUDE })).filter(Boolean).join('\n\n') };
  },
  isStreaming: (doc) =>
    doc.querySelector('button[data-testid="stop-button"], button[aria-label="Stop responding" i], [data-content="ai-message"][aria-busy="true"]') !== null,
  findComposer: (doc) => lastEditable(doc, ['textarea#userInput', 'textarea[data-testid="composer-input"]', 'textarea']),
  threadMarkers: (doc) => Array.from(doc.querySelectorAll('textarea#userInput, [data-content], [role="article"]')),
});
