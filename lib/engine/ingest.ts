import type { ConversationRow, MemoryRow, QueueRow, ReverieDb, TurnRow, VectorRow } from '../db/schema';
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
  const origin = originOf(conv.source);

  // Slice every turn up front (pure work, outside the transaction).
  const prepared = conv.turns.map((t) => {
    const id = turnId(key, t.ordinal);
    const at = t.at ?? conv.at ?? now;
    const passages = splitIntoPassages(t.text, passageTokens ? { maxTokens: passageTokens } : {}).map((p, i) => ({ ...p, id: passageMemoryId(id, i), hash: hashNormalised(p.text) }));
    return { turn: t, id, at, textHash: hashText(t.text), passages };
  });

  await db.transaction('rw', [db.conversations, db.turns, db.memories, db.queue, db.tombstones, db.vectors], async () => {
    const existingConv = await db.conversations.get(key);
    const existingTurns = await db.turns.bulkGet(prepared.map((p) => p.id));
    const allHashes = [...new Set(prepared.flatMap((p) => p.passages.map((x) => x.hash)))];
    const tombstoned = new Set(
      allHashes.length ? (await db.tombstones.where('hash').anyOf(allHashes).toArray()).map((t) => t.hash) : [],
    );

    const turnRows: TurnRow[] = [];
    const memoryRows: MemoryRow[] = [];
    const jobs: QueueRow[] = [];
    let earliest = Infinity;
    let latest = -Infinity;

    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i]!;
      const existing = existingTurns[i];
      earliest = Math.min(earliest, p.at);
      latest = Math.max(latest, p.at);
      if (existing && existing.textHash === p.textHash) {
        changes.result.unchanged++;
        continue;
      }
      const live = p.passages.filter((x) => !tombstoned.has(x.hash));
      if (!existing && p.passages.length > 0 && live.length === 0) {
        // Everything this turn says was deleted or forgotten by the user: do not learn it again.
        changes.result.skipped = (changes.result.skipped ?? 0) + 1;
        continue;
      }

      if (existing) {
        // An edit or regeneration: its old passages go, with their vectors.
        const old = await db.memories.where('sourceTurnIds').equals(p.id).filter((m) => m.kind === 'passage').toArray();
        const oldIds = old.map((m) => m.id);
        if (oldIds.length) {
          const vectors = await db.vectors.where('memoryId').anyOf(oldIds).toArray();
          changes.removedVectors.push(...vectors.map((v) => ({ memoryId: v.memoryId, model: v.model, label: v.label })));
          await db.vectors.bulkDelete(vectors.map((v) => [v.memoryId, v.model] as [string, string]));
          if (vectors.length) await db.queue.bulkAdd(vectors.map((v) => indexDeleteJob(v.model, v.label, now)));
          await db.memories.bulkDelete(oldIds);
          changes.removedIds.push(...oldIds);
        }
        changes.result.updated++;
      } else {
        changes.result.added++;
      }

      turnRows.push({
        id: p.id,
        conversationKey: key,
        site: conv.site as TurnRow['site'],
        role: p.turn.role,
        ordinal: p.turn.ordinal,
        text: p.turn.text,
        textHash: p.textHash,
        capturedAt: existing?.capturedAt ?? p.at,
        updatedAt: now,
      });
      changes.result.turnIds.push(p.id);

      for (const passage of live) {
        memoryRows.push({
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
          origin,
        });
        jobs.push(embedJob(passage.id, now));
      }
    }

    const conversation: ConversationRow = {
      key,
      site: conv.site as ConversationRow['site'],
      conversationId: conv.conversationId,
      url: conv.url || existingConv?.url || '',
      title: conv.title ?? existingConv?.title,
      firstSeenAt: Math.min(existingConv?.firstSeenAt ?? Infinity, Number.isFinite(earliest) ? earliest : now),
      lastSeenAt: Math.max(existingConv?.lastSeenAt ?? -Infinity, Number.isFinite(latest) ? latest : now),
      turnCount: Math.max(existingConv?.turnCount ?? 0, ...conv.turns.map((t) => t.ordinal + 1), 0),
      source: existingConv?.source ?? conv.source,
    };
    const convChanged =
      !existingConv ||
      (Object.keys(conversation) as (keyof ConversationRow)[]).some((k) => conversation[k] !== existingConv[k]);
    if (convChanged) await db.conversations.put(conversation);
    if (turnRows.length) await db.turns.bulkPut(turnRows);
    if (memoryRows.length) await db.memories.bulkPut(memoryRows);
    if (jobs.length) await db.queue.bulkAdd(jobs);
    changes.upserted = memoryRows;
  });
  return changes;
}
