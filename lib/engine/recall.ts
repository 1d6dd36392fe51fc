import type { MemoryRow, ReverieDb } from '../db/schema';
import { queryAddressee, spokenBy, type Addressee } from './addressee';
import { parseTurnId } from './ingest';
import type { LexicalHit, LexicalIndex, LexicalSearchOptions } from './lexical';
import { processTerm } from './lexical';
import { parseTemporalQuery, type TimeWindow } from './temporal';
import { indexWords, jaccard, stripQuestionWords, terms } from './text';
import type { RecallHit, RecallOptions } from './types';

/**
 * Hybrid recall: lexical (BM25) and vector ranks fused by reciprocal rank fusion, nudged by recency, importance,
 * strength and pinning, narrowed by temporal phrases, then made diverse (no near-copies, one hit per source turn).
 */

export interface RecallTuning {
  /** Reciprocal-rank-fusion constant. */
  rrfK: number;
  /** Weight of each ranked list in the fusion (0 drops that ranker: lexical-only or dense-only recall). */
  fusionWeights: { lexical: number; vector: number };
  /** Candidates taken from each ranker. */
  depth: number;
  /** Pseudo-relevance feedback: expand the query with terms common to the top lexical hits. */
  prf: { docs: number; terms: number; weight: number } | null;
  /** Conversation-level evidence: a hit's score grows with how well its whole conversation matches. */
  conversationWeight: number;
  /** Score multiplier for the n-th hit from an already-represented conversation: factor^n (1 = off). */
  sameConversationDecay: number;
  recencyWeight: number;
  recencyHalfLifeDays: number;
  /** Multiplier for memories inside a query's time window. */
  temporalBoost: number;
  /** Term-set Jaccard at or above which a hit counts as a near-copy of a better one. */
  nearDuplicate: number;
  /**
   * How the lexical list enters the fusion: 'rank' (reciprocal rank, like the vector list) or 'score' (BM25 score
   * relative to the best hit, scaled to the same range: keeps how far ahead the top hits are).
   */
  lexicalFusion: 'rank' | 'score';
  /** Weight of the neighbouring-turn context field relative to the memory's own text. */
  contextBoost: number;
  /** Weight of the speaker field relative to the memory's own text. */
  speakerBoost: number;
  /** BM25 parameters of the lexical ranker (d: BM25+'s per-term lower bound). */
  bm25: { k: number; b: number; d?: number };
  /** The lexical ranker multiplies a hit's score by its number of distinct matched query terms (lexical.ts). */
  coordination: boolean;
  /** Drop question framing ("what kind of", "how likely") from the lexical query. */
  stripQuestionWords: boolean;
  /** Score multiplier 1 + w × share of the query's adjacent term pairs that a memory also has close together. */
  proximityBoost: number;
  /**
   * Same-conversation decay for queries that ask for several things ("What books has she read?", "both", "how
   * many"): their answers are usually spread over several conversations (1 = off).
   */
  listDecay: number;
  /**
   * A matching turn that asks a question lends this share of its score to the memory of the next turn (the reply,
   * which holds the answer but often not the question's words); 0 = off.
   */
  answerNeighbour: number;
  /**
   * Score multiplier 1 + w for memories in the words of the party the query is about: the user for a query in the first
   * person, the assistant for "you said / you recommended…" (addressee.ts); 0 = off.
   */
  addresseeBoost: number;
}

/**
 * Chosen on LoCoMo and the LongMemEval-S dev split together, lexical-only and hybrid with real MiniLM weights
 * (README, "Recall: how the defaults were chosen"): a heuristic stays only where it helps both or is neutral on one.
 */
