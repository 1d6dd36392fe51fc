import { ReverieDb, type MemoryRow, type TurnRow } from '../../../lib/db/schema';
import { hashNormalised, hashText } from '../../../lib/engine/text';

/** Tiny fixtures: conversations, turns and their passage memories written straight into a fresh database. */

let seq = 0;
export function freshDb(): ReverieDb {
  return new ReverieDb(`dream-test-${process.pid}-${++seq}`);
}

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

export interface FixtureTurn {
  role: 'user' | 'assistant';
  text: string;
  /** ms; defaults to one minute after the previous turn. */
  at?: number;
}

export async function addConversation(db: ReverieDb, id: string, start: number, turns: FixtureTurn[], site: 'chatgpt' | 'claude' = 'chatgpt'): Promise<TurnRow[]> {
  const key = `${site}:${id}`;
  let at = start;
  const rows: TurnRow[] = turns.map((t, i) => {
    at = t.at ?? (i === 0 ? start : at + 60_000);
    return {
      id: `${key}#${i}`,
      conversationKey: key,
      site,
      role: t.role,
      ordinal: i,
      text: t.text,
      textHash: hashText(t.text),
      capturedAt: at,
      updatedAt: at,
    };
  });
  await db.conversations.put({
    key,
    site,
    conversationId: id,
    url: `https://chatgpt.com/c/${id}`,
    firstSeenAt: start,
    lastSeenAt: at,
    turnCount: rows.length,
    source: 'live',
  });
  await db.turns.bulkPut(rows);
  await db.memories.bulkPut(rows.map(passageOf));
  return rows;
}

function passageOf(t: TurnRow): MemoryRow {
  return {
    id: `passage:${t.id}:0`,
    kind: 'passage',
    text: t.text,
    hash: hashNormalised(t.text),
    status: 'active',
    sourceTurnIds: [t.id],
    conversationKey: t.conversationKey,
    site: t.site,
    role: t.role,
    passageOffset: 0,
    occurredAt: t.capturedAt,
    createdAt: t.capturedAt,
    updatedAt: t.capturedAt,
    importance: 0.5,
    strength: 1,
    useCount: 0,
    pinned: false,
    origin: 'capture',
  };
}

/** Every table the dream writes, minus the lock and run timings, for whole-state comparisons. */
export async function snapshot(db: ReverieDb) {
  const runs = (await db.dreamRuns.toArray()).map(({ finishedAt: _f, ...r }) => r);
  return {
    memories: await db.memories.toArray(),
    tombstones: await db.tombstones.toArray(),
    diary: await db.diary.toArray(),
    meta: (await db.meta.toArray()).filter((m) => m.key !== 'dream:lock'),
    runs,
  };
}

export const clock = (t: number) => () => t;

export async function facts(db: ReverieDb, status: MemoryRow['status'] = 'active'): Promise<MemoryRow[]> {
  return (await db.memories.toArray()).filter((m) => ['fact', 'preference', 'instruction'].includes(m.kind) && m.status === status);
}
