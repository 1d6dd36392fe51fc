import type { MemoryRow, ReverieDb, TurnRow } from '../db/schema';
import { terms } from '../engine/text';
import { estimateTokens, MESSAGE_OVERHEAD, SAFETY_TOKENS } from '../llm/tokens';
import type { DreamLlm, ExtractRequest, ExtractTurn } from '../llm/types';
import { stripPreamble } from '../preamble/delimiters';
import type { DreamConfig } from './config';
import type { Candidate, EpisodeSummary, PlannedRetraction } from './consolidate';
import type { Episode } from './episodes';
import { buildExtractRequest, buildInstructions, dataText, gateAnswer, type GatedAnswer, type GatedOp } from './gates-llm';
import { mergeTopic, type NamedTopic } from './named-topics';
import { FACT_KINDS } from './rows';

/**
 * The LLM pass of consolidation, the same for every engine. Per new episode:
 *  1. the turns (minus those the user deleted) are packed into windows that fit the engine's context: the
 *     instructions, the memories block and the answer's tokens are counted, a turn too long for any window is sent
 *     in parts, and the last turn of a window is repeated at the start of the next as context when it is short;
 *  2. each window is shown with the existing facts, preferences and instructions that relate to it (a lexical match,
 *     at most 8, under local ids m1…m8, never their real ids);
 *  3. the answer is gated (gates-llm.ts); a failed or rejected generation is tried once more; a request the model
 *     says is too long is split and sent again; a bad item is dropped, not the window;
 *  4. the topics the answer names (topics-llm.ts) are gathered, one per name, with the turns they come from, for the
 *     block's "Lately" (named-topics.ts);
 *  5. operations become consolidation input: add → a candidate; update(id) → a candidate that supersedes that memory
 *     (dated history, diary entry); retract(id) → a retraction of that memory; noop(id) → a restatement that
 *     reinforces it. Consolidation applies them on the same path as the rules' facts and corrections.
 */

export interface LlmPassStats {
  calls: number;
  rejected: number;
  dropped: number;
  failed: number;
  tokens: number;
  windows: number;
  retries: number;
  adds: number;
  updates: number;
  retracts: number;
  restated: number;
  /** Distinct topic names the model gave (named-topics.ts). */
  topics: number;
}

export interface LlmPassResult {
  candidates: Candidate[];
  retractions: PlannedRetraction[];
  summaries: EpisodeSummary[];
  /** The user's current topics the model named, one per name. */
  topics: NamedTopic[];
  /** Turns an accepted operation cites (their passages rank higher). */
  factTurns: Set<string>;
  stats: LlmPassStats;
}

export interface LlmPassInput {
  llm: DreamLlm;
  /** The episodes holding new turns. */
  episodes: Episode[];
  /** Memory id → slot ('user/location'…). */
  slots: ReadonlyMap<string, string>;
  /** Turns (of the given ones) whose passages the user deleted: never sent to the model. */
  deletedByUser: (turnIds: string[]) => Promise<Set<string>>;
  maxLlmTokens?: number;
  signal?: AbortSignal;
  cfg: DreamConfig;
}

/** Memories shown per request, at most. */
const MAX_SHOWN_MEMORIES = 8;
/** The memories block takes at most this many (estimated) tokens, and at most a quarter of the room. */
const MEMORY_BLOCK_TOKENS = 600;
/** An assistant turn is context, not the user's words: its head is enough. */
const ASSISTANT_MAX_CHARS = 1500;
/** A request needs at least this much room for turns, or the engine's context is too small to use. */
const MIN_TURN_ROOM = 128;
const PACKING_SLACK = 32;
/** Overflows in a row before the pass gives up on the engine (its limits are not what it says). */
const MAX_OVERFLOW_STREAK = 8;

const DEFAULT_IMPORTANCE = { fact: 0.6, preference: 0.55, instruction: 0.85 } as const;

interface Unit {
  turn: Omit<ExtractTurn, 'ref'>;
  cost: number;
}

type Outcome = { kind: 'ok'; answer: GatedAnswer; dropped: number } | { kind: 'rejected' | 'failed' | 'overflow' | 'budget' };