export const DEFAULT_TUNING: RecallTuning = {
  rrfK: 30,
  // The dense ranker at half weight: MiniLM alone ranks below BM25 on both files; at half weight it adds what the
  // words miss on both, at full weight it pulls good lexical hits down.
  fusionWeights: { lexical: 1, vector: 0.5 },
  depth: 200,
  prf: null,
  // On at 0.5 since the addressee boost (below): alone it lifted LoCoMo's dialogues but cost the user/assistant chats of
  // LongMemEval, where the assistant's long replies made whole conversations look relevant; with the user's own turns
  // ranked first for a first-person query it helps both (README).
  conversationWeight: 0.5,
  sameConversationDecay: 1,
  recencyWeight: 0.02,
  recencyHalfLifeDays: 30,
  temporalBoost: 3,
  nearDuplicate: 0.8,
  lexicalFusion: 'rank',
  contextBoost: 0.4,
  speakerBoost: 3,
  bm25: { k: 1.2, b: 0.75, d: 0 },
  coordination: false,
  stripQuestionWords: false,
  proximityBoost: 0,
  listDecay: 1,
  // Off: it lifts LoCoMo's short replies but still costs LongMemEval a question, even lending only to short replies.
  answerNeighbour: 0,
  // The query's "I" is the user and its "you said" the assistant (addressee.ts): both files rose, LongMemEval by 0.09.
  addresseeBoost: 1,
};

export interface RecallContext {
  db: ReverieDb;
  lexical: LexicalIndex;
  now: number;
  tuning: RecallTuning;
  /** Vector ranking of the query, or null when no embedder is available. */
  vectorSearch: ((query: string, k: number) => Promise<{ memoryId: string; score: number }[]>) | null;
  /** The embedder's cosine below which a vector-only hit is unrelated (for `relevantOnly`). */
  vectorFloor?: number;
}

const SEARCHABLE = new Set<MemoryRow['status']>(['active', 'archived']);
const DAY = 86_400_000;

export async function recall(ctx: RecallContext, query: string, opts: RecallOptions = {}): Promise<RecallHit[]> {
  const k = opts.k ?? 10;
  const now = opts.now ?? ctx.now;
  const t = ctx.tuning;
  const parsed = parseTemporalQuery(query, now);
  // A time phrase and nothing else ("yesterday", "what did we talk about last week?"): no words to rank by, so list
  // what happened in the period.
  if (parsed.window && parsed.timeOnly) return recallPeriod(ctx, parsed.window.period, k, now, opts);
  const asked = parsed.text || query;
  const text = t.stripQuestionWords ? stripQuestionWords(asked) : asked;

  // 1. Lexical ranking (optionally expanded with pseudo-relevance feedback).
  const lexical = await lexicalRanking(ctx, text, parsed.window);

  // 2. Vector ranking.
  const vector = ctx.vectorSearch ? await ctx.vectorSearch(text, t.depth) : [];
  const similarity = new Map(vector.map((h) => [h.memoryId, h.score]));

  // 3. Reciprocal rank fusion, then conversation-level evidence.
  const fused = fuse(lexical, vector, t);
  addConversationEvidence(ctx, lexical, fused);

  // 4. Read the candidates, keep the searchable ones, apply boosts.
  const candidates = await boostedCandidates(ctx, fused, similarity, { text, asked, window: parsed.window }, k, now, opts);

  // 5. Diversity: one hit per source turn set, no near-copies, optional spread across conversations.
  const decay = t.listDecay !== 1 && asksForSeveral(asked) ? t.listDecay : t.sameConversationDecay;
  const hits = diversify(candidates, k, { ...t, sameConversationDecay: decay });

  if (opts.reinforce && hits.length) await reinforce(ctx.db, hits, now);
  return hits;
}

/** Fusion score and the rankers that found it, per memory id. */
type Fused = Map<string, { score: number; via: Set<RecallHit['via'][number]> }>;

/** What the candidates are scored against: the ranked text, the query as asked (less its time phrase), its window. */
interface AskedQuery {
  text: string;
  asked: string;
  window: TimeWindow | null;
}

/** BM25 ranking of the query text, expanded by pseudo-relevance feedback when tuned so. */
async function lexicalRanking(ctx: RecallContext, text: string, window: TimeWindow | null): Promise<LexicalHit[]> {
  const t = ctx.tuning;
  // A time window boosts inside the lexical search, so in-window memories that match weakly still reach the depth cut.
  const boostDocument = window
    ? (_id: string, stored: { at?: number }) => (stored.at !== undefined && stored.at >= window.start && stored.at < window.end ? t.temporalBoost : 1)
    : undefined;
  const ranking = { contextBoost: t.contextBoost, speakerBoost: t.speakerBoost, bm25: t.bm25, coordination: t.coordination };
  const lexical = ctx.lexical.search(text, { limit: t.depth, ...ranking, boostDocument });
  if (t.prf && lexical.length > 0) return expandedSearch(ctx, text, lexical, t.prf, ranking);
  return lexical;
}

