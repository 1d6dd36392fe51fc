import type { ConversationRow, MemoryRow, ReverieDb, TurnRow } from '../../../lib/db/schema';
import { openReverieDb } from '../../../lib/db/schema';
import type { RecallHit, RecallOptions } from '../../../lib/engine/types';

let dbCounter = 0;
export function freshDb(): ReverieDb {
  return openReverieDb(`preamble-test-${process.pid}-${dbCounter++}`);
}

/** Noon UTC on a day: the same calendar day in every time zone from UTC-11 to UTC+11. */
export function day(iso: string): number {
  return Date.parse(`${iso}T12:00:00Z`);
}

let memCounter = 0;
export function memory(partial: Partial<MemoryRow> & Pick<MemoryRow, 'kind' | 'text'>): MemoryRow {
  const id = partial.id ?? `m${memCounter++}`;
  const at = partial.occurredAt ?? day('2026-11-01');
  return {
    id,
    hash: `h-${id}`,
    status: 'active',
    sourceTurnIds: [`claude:c-${id}#0`],
    occurredAt: at,
    createdAt: at,
    updatedAt: at,
    importance: 0.5,
    strength: 1,
    useCount: 0,
    pinned: false,
    origin: 'capture',
    ...(partial.pinned ? { pinnedAt: at } : {}),
    ...partial,
  };
}

export async function addConversation(
  db: ReverieDb,
  c: Partial<ConversationRow> & Pick<ConversationRow, 'site' | 'conversationId' | 'lastSeenAt'>,
  firstUserTurn?: string,
): Promise<ConversationRow> {
  const key = `${c.site}:${c.conversationId}`;
  const row: ConversationRow = {
    key,
    url: `https://example.test/${c.conversationId}`,
    firstSeenAt: c.lastSeenAt,
    turnCount: firstUserTurn ? 2 : 1,
    source: 'live',
    ...c,
  };
  await db.conversations.put(row);
  if (firstUserTurn) {
    const turn: TurnRow = {
      id: `${key}#0`,
      conversationKey: key,
      site: c.site,
      role: 'user',
      ordinal: 0,
      text: firstUserTurn,
      textHash: 'x',
      capturedAt: c.lastSeenAt,
      updatedAt: c.lastSeenAt,
    };
    await db.turns.put(turn);
  }
  return row;
}

/** A recall stand-in over a fixed set of memories: ranks by shared words with the query (real behaviour, tiny). */
export function wordOverlapRecall(memories: MemoryRow[]) {
  const calls: { query: string; opts?: RecallOptions }[] = [];
  const fn = async (query: string, opts?: RecallOptions): Promise<RecallHit[]> => {
    calls.push({ query, opts });
    const q = new Set(query.toLowerCase().match(/\p{L}+/gu) ?? []);
    return memories
      .map((m) => ({
        memory: m,
        score: (m.text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => q.has(w)).length,
        via: ['lexical' as const],
      }))
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, opts?.k ?? 10);
  };
  return Object.assign(fn, { calls });
}
