import type { LinkRow, MemoryRow, ReverieDb, TombstoneRow, TurnRow } from '../db/schema';
import { hashNormalised, hashText, jaccard, terms } from '../engine/text';
import type { DreamLlm } from '../llm/types';
import { stripPreamble } from '../preamble/delimiters';
import type { DreamConfig } from './config';
import { DiaryRecorder, clone } from './diary';
import type { Episode } from './episodes';
import { extractFromTurn, type FactCandidate, type Retraction } from './extract';
import { planLlmPass, type LlmPassStats } from './llm-pass';
import { cannedReplyIds } from './canned';
import { CORRECTIONS_KEY, MAX_CORRECTIONS, readCorrections, type CorrectionNote } from './corrections';
import { absolutizeDates } from '../preamble/dates';
import type { SimilarityEdge } from './graph';
import { dreamMemory, FACT_KINDS, memoryIdFor } from './rows';

/**
 * Consolidation: learn durable facts (rules always, the LLM when given), merge duplicates, supersede changed facts
 * (keeping dated history), honour tombstones, apply explicit corrections, and set importance. Planning (rules, LLM
 * calls) happens outside the transaction; applying happens inside one, so a kill leaves nothing half-done.
 */

export const SLOTS_KEY = 'dream:slots';

/**
 * Memory id → slot ('user/location'…), as a Map. It is stored in db.meta as a plain object; read back through this, so
 * no lookup ever goes through an object's prototype.
 */
export async function readSlots(db: ReverieDb): Promise<Map<string, string>> {
  const stored = (await db.meta.get(SLOTS_KEY))?.value;
  const slots = new Map<string, string>();
  if (stored && typeof stored === 'object') {
    for (const [id, slot] of Object.entries(stored)) if (typeof slot === 'string') slots.set(id, slot);
  }
  return slots;
}

export interface Candidate extends FactCandidate {
  origin: 'dream-rules' | 'dream-llm';
  /** LLM update: the memory this new statement replaces (superseded with dated history, as a slot change is). */
  supersedes?: string;
  /** LLM restatement: the memory said again; reinforced only while it is still active. */
  reinforces?: string;
}

/** A retraction; from the LLM it names the one memory it retires (`memoryId`) instead of matching by value. */
export type PlannedRetraction = Retraction & { memoryId?: string };

export interface EpisodeSummary {
  episodeId: string;
  text: string;
  sourceTurnIds: string[];
  occurredAt: number;
  conversationKey: string;
}

export interface ConsolidationPlan {
  candidates: Candidate[];
  retractions: PlannedRetraction[];
  summaries: EpisodeSummary[];
  /** Passage importance from what its turn held (facts, length, role), by turn id. */
  passageImportance: Map<string, number>;
  llm: LlmPassStats;
}