/** Reciprocal rank fusion of the lexical and vector lists (the lexical one by relative score when tuned so). */
function fuse(lexical: LexicalHit[], vector: { memoryId: string; score: number }[], t: RecallTuning): Fused {
  const fused: Fused = new Map();
  const add = (id: string, rank: number, via: 'lexical' | 'vector', relative?: number) => {
    const weight = t.fusionWeights[via];
    if (weight <= 0) return;
    const entry = fused.get(id) ?? { score: 0, via: new Set() };
    entry.score += weight * (relative === undefined ? 1 / (t.rrfK + rank + 1) : relative / (t.rrfK + 1));
    entry.via.add(via);
    fused.set(id, entry);
  };
  const topLexical = lexical[0]?.score ?? 0;
  lexical.forEach((h, i) => add(h.id, i, 'lexical', t.lexicalFusion === 'score' && topLexical > 0 ? h.score / topLexical : undefined));
  vector.forEach((h, i) => add(h.memoryId, i, 'vector'));
  return fused;
}

/**
 * Conversation-level evidence from the lexical scores: sum of each conversation's best hits, relative to the best
 * conversation, applied to every candidate of that conversation, whichever ranker found it.
 */
function addConversationEvidence(ctx: RecallContext, lexical: LexicalHit[], fused: Fused): void {
  const t = ctx.tuning;
  if (t.conversationWeight <= 0 || !lexical.length) return;
  const convScore = new Map<string, number>();
  const perConv = new Map<string, number[]>();
  for (const h of lexical) if (h.conv) (perConv.get(h.conv) ?? perConv.set(h.conv, []).get(h.conv)!).push(h.score);
  let best = 0;
  for (const [conv, scores] of perConv) {
    const s = scores.slice(0, 3).reduce((a, b) => a + b, 0);
    convScore.set(conv, s);
    best = Math.max(best, s);
  }
  for (const [id, entry] of fused) {
    // The lexical index stores every memory's conversation, so hits found by the vector ranker alone are boosted too.
    const conv = ctx.lexical.stored(id)?.conv;
    if (conv && best > 0) entry.score *= 1 + t.conversationWeight * ((convScore.get(conv) ?? 0) / best);
  }
}

/**
 * The best fused ids read from the database, the searchable ones kept, their scores boosted (recency, importance,
 * pinning, time window, term proximity, addressee), replies lent to when tuned so; best first.
 */
async function boostedCandidates(
  ctx: RecallContext,
  fused: Fused,
  similarity: Map<string, number>,
  query: AskedQuery,
  k: number,
  now: number,
  opts: RecallOptions,
): Promise<RecallHit[]> {
  const t = ctx.tuning;
  const ordered = [...fused.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, Math.max(k * 6, 60));
  const rows = await ctx.db.memories.bulkGet(ordered.map(([id]) => id));
  const kinds = opts.kinds ? new Set(opts.kinds) : null;
  const candidates: RecallHit[] = [];
  const queryPairs = t.proximityBoost > 0 ? termPairs(terms(query.text)) : new Set<string>();
  const addressee = t.addresseeBoost > 0 ? queryAddressee(query.asked) : null;
  const speakerFactor = (m: MemoryRow) => (addressee && spokenBy(m, addressee) ? 1 + t.addresseeBoost : 1);
  for (let i = 0; i < ordered.length; i++) {
    const m = rows[i];
    if (!m || !isRecallable(m, opts.includeArchived ?? false) || (kinds && !kinds.has(m.kind)) || (opts.accept && !opts.accept(m))) continue;
    const [, entry] = ordered[i]!;
    const via = entry.via;
    const sim = similarity.get(m.id);
    // Found by meaning alone and not close enough to mean anything: unrelated (when the caller wants only the related).
    if (opts.relevantOnly && ctx.vectorFloor !== undefined && !via.has('lexical') && (sim ?? -Infinity) < ctx.vectorFloor) continue;
    let score = entry.score * boostFactor(m, now, t, via);
    if (query.window) score *= inWindow(m, query.window) ? t.temporalBoost : 1;
    if (queryPairs.size) score *= 1 + t.proximityBoost * sharedPairs(queryPairs, terms(m.text));
    score *= speakerFactor(m);
    candidates.push({ memory: m, score, via: [...via], ...(sim !== undefined ? { similarity: sim } : {}) });
  }
  if (t.answerNeighbour > 0) await addReplies(ctx.db, candidates, t.answerNeighbour, opts, speakerFactor, addressee);
  candidates.sort((a, b) => b.score - a.score);
  return candidates;
}

