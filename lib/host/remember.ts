import type { MemoryRow, ReverieDb } from '../db/schema';
import type { RememberResult } from '../messaging/protocol';
import type { SiteId } from '../sites';
import { hashNormalised } from '../engine/text';

/** The longest selection "remember this" keeps: a pinned memory goes into every block, so it must stay a note. */
export const MAX_REMEMBER_CHARS = 2_000;

/** What re-indexes a memory written outside ingestion (the engine's path for rows the dream writes). */
interface Reindexer {
  reindexMemories(ids: string[]): Promise<void>;
}

/**
 * "Remember this": the words the user selected and chose to remember become a pinned memory of their own (origin
 * 'user', like a note they wrote), indexed at once and embedded through the queue. The text arrives already cleaned
 * by the background (size, Reverie's own block stripped, secrets redacted). The same words remembered twice are one
 * memory; an over-long selection is refused with a message, and nothing changes.
 */
export async function rememberText(
  db: ReverieDb,
  engine: Reindexer,
  input: { site: SiteId; url: string; text: string },
  now: number,
): Promise<RememberResult> {
  const text = input.text.trim();
  if (text === '') return { remembered: false, reason: 'Nothing is selected: select the words to remember first.' };
  if (text.length > MAX_REMEMBER_CHARS)
    return {
      remembered: false,
      reason: `That selection is too long to remember (${text.length.toLocaleString('en')} characters; at most ${MAX_REMEMBER_CHARS.toLocaleString('en')}). Select less.`,
    };
  const hash = hashNormalised(text);
  const existing = await db.memories
    .where('hash')
    .equals(hash)
    .filter((m) => m.origin === 'user' && m.status === 'active')
    .first();
  if (existing) return { remembered: true, memoryId: existing.id, already: true };
  const row: MemoryRow = {
    id: `user:${crypto.randomUUID()}`,
    kind: 'fact',
    text,
    hash,
    status: 'active',
    sourceTurnIds: [],
    site: input.site,
    url: input.url,
    occurredAt: now,
    createdAt: now,
    updatedAt: now,
    importance: 1,
    strength: 1,
    useCount: 0,
    pinned: true,
    pinnedAt: now,
    origin: 'user',
  };
  await db.memories.add(row);
  await engine.reindexMemories([row.id]);
  return { remembered: true, memoryId: row.id };
}