/** What one pass over the episodes shares: the engine and the request's sizes, the turns, the memories shown, the tally. */
interface Pass {
  llm: DreamLlm;
  input: LlmPassInput;
  result: LlmPassResult;
  bounds: { maxItems: number; maxItemChars: number; maxTokens: number };
  instructions: string;
  /** Estimated tokens a request has for the memories block, and for the turns. */
  memRoom: number;
  turnRoom: number;
  recall: (turns: Omit<ExtractTurn, 'ref'>[], room: number) => MemoryRow[];
  allTurns: Map<string, TurnRow>;
  /** Context overflows in a row. */
  overflowStreak: number;
}

export async function planLlmPass(db: ReverieDb, input: LlmPassInput): Promise<LlmPassResult> {
  const { llm, cfg } = input;
  const stats = emptyLlmPassStats();
  const result: LlmPassResult = { candidates: [], retractions: [], summaries: [], topics: [], factTurns: new Set(), stats };
  if (input.episodes.length === 0) return result;

  const bounds = { maxItems: cfg.llmMaxItems, maxItemChars: cfg.llmMaxItemChars, maxTokens: cfg.llmMaxTokens };
  const instructions = buildInstructions(bounds);
  const context = llm.contextTokens ?? Infinity;
  // Everything but the memories and the turns: instructions, the blocks' frame, the chat template, the answer.
  const frame = estimateTokens(instructions) + estimateTokens(buildExtractRequest('', '', [], bounds, [], '').data) + 2 * MESSAGE_OVERHEAD;
  const room = context - bounds.maxTokens - SAFETY_TOKENS - frame;
  const memRoom = Math.min(MEMORY_BLOCK_TOKENS, Math.floor(room / 4));
  // Estimates of parts do not add up exactly to the estimate of the whole: a little slack.
  const turnRoom = room - memRoom - PACKING_SLACK;
  if (turnRoom < MIN_TURN_ROOM) {
    stats.failed++;
    return result;
  }

  const recall = await memoryRecall(db);
  const allTurns = new Map(
    (await db.turns.bulkGet(input.episodes.flatMap((e) => e.turnIds))).filter((t): t is TurnRow => !!t).map((t) => [t.id, t]),
  );
  const deleted = await input.deletedByUser([...allTurns.keys()]);
  const pass: Pass = { llm, input, result, bounds, instructions, memRoom, turnRoom, recall, allTurns, overflowStreak: 0 };
  for (const ep of input.episodes) {
    const units = episodeUnits(ep, allTurns, deleted, turnRoom);
    if (units.length === 0) continue;
    const went = await passEpisode(pass, ep, units);
    stats.topics = result.topics.length;
    if (went === 'stop') return result;
  }
  return result;
}

export function emptyLlmPassStats(): LlmPassStats {
  return { calls: 0, rejected: 0, dropped: 0, failed: 0, tokens: 0, windows: 0, retries: 0, adds: 0, updates: 0, retracts: 0, restated: 0, topics: 0 };
}

/** An episode's turns as the model gets them (not those the user deleted), long ones cut to fit a request. */
function episodeUnits(ep: Episode, allTurns: Map<string, TurnRow>, deleted: Set<string>, turnRoom: number): Unit[] {
  const units: Unit[] = [];
  for (const id of ep.turnIds) {
    const t = allTurns.get(id);
    if (!t || deleted.has(id)) continue;
    let text = pastedOut(stripPreamble(t.text)).trim();
    if (!text) continue;
    if (t.role === 'assistant' && text.length > ASSISTANT_MAX_CHARS) text = `${text.slice(0, ASSISTANT_MAX_CHARS).trimEnd()} …`;
    units.push(...splitUnit({ id: t.id, role: t.role, text, at: t.capturedAt }, turnRoom));
  }
  return units;
}

/**
 * One episode, window by window. 'stop': the pass ends here (the token budget is spent, or the engine keeps saying
 * requests are too long).
 */