/**
 * The memories of a period, newest first, for a query that names only a time. Read through the `occurredAt` index
 * (the time the lexical index stores as `at`), with ranked recall's filters: status (archived only when asked;
 * superseded and deleted never), kinds, and diversity (one hit per source turn, no near-copies), so the listing holds
 * what a ranked search could have returned. Each hit's score falls with its place in the list.
 */
async function recallPeriod(
  ctx: RecallContext,
  period: { start: number; end: number },
  k: number,
  now: number,
  opts: RecallOptions,
): Promise<RecallHit[]> {
  if (k <= 0 || period.end <= period.start) return [];
  const includeArchived = opts.includeArchived ?? false;
  // Unless asked for by kind, no summaries of everything (profile, domains, style): their time is when a dream wrote them.
  const kinds = new Set<MemoryRow['kind']>(opts.kinds ?? ['passage', 'fact', 'preference', 'instruction', 'episode', 'pattern']);
  const rows = await ctx.db.memories
    .where('occurredAt')
    .between(period.start, period.end, true, false)
    .reverse()
    .filter((m) => isRecallable(m, includeArchived) && kinds.has(m.kind) && (!opts.accept || opts.accept(m)))
    .limit(Math.max(k * 6, 60))
    .toArray();
  const candidates: RecallHit[] = chatsFirst(rows).map((m, i) => ({ memory: m, score: 1 / (ctx.tuning.rrfK + i + 1), via: ['recency'] }));
  // No same-conversation decay: the order is set above.
  const hits = diversify(candidates, k, { ...ctx.tuning, sameConversationDecay: 1 });
  if (opts.reinforce && hits.length) await reinforce(ctx.db, hits, now);
  return hits;
}

/**
 * "What did I do last week": every chat of the period once before any chat twice, so that five hits name five chats, not
 * one long chat's five turns. Chats come newest first, each by what the user opened it with (their first words in the
 * period, which say what it was about); then everything else, newest first. Rows come newest first.
 */
function chatsFirst(rows: MemoryRow[]): MemoryRow[] {
  const opening = new Map<string, MemoryRow>();
  for (const m of rows) {
    const chat = m.conversationKey ?? m.id;
    const seen = opening.get(chat);
    // Rows run newest first, so a later user row is an earlier turn; a user's turn says more than a reply or a fact.
    if (!seen || (m.role === 'user' && (seen.role !== 'user' || m.occurredAt <= seen.occurredAt))) opening.set(chat, m);
  }
  const first = new Set(opening.values());
  return [...first, ...rows.filter((m) => !first.has(m))];
}

/** How many of the best candidates may lend their score to a reply (measured: 10 and 80 rank the same). */
const ASKED_TURNS = 30;

/**
 * Replies to the best-matching question turns join the candidates (or rise) at a share of the question's score. What is
 * lent is how well the question matched, not who asked it: the asker's speaker factor comes off and the reply's own
 * goes on (a user's question matching a first-person query does not make the assistant's reply the user's words).
 */
