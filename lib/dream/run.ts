import { isQuotaError, noteStorageFull } from '../host/storage';
import type { DiaryRow, DreamPhase, DreamRunRow, LinkRow, MemoryRow, ReverieDb, TurnRow } from '../db/schema';
import { hashNormalised, hashText } from '../engine/text';
import type { DreamLlm } from '../llm/types';
import { DAY_MS, DEFAULT_DREAM_CONFIG, type DreamConfig } from './config';
import { applyConsolidation, planConsolidation, readSlots, turnsDeletedByUser, type ConsolidationStats } from './consolidate';
import { DiaryRecorder, clone } from './diary';
import { splitEpisodes, type Episode } from './episodes';
import { acquireLock, checkGates, lastFinishedDream, releaseLock, renewLock } from './gates';
import { buildMemoryGraph, type Community, type SimilarityEdge } from './graph';
import { describePattern, minePatterns, type Pattern } from './patterns';
import { buildDomains, buildProfile, PROFILE_ID, STYLE_ID } from './profile';
import { pruneMemories } from './prune';
import { dreamMemory } from './rows';
import { computeStyle, describeStyle } from './style';
import { cannedReplyIds } from './canned';
import { meaningfulTitle, topicFromTurn, topicPhrase } from '../preamble/topic';

/**
 * The dream: an offline consolidation pass in five phases (orient → gather → consolidate → prune & index → diary).
 * Each phase commits its writes together with its checkpoint in one transaction, so a run killed anywhere resumes at
 * the phase it was in and ends exactly as an uninterrupted run would: the run's clock is its start time, ids derive
 * from content, ordering is stable, and Louvain uses a seeded generator.
 */

export interface DreamOptions {
  db: ReverieDb;
  llm?: DreamLlm | null;
  now?: () => number;
  trigger: DreamRunRow['trigger'];
  signal?: AbortSignal;
  /** Token budget for LLM calls in this run (prompt + answer, estimated). */
  maxLlmTokens?: number;
  config?: Partial<DreamConfig>;
  /** Tests: simulate a crash right after this phase has committed (the lock stays held, the run stays 'running'). */
  killAfterPhase?: DreamPhase;
}

export class DreamKilled extends Error {
  constructor(readonly phase: DreamPhase) {
    super(`dream killed after ${phase}`);
    this.name = 'DreamKilled';
  }
}

const STYLE_META_KEY = 'dream:style';
const PHASES: DreamPhase[] = ['orient', 'gather', 'consolidate', 'prune', 'diary'];
const GRAPH_KINDS = new Set<MemoryRow['kind']>(['passage', 'fact', 'preference', 'instruction', 'episode']);
let ownerSeq = 0;

interface OrientCheckpoint {
  since: number;
  newTurnIds: string[];
  newConversations: string[];
}
interface GatherCheckpoint {
  episodes: Episode[];
  nearDuplicates: SimilarityEdge[];
  communities: Community[];
  patterns: Pattern[];
}

