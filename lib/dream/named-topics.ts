import type { MemoryRow } from '../db/schema';
import { hashNormalised } from '../engine/text';
import { clone } from './diary';
import { dreamMemory } from './rows';

/**
 * The user's current topics as the LLM named them ("Kitchen renovation", "Learning Rust"), kept as domain rows
 * (origin 'dream-llm') beside the rules' "Working on: …" domains, which the block's "Lately" falls back to. A row's
 * text is the name alone, so the same name, named again by a later dream, is the same row (id and hash from the name):
 * it gathers the turns it comes from and its dates (first seen in `validFrom`, last in `occurredAt`), and an undone
 * naming stays undone. A name not seen for four weeks is archived; so are the oldest beyond the cap.
 */

/** "Lately" is the last four weeks. */
export const LATELY_MS = 28 * 86_400_000;
const MAX_SOURCE_TURNS = 100;

export interface NamedTopic {
  name: string;
  sourceTurnIds: string[];
  conversationKeys: string[];
  /** The first and last time one of its turns was said. */
  firstAt: number;
  lastAt: number;
}

/** Adds a named topic to a list, merging it into one of the same name (case and spacing aside). */
export function mergeTopic(list: NamedTopic[], topic: NamedTopic): void {
  const same = list.find((t) => sameName(t.name, topic.name));
  if (!same) {
    list.push({ ...topic, sourceTurnIds: [...topic.sourceTurnIds], conversationKeys: [...topic.conversationKeys] });
    return;
  }
  same.sourceTurnIds = [...new Set([...same.sourceTurnIds, ...topic.sourceTurnIds])].sort();
  same.conversationKeys = [...new Set([...same.conversationKeys, ...topic.conversationKeys])].sort();
  same.firstAt = Math.min(same.firstAt, topic.firstAt);
  same.lastAt = Math.max(same.lastAt, topic.lastAt);
}

function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
}

/** The id of a named topic's row: from its name, so every dream that names it finds the same row. */
export function topicRowId(name: string): string {
  return `domain:named:${hashNormalised(name)}`;
}

export interface TopicChange {
  summary: string;
  before: MemoryRow[];
  after: MemoryRow[];
}

/**
 * What this dream's names change as diary entries: one for each name new (or back) in "Lately", one for all the names
 * seen again (more turns, wider dates), and one for the names no longer lately (not seen for four weeks, or the least recent
 * beyond the cap; pinned ones stay). `previous` holds the rows (any status) stored under the fresh names' ids, `active`
 * every active named-topic row. Names only from turns older than four weeks (an import of old chats) are not lately;
 * a name the user deleted or edited, or a tombstoned one, is not named again.
 */
export function planTopicChanges(
  fresh: NamedTopic[],
  previous: ReadonlyMap<string, MemoryRow>,
  active: MemoryRow[],
  at: number,
  opts: { maxTopics: number; tombstoned: (hash: string) => boolean },
): TopicChange[] {
  const next = new Map(active.map((m) => [m.id, m]));
  const named = new Map<string, TopicChange>();
  // Names seen again share one entry: a diary line per topic per night would bury the entries that change something.
  const continued = new Map<string, { before: MemoryRow; after: MemoryRow }>();
  for (const topic of fresh) {
    if (topic.lastAt < at - LATELY_MS) continue;
    const id = topicRowId(topic.name);
    const prev = previous.get(id);
    const row = topicRow(topic, id, at);
    if (prev?.status === 'deleted' || prev?.edited || opts.tombstoned(row.hash)) continue;
    if (prev?.status === 'active') {
      const merged = mergedRow(prev, topic, at);
      if (!merged) continue;
      continued.set(id, { before: clone(prev), after: merged });
      next.set(id, merged);
    } else {
      const back = prev ? { ...row, createdAt: prev.createdAt, pinned: prev.pinned, ...(prev.pinnedAt ? { pinnedAt: prev.pinnedAt } : {}) } : row;
      named.set(id, { summary: `Named what you are working on lately: ${topic.name}.`, before: prev ? [clone(prev)] : [], after: [back] });
      next.set(id, back);
    }
  }
  const ranked = [...next.values()].filter((m) => !m.pinned).sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? -1 : 1));
  const dropped = new Set(ranked.filter((m, i) => m.occurredAt < at - LATELY_MS || i >= opts.maxTopics).map((m) => m.id));
  const changes = [...named].filter(([id]) => !dropped.has(id)).map(([, c]) => c);
  const still = [...continued].filter(([id]) => !dropped.has(id)).map(([, c]) => c);
  if (still.length > 0)
    changes.push({
      summary: `Still working on: ${still.map((c) => c.before.text).join('; ')}.`,
      before: still.map((c) => c.before),
      after: still.map((c) => c.after),
    });
  const archived = active.filter((m) => dropped.has(m.id));
  if (archived.length > 0)
    changes.push({
      summary: `No longer lately: ${archived.map((m) => m.text).join('; ')}.`,
      before: archived.map(clone),
      after: archived.map((m) => ({ ...m, status: 'archived' as const, updatedAt: at })),
    });
  return changes;
}

function topicRow(topic: NamedTopic, id: string, at: number): MemoryRow {
  return dreamMemory(
    {
      id,
      kind: 'domain',
      text: topic.name,
      sourceTurnIds: topic.sourceTurnIds.slice(-MAX_SOURCE_TURNS),
      occurredAt: topic.lastAt,
      validFrom: topic.firstAt,
      // One conversation: forgetting it forgets the topic too.
      ...(topic.conversationKeys.length === 1 ? { conversationKey: topic.conversationKeys[0] } : {}),
      importance: 0.5,
      origin: 'dream-llm',
    },
    at,
  );
}

/** An active row with a topic named again merged in: more turns, wider dates; null when nothing changed. */
function mergedRow(prev: MemoryRow, topic: NamedTopic, at: number): MemoryRow | null {
  const turns = [...new Set([...prev.sourceTurnIds, ...topic.sourceTurnIds])].sort().slice(-MAX_SOURCE_TURNS);
  const lastAt = Math.max(prev.occurredAt, topic.lastAt);
  const firstAt = Math.min(prev.validFrom ?? prev.occurredAt, topic.firstAt);
  const sameConversation = prev.conversationKey && topic.conversationKeys.length === 1 && topic.conversationKeys[0] === prev.conversationKey;
  if (turns.length === prev.sourceTurnIds.length && turns.every((t, i) => t === prev.sourceTurnIds[i]) && lastAt === prev.occurredAt && firstAt === prev.validFrom)
    return null;
  const row: MemoryRow = { ...prev, sourceTurnIds: turns, occurredAt: lastAt, validFrom: firstAt, updatedAt: at };
  if (!sameConversation) delete row.conversationKey;
  return row;
}
