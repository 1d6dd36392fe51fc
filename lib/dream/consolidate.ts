import type { ReverieDb, TurnRow } from '../db/schema';
import { terms } from '../engine/text';
import { turnId } from '../engine/ingest';
import type { DreamLlm } from '../llm/types';
import { stripPreamble } from '../preamble/delimiters';
import type { DreamConfig } from './config';
import type { Episode } from './episodes';
import { extractFromTurn, type FactCandidate, type Retraction } from './extract';
import { planTopicForgets } from './forget-by-topic';
import { planForgets, withoutForgetRequest, type PlannedForget } from './forget-requests';
import { emptyLlmPassStats, planLlmPass, type LlmPassStats } from './llm-pass';
import type { NamedTopic } from './named-topics';
import type { PlannedUpdate } from './later-updates';

/**
 * Consolidation: learn durable facts (rules always, the LLM when given), merge duplicates, supersede changed facts
 * (keeping dated history), honour tombstones, apply explicit corrections, and set importance. Planning (this file:
 * rules, LLM calls) happens outside the transaction; applying (apply-consolidation.ts) happens inside one, so a kill
 * leaves nothing half-done.
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
  /** Changes the user said that no rule read, for notes on the older passages they bear on (later-updates.ts). */
  updates: PlannedUpdate[];
  summaries: EpisodeSummary[];
  /** The user's current topics the LLM named (for the domains phase). */
  topics: NamedTopic[];
  /** Passage importance from what its turn held (facts, length, role), by turn id. */
  passageImportance: Map<string, number>;
  /** What the user asked in a chat to be forgotten (forget-requests.ts). */
  forgets: PlannedForget[];
  llm: LlmPassStats;
}

/** For each user turn, the assistant's turn right before it in its chat (what the user may be answering). */
async function assistantTurnsBefore(db: ReverieDb, turns: TurnRow[]): Promise<Map<string, string>> {
  const before = new Map<string, string>();
  for (const t of turns) if (t.role === 'user' && t.ordinal > 0) before.set(t.id, turnId(t.conversationKey, t.ordinal - 1));
  const known = new Map(turns.map((t) => [t.id, t] as const));
  const missing = [...new Set(before.values())].filter((id) => !known.has(id));
  for (const t of missing.length ? await db.turns.bulkGet(missing) : []) if (t) known.set(t.id, t);
  const out = new Map<string, string>();
  for (const [user, prev] of before) {
    const p = known.get(prev);
    if (p?.role === 'assistant') out.set(user, p.text);
  }
  return out;
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
  // Nor is one the user asked in the chat to be forgotten, or asked later to forget by the matter it was about.
  const forgets = [...(await planForgets(db, turns)), ...(await planTopicForgets(db, turns))];
  const forgotten = new Set(forgets.flatMap((f) => f.turnIds.filter((id) => !f.keptWords?.includes(id))));
  for (const id of forgotten) deletedTurns.add(id);
  const candidates: Candidate[] = [];
  const retractions: PlannedRetraction[] = [];
  const updates: PlannedUpdate[] = [];
  const factTurns = new Set<string>();
  const repliedTo = await assistantTurnsBefore(db, turns);
  for (const t of turns) {
    if (t.role !== 'user' || deletedTurns.has(t.id)) continue;
    const replyTo = repliedTo.get(t.id);
    const said = stripPreamble(t.text);
    // A message that asks to forget what came before and goes on: learned from without the request.
    const request = forgets.find((f) => f.requestTurnId === t.id)?.request;
    const text = request ? withoutForgetRequest(said, request) : said;
    const out = extractFromTurn({ id: t.id, text, at: t.capturedAt, ...(replyTo ? { replyTo } : {}) });
    for (const f of out.facts) candidates.push({ ...f, origin: 'dream-rules' });
    retractions.push(...out.retractions);
    updates.push(...out.updates);
    if (out.facts.length + out.retractions.length > 0) factTurns.add(t.id);
  }

  const summaries: EpisodeSummary[] = [];
  const topics: NamedTopic[] = [];
  let llmStats: LlmPassStats = emptyLlmPassStats();
  if (input.llm) {
    // The LLM pass (llm-pass.ts): windows that fit the model, the related memories shown, add/update/retract/noop.
    const fresh = new Set(input.newTurnIds);
    const pass = await planLlmPass(db, {
      llm: input.llm,
      episodes: input.episodes.filter((e) => e.turnIds.some((id) => fresh.has(id))),
      slots: await readSlots(db),
      deletedByUser: async (ids) => {
        const deleted = await turnsDeletedByUser(db, ids);
        for (const id of forgotten) deleted.add(id);
        return deleted;
      },
      maxLlmTokens: input.maxLlmTokens,
      signal: input.signal,
      cfg: input.cfg,
    });
    candidates.push(...pass.candidates);
    retractions.push(...pass.retractions);
    summaries.push(...pass.summaries);
    topics.push(...pass.topics);
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
  return { candidates, retractions, updates, summaries, topics, passageImportance, forgets, llm: llmStats };
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
  /** Memories the user asked in a chat to forget (forget-requests.ts). */
  forgotten?: number;
}