export async function planConsolidation(
  db: ReverieDb,
  input: {
    newTurnIds: string[];
    episodes: Episode[];
    llm?: DreamLlm | null;
    maxLlmTokens?: number;
    signal?: AbortSignal;
    cfg: DreamConfig;
  },
): Promise<ConsolidationPlan> {
  const turns = (await db.turns.bulkGet(input.newTurnIds)).filter((t): t is TurnRow => !!t);
  turns.sort((a, b) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : 1));
  // A turn whose every passage the user deleted is not learned from: what was deleted does not come back as a fact.
  const deletedTurns = await turnsDeletedByUser(db, turns.map((t) => t.id));
  const candidates: Candidate[] = [];
  const retractions: PlannedRetraction[] = [];
  const factTurns = new Set<string>();
  for (const t of turns) {
    if (t.role !== 'user' || deletedTurns.has(t.id)) continue;
    const out = extractFromTurn({ id: t.id, text: stripPreamble(t.text), at: t.capturedAt });
    for (const f of out.facts) candidates.push({ ...f, origin: 'dream-rules' });
    retractions.push(...out.retractions);
    if (out.facts.length + out.retractions.length > 0) factTurns.add(t.id);
  }

  const summaries: EpisodeSummary[] = [];
  let llmStats: LlmPassStats = { calls: 0, rejected: 0, dropped: 0, failed: 0, tokens: 0, windows: 0, retries: 0, adds: 0, updates: 0, retracts: 0, restated: 0 };
  if (input.llm) {
    // The LLM pass (llm-pass.ts): windows that fit the model, the related memories shown, add/update/retract/noop.
    const fresh = new Set(input.newTurnIds);
    const pass = await planLlmPass(db, {
      llm: input.llm,
      episodes: input.episodes.filter((e) => e.turnIds.some((id) => fresh.has(id))),
      slots: await readSlots(db),
      deletedByUser: (ids) => turnsDeletedByUser(db, ids),
      maxLlmTokens: input.maxLlmTokens,
      signal: input.signal,
      cfg: input.cfg,
    });
    candidates.push(...pass.candidates);
    retractions.push(...pass.retractions);
    summaries.push(...pass.summaries);
    for (const id of pass.factTurns) factTurns.add(id);
    llmStats = pass.stats;
  }

  const passageImportance = new Map<string, number>();
  for (const t of turns) {
    const n = terms(t.text).length;
    passageImportance.set(
      t.id,
      round2(Math.min(1, 0.3 + (factTurns.has(t.id) ? 0.3 : 0) + (n >= 8 ? 0.15 : n >= 3 ? 0.05 : 0) + (t.role === 'user' ? 0.1 : 0))),
    );
  }
  return { candidates, retractions, summaries, passageImportance, llm: llmStats };
}

