import type { MemoryRow, ReverieDb, TurnRow } from '../../db/schema';
import { cannedReplyIds } from '../canned';
import type { DreamConfig } from '../config';
import { splitEpisodes, type Episode } from '../episodes';
import { buildMemoryGraph, type Community } from '../graph';
import { minePatterns } from '../patterns';
import type { DreamPhaseStep, GatherCheckpoint, OrientCheckpoint } from './phase';

/**
 * Gather: the episodes of the recent conversations, the similarity graph of the active memories with its topic
 * communities, and the patterns of the last window. Community ids are derived: each dream replaces the
 * previous dream's.
 */

const GRAPH_KINDS = new Set<MemoryRow['kind']>(['passage', 'fact', 'preference', 'instruction', 'episode']);

export const gatherPhase: DreamPhaseStep = {
  name: 'gather',
  async run(ctx) {
    const { db, at, cfg, stats } = ctx;
    const orient = ctx.checkpoint.orient!;
    const windowStart = at - cfg.patternWindowMs;
    const { episodes, turnsById } = await recentEpisodes(db, orient, windowStart, cfg);

    const memories = await graphMemories(db);
    const vectors = await loadVectors(db, new Set(memories.map((m) => m.id)));
    const keepAbove = Math.min(cfg.factDuplicateThreshold, cfg.passageDuplicateThreshold);
    const graph = buildMemoryGraph(memories, vectors, { linkThreshold: cfg.linkThreshold, maxNeighbours: cfg.maxNeighbours, keepAbove });
    const communityOf = new Map<string, Community>();
    for (const c of graph.communities) for (const id of c.memberIds) communityOf.set(id, c);

    const patterns = minePatterns(episodes, turnsById, episodeTopics(episodes, memories, communityOf, graph.communities), windowStart, at);
    const fresh = new Set(orient.newTurnIds);
    const newEpisodes = episodes.filter((e) => e.turnIds.some((id) => fresh.has(id)));
    stats.episodes = newEpisodes.length;
    stats.communities = graph.communities.length;
    stats.links = graph.edges.filter((e) => e.sim >= cfg.linkThreshold).length;
    stats.patterns = patterns.length;

    const handed: GatherCheckpoint = {
      episodes: newEpisodes,
      nearDuplicates: graph.edges.filter((e) => e.sim >= keepAbove),
      communities: graph.communities,
      patterns,
    };
    await ctx.commit(
      [db.memories],
      async () => {
        await db.memories.bulkPut(await communityChanges(db, communityOf));
      },
      { gather: handed },
    );
  },
};

/** The episodes of every conversation seen in the pattern window or new since the last dream. */
async function recentEpisodes(
  db: ReverieDb,
  orient: OrientCheckpoint,
  windowStart: number,
  cfg: DreamConfig,
): Promise<{ episodes: Episode[]; turnsById: Map<string, TurnRow> }> {
  const recentConvs = (await db.conversations.filter((c) => c.lastSeenAt >= windowStart).primaryKeys()).map(String);
  const convKeys = [...new Set([...recentConvs, ...orient.newConversations])].sort();
  const turnsByConv = new Map<string, TurnRow[]>();
  for (const t of await db.turns.where('conversationKey').anyOf(convKeys).toArray()) {
    const l = turnsByConv.get(t.conversationKey);
    if (l) l.push(t);
    else turnsByConv.set(t.conversationKey, [t]);
  }
  const turnsById = new Map<string, TurnRow>();
  const episodes: Episode[] = [];
  for (const key of convKeys) {
    const turns = turnsByConv.get(key) ?? [];
    for (const t of turns) turnsById.set(t.id, t);
    if (turns.length > 0) episodes.push(...splitEpisodes(turns, cfg));
  }
  return { episodes, turnsById };
}

/** The active memories the graph links. Canned replies are no topic: they stay out (and so out of communities, domains and patterns). */
async function graphMemories(db: ReverieDb): Promise<MemoryRow[]> {
  const active = await db.memories.where('status').equals('active').toArray();
  const canned = cannedReplyIds(await db.memories.where('kind').equals('passage').filter((m) => m.role === 'assistant').toArray());
  return active.filter((m) => GRAPH_KINDS.has(m.kind) && !canned.has(m.id));
}

/** Vectors of one embedding model (the one covering most memories), for similarity when present. */
async function loadVectors(db: ReverieDb, ids: Set<string>): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  if ((await db.vectors.count()) === 0) return out;
  const counts = new Map<string, number>();
  await db.vectors.each((v) => counts.set(v.model, (counts.get(v.model) ?? 0) + 1));
  const model = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!model) return out;
  await db.vectors.where('model').equals(model).each((v) => {
    if (ids.has(v.memoryId)) out.set(v.memoryId, v.vector);
  });
  return out;
}

/** Each episode's topic: the label of the community most of its turns' memories fall in. */
function episodeTopics(episodes: Episode[], memories: MemoryRow[], communityOf: Map<string, Community>, communities: Community[]): Map<string, string> {
  const turnCommunity = new Map<string, string>();
  for (const m of memories) {
    const c = communityOf.get(m.id);
    if (c) for (const t of m.sourceTurnIds) if (!turnCommunity.has(t)) turnCommunity.set(t, c.id);
  }
  const labelOf = new Map(communities.map((c) => [c.id, c.label.slice(0, 3).join(', ')]));
  const topicOf = new Map<string, string>();
  for (const ep of episodes) {
    const votes = new Map<string, number>();
    for (const t of ep.turnIds) {
      const c = turnCommunity.get(t);
      if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best && labelOf.get(best[0])) topicOf.set(ep.id, labelOf.get(best[0])!);
  }
  return topicOf;
}

/**
 * The graph memories whose community changed, with the new one set (without touching updatedAt: it is derived).
 * Only rows that have a community now or get one can change, so those are all it reads (the community index and the
 * new members), not the whole table.
 */
async function communityChanges(db: ReverieDb, communityOf: Map<string, Community>): Promise<MemoryRow[]> {
  const rows = new Map<string, MemoryRow>();
  for (const m of await db.memories.orderBy('community').toArray()) rows.set(m.id, m);
  for (const m of await db.memories.bulkGet([...communityOf.keys()])) if (m) rows.set(m.id, m);
  const changed: MemoryRow[] = [];
  for (const m of rows.values()) {
    const c = communityOf.get(m.id)?.id;
    if (GRAPH_KINDS.has(m.kind) && m.community !== c) {
      const row = { ...m };
      if (c) row.community = c;
      else delete row.community;
      changed.push(row);
    }
  }
  return changed;
}