async function addReplies(
  db: ReverieDb,
  candidates: RecallHit[],
  share: number,
  opts: RecallOptions,
  speakerFactor: (m: MemoryRow) => number,
  addressee: Addressee,
): Promise<void> {
  candidates.sort((a, b) => b.score - a.score);
  const byId = new Map(candidates.map((c) => [c.memory.id, c]));
  const replyTo = new Map<string, RecallHit>();
  for (const c of candidates.slice(0, ASKED_TURNS)) {
    const turns = c.memory.sourceTurnIds;
    if (turns.length !== 1 || !c.memory.text.includes('?')) continue;
    // Turn ids are `${conversationKey}#${ordinal}` (lib/db/schema.ts): the reply is the next ordinal.
    const turn = parseTurnId(turns[0]!);
    if (!turn) continue;
    const next = `${turn.conversationKey}#${turn.ordinal + 1}`;
    if (!replyTo.has(next)) replyTo.set(next, c);
  }
  if (!replyTo.size) return;
  const kinds = opts.kinds ? new Set(opts.kinds) : null;
  const replies = await db.memories.where('sourceTurnIds').anyOf([...replyTo.keys()]).toArray();
  for (const r of replies) {
    if (r.sourceTurnIds.length !== 1 || !isRecallable(r, opts.includeArchived ?? false) || (kinds && !kinds.has(r.kind)) || (opts.accept && !opts.accept(r))) continue;
    const asker = replyTo.get(r.sourceTurnIds[0]!);
    // A query about one party ("what did I say about…") is answered in that party's words: a reply by the other
    // (the assistant answering the user's question) holds no answer about them, however well the question matched.
    if (!asker || (addressee && !spokenBy(r, addressee))) continue;
    const lent = (asker.score / speakerFactor(asker.memory)) * share * speakerFactor(r);
    const existing = byId.get(r.id);
    if (existing) existing.score = Math.max(existing.score, lent);
    else {
      const hit: RecallHit = { memory: r, score: lent, via: [...asker.via] };
      candidates.push(hit);
      byId.set(r.id, hit);
    }
  }
}

/** Whether a question asks for a list or a count: a plural after what/which, "how many", "both", "some". */
export function asksForSeveral(query: string): boolean {
  const q = query.toLowerCase();
  if (/\b(how many|how often|both|some|all the|ways|things)\b/.test(q)) return true;
  if (/\bwhat (are|were|have)\b/.test(q)) return true;
  const m = /\b(?:what|which)\s+(?:kinds? of |types? of |sorts? of )?(\p{L}+)/u.exec(q);
  return !!m && /[^s]s$/.test(m[1]!) && !/(ss|us|is)$/.test(m[1]!);
}

/** Unordered pairs of terms at most two positions apart ("video games", "games … video"). */
function termPairs(seq: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < seq.length; i++)
    for (let j = i + 1; j <= i + 2 && j < seq.length; j++)
      if (seq[i] !== seq[j]) pairs.add(seq[i]! < seq[j]! ? `${seq[i]} ${seq[j]}` : `${seq[j]} ${seq[i]}`);
  return pairs;
}

/** Share of the query's term pairs found close together in a memory's terms. */
function sharedPairs(queryPairs: Set<string>, docTerms: string[]): number {
  const docPairs = termPairs(docTerms);
  let n = 0;
  for (const p of queryPairs) if (docPairs.has(p)) n++;
  return n / queryPairs.size;
}

function isRecallable(m: MemoryRow, includeArchived: boolean): boolean {
  if (!SEARCHABLE.has(m.status)) return false;
  return m.status === 'active' || includeArchived;
}

function boostFactor(m: MemoryRow, now: number, t: RecallTuning, via: Set<RecallHit['via'][number]>): number {
  const ageDays = Math.max(0, now - m.occurredAt) / DAY;
  const recency = Math.pow(0.5, ageDays / t.recencyHalfLifeDays);
  let f = 1 + t.recencyWeight * recency;
  if (recency > 0.5 && t.recencyWeight > 0) via.add('recency');
  // Small next to the rank gaps at the top (1/31 vs 1/32 ≈ 3%): they break near-ties, they do not override relevance.
  f *= 1 + 0.05 * (m.importance - 0.5) + 0.02 * (m.strength - 1);
  if (m.pinned) {
    f *= 1.25;
    via.add('pinned');
  }
  return f;
}

function inWindow(m: MemoryRow, w: TimeWindow): boolean {
  const at = m.validFrom ?? m.occurredAt;
  return at >= w.start && at < w.end;
}

const STATEMENT_KINDS = new Set<MemoryRow['kind']>(['fact', 'preference', 'instruction']);