/** Turns (of the given ones) whose passages were all deleted by the user. */
export async function turnsDeletedByUser(db: ReverieDb, turnIds: string[]): Promise<Set<string>> {
  if (turnIds.length === 0) return new Set();
  const wanted = new Set(turnIds);
  const live = new Set<string>();
  const deleted = new Set<string>();
  for (const m of await db.memories.where('sourceTurnIds').anyOf(turnIds).toArray()) {
    if (m.kind !== 'passage') continue;
    for (const id of m.sourceTurnIds) {
      if (!wanted.has(id)) continue;
      if (m.status === 'deleted') deleted.add(id);
      else live.add(id);
    }
  }
  return new Set([...deleted].filter((id) => !live.has(id)));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface ConsolidationStats {
  learned: number;
  reinforced: number;
  superseded: number;
  disproven: number;
  blockedByTombstone: number;
  merged: number;
  summaries: number;
  canned?: number;
}

/** Applies a plan. Must run inside a rw transaction over memories, links, tombstones and meta. */
export async function applyConsolidation(
  db: ReverieDb,
  plan: ConsolidationPlan,
  ctx: { at: number; cfg: DreamConfig; diary: DiaryRecorder; nearDuplicates: SimilarityEdge[] },
): Promise<ConsolidationStats> {
  const { at, cfg, diary } = ctx;
  const stats: ConsolidationStats = { learned: 0, reinforced: 0, superseded: 0, disproven: 0, blockedByTombstone: 0, merged: 0, summaries: 0 };
  const all = await db.memories.toArray();
  const rows = new Map(all.map((m) => [m.id, m]));
  const changed = new Set<string>();
  const put = (m: MemoryRow) => {
    rows.set(m.id, m);
    changed.add(m.id);
  };
  const slots = await readSlots(db);
  const tombstones = await db.tombstones.toArray();
  const tombHashes = new Set(tombstones.map((t) => t.hash));
  const tombTerms = tombstones.map((t) => new Set(terms(t.text)));
  const newTombs: TombstoneRow[] = [];
  const newLinks: LinkRow[] = [];
  const termCache = new Map<string, Set<string>>();
  const termsOf = (m: MemoryRow) => {
    let s = termCache.get(m.id + '\u0000' + m.hash);
    if (!s) termCache.set(m.id + '\u0000' + m.hash, (s = new Set(terms(m.text))));
    return s;
  };
  const blocked = (hash: string, text: string) => {
    if (tombHashes.has(hash)) return true;
    const ts = new Set(terms(text));
    return ts.size > 0 && tombTerms.some((t) => jaccard(t, ts) >= cfg.tombstoneThreshold);
  };
  const activeFacts = () => [...rows.values()].filter((m) => FACT_KINDS.has(m.kind) && m.status === 'active');
  const tombstone = (m: MemoryRow, reason: TombstoneRow['reason']) => {
    const t: TombstoneRow = { id: `tomb:${m.hash}`, hash: m.hash, text: m.text, reason, memoryId: m.id, createdAt: at };
    newTombs.push(t);
    tombHashes.add(t.hash);
    tombTerms.push(new Set(terms(t.text)));
  };

  // Notes on the passages that say what a correction retired (corrections.ts).
  const notes: CorrectionNote[] = [];
  const passages = [...rows.values()].filter((m) => m.kind === 'passage' && (m.status === 'active' || m.status === 'archived'));
  const noteCorrection = (kind: CorrectionNote['kind'], when: number, said: string | undefined, retired: MemoryRow[], oldTerms: Set<string>, byTurns: string[]) => {
    if (!said) return;
    const own = new Set(byTurns);
    const factTurns = new Set(retired.flatMap((m) => m.sourceTurnIds));
    const earlier = passages.filter((p) => p.occurredAt < when && !p.sourceTurnIds.some((t) => own.has(t)));
    const prefixes = [...oldTerms].map((t) => t.slice(0, 3));
    const states = (p: MemoryRow) => {
      if (oldTerms.size === 0) return false;
      const lower = p.text.toLowerCase();
      return prefixes.every((x) => lower.includes(x)) && [...oldTerms].every((t) => termsOf(p).has(t));
    };
    // Where the user said the old value: those conversations' passages that repeat it (the replies that took it as true).
    const convs = new Set(earlier.filter((p) => p.role === 'user' && states(p)).map((p) => p.conversationKey));
    for (const p of earlier) if (p.sourceTurnIds.some((t) => factTurns.has(t))) convs.add(p.conversationKey);
    const ids = earlier
      .filter((p) => p.sourceTurnIds.some((t) => factTurns.has(t)) || (convs.has(p.conversationKey) && states(p)))
      .map((p) => p.id)
      .sort();
    if (ids.length === 0) return;
    notes.push({ kind, at: when, said: absolutizeDates(said, when), passageIds: ids, factIds: retired.map((m) => m.id).sort() });
  };

  // 1. Facts and retractions, oldest first, so a later value supersedes an earlier one.
  type Event = { at: number; order: string; fact?: Candidate; retraction?: PlannedRetraction };
  const events: Event[] = [
    ...plan.candidates.map((c) => ({ at: c.occurredAt, order: `1${c.text}`, fact: c })),
    ...plan.retractions.map((r) => ({ at: r.occurredAt, order: `0${r.value}`, retraction: r })),
  ].sort((a, b) => a.at - b.at || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));

  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (ev.retraction) {
      const r = ev.retraction;
      const want = new Set(terms(r.value));
      if (want.size === 0 && !r.memoryId) continue;
      const retired: MemoryRow[] = [];
      const replacements: Event[] = [];
      for (const m of activeFacts().sort(byId)) {
        if (m.pinned) continue;
        if (r.memoryId) {
          if (m.id !== r.memoryId) continue;
        } else {
          if (r.slot && slots.get(m.id) !== r.slot) continue;
          const have = termsOf(m);
          if (![...want].every((t) => have.has(t))) continue;
        }
        const before = clone(m);
        const after: MemoryRow = { ...m, validTo: r.occurredAt, updatedAt: at, status: r.disproven ? 'deleted' : 'superseded' };
        put(after);
        retired.push(m);
        if (r.disproven) {
          tombstone(m, 'disproven');
          stats.disproven++;
        } else stats.superseded++;
        diary.add(
          'supersede',
          r.disproven ? `Corrected: "${m.text}" was wrong.` : `No longer true: "${m.text}".`,
          [before],
          [after],
          r.sourceTurnIds,
        );
        // "Not Porto anymore, Lisbon now": the retired fact with the new value in its place.
        const replaced = r.replacement ? replaceValue(m.text, r.value, r.replacement) : null;
        if (replaced) {
          const slot = slots.get(m.id);
          replacements.push({
            at: r.occurredAt,
            order: `1${replaced}`,
            fact: {
              kind: m.kind as Candidate['kind'],
              text: replaced,
              ...(slot ? { slot } : {}),
              value: r.replacement!,
              sourceTurnIds: r.sourceTurnIds,
              occurredAt: r.occurredAt,
              importance: m.importance,
              correction: r.disproven,
              ...(r.said ? { said: r.said } : {}),
              origin: 'dream-rules',
            },
          });
        }
      }
      events.splice(i + 1, 0, ...replacements);
      const about = r.about ? new Set(terms(r.about)) : want;
      noteCorrection(r.disproven ? 'corrected' : 'changed', r.occurredAt, r.said, retired, about.size > 0 ? about : want, r.sourceTurnIds);
      continue;
    }
    const c = ev.fact!;
    // An LLM restatement or update of a memory that is gone by now (retired earlier in this run), or pinned: nothing.
    if (c.reinforces && rows.get(c.reinforces)?.status !== 'active') continue;
    const target = c.supersedes ? rows.get(c.supersedes) : undefined;
    if (target?.pinned) continue;
    const hash = hashNormalised(c.text);
    if (blocked(hash, c.text)) {
      stats.blockedByTombstone++;
      continue;
    }
    const ts = new Set(terms(c.text));
    const same = [...rows.values()]
      .filter((m) => FACT_KINDS.has(m.kind) && (m.status === 'active' || m.status === 'archived'))
      .filter((m) => m.hash === hash || (m.kind === c.kind && m.status === 'active' && (!c.slot || !slots.get(m.id) || slots.get(m.id) === c.slot) && jaccard(termsOf(m), ts) >= cfg.factDuplicateThreshold))
      .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || byId(a, b));
    const m = same[0];
    if (m) {
      const sources = [...new Set([...m.sourceTurnIds, ...c.sourceTurnIds])].sort();
      // Said again: as fresh as the day it was said again.
      const restated = Math.max(m.lastUsedAt ?? 0, c.occurredAt);
      if (m.status === 'archived') {
        const after: MemoryRow = { ...m, status: 'active', strength: 1, sourceTurnIds: sources, lastUsedAt: restated, updatedAt: at };
        diary.add('learn', `Remembered again: ${m.text}`, [clone(m)], [after], c.sourceTurnIds);
        put(after);
        stats.learned++;
      } else if (sources.length !== m.sourceTurnIds.length) {
        put({ ...m, sourceTurnIds: sources, importance: round2(Math.min(1, m.importance + 0.05)), strength: 1, lastUsedAt: restated, updatedAt: at });
        stats.reinforced++;
      }
      continue;
    }
    let id = memoryIdFor(c.kind, hash);
    if (rows.has(id)) id = `${id}:${c.occurredAt.toString(36)}`;
    if (rows.has(id)) continue; // the very same statement at the same time: already handled
    const holder = target && target.status === 'active' && FACT_KINDS.has(target.kind) && target.hash !== hash
      ? target
      : c.slot
      ? activeFacts()
          .filter((m) => slots.get(m.id) === c.slot && m.hash !== hash)
          .sort((a, b) => (b.validFrom ?? b.occurredAt) - (a.validFrom ?? a.occurredAt) || byId(a, b))[0]
      : undefined;
    const fresh = dreamMemory(
      {
        id,
        kind: c.kind,
        text: c.text,
        hash,
        sourceTurnIds: [...c.sourceTurnIds].sort(),
        occurredAt: c.occurredAt,
        importance: round2(c.importance),
        origin: c.origin,
        ...(c.slot ? { validFrom: c.occurredAt } : {}),
      },
      at,
    );
    if (c.slot) slots.set(id, c.slot);
    if (holder) {
      const since = holder.validFrom ?? holder.occurredAt;
      if (c.occurredAt >= since) {
        const before = clone(holder);
        const old: MemoryRow = {
          ...holder,
          status: c.correction ? 'deleted' : 'superseded',
          validTo: c.occurredAt,
          supersededBy: id,
          updatedAt: at,
        };
        put(old);
        put(fresh);
        if (c.correction) {
          tombstone(holder, 'disproven');
          stats.disproven++;
        } else stats.superseded++;
        newLinks.push(link('supersedes', id, holder.id, 1, at));
        diary.add(
          'supersede',
          c.correction ? `Corrected: "${holder.text}" → "${c.text}"` : `Changed: "${holder.text}" → "${c.text}" (from ${day(c.occurredAt)})`,
          [before],
          [old, fresh],
          c.sourceTurnIds,
        );
        // The old value: what the retired fact says that the new one does not ("Porto").
        const newTerms = new Set(terms(c.text));
        const oldTerms = new Set([...termsOf(holder)].filter((t) => !newTerms.has(t)));
        noteCorrection(c.correction ? 'corrected' : 'changed', c.occurredAt, c.said, [holder], oldTerms, c.sourceTurnIds);
      } else {
        // An older statement seen late: it goes into history, already superseded by the current value.
        const past: MemoryRow = { ...fresh, status: 'superseded', validTo: since, supersededBy: holder.id };
        put(past);
        newLinks.push(link('supersedes', holder.id, id, 1, at));
        diary.add('learn', `Past: ${c.text} (until ${day(since)})`, [], [past], c.sourceTurnIds);
      }
      stats.learned++;
      continue;
    }
    put(fresh);
    diary.add('learn', `Learned: ${c.text}`, [], [fresh], c.sourceTurnIds);
    stats.learned++;
  }

  // 2. Episode summaries (LLM): one 'episode' memory per episode.
  for (const s of plan.summaries) {
    const id = `episode:${hashText(s.episodeId)}`;
    const hash = hashNormalised(s.text);
    if (rows.has(id) || blocked(hash, s.text)) continue;
    const row = dreamMemory(
      { id, kind: 'episode', text: s.text, hash, sourceTurnIds: s.sourceTurnIds, occurredAt: s.occurredAt, importance: 0.5, origin: 'dream-llm', conversationKey: s.conversationKey },
      at,
    );
    put(row);
    diary.add('learn', `Summarised an episode (${s.sourceTurnIds.length} turns).`, [], [row], s.sourceTurnIds);
    stats.summaries++;
  }

  // 3. Passage importance (no diary: a ranking signal, not a change of meaning).
  const importanceByTurn = plan.passageImportance;
  for (const m of rows.values()) {
    if (m.kind !== 'passage' || m.pinned || m.edited || m.origin === 'user' || m.sourceTurnIds.length !== 1) continue;
    const imp = importanceByTurn.get(m.sourceTurnIds[0]!);
    if (imp !== undefined && imp !== m.importance) put({ ...m, importance: imp });
  }

  // 4. Canned replies are set aside, not merged (canned.ts).
  const canned = [...cannedReplyIds(rows.values())].map((id) => rows.get(id)!).filter((m) => m.status === 'active' && !m.pinned).sort(byId);
  if (canned.length > 0) {
    const after = canned.map((m) => ({ ...m, status: 'archived' as const, updatedAt: at }));
    for (const a of after) put(a);
    diary.add('archive', `Set aside ${canned.length} canned repl${canned.length === 1 ? 'y' : 'ies'} (the same answer in several conversations): ${truncate(canned[0]!.text, 60)}`, canned, after);
    stats.canned = canned.length;
  }

  // 5. Duplicates among stored memories: same kind and normalised hash, or near-duplicate text.
  mergeDuplicates([...rows.values()], ctx.nearDuplicates, cfg, slots, (keeper, dups, sims) => {
    const before = [keeper, ...dups].map(clone);
    const sources = [...new Set([...keeper.sourceTurnIds, ...dups.flatMap((d) => d.sourceTurnIds)])].sort().slice(0, 500);
    const kept: MemoryRow = {
      ...keeper,
      sourceTurnIds: sources,
      importance: Math.max(keeper.importance, ...dups.map((d) => d.importance)),
      useCount: keeper.useCount + dups.reduce((s, d) => s + d.useCount, 0),
      ...(Math.max(keeper.lastUsedAt ?? 0, ...dups.map((d) => d.lastUsedAt ?? 0)) > 0
        ? { lastUsedAt: Math.max(keeper.lastUsedAt ?? 0, ...dups.map((d) => d.lastUsedAt ?? 0)) }
        : {}),
      updatedAt: at,
    };
    const gone = dups.map((d) => ({ ...d, status: 'superseded' as const, supersededBy: keeper.id, updatedAt: at }));
    put(kept);
    for (const g of gone) put(g);
    dups.forEach((d, i) => newLinks.push(link('merged-into', d.id, keeper.id, round2(sims[i] ?? 1), at)));
    diary.add('merge', `Merged ${dups.length} duplicate${dups.length === 1 ? '' : 's'} into: ${truncate(keeper.text, 80)}`, before, [kept, ...gone]);
    stats.merged += dups.length;
  });

  await db.memories.bulkPut([...changed].sort().map((id) => rows.get(id)!));
  if (notes.length > 0) {
    const kept = [...(await readCorrections(db)), ...notes].slice(-MAX_CORRECTIONS);
    await db.meta.put({ key: CORRECTIONS_KEY, value: kept, updatedAt: at });
  }
  await db.links.bulkPut(newLinks);
  await db.tombstones.bulkPut(newTombs);
  await db.meta.put({ key: SLOTS_KEY, value: Object.fromEntries(slots), updatedAt: at });
  return stats;
}

