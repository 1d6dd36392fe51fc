import type { DreamLlm, ExtractAnswer, ExtractRequest } from './types';

/**
 * A replay engine: answers extraction requests with facts a large model already wrote for a benchmark (LoCoMo's
 * per-session `observations` and `summary`), so consolidation can be measured where no LLM runs. The caller loads
 * the data and maps the benchmark's turn ids to the store's turn ids; this module reads no files.
 */
export interface ReplaySession {
  /** The store's turn ids of this session, in order. */
  turnIds: string[];
  observations: { text: string; evidence: string[] /* store turn ids */ }[];
  summary?: string;
}

export class ReplayLlm implements DreamLlm {
  readonly id: string;
  private readonly byTurn = new Map<string, ReplaySession>();

  constructor(sessions: ReplaySession[], id = 'replay:locomo') {
    this.id = id;
    for (const s of sessions) for (const t of s.turnIds) this.byTurn.set(t, s);
  }

  async extract(req: ExtractRequest): Promise<string> {
    const inRequest = new Set(req.turns.map((t) => t.id));
    const sessions = new Set<ReplaySession>();
    for (const t of req.turns) {
      const s = this.byTurn.get(t.id);
      if (s) sessions.add(s);
    }
    const answer: ExtractAnswer = { items: [] };
    for (const s of sessions) {
      for (const o of s.observations) {
        // Only observations whose evidence lies in this request: provenance must cite turns the model was shown.
        const cited = o.evidence.filter((id) => inRequest.has(id));
        if (cited.length === 0 || cited.length < o.evidence.length) continue;
        if (answer.items.length >= req.maxItems) break;
        answer.items.push({ kind: 'fact', text: o.text.slice(0, req.maxItemChars), sourceTurnIds: cited });
      }
      // The session summary goes to the episode holding the session's first turn.
      if (s.summary && !answer.summary && inRequest.has(s.turnIds[0] ?? '')) {
        answer.summary = {
          text: s.summary.slice(0, req.maxItemChars * 4),
          sourceTurnIds: s.turnIds.filter((id) => inRequest.has(id)),
        };
      }
    }
    return JSON.stringify(answer);
  }
}
