import { describe, expect, it } from 'vitest';
import { cleanCapture } from '../../../lib/background/capture-intake';
import { PREAMBLE_END, PREAMBLE_START } from '../../../lib/preamble/delimiters';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

/**
 * Imports are cleaned exactly as live capture is (the background runs both through `cleanCapture`): secrets redacted
 * with the user's own redaction settings, Reverie's block stripped from user turns, over-long turns cut, titles too.
 */
describe('imports pass through the capture intake', () => {
  const conversation = {
    site: 'chatgpt' as const,
    conversationId: 'imp-1',
    url: 'https://chatgpt.com/c/imp-1',
    title: 'Deploy with sk_live_51HabcdefghijklmnopqrstuvWXYZ',
    turns: [
      {
        role: 'user' as const,
        ordinal: 0,
        at: 1_700_000_000_000,
        text: `${PREAMBLE_START}\nContext from my past chats:\n- something old\n${PREAMBLE_END}\nMail me at ana.silva@example.org, key sk_live_51HabcdefghijklmnopqrstuvWXYZ`,
      },
      { role: 'assistant' as const, ordinal: 1, text: 'x'.repeat(2_000_010) },
    ],
  };

  it('redacts secrets always and email when the user asked, strips the block, cuts huge turns, keeps times', () => {
    const plain = cleanCapture(conversation, DEFAULT_SETTINGS);
    expect(plain.title).not.toMatch(/sk_live_51H/);
    expect(plain.turns[0]!.text).not.toMatch(/sk_live_51H|past chats|something old/);
    expect(plain.turns[0]!.text).toMatch(/ana\.silva@example\.org/); // email redaction is off by default
    expect(plain.turns[0]!.at).toBe(1_700_000_000_000);
    expect(plain.turns[1]!.text.length).toBeLessThan(2_000_100);
    expect(plain.turns[1]!.text).toMatch(/more characters not kept/);

    const careful = cleanCapture(conversation, { redaction: { email: true, phone: true } });
    expect(careful.turns[0]!.text).not.toMatch(/ana\.silva@example\.org/);
  });
});
