import type { FoundValue } from '../redact/repeated-values';

/**
 * The secret values redaction found in each conversation's recent turns, so that a later turn repeating one is
 * masked too: live capture sends only the turns that changed, and an assistant often quotes the key the user just
 * pasted ("you just pasted your key (mnx_live_…) — rotate it"). Kept in memory only, for the conversations captured
 * lately (never stored: a stored list of secrets would be the thing redaction exists to prevent); a service worker
 * that stops forgets them, and each turn is still redacted by its own rules.
 */
export class ConversationSecrets {
  private readonly byConversation = new Map<string, FoundValue[]>();

  constructor(
    private readonly maxConversations = 64,
    private readonly maxValues = 256,
  ) {}

  get(key: string): readonly FoundValue[] {
    return this.byConversation.get(key) ?? [];
  }

  add(key: string, values: readonly FoundValue[]): void {
    if (values.length === 0) return;
    const list = this.byConversation.get(key) ?? [];
    for (const v of values) if (!list.some((x) => x.value === v.value)) list.push(v);
    // Most recent conversation last, so the oldest is the first dropped.
    this.byConversation.delete(key);
    this.byConversation.set(key, list.slice(-this.maxValues));
    if (this.byConversation.size > this.maxConversations) this.byConversation.delete(this.byConversation.keys().next().value!);
  }
}

/** The background's own: lives as long as the service worker (or background page) does. */
export const liveSecrets = new ConversationSecrets();
