import type { ReverieDb } from '../db/schema';
import type { CaptureMessage, IntakeResult } from '../messaging/protocol';
import * as v from 'valibot';
import { CaptureSchema, MAX_TURN_CHARS } from '../messaging/admit';
import { stripPreamble } from '../preamble/delimiters';
import { redactSecrets } from '../redact';
import { captureAllowed, loadSettings, type Settings } from '../settings';
import { isQuotaError, noteStorageFull, noteStorageOk } from '../host/storage';

/**
 * Cleans one conversation before anything stores it, the same for live capture and imports: an over-long turn is cut
 * with a visible marker (not dropped), Reverie's own block is stripped from user turns, and secrets are redacted with
 * the user's redaction settings.
 */
export function cleanCapture<T extends CaptureMessage>(msg: T, settings: Pick<Settings, 'redaction'>): T {
  const turns = msg.turns.map((turn) => {
    let text =
      turn.text.length > MAX_TURN_CHARS
        ? `${turn.text.slice(0, MAX_TURN_CHARS)}\n[… ${turn.text.length - MAX_TURN_CHARS} more characters not kept]`
        : turn.text;
    if (turn.role === 'user') text = stripPreamble(text);
    const redacted = redactSecrets(text, settings.redaction);
    return { ...turn, text: redacted.text, redactions: redacted.found };
  });
  const title = msg.title === undefined ? undefined : redactSecrets(msg.title, settings.redaction).text;
  return { ...msg, title, turns };
}

/**
 * The background's first step for a live capture: check it is well-formed (again: the message boundary did, but the
 * intake is the one gate whoever calls it) and allowed, clean it and put it in the durable queue. Only then is it acknowledged; the engine host drains the queue, so a
 * service worker killed after this point loses nothing.
 */
export async function acceptCapture(db: ReverieDb, raw: unknown, context: { incognito?: boolean } = {}): Promise<IntakeResult> {
  if (context.incognito) return { accepted: false, reason: 'incognito' };
  const parsed = v.safeParse(CaptureSchema, raw);
  if (!parsed.success) return { accepted: false, reason: `malformed capture: ${v.summarize(parsed.issues).slice(0, 200)}` };
  const msg: CaptureMessage = parsed.output;
  const settings = await loadSettings(db);
  const allowed = captureAllowed(settings, msg.site);
  if (!allowed.ok) return { accepted: false, reason: allowed.reason };
  const payload = cleanCapture(msg, settings);
  try {
    await db.queue.add({ kind: 'capture', payload, enqueuedAt: Date.now(), attempts: 0 });
    await noteStorageOk(db);
    return { accepted: true };
  } catch (error) {
    if (isQuotaError(error)) {
      await noteStorageFull(db);
      return { accepted: false, reason: 'storage-full' };
    }
    throw error;
  }
}