async function passEpisode(pass: Pass, ep: Episode, units: Unit[]): Promise<'next' | 'stop'> {
  const { input, result } = pass;
  const summaryParts: { text: string; ids: string[] }[] = [];
  let next = 0;
  let cap = Infinity; // after an overflow, the most units the next window may take
  let previous: Unit | undefined;
  let index = 0;
  while (next < units.length) {
    if (input.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const { fresh, used } = fillWindow(units, next, cap, pass.turnRoom);
    // Only the user's words make memories: a window of assistant turns alone is not worth a request.
    if (!fresh.some((u) => u.turn.role === 'user')) {
      next += fresh.length;
      previous = fresh[fresh.length - 1];
      continue;
    }
    // The previous window's last turn first, as context, when it is short.
    const lead = previous && !previous.turn.part && previous.cost <= pass.turnRoom / 4 && used + previous.cost <= pass.turnRoom ? [previous] : [];
    const { req, shown, tokens } = await fitRequest(pass, ep, index, units, next, lead, fresh);
    if (!fresh.some((u) => u.turn.role === 'user')) {
      // What was left to fit holds no user turn: the user's turns come in the next window.
      next += fresh.length;
      previous = fresh[fresh.length - 1];
      continue;
    }

    const outcome = await ask(pass.llm, req, tokens, input, result.stats);
    if (outcome.kind === 'budget') return 'stop';
    if (outcome.kind === 'overflow' && ++pass.overflowStreak > MAX_OVERFLOW_STREAK) return 'stop';
    if (outcome.kind !== 'overflow') pass.overflowStreak = 0;
    if (outcome.kind === 'overflow') {
      // The engine's own count disagrees with ours: split the window (or the turn) and send it again.
      if (fresh.length > 1) {
        cap = Math.max(1, Math.floor(fresh.length / 2));
        continue;
      }
      const halves = halve(fresh[0]!);
      if (halves) {
        units.splice(next, 1, ...halves);
        cap = 1;
        continue;
      }
    }
    result.stats.windows++;
    index++;
    next += fresh.length;
    previous = fresh[fresh.length - 1];
    cap = Infinity;
    if (outcome.kind !== 'ok') continue;
    result.stats.dropped += outcome.dropped;
    apply(outcome.answer.items, req, shown, ep, pass.allTurns, input.slots, result);
    for (const t of outcome.answer.topics ?? []) {
      const times = t.sourceTurnIds.map((id) => pass.allTurns.get(id)?.capturedAt ?? ep.start);
      mergeTopic(result.topics, { name: t.name, sourceTurnIds: t.sourceTurnIds, conversationKeys: [ep.conversationKey], firstAt: Math.min(...times), lastAt: Math.max(...times) });
    }
    if (outcome.answer.summary) summaryParts.push({ text: outcome.answer.summary.text, ids: outcome.answer.summary.sourceTurnIds });
  }
  if (summaryParts.length > 0) {
    result.summaries.push({
      episodeId: ep.id,
      text: summaryParts.map((s) => s.text).join(' ').slice(0, input.cfg.llmMaxItemChars * 4),
      sourceTurnIds: [...new Set(summaryParts.flatMap((s) => s.ids))].sort(),
      occurredAt: ep.start,
      conversationKey: ep.conversationKey,
    });
  }
  return 'next';
}

/** The units from `next` that fit the turns' room by estimate (at least one, at most `cap`). */
function fillWindow(units: Unit[], next: number, cap: number, turnRoom: number): { fresh: Unit[]; used: number } {
  const fresh: Unit[] = [];
  let used = 0;
  for (let i = next; i < units.length && fresh.length < cap; i++) {
    if (fresh.length > 0 && used + units[i]!.cost > turnRoom) break;
    fresh.push(units[i]!);
    used += units[i]!.cost;
  }
  return { fresh, used };
}

/**
 * The request for a window, measured (by the engine when it can count, else estimated) and made to fit: fewer turns,
 * then no lead, then the one turn in halves (`units` then holds the halves). Changes `lead` and `fresh` in place.
 */
async function fitRequest(
  pass: Pass,
  ep: Episode,
  index: number,
  units: Unit[],
  next: number,
  lead: Unit[],
  fresh: Unit[],
): Promise<{ req: ExtractRequest; shown: MemoryRow[]; tokens: number }> {
  const { llm, bounds } = pass;
  const context = llm.contextTokens ?? Infinity;
  for (;;) {
    const turns = [...lead, ...fresh].map((u) => u.turn);
    const shown = pass.recall(turns, pass.memRoom);
    const req = buildExtractRequest(index === 0 ? ep.id : `${ep.id}#w${index}`, ep.conversationKey, turns, bounds, shown.map(asShown), pass.instructions);
    const tokens = llm.countTokens ? await llm.countTokens(req) : estimateTokens(req.instructions) + estimateTokens(req.data) + 2 * MESSAGE_OVERHEAD;
    if (tokens + bounds.maxTokens + SAFETY_TOKENS <= context) return { req, shown, tokens };
    // Measured (or re-estimated) over: fewer turns, or the one turn in halves.
    if (fresh.length > 1) fresh.pop();
    else if (lead.length > 0) lead.pop();
    else {
      const halves = halve(fresh[0]!);
      if (!halves) return { req, shown, tokens }; // cannot be cut further: send it, the engine says if it overflows
      units.splice(next, 1, ...halves);
      fresh[0] = halves[0]!;
    }
  }
}

/** One request, tried at most twice: a throw or an answer the gates reject (but for an injection) gets one retry. */
async function ask(llm: DreamLlm, req: ExtractRequest, promptTokens: number, input: LlmPassInput, stats: LlmPassStats): Promise<Outcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const cost = promptTokens + req.maxTokens;
    if (input.maxLlmTokens !== undefined && stats.tokens + cost > input.maxLlmTokens) return { kind: 'budget' };
    if (attempt > 0) stats.retries++;
    stats.tokens += cost;
    stats.calls++;
    let raw: string;
    try {
      raw = await llm.extract({ ...req, attempt }, input.signal);
    } catch (error) {
      if (input.signal?.aborted || (error as { name?: string })?.name === 'AbortError') throw error;
      stats.failed++;
      if (isContextOverflow(error)) return { kind: 'overflow' };
      continue;
    }
    const gated = gateAnswer(raw, req);
    if (gated.ok) return { kind: 'ok', answer: gated.answer, dropped: gated.dropped };
    stats.rejected++;
    // A steered model is not asked again about the same text.
    if (gated.reason === 'injection') return { kind: 'rejected' };
  }
  return { kind: 'failed' };
}

