import type { ConversationRow, MemoryRow, ReverieDb, TurnRow, VectorRow } from '../db/schema';
import type { IngestConversation, IngestResult } from './types';
import { splitIntoPassages } from './passages';
import { hashNormalised, hashText } from './text';
import { embedJob, indexDeleteJob } from './queue';

/**
 * Writes a captured or imported conversation: the conversation row, its turns, and one 'passage' memory per slice
 * of each new or changed turn, with their embedding jobs queued in the same transaction (so a crash between the
 * memory write and the embedding loses nothing).
 */

export interface IngestChanges {
  result: IngestResult;
  /** Memories written (new or replaced), to index lexically. */
  upserted: MemoryRow[];
  /** Memories removed (a changed turn's old passages), to drop from the indexes. */
  removedIds: string[];
  /** Vectors deleted with them: their labels leave the HNSW index. */
  removedVectors: Pick<VectorRow, 'memoryId' | 'model' | 'label'>[];
}

export function turnId(conversationKey: string, ordinal: number): string {
  return `${conversationKey}#${ordinal}`;
}

function conversationKey(site: string, conversationId: string): string {
  return `${site}:${conversationId}`;
}

/** Parses `${conversationKey}#${ordinal}`. */
export function parseTurnId(id: string): { conversationKey: string; ordinal: number } | null {
  const i = id.lastIndexOf('#');
  if (i < 0) return null;
  const ordinal = Number(id.slice(i + 1));
  return Number.isInteger(ordinal) ? { conversationKey: id.slice(0, i), ordinal } : null;
}

function passageMemoryId(turn: string, index: number): string {
  return `${turn}:p${index}`;
}

function originOf(source: IngestConversation['source']): MemoryRow['origin'] {
  if (source === 'live') return 'capture';
  if (source === 'bench') return 'bench';
  return 'import';
}

type PreparedTurn = {
  turn: IngestConversation['turns'][number];
  id: string;
  at: number;
  textHash: string;
  passages: { text: string; offset: number; id: string; hash: string }[];
};

export async function ingestConversation(
  db: ReverieDb,
  conv: IngestConversation,
  now: number,
  passageTokens?: number,
): Promise<IngestChanges> {
  const key = conversationKey(conv.site, conv.conversationId);
  const changes: IngestChanges = {
    result: { added: 0, updated: 0, unchanged: 0, skipped: 0, turnIds: [] },
    upserted: [],
    removedIds: [],
    removedVectors: [],
  };
  // Slice every turn up front (pure work, outside the transaction).
  const prepared = prepareTurns(conv, key, now, passageTokens);

  await db.transaction('rw', [db.conversations, db.turns, db.memories, db.queue, db.tombstones, db.vectors], async () => {
    const existingConv = await db.conversations.get(key);
    const existingTurns = await db.turns.bulkGet(prepared.map((p) => p.id));
    const allHashes = [...new Set(prepared.flatMap((p) => p.passages.map((x) => x.hash)))];
    const tombstoned = new Set(
      allHashes.length ? (await db.tombstones.where('hash').anyOf(allHashes).toArray()).map((t) => t.hash) : [],
    );

    const turnRows: TurnRow[] = [];
    const memoryRows: MemoryRow[] = [];
    let earliest = Infinity;
    let latest = -Infinity;

    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i]!;
      const existing = existingTurns[i];
      earliest = Math.min(earliest, p.at);
      latest = Math.max(latest, p.at);
      const live = passagesToWrite(p, existing, tombstoned, changes.result);
      if (!live) continue;
      // An edit or regeneration: its old passages go first, with their vectors.
      if (existing) await removeOldPassages(db, p.id, now, changes);
      turnRows.push(turnRow(conv, key, p, existing, now));
      for (const passage of live) memoryRows.push(passageRow(conv, key, p, passage, now));
    }

    const conversation = conversationRow(conv, key, existingConv, earliest, latest, now);
    const convChanged =
      !existingConv ||
      (Object.keys(conversation) as (keyof ConversationRow)[]).some((k) => conversation[k] !== existingConv[k]);
    if (convChanged) await db.conversations.put(conversation);
    if (turnRows.length) await db.turns.bulkPut(turnRows);
    if (memoryRows.length) await db.memories.bulkPut(memoryRows);
    // Embedding jobs in the same transaction as their memories: a crash between the two loses nothing.
    if (memoryRows.length) await db.queue.bulkAdd(memoryRows.map((m) => embedJob(m.id, now)));
    changes.upserted = memoryRows;
  });
  return changes;
}