export async function runDream(opts: DreamOptions): Promise<DreamRunRow> {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  const cfg: DreamConfig = { ...DEFAULT_DREAM_CONFIG, ...opts.config };
  const owner = `dream:${now()}:${++ownerSeq}`;

  let run = await db.dreamRuns.where('status').equals('running').first();
  if (run) {
    // An unfinished run: resume it once its lease has expired (or nobody holds it).
    if (!(await acquireLock(db, owner, now(), cfg.leaseMs))) return skipped(now(), opts, 'locked');
  } else {
    const gate = await checkGates(db, now(), opts.trigger, cfg);
    if (!gate.run) return skipped(now(), opts, gate.reason);
    if (!(await acquireLock(db, owner, now(), cfg.leaseMs))) return skipped(now(), opts, 'locked');
    const startedAt = now();
    let id = `dream-${startedAt.toString(36)}`;
    for (let n = 2; await db.dreamRuns.get(id); n++) id = `dream-${startedAt.toString(36)}-${n}`;
    run = {
      id,
      startedAt,
      status: 'running',
      phase: 'orient',
      checkpoint: {},
      trigger: opts.trigger,
      engine: opts.llm ? (opts.llm.id.startsWith('replay') ? 'replay' : 'llm') : 'rules',
    };
    await db.dreamRuns.put(run);
  }

  try {
    while (run.phase !== 'done') {
      if (opts.signal?.aborted) {
        // Paused, not failed: the next run resumes here.
        await releaseLock(db, owner);
        return run;
      }
      if (!(await renewLock(db, owner, now(), cfg.leaseMs))) return { ...run, status: 'skipped', error: 'lock lost' };
      const phase = run.phase;
      run = await runPhase(phase, run, opts, cfg, now);
      if (opts.killAfterPhase === phase) throw new DreamKilled(phase);
    }
    await releaseLock(db, owner);
    return run;
  } catch (err) {
    if (err instanceof DreamKilled) throw err;
    if (isQuotaError(err)) {
      // A full disk reaches us as an AbortError wrapping the QuotaExceededError. The popup's banner says so, and the
      // run stays 'running' in the database, so the next dream resumes it from its checkpoint: nothing is lost.
      await noteStorageFull(db).catch(() => undefined);
      await releaseLock(db, owner).catch(() => undefined);
      const error = 'There is no room left for Reverie in the browser, so the dream stopped; the next one goes on from where it was once space is freed. Nothing already stored was lost.';
      return { ...run, error };
    }
    // Any other abort also leaves the run 'running', to be resumed.
    const aborted = (err as { name?: string })?.name === 'AbortError';
    const failed: DreamRunRow = aborted ? run : { ...run, status: 'failed', error: String((err as Error)?.message ?? err), finishedAt: now() };
    if (!aborted) await db.dreamRuns.put(failed);
    await releaseLock(db, owner);
    return failed;
  }
}

function skipped(at: number, opts: DreamOptions, reason: string): DreamRunRow {
  return {
    id: `skipped-${at.toString(36)}`,
    startedAt: at,
    finishedAt: at,
    status: 'skipped',
    phase: 'done',
    checkpoint: { reason },
    error: reason,
    trigger: opts.trigger,
    engine: opts.llm ? 'llm' : 'rules',
  };
}