function diversify(candidates: RecallHit[], k: number, t: RecallTuning): RecallHit[] {
  const chosen: RecallHit[] = [];
  const chosenTerms: Set<string>[] = [];
  // Turn → the narrowest chosen hit citing it (its provenance size): a passage is redundant next to another memory of
  // its own turn, not next to an episode summary that merely cites its whole session.
  const coveredTurns = new Map<string, number>();
  const perConversation = new Map<string, number>();
  let pool = candidates.map((c) => ({ hit: c, terms: new Set(terms(c.memory.text)) }));
  while (chosen.length < k && pool.length) {
    // Re-score the pool against what is already chosen (same-conversation decay), take the best.
    let bestIndex = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const { hit } = pool[i]!;
      const n = hit.memory.conversationKey ? perConversation.get(hit.memory.conversationKey) ?? 0 : 0;
      const s = hit.score * Math.pow(t.sameConversationDecay, n);
      if (s > bestScore) {
        bestScore = s;
        bestIndex = i;
      }
    }
    const { hit, terms: termSet } = pool[bestIndex]!;
    pool = pool.filter((_, i) => i !== bestIndex);
    const turns = hit.memory.sourceTurnIds;
    // A fact drawn from a turn ("User is a senior accountant.") says what the turn's passage buries in a long message:
    // it is not redundant next to that passage, nor the passage next to it.
    const statement = STATEMENT_KINDS.has(hit.memory.kind);
    if (!statement && turns.length > 0 && turns.every((id) => (coveredTurns.get(id) ?? Infinity) <= turns.length)) continue;
    if (chosenTerms.some((c) => jaccard(c, termSet) >= t.nearDuplicate)) continue;
    chosen.push({ ...hit, score: bestScore });
    chosenTerms.push(termSet);
    if (!statement) turns.forEach((id) => coveredTurns.set(id, Math.min(coveredTurns.get(id) ?? Infinity, turns.length)));
    if (hit.memory.conversationKey)
      perConversation.set(hit.memory.conversationKey, (perConversation.get(hit.memory.conversationKey) ?? 0) + 1);
  }
  return chosen;
}

/** Pseudo-relevance feedback: terms shared by the top hits (and absent from the query) join it at a lower weight. */
async function expandedSearch(
  ctx: RecallContext,
  query: string,
  first: LexicalHit[],
  prf: NonNullable<RecallTuning['prf']>,
  ranking: LexicalSearchOptions,
): Promise<LexicalHit[]> {
  const top = await ctx.db.memories.bulkGet(first.slice(0, prf.docs).map((h) => h.id));
  const queryTerms = new Set(indexWords(query).map(processTerm).filter(Boolean) as string[]);
  const counts = new Map<string, { df: number; raw: string }>();
  for (const m of top) {
    if (!m) continue;
    const seen = new Set<string>();
    for (const raw of indexWords(m.text)) {
      const term = processTerm(raw);
      if (!term || queryTerms.has(term) || seen.has(term) || term.length < 3 || /^\d+$/.test(term)) continue;
      seen.add(term);
      const c = counts.get(term) ?? { df: 0, raw };
      c.df++;
      counts.set(term, c);
    }
  }
  const expansion = [...counts.entries()]
    .filter(([, c]) => c.df >= 2)
    .sort((a, b) => b[1].df - a[1].df)
    .slice(0, prf.terms);
  if (expansion.length === 0) return first;
  const weights = new Map<string, number>();
  for (const term of queryTerms) weights.set(term, 1);
  for (const [term] of expansion) weights.set(term, prf.weight);
  const expandedQuery = query + ' ' + expansion.map(([, c]) => c.raw).join(' ');
  return ctx.lexical.search(expandedQuery, { ...ranking, limit: first.length, termWeights: weights });
}

async function reinforce(db: ReverieDb, hits: RecallHit[], now: number): Promise<void> {
  await db.transaction('rw', db.memories, async () => {
    for (const h of hits) {
      const m = await db.memories.get(h.memory.id);
      if (!m) continue;
      const next = { useCount: m.useCount + 1, lastUsedAt: now, strength: Math.min(1, m.strength + 0.1) };
      await db.memories.update(m.id, next);
      Object.assign(h.memory, next);
    }
  });
}
