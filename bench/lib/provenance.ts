import { terms } from '../../lib/engine/text';
import type { RecallHit } from '../../lib/engine/types';

/**
 * Recall hits → ranked dataset turn ids (FORMAT.md): a memory stands for the turns it was made from, in the order this
 * system prefers. A consolidated memory (an episode summary or a profile citing a whole session, a fact citing a few
 * turns) puts at its own rank the cited turns that say most of what the query asks (share at least half as many
 * query terms as its best-matching cited turn, and at least one); the rest of its provenance follows every hit's
 * matching turns, so a 24-turn episode does not push the other hits out of the top k.
 */
const MAX_POINTED_TURNS = 3;

export function rankedTurns(
  hits: RecallHit[],
  query: string,
  datasetTurn: Map<string, string>,
  turnText: Map<string, string>,
): string[] {
  const queryTerms = new Set(terms(query));
  const overlap = (id: string) => {
    let n = 0;
    for (const t of new Set(terms(turnText.get(id) ?? ''))) if (queryTerms.has(t)) n++;
    return n;
  };
  const head: string[] = [];
  const tail: string[] = [];
  for (const h of hits) {
    const ids = h.memory.sourceTurnIds;
    if (ids.length <= 1) {
      head.push(...ids);
      continue;
    }
    const scored = ids.map((id, i) => ({ id, i, n: overlap(id) })).sort((a, b) => b.n - a.n || a.i - b.i);
    (ids.length <= MAX_POINTED_TURNS ? head : tail).push(...scored.map((s) => s.id));
  }
  const ranked: string[] = [];
  const seen = new Set<string>();
  for (const id of [...head, ...tail]) {
    const dataset = datasetTurn.get(id);
    if (dataset && !seen.has(dataset)) {
      seen.add(dataset);
      ranked.push(dataset);
    }
  }
  return ranked;
}
