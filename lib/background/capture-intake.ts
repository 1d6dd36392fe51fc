import * as v from 'valibot';
import type { ReverieDb } from '../db/schema';
import type { CaptureMessage } from '../messaging/protocol';
import { stripPreamble } from '../preamble/delimiters';
import { redactSecrets } from '../redact';
import { captureAllowed, loadSettings } from '../settings';
import { SITE_IDS } from '../sites';
import { isQuotaError, noteStorageFull, noteStorageOk } from '../host/storage';

/** One turn may hold a pasted log or a whole file; past this it is cut, with a visible marker, not dropped. */
export const MAX_TURN_CHARS = 2_000_000;
export const MAX_TURNS_PER_MESSAGE = 5_000;

const CaptureSchema = v.object({
  site: v.picklist(SITE_IDS),
  conversationId: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  url: v.pipe(v.string(), v.maxLength(4096)),
  title: v.optional(v.pipe(v.string(), v.maxLength(1024))),
  turns: v.pipe(
    v.array(
      v.object({
        role: v.picklist(['user', 'assistant']),
        text: v.string(),
        ordinal: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
    v.maxLength(MAX_TURNS_PER_MESSAGE),
  ),
});

export type IntakeResult = { accepted: boolean; reason?: string };

/**
 * The service worker's first step for a capture: check it is allowed, clean it (size cap, preamble stripped from
 * user turns, secrets redacted) and put it in the durable queue. Only then is it acknowledged; the engine host drains
 * the queue, so a service worker killed after this point loses nothing.
 */
export async function acceptCapture(
  db: ReverieDb,
  raw: unknown,
  context: { incognito?: boolean } = {},
): Promise<IntakeResult> {
  if (context.incognito) return { accepted: false, reason: 'incognito' };
  const parsed = v.safeParse(CaptureSchema, raw);
  if (!parsed.success) return { accepted: false, reason: `malformed capture: ${v.summarize(parsed.issues).slice(0, 200)}` };
  const msg = parsed.output as CaptureMessage;
  const settings = await loadSettings(db);
  const allowed = captureAllowed(settings, msg.site);
  if (!allowed.ok) return { accepted: false, reason: allowed.reason };

  const turns = msg.turns.map((turn) => {
    let text = turn.text.length > MAX_TURN_CHARS
      ? `${turn.text.slice(0, MAX_TURN_CHARS)}\n[… ${turn.text.length - MAX_TURN_CHARS} more characters not kept]`
      : turn.text;
    if (turn.role === 'user') text = stripPreamble(text);
    const redacted = redactSecrets(text, settings.redaction);
    return { role: turn.role, ordinal: turn.ordinal, text: redacted.text, redactions: redacted.found };
  });
  try {
    await db.queue.add({ kind: 'capture', payload: { ...msg, turns }, enqueuedAt: Date.now(), attempts: 0 });
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
