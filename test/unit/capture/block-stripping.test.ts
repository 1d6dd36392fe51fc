// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTurnText } from '../../../lib/capture';
import { ADAPTERS } from '../../../lib/capture/registry';
import { cleanCapture } from '../../../lib/background/capture-intake';
import { recentBlockStore } from '../../../lib/background/recent-blocks';
import { rememberInsertedBlock } from '../../../lib/composer/inserted-blocks';
import { PREAMBLE_END } from '../../../lib/preamble/delimiters';
import { formatPreamble } from '../../../lib/preamble/format';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

/**
 * Capture takes the sent block out of the user's turn by the text Reverie wrote: in the page (what it inserted there)
 * and in the background (what it handed the tab). Whatever the user typed stays, a `⟦/reverie⟧` included.
 */
const block = formatPreamble({ L4: ['Backend engineer in Lisbon'], L2: ['2026-11-19 · Claude · Planning the Lisbon move'] });
const message = `My notes:\n- flat in Alfama\n- ask about deposit\n${PREAMBLE_END} ends Reverie's notes, right?`;

function userTurn(text: string): Element {
  document.body.innerHTML = '<div data-testid="user-message"><p class="whitespace-pre-wrap"></p></div>';
  document.querySelector('p')!.textContent = text;
  return document.querySelector('[data-testid="user-message"]')!;
}

describe('capture strips the block by its content', () => {
  beforeEach(() => fakeBrowser.reset());

  it('in the page: a typed end marker and the list before it are kept (the marker-only strip removed them)', () => {
    expect(readTurnText(ADAPTERS.claude, userTurn(message))).toEqual({ role: 'user', text: message });
    rememberInsertedBlock(block);
    expect(readTurnText(ADAPTERS.claude, userTurn(`${block}\n\n${message}`))).toEqual({ role: 'user', text: message, hadBlock: true });
  });

  it('in the background: by the blocks the tab was given, also when the page forgot them', async () => {
    const store = recentBlockStore();
    await store.add(7, block);
    const msg = {
      site: 'claude' as const,
      conversationId: 'c1',
      url: 'https://claude.ai/chat/c1',
      turns: [{ role: 'user' as const, ordinal: 0, text: `${block.replace('Lisbon move', 'Lisbon move, then Porto')}\n\n${message}` }],
    };
    const cleaned = cleanCapture(msg, DEFAULT_SETTINGS, await store.get(7));
    // The line the user changed stays, with the message; the rest of the block goes.
    expect(cleaned.turns[0]!.text).toBe(`- 2026-11-19 · Claude · Planning the Lisbon move, then Porto\n\n${message}`);
    expect(await store.get(8)).toEqual([]);
    await store.delete(7);
    expect(await store.get(7)).toEqual([]);
  });
});