function mergeDuplicates(
  memories: MemoryRow[],
  near: SimilarityEdge[],
  cfg: DreamConfig,
  slots: ReadonlyMap<string, string>,
  merge: (keeper: MemoryRow, dups: MemoryRow[], sims: number[]) => void,
): void {
  const mergeable = (m: MemoryRow | undefined): m is MemoryRow =>
    !!m && m.status === 'active' && (m.kind === 'passage' || m.kind === 'episode' || FACT_KINDS.has(m.kind));
  const byId = new Map(memories.filter(mergeable).map((m) => [m.id, m]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const sim = new Map<string, number>();
  const union = (a: string, b: string, s: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    sim.set(a, Math.max(sim.get(a) ?? 0, s));
    sim.set(b, Math.max(sim.get(b) ?? 0, s));
  };
  const byHash = new Map<string, string[]>();
  for (const m of byId.values()) {
    const k = `${m.kind}\u0000${m.hash}`;
    const l = byHash.get(k);
    if (l) l.push(m.id);
    else byHash.set(k, [m.id]);
  }
  for (const ids of byHash.values()) for (let i = 1; i < ids.length; i++) union(ids[0]!, ids[i]!, 1);
  for (const e of near) {
    const a = byId.get(e.a);
    const b = byId.get(e.b);
    if (!a || !b || a.kind !== b.kind) continue;
    const threshold = a.kind === 'passage' ? cfg.passageDuplicateThreshold : cfg.factDuplicateThreshold;
    if (e.sim < threshold) continue;
    // Two values of one slot are a change, not a duplicate; supersession handles them.
    if (slots.get(a.id) && slots.get(b.id) && a.hash !== b.hash) continue;
    union(a.id, b.id, e.sim);
  }
  const groups = new Map<string, MemoryRow[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const g = groups.get(root);
    const m = byId.get(id)!;
    if (g) g.push(m);
    else groups.set(root, [m]);
  }
  for (const root of [...groups.keys()].sort()) {
    const g = groups.get(root)!;
    if (g.length < 2) continue;
    g.sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.occurredAt - b.occurredAt || byIdCmp(a, b));
    const [keeper, ...rest] = g;
    if (!keeper) continue;
    const dups = rest.filter((d) => !d.pinned);
    if (dups.length === 0) continue;
    merge(keeper, dups, dups.map((d) => sim.get(d.id) ?? 1));
  }
}

/** A fact's text with one value put in place of another ("User lives in Porto." → "… Lisbon."); null when absent. */
function replaceValue(text: string, from: string, to: string): string | null {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\b${escaped}\\b`, 'i');
  return re.test(text) ? text.replace(re, to) : null;
}

function byIdCmp(a: MemoryRow, b: MemoryRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
const byId = byIdCmp;

function link(kind: LinkRow['kind'], from: string, to: string, weight: number, at: number): LinkRow {
  return { id: `${kind}:${from}->${to}`, from, to, kind, weight, createdAt: at };
}

function day(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
