import { describe, expect, it } from 'vitest';
import { cleanCapture } from '../../../lib/background/capture-intake';
import { MAX_TURN_CHARS } from '../../../lib/messaging/admit';
import type { CaptureMessage } from '../../../lib/messaging/protocol';
import { ConversationSecrets } from '../../../lib/background/conversation-secrets';
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
    // Cut at the cap with a marker that says how much was left out (a size, not a time).
    expect(plain.turns[1]!.text).toBe(`${'x'.repeat(MAX_TURN_CHARS)}\n[… ${2_000_010 - MAX_TURN_CHARS} more characters not kept]`);

    const careful = cleanCapture(conversation, { redaction: { email: true, phone: true } });
    expect(careful.turns[0]!.text).not.toMatch(/ana\.silva@example\.org/);
  });
});

describe('a secret repeated later in the conversation is masked there too', () => {
  // Made up: a key the assistant quotes back with no "Bearer" or key name before it, and no word of a secret's kind in
  // it (`mnx_live_…` is masked alone since BO's round, keys-with-a-kind-marker.ts).
  const key = 'mnx_7Gx2Qp9LrT4vW8zK1nB6yH3d';
  const chat = (id: string, turns: { role: 'user' | 'assistant'; text: string; ordinal: number }[]): CaptureMessage => ({
    site: 'chatgpt' as const,
    conversationId: id,
    url: `https://chatgpt.com/c/${id}`,
    turns,
  });
  const paste = { role: 'user' as const, text: `my bot gets 401: headers = {'Authorization': 'Bearer ${key}'}`, ordinal: 0 };
  // The echo says nothing of keys: since BW's round a message that talks about keys masks a machine-made value in it
  // alone ("you just pasted your key (…) — rotate it", keys-in-a-message-about-keys.ts), and this test is about the
  // value carried over from the paste.
  const echo = { role: 'assistant' as const, text: `The server turned ${key} away — copy it again from the dashboard.`, ordinal: 1 };

  it('in the same message and in a later message of the same conversation, not in another conversation', () => {
    // Alone, the echo names nothing a rule knows: kept as it stands.
    expect(cleanCapture(chat('c0', [echo]), DEFAULT_SETTINGS).turns[0]!.text).toContain(key);

    const together = cleanCapture(chat('c1', [paste, echo]), DEFAULT_SETTINGS);
    expect(together.turns.map((t) => t.text).join('\n')).not.toContain('7Gx2Qp9LrT4v');

    // Live capture sends only the turns that changed: the user's turn first, the finished answer later.
    const secrets = new ConversationSecrets();
    expect(cleanCapture(chat('c2', [paste]), DEFAULT_SETTINGS, [], secrets).turns[0]!.text).not.toContain(key);
    const later = cleanCapture(chat('c2', [echo]), DEFAULT_SETTINGS, [], secrets).turns[0]!;
    expect(later.text).toBe('The server turned [redacted bearer token] away — copy it again from the dashboard.');
    // The intake records what kind of secret it took out (the stored turn's `redactions`).
    expect((later as typeof later & { redactions?: string[] }).redactions).toEqual(['bearer token']);
    expect(cleanCapture(chat('c3', [echo]), DEFAULT_SETTINGS, [], secrets).turns[0]!.text).toContain(key);
    // An echo that talks about keys is masked on its own.
    const talk = { ...echo, text: `A 401 means the token is refused. Also, you just pasted your key (${key}) — rotate it.` };
    expect(cleanCapture(chat('c4', [talk]), DEFAULT_SETTINGS).turns[0]!.text).not.toContain(key);
  });

  it('keeps the values of recent conversations only, in memory', () => {
    const secrets = new ConversationSecrets(2, 3);
    const v = (n: number) => ({ value: `value-${n}-abcdefgh`, label: 'password' as const });
    secrets.add('a', [v(1), v(2), v(3), v(4)]);
    expect(secrets.get('a').map((x) => x.value)).toEqual([v(2).value, v(3).value, v(4).value]);
    secrets.add('b', [v(5)]);
    secrets.add('c', [v(6)]);
    expect(secrets.get('a')).toEqual([]);
    expect(secrets.get('c')).toEqual([v(6)]);
  });
});