/**
 * What of a turn is written, counted in `result`: nothing when it is unchanged, or when everything a new turn says was
 * deleted or forgotten by the user (not learned again); else its passages but the tombstoned ones.
 */
function passagesToWrite(p: PreparedTurn, existing: TurnRow | undefined, tombstoned: Set<string>, result: IngestResult): PreparedTurn['passages'] | null {
  if (existing && existing.textHash === p.textHash) {
    result.unchanged++;
    return null;
  }
  const live = p.passages.filter((x) => !tombstoned.has(x.hash));
  if (!existing && p.passages.length > 0 && live.length === 0) {
    result.skipped = (result.skipped ?? 0) + 1;
    return null;
  }
  if (existing) result.updated++;
  else result.added++;
  result.turnIds.push(p.id);
  return live;
}

/** Each turn's id, time, text hash and passages (ids and hashes). */
function prepareTurns(conv: IngestConversation, key: string, now: number, passageTokens: number | undefined): PreparedTurn[] {
  return conv.turns.map((t) => {
    const id = turnId(key, t.ordinal);
    const at = t.at ?? conv.at ?? now;
    const passages = splitIntoPassages(t.text, passageTokens ? { maxTokens: passageTokens } : {}).map((p, i) => ({ ...p, id: passageMemoryId(id, i), hash: hashNormalised(p.text) }));
    return { turn: t, id, at, textHash: hashText(t.text), passages };
  });
}

/** An edit or regeneration of a stored turn: its old passages go, with their vectors (recorded in `changes`). */
async function removeOldPassages(db: ReverieDb, turn: string, now: number, changes: IngestChanges): Promise<void> {
  const old = await db.memories.where('sourceTurnIds').equals(turn).filter((m) => m.kind === 'passage').toArray();
  const oldIds = old.map((m) => m.id);
  if (oldIds.length === 0) return;
  const vectors = await db.vectors.where('memoryId').anyOf(oldIds).toArray();
  changes.removedVectors.push(...vectors.map((v) => ({ memoryId: v.memoryId, model: v.model, label: v.label })));
  await db.vectors.bulkDelete(vectors.map((v) => [v.memoryId, v.model] as [string, string]));
  if (vectors.length) await db.queue.bulkAdd(vectors.map((v) => indexDeleteJob(v.model, v.label, now)));
  await db.memories.bulkDelete(oldIds);
  changes.removedIds.push(...oldIds);
}

function turnRow(conv: IngestConversation, key: string, p: PreparedTurn, existing: TurnRow | undefined, now: number): TurnRow {
  return {
    id: p.id,
    conversationKey: key,
    site: conv.site as TurnRow['site'],
    role: p.turn.role,
    ordinal: p.turn.ordinal,
    text: p.turn.text,
    textHash: p.textHash,
    capturedAt: existing?.capturedAt ?? p.at,
    updatedAt: now,
  };
}

function passageRow(conv: IngestConversation, key: string, p: PreparedTurn, passage: PreparedTurn['passages'][number], now: number): MemoryRow {
  return {
    id: passage.id,
    kind: 'passage',
    text: passage.text,
    hash: passage.hash,
    status: 'active',
    sourceTurnIds: [p.id],
    conversationKey: key,
    site: conv.site as MemoryRow['site'],
    url: conv.url,
    role: p.turn.role,
    ...(p.turn.speaker ? { speaker: p.turn.speaker } : {}),
    passageOffset: passage.offset,
    occurredAt: p.at,
    createdAt: now,
    updatedAt: now,
    importance: 0.5,
    strength: 1,
    useCount: 0,
    pinned: false,
    origin: originOf(conv.source),
  };
}

/** The conversation row after this capture: its span widened to the turns' times, the rest kept from what was stored. */
function conversationRow(
  conv: IngestConversation,
  key: string,
  existing: ConversationRow | undefined,
  earliest: number,
  latest: number,
  now: number,
): ConversationRow {
  return {
    key,
    site: conv.site as ConversationRow['site'],
    conversationId: conv.conversationId,
    url: conv.url || existing?.url || '',
    title: conv.title ?? existing?.title,
    firstSeenAt: Math.min(existing?.firstSeenAt ?? Infinity, Number.isFinite(earliest) ? earliest : now),
    lastSeenAt: Math.max(existing?.lastSeenAt ?? -Infinity, Number.isFinite(latest) ? latest : now),
    turnCount: Math.max(existing?.turnCount ?? 0, ...conv.turns.map((t) => t.ordinal + 1), 0),
    source: existing?.source ?? conv.source,
  };
}
