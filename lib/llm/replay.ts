import { jaccard, terms } from '../engine/text';
import type { DreamLlm, ExtractAnswer, ExtractOp, ExtractRequest } from './types';

/**
 * A replay engine: answers the dream's requests with facts a large model already wrote for a benchmark (LoCoMo's
 * per-session `observations` and `summary`), so the whole pipeline (windows, gates, consolidation) can be measured
 * where no LLM runs. It answers as a careful extractor would, through the same schema as every engine: an observation
 * the memories shown already hold is a restatement (noop with that memory's id), anything else an add, citing the
 * window's local turn refs. LoCoMo holds no changes or retractions, so it never updates or retracts. The caller loads
 * the data and maps the benchmark's turn ids to the store's turn ids; this module reads no files.
 */
export interface ReplaySession {
  /** The store's turn ids of this session, in order. */
  turnIds: string[];
  observations: { text: string; evidence: string[] /* store turn ids */ }[];
  summary?: string;
}

export interface ReplayOptions {
  id?: string;
  /** The context the replay claims, so the dream splits episodes as it would for a real model. */
  contextTokens?: number;
}

/** Term overlap at which an observation is taken to restate a memory shown. */
const RESTATES = 0.8;

export class ReplayLlm implements DreamLlm {
  readonly id: string;
  readonly contextTokens?: number;
  private readonly byTurn = new Map<string, ReplaySession>();

  constructor(sessions: ReplaySession[], opts: string | ReplayOptions = {}) {
    const o = typeof opts === 'string' ? { id: opts } : opts;
    this.id = o.id ?? 'replay:locomo';
    if (o.contextTokens !== undefined) this.contextTokens = o.contextTokens;
    for (const s of sessions) for (const t of s.turnIds) this.byTurn.set(t, s);
  }

  async extract(req: ExtractRequest): Promise<string> {
    const refOf = new Map(req.turns.map((t) => [t.id, t.ref]));
    const sessions = new Set<ReplaySession>();
    for (const t of req.turns) {
      const s = this.byTurn.get(t.id);
      if (s) sessions.add(s);
    }
    const shown = req.memories.map((m) => ({ ref: m.ref, terms: new Set(terms(m.text)) }));
    const answer: ExtractAnswer = { items: [] };
    for (const s of sessions) {
      for (const o of s.observations) {
        // An observation is answered in the window that holds its last evidence turn, citing the evidence it shows
        // (provenance must cite turns the model was shown).
        const last = o.evidence[o.evidence.length - 1];
        if (!last || !refOf.has(last)) continue;
        const cited = o.evidence.filter((id) => refOf.has(id)).map((id) => refOf.get(id)!);
        if (answer.items.length >= req.maxItems) break;
        const own = new Set(terms(o.text));
        const known = shown.find((m) => jaccard(m.terms, own) >= RESTATES);
        const op: ExtractOp = known
          ? { op: 'noop', id: known.ref, sourceTurnIds: cited }
          : { op: 'add', kind: 'fact', text: o.text.slice(0, req.maxItemChars), sourceTurnIds: cited };
        answer.items.push(op);
      }
      // The session summary goes to the window holding the session's first turn.
      if (s.summary && !answer.summary && refOf.has(s.turnIds[0] ?? '')) {
        answer.summary = {
          text: s.summary.slice(0, req.maxItemChars * 4),
          sourceTurnIds: s.turnIds.filter((id) => refOf.has(id)).map((id) => refOf.get(id)!),
        };
      }
    }
    return JSON.stringify(answer);
  }
}