/** The engines' "too long" errors: the Prompt API's QuotaExceededError, WebLLM's ContextWindowSizeExceededError. */
function isContextOverflow(error: unknown): boolean {
  const e = error as { name?: string; message?: string } | null;
  if (!e) return false;
  if (e.name === 'QuotaExceededError' || e.name === 'ContextWindowSizeExceededError') return true;
  return /context window|too (?:long|large)|exceeds? (?:the )?(?:context|input|quota)|input quota/i.test(String(e.message ?? ''));
}

/**
 * Text as the model gets it: fenced code and quoted ("> ") lines, which the user pasted rather than wrote, become a
 * marker (they are not the user's words, and they would fill the context).
 */
function pastedOut(text: string): string {
  return text
    .replace(/```[\s\S]*?(?:```|$)/g, ' [code] ')
    .replace(/(?:^[ \t]*>.*(?:\n|$))+/gm, '[quoted text]\n')
    .replace(/[ \t]+/g, ' ');
}

function asShown(m: MemoryRow): { kind: 'fact' | 'preference' | 'instruction'; text: string } {
  return { kind: m.kind as 'fact' | 'preference' | 'instruction', text: m.text };
}

/** A turn as one unit, or as parts that each fit `room` (split at sentences, then at words). */
function splitUnit(turn: Omit<ExtractTurn, 'ref'>, room: number): Unit[] {
  const cost = lineCost(turn.text);
  if (cost <= room) return [{ turn, cost }];
  const budget = room - lineCost('');
  const pieces = turn.text.split(/(?<=[.!?…])\s+|\n+/).filter((s) => s.trim());
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current) parts.push(current);
    current = '';
  };
  for (const piece of pieces) {
    const joined = current ? `${current} ${piece}` : piece;
    if (estimateTokens(joined) <= budget) {
      current = joined;
      continue;
    }
    flush();
    if (estimateTokens(piece) <= budget) current = piece;
    else for (const w of wordChunks(piece, budget)) parts.push(w);
  }
  flush();
  return parts.map((text, i) => ({ turn: { ...turn, text, part: `${i + 1}/${parts.length}` }, cost: lineCost(text) }));
}

