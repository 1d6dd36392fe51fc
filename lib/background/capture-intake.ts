import type { ReverieDb } from '../db/schema';
import type { CaptureMessage, IntakeResult } from '../messaging/protocol';
import * as v from 'valibot';
import { CaptureSchema, MAX_TURN_CHARS } from '../messaging/admit';
import { stripPreamble } from '../preamble/delimiters';
import { redactSecrets } from '../redact';
import { captureAllowed, loadSettings, type Settings } from '../settings';
import { isQuotaError, noteStorageFull, noteStorageOk } from '../host/storage';
import { chatKey, isChatExcluded } from '../host/excluded-chats';
import { ConversationSecrets, liveSecrets } from './conversation-secrets';

/**
 * Cleans one conversation before anything stores it, the same for live capture and imports: an over-long turn is cut
 * with a visible marker (not dropped), Reverie's own block is stripped from user turns, and secrets are redacted with
 * the user's redaction settings. A secret found in one turn is masked wherever a later turn of the conversation repeats
 * it: in this message, and in later messages when `secrets` holds what earlier ones found (live capture sends only
 * the turns that changed).
 */
export function cleanCapture<T extends CaptureMessage>(
  msg: T,
  settings: Pick<Settings, 'redaction'>,
  knownBlocks: readonly string[] = [],
  secrets: ConversationSecrets = new ConversationSecrets(),
): T {
  const key = chatKey(msg.site, msg.conversationId);
  const turns = msg.turns.map((turn) => {
    let text =
      turn.text.length > MAX_TURN_CHARS
        ? `${turn.text.slice(0, MAX_TURN_CHARS)}\n[… ${turn.text.length - MAX_TURN_CHARS} more characters not kept]`
        : turn.text;
    // By the blocks this tab was given (their exact text), never by markers alone: the user's words all stay.
    let hadBlock = turn.hadBlock;
    if (turn.role === 'user') {
      const stripped = stripPreamble(text, knownBlocks);
      if (stripped !== text.trim()) hadBlock = true;
      text = stripped;
    }
    const redacted = redactSecrets(text, { ...settings.redaction, known: secrets.get(key) });
    secrets.add(key, redacted.values);
    return { ...turn, text: redacted.text, redactions: redacted.found, ...(hadBlock ? { hadBlock } : {}) };
  });
  const title = msg.title === undefined ? undefined : redactSecrets(msg.title, { ...settings.redaction, known: secrets.get(key) }).text;
  return { ...msg, title, turns };
}

/**
 * The background's first step for a live capture: check it is well-formed (again: the message boundary did, but the
 * intake is the one gate whoever calls it) and allowed, clean it and put it in the durable queue. Only then is it acknowledged; the engine host drains the queue, so a
 * service worker killed after this point loses nothing.
 */
export async function acceptCapture(
  db: ReverieDb,
  raw: unknown,
  context: { incognito?: boolean; knownBlocks?: readonly string[]; secrets?: ConversationSecrets } = {},
): Promise<IntakeResult & { blockSent?: true }> {
  if (context.incognito) return { accepted: false, reason: 'incognito' };
  const parsed = v.safeParse(CaptureSchema, raw);
  if (!parsed.success) return { accepted: false, reason: `malformed capture: ${v.summarize(parsed.issues).slice(0, 200)}` };
  const msg: CaptureMessage = parsed.output;
  const settings = await loadSettings(db);
  const allowed = captureAllowed(settings, msg.site);
  if (!allowed.ok) return { accepted: false, reason: allowed.reason };
  const payload = cleanCapture(msg, settings, context.knownBlocks, context.secrets ?? liveSecrets);
  try {
    // "Don't remember this chat": nothing of it is queued from then on. Checked in the write's own transaction, so an
    // exclusion (which drops the chat's queued captures in one transaction on the same tables) cannot miss this one.
    const key = chatKey(msg.site, msg.conversationId);
    const queued = await db.transaction('rw', db.meta, db.queue, async () => {
      if (await isChatExcluded(db, key)) return false;
      await db.queue.add({ kind: 'capture', payload, enqueuedAt: Date.now(), attempts: 0 });
      return true;
    });
    if (!queued) return { accepted: false, reason: 'chat-excluded' };
    await noteStorageOk(db);
    // For the background only (the content script is answered without it): a user turn went out with the block.
    return payload.turns.some((t) => t.role === 'user' && t.hadBlock) ? { accepted: true, blockSent: true } : { accepted: true };
  } catch (error) {
    if (isQuotaError(error)) {
      await noteStorageFull(db);
      return { accepted: false, reason: 'storage-full' };
    }
    throw error;
  }
}