async function runPhase(phase: DreamPhase, run: DreamRunRow, opts: DreamOptions, cfg: DreamConfig, now: () => number): Promise<DreamRunRow> {
  const { db } = opts;
  const at = run.startedAt; // the run's clock: the same on resume
  const next = PHASES[PHASES.indexOf(phase) + 1] ?? 'done';
  const cp = run.checkpoint as { orient?: OrientCheckpoint; gather?: GatherCheckpoint; stats?: Record<string, number> };
  const stats = { ...cp.stats };
  const advance = (extra: Record<string, unknown>, more: Partial<DreamRunRow> = {}): DreamRunRow => ({
    ...run,
    ...more,
    phase: next,
    checkpoint: { ...run.checkpoint, ...extra, stats },
  });

  switch (phase) {
    case 'orient': {
      const since = (await lastFinishedDream(db))?.startedAt ?? -Infinity;
      const newTurnIds = (await db.turns.filter((t) => t.updatedAt > since).primaryKeys()).map(String).sort();
      const newConversations = (await db.conversations.filter((c) => c.lastSeenAt > since).primaryKeys()).map(String).sort();
      stats.newTurns = newTurnIds.length;
      stats.newConversations = newConversations.length;
      stats.activeBefore = await db.memories.where('status').equals('active').count();
      const updated = advance({ orient: { since: Number.isFinite(since) ? since : 0, newTurnIds, newConversations } });
      await db.dreamRuns.put(updated);
      return updated;
    }

    case 'gather': {
      const orient = cp.orient!;
      const windowStart = at - cfg.patternWindowMs;
      const fresh = new Set(orient.newTurnIds);
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

      // Canned replies are no topic: they stay out of the graph (and so out of communities, domains and patterns).
      const active = await db.memories.where('status').equals('active').toArray();
      const canned = cannedReplyIds(await db.memories.where('kind').equals('passage').filter((m) => m.role === 'assistant').toArray());
      const memories = active.filter((m) => GRAPH_KINDS.has(m.kind) && !canned.has(m.id));
      const vectors = await loadVectors(db, new Set(memories.map((m) => m.id)));
      const keepAbove = Math.min(cfg.factDuplicateThreshold, cfg.passageDuplicateThreshold);
      const graph = buildMemoryGraph(memories, vectors, { linkThreshold: cfg.linkThreshold, maxNeighbours: cfg.maxNeighbours, keepAbove });

      const communityOf = new Map<string, Community>();
      for (const c of graph.communities) for (const id of c.memberIds) communityOf.set(id, c);
      const turnCommunity = new Map<string, string>();
      for (const m of memories) {
        const c = communityOf.get(m.id);
        if (c) for (const t of m.sourceTurnIds) if (!turnCommunity.has(t)) turnCommunity.set(t, c.id);
      }
      const labelOf = new Map(graph.communities.map((c) => [c.id, c.label.slice(0, 3).join(', ')]));
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
      const patterns = minePatterns(episodes, turnsById, topicOf, windowStart, at);
      const newEpisodes = episodes.filter((e) => e.turnIds.some((id) => fresh.has(id)));
      stats.episodes = newEpisodes.length;
      stats.communities = graph.communities.length;
      stats.links = graph.edges.filter((e) => e.sim >= cfg.linkThreshold).length;
      stats.patterns = patterns.length;

      const links: LinkRow[] = graph.edges
        .filter((e) => e.sim >= cfg.linkThreshold)
        .map((e) => ({ id: `similar:${e.a}->${e.b}`, from: e.a, to: e.b, kind: 'similar', weight: Math.round(e.sim * 1000) / 1000, createdAt: at }));
      const updated = advance({
        gather: {
          episodes: newEpisodes,
          nearDuplicates: graph.edges.filter((e) => e.sim >= keepAbove),
          communities: graph.communities,
          patterns,
        } satisfies GatherCheckpoint,
      });
      await db.transaction('rw', [db.links, db.memories, db.dreamRuns], async () => {
        // Similarity links are derived: replace the previous dream's set.
        await db.links.where('kind').equals('similar').delete();
        await db.links.bulkPut(links);
        // Community ids are derived too: set without touching updatedAt.
        const changed: MemoryRow[] = [];
        for (const m of await db.memories.toArray()) {
          const c = communityOf.get(m.id)?.id;
          if (GRAPH_KINDS.has(m.kind) && m.community !== c) {
            const row = { ...m };
            if (c) row.community = c;
            else delete row.community;
            changed.push(row);
          }
        }
        await db.memories.bulkPut(changed);
        await db.dreamRuns.put(updated);
      });
      return updated;
    }

    case 'consolidate': {
      const orient = cp.orient!;
      const gather = cp.gather!;
      const plan = await planConsolidation(db, {
        newTurnIds: orient.newTurnIds,
        episodes: gather.episodes,
        llm: opts.llm,
        maxLlmTokens: opts.maxLlmTokens,
        signal: opts.signal,
        cfg,
      });
      stats.llmCalls = plan.llm.calls;
      stats.llmRejected = plan.llm.rejected;
      stats.llmDroppedItems = plan.llm.dropped;
      stats.llmFailed = plan.llm.failed;
      stats.llmTokens = plan.llm.tokens;
      stats.llmWindows = plan.llm.windows;
      stats.llmRetries = plan.llm.retries;
      stats.llmAdds = plan.llm.adds;
      stats.llmUpdates = plan.llm.updates;
      stats.llmRetracts = plan.llm.retracts;
      stats.llmRestated = plan.llm.restated;
      const diary = new DiaryRecorder(run.id, 'consolidate', at);
      let updated = run;
      await db.transaction('rw', [db.memories, db.links, db.tombstones, db.meta, db.diary, db.dreamRuns], async () => {
        const s: ConsolidationStats = await applyConsolidation(db, plan, { at, cfg, diary, nearDuplicates: gather.nearDuplicates });
        Object.assign(stats, s);
        await db.diary.bulkPut(diary.entries);
        updated = advance({});
        await db.dreamRuns.put(updated);
      });
      return updated;
    }

    case 'prune': {
      const gather = cp.gather!;
      const userTurns = await db.turns.filter((t) => t.role === 'user').toArray();
      userTurns.sort((a, b) => b.capturedAt - a.capturedAt || (a.id < b.id ? -1 : 1));
      const style = computeStyle(userTurns.slice(0, 1000).map((t) => t.text));
      const diary = new DiaryRecorder(run.id, 'prune', at);
      const topicNames = await conversationTopics(db, gather.communities);
      const activity = await activityDays(db, at);
      let updated = run;
      await db.transaction('rw', [db.memories, db.meta, db.diary, db.dreamRuns], async () => {
        const memories = await db.memories.toArray();
        const pruned = pruneMemories(memories, at, cfg, diary, activity);
        await db.memories.bulkPut(pruned.rows);
        Object.assign(stats, pruned.stats);
        const state = new Map(memories.map((m) => [m.id, m]));
        for (const r of pruned.rows) state.set(r.id, r);
        const slots = await readSlots(db);

        const writes: MemoryRow[] = [];
        // L4 profile.
        const profile = buildProfile([...state.values()], slots, at);
        const oldProfile = state.get(PROFILE_ID);
        if (profile && (oldProfile?.text !== profile.text || oldProfile.status !== 'active')) {
          const next = oldProfile ? { ...profile, createdAt: oldProfile.createdAt, pinned: oldProfile.pinned, pinnedAt: oldProfile.pinnedAt } : profile;
          diary.add('profile', 'Rewrote the profile.', oldProfile ? [oldProfile] : [], [next]);
          writes.push(next);
        } else if (!profile && oldProfile?.status === 'active' && !oldProfile.pinned) {
          // Nothing current is left to say: the old profile must not go on saying what was deleted or retracted.
          const gone: MemoryRow = { ...oldProfile, status: 'archived', updatedAt: at };
          diary.add('profile', 'Archived the profile: no current facts are left in it.', [oldProfile], [gone]);
          writes.push(gone);
        }
        // L3 domains and patterns: derived sets, replaced as a whole (old ones archived).
        replaceSet('domain', buildDomains(gather.communities, state, at, cfg, (key) => topicNames.get(key)), state, at, writes, diary, 'profile', 'Updated what you are working on');
        const patternRows = gather.patterns.map((p) =>
          dreamMemory(
            {
              id: `pattern:${hashText(p.key)}`,
              kind: 'pattern',
              text: describePattern(p),
              sourceTurnIds: p.sourceTurnIds,
              occurredAt: p.lastAt,
              importance: Math.round(Math.min(1, 0.3 + 0.1 * p.episodes) * 100) / 100,
              origin: 'dream-rules',
            },
            at,
          ),
        );
        replaceSet('pattern', patternRows, state, at, writes, diary, 'learn', 'Noticed patterns of the last week');
        // Style profile.
        if (style.turns >= cfg.minStyleTurns) {
          const text = describeStyle(style);
          const old = state.get(STYLE_ID);
          if (old?.text !== text || old.status !== 'active') {
            const row = dreamMemory({ id: STYLE_ID, kind: 'style', text, hash: hashNormalised(text), sourceTurnIds: [], occurredAt: at, importance: 0.8, origin: 'dream-rules' }, at);
            diary.add('style', 'Updated the style profile.', old ? [old] : [], [row], []);
            writes.push(row);
          }
          await db.meta.put({ key: STYLE_META_KEY, value: style, updatedAt: at });
        }
        await db.memories.bulkPut(writes);
        await db.diary.bulkPut(diary.entries);
        stats.activeAfter = await db.memories.where('status').equals('active').count();
        updated = advance({});
        await db.dreamRuns.put(updated);
      });
      return updated;
    }

    case 'diary': {
      // The diary entries were written with their changes; this phase closes the run with its tally.
      const entries = await db.diary.where('runId').equals(run.id).toArray();
      const byKind: Record<string, number> = {};
      for (const e of entries as DiaryRow[]) byKind[`diary_${e.kind}`] = (byKind[`diary_${e.kind}`] ?? 0) + 1;
      Object.assign(stats, byKind, { diaryEntries: entries.length });
      const done: DreamRunRow = { ...advance({}), status: 'done', finishedAt: now(), stats: { ...stats } };
      // Checkpoint bulk (episode lists, communities) is no longer needed once the run is done.
      done.checkpoint = { stats: { ...stats } };
      await db.dreamRuns.put(done);
      return done;
    }

    default:
      return { ...run, phase: 'done' };
  }
}