/** Word-boundary chunks of `text` that each fit `budget` tokens (a word longer than that is cut by characters). */
function wordChunks(text: string, budget: number): string[] {
  const out: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/)) {
    while (estimateTokens(word) > budget) {
      const cut = Math.max(1, Math.floor(word.length / 2));
      out.push(...wordChunks(word.slice(0, cut), budget));
      word = word.slice(cut);
    }
    const joined = current ? `${current} ${word}` : word;
    if (estimateTokens(joined) <= budget) current = joined;
    else {
      if (current) out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  return out;
}

/** A unit cut in two at a sentence or word boundary near its middle; null when it is too short to cut. */
function halve(unit: Unit): [Unit, Unit] | null {
  const words = unit.turn.text.split(/\s+/);
  if (words.length < 2) return null;
  const half = Math.ceil(words.length / 2);
  const label = unit.turn.part ?? '';
  const mk = (text: string, n: number): Unit => ({ turn: { ...unit.turn, text, part: label ? `${label}.${n}` : `${n}/2` }, cost: lineCost(text) });
  return [mk(words.slice(0, half).join(' '), 1), mk(words.slice(half).join(' '), 2)];
}

/** Estimated tokens of one transcript line (header with the longest ref and part label, the text). */
function lineCost(text: string): number {
  return estimateTokens(`[t99 part 9.9/9] ASSISTANT 2025-01-01 00:00: ${dataText(text)}\n`);
}

/**
 * The existing facts, preferences and instructions most related to a window: a lexical match (idf-weighted shared
 * terms with the window's turns, the user's words counting double), at most 8 within the block's token room.
 */
async function memoryRecall(db: ReverieDb): Promise<(turns: Omit<ExtractTurn, 'ref'>[], room: number) => MemoryRow[]> {
  const facts = (await db.memories.where('status').equals('active').toArray())
    .filter((m) => FACT_KINDS.has(m.kind))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const termSets = facts.map((m) => new Set(terms(m.text)));
  const df = new Map<string, number>();
  for (const s of termSets) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + facts.length / (df.get(t) ?? 1));
  return (turns, room) => {
    if (facts.length === 0 || room <= 0) return [];
    const weight = new Map<string, number>();
    for (const t of turns) for (const term of terms(t.text)) weight.set(term, Math.max(weight.get(term) ?? 0, t.role === 'user' ? 1 : 0.5));
    const scored: { m: MemoryRow; score: number }[] = [];
    facts.forEach((m, i) => {
      let score = 0;
      for (const t of termSets[i]!) {
        const w = weight.get(t);
        if (w) score += w * idf(t);
      }
      if (score > 0) scored.push({ m, score });
    });
    scored.sort((a, b) => b.score - a.score || b.m.importance - a.m.importance || (a.m.id < b.m.id ? -1 : 1));
    const out: MemoryRow[] = [];
    let used = 0;
    for (const { m } of scored) {
      if (out.length >= MAX_SHOWN_MEMORIES) break;
      const cost = estimateTokens(`[m9] preference: ${m.text}\n`);
      if (used + cost > room) continue;
      out.push(m);
      used += cost;
    }
    return out;
  };
}

/** Accepted operations as consolidation input; local memory ids mapped back to the memories shown. */
function apply(
  ops: GatedOp[],
  req: ExtractRequest,
  shown: MemoryRow[],
  ep: Episode,
  turns: ReadonlyMap<string, TurnRow>,
  slots: ReadonlyMap<string, string>,
  out: LlmPassResult,
): void {
  const byRef = new Map(req.memories.map((m, i) => [m.ref, shown[i]!]));
  const at = (ids: string[]) => Math.max(...ids.map((id) => turns.get(id)?.capturedAt ?? ep.start));
  const said = (ids: string[], hint: string) => userSentence(ids, hint, turns);
  for (const op of ops) {
    const occurredAt = at(op.sourceTurnIds);
    if (op.op === 'add') {
      out.candidates.push(added(op, occurredAt, said));
      out.stats.adds++;
    } else {
      const m = byRef.get(op.memory);
      if (!m) continue; // the gates only pass ids that were shown
      const slot = slots.get(m.id);
      if (op.op === 'update') {
        out.candidates.push(updated(op, m, slot, occurredAt, said));
        out.stats.updates++;
      } else if (op.op === 'retract') {
        out.retractions.push(retracted(op, m, occurredAt, said));
        out.stats.retracts++;
      } else {
        out.candidates.push(restated(op, m, slot, occurredAt));
        out.stats.restated++;
      }
    }
    for (const id of op.sourceTurnIds) out.factTurns.add(id);
  }
}