function replaceSet(
  kind: 'domain' | 'pattern',
  fresh: MemoryRow[],
  state: Map<string, MemoryRow>,
  at: number,
  writes: MemoryRow[],
  diary: DiaryRecorder,
  diaryKind: DiaryRow['kind'],
  summary: string,
): void {
  const old = [...state.values()].filter((m) => m.kind === kind && m.status === 'active').sort((a, b) => (a.id < b.id ? -1 : 1));
  const freshIds = new Set(fresh.map((m) => m.id));
  const before: MemoryRow[] = [];
  const after: MemoryRow[] = [];
  for (const f of fresh) {
    const prev = state.get(f.id);
    if (prev && prev.text === f.text && prev.status === 'active') continue;
    const row = prev ? { ...f, createdAt: prev.createdAt, pinned: prev.pinned, pinnedAt: prev.pinnedAt } : f;
    if (prev) before.push(clone(prev));
    after.push(row);
  }
  for (const o of old) {
    if (freshIds.has(o.id) || o.pinned) continue;
    before.push(clone(o));
    after.push({ ...o, status: 'archived', updatedAt: at });
  }
  if (after.length === 0) return;
  writes.push(...after);
  diary.add(diaryKind, `${summary} (${fresh.length} now).`, before, after);
}

/** The start of every day (UTC) on which the user chatted, up to `at`, sorted. */
async function activityDays(db: ReverieDb, at: number): Promise<number[]> {
  const days = new Set<number>();
  for (const t of (await db.turns.orderBy('capturedAt').keys()) as number[]) if (t <= at) days.add(Math.floor(t / DAY_MS) * DAY_MS);
  return [...days].sort((a, b) => a - b);
}

/** Each community conversation's name (title, or the user's first question), for naming domains. */
async function conversationTopics(db: ReverieDb, communities: Community[]): Promise<Map<string, string>> {
  const ids = [...new Set(communities.flatMap((c) => c.memberIds))];
  const keys = new Set<string>();
  for (const m of await db.memories.bulkGet(ids)) if (m?.conversationKey) keys.add(m.conversationKey);
  const out = new Map<string, string>();
  for (const key of [...keys].sort()) {
    const conv = await db.conversations.get(key);
    const title = meaningfulTitle(conv?.title);
    if (title) {
      out.set(key, title);
      continue;
    }
    const first = await db.turns.where('[conversationKey+ordinal]').between([key, 0], [key, Infinity]).filter((t) => t.role === 'user').first();
    if (first && !(await turnsDeletedByUser(db, [first.id])).has(first.id)) {
      const topic = topicPhrase(topicFromTurn(first.text));
      if (topic) out.set(key, topic);
    }
  }
  return out;
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