type Said = (ids: string[], hint: string) => string | undefined;
type Op<K extends GatedOp['op']> = Extract<GatedOp, { op: K }>;

/** add: a new memory (with the user's sentence as its note when it holds a slot). */
function added(op: Op<'add'>, occurredAt: number, said: Said): Candidate {
  const slot = normaliseSlot(op.slot);
  return {
    kind: op.kind,
    text: op.text,
    ...(slot ? { slot } : {}),
    value: op.text,
    sourceTurnIds: op.sourceTurnIds,
    occurredAt,
    importance: op.importance ?? DEFAULT_IMPORTANCE[op.kind],
    correction: false,
    ...(slot ? withSaid(said(op.sourceTurnIds, op.text)) : {}),
    origin: 'dream-llm',
  };
}

/** update(id): a new statement that supersedes the memory shown. */
function updated(op: Op<'update'>, m: MemoryRow, slot: string | undefined, occurredAt: number, said: Said): Candidate {
  return {
    kind: m.kind as Candidate['kind'],
    text: op.text,
    ...(slot ? { slot } : {}),
    value: op.text,
    sourceTurnIds: op.sourceTurnIds,
    occurredAt,
    importance: m.importance,
    correction: false,
    ...withSaid(said(op.sourceTurnIds, `${m.text} ${op.text}`)),
    supersedes: m.id,
    origin: 'dream-llm',
  };
}

/** retract(id): the memory shown retires (disproven when it was never true). */
function retracted(op: Op<'retract'>, m: MemoryRow, occurredAt: number, said: Said): PlannedRetraction {
  const about = m.text.replace(/^(?:the )?user(?:'s)?\s+/i, '').replace(/[.!]+$/, '');
  return {
    value: about,
    about,
    disproven: op.wasWrong,
    sourceTurnIds: op.sourceTurnIds,
    occurredAt,
    ...withSaid(said(op.sourceTurnIds, `${m.text} ${op.reason}`)),
    memoryId: m.id,
  };
}

/** noop(id): the memory shown, said again (it is reinforced while it stays active). */
function restated(op: Op<'noop'>, m: MemoryRow, slot: string | undefined, occurredAt: number): Candidate {
  return {
    kind: m.kind as Candidate['kind'],
    text: m.text,
    ...(slot ? { slot } : {}),
    value: m.text,
    sourceTurnIds: op.sourceTurnIds,
    occurredAt,
    importance: m.importance,
    correction: false,
    reinforces: m.id,
    origin: 'dream-llm',
  };
}

function withSaid(said: string | undefined): { said?: string } {
  return said ? { said } : {};
}

/** The user's own sentence (from the cited user turns) that shares most terms with `hint`: the note beside a correction. */
function userSentence(ids: string[], hint: string, turns: ReadonlyMap<string, TurnRow>): string | undefined {
  const want = new Set(terms(hint));
  let best: string | undefined;
  let bestScore = -1;
  for (const id of ids) {
    const t = turns.get(id);
    if (!t || t.role !== 'user') continue;
    for (const sentence of stripPreamble(t.text).split(/(?<=[.!?])\s+|\n+/)) {
      const s = sentence.trim();
      if (!s) continue;
      const score = terms(s).filter((x) => want.has(x)).length;
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
  }
  return best && best.length > 240 ? `${best.slice(0, 239)}…` : best;
}

function normaliseSlot(slot: string | undefined): string | undefined {
  if (!slot) return undefined;
  const s = slot.trim().toLowerCase().replace(/\s+/g, '-');
  if (!/^[\p{L}\d_-]+\/[\p{L}\d_:. -]+$/u.test(s)) return undefined;
  return s;
}
