import type { ReverieDb } from '../../lib/db/schema';
import type { MemoryEngine } from '../../lib/engine/engine';
import { buildPreamble, type PreambleBudgets } from '../../lib/preamble/build';
import { DEFAULT_BUDGETS } from '../../lib/settings';

/**
 * The warm-start preamble a question would get as the first message of a new chat, reduced to the source turns its
 * lines carry (scored as all@pre / any@pre).
 */

/** The default layer proportions (lib/settings.ts) scaled to a total token budget. */
export function scaledBudgets(total: number): PreambleBudgets {
  const sum = DEFAULT_BUDGETS.l1 + DEFAULT_BUDGETS.l2 + DEFAULT_BUDGETS.l3 + DEFAULT_BUDGETS.l4;
  const scale = (n: number) => Math.floor((n * total) / sum);
  return { l1: scale(DEFAULT_BUDGETS.l1), l2: scale(DEFAULT_BUDGETS.l2), l3: scale(DEFAULT_BUDGETS.l3), l4: scale(DEFAULT_BUDGETS.l4) };
}

export async function preambleTurns(
  db: ReverieDb,
  engine: MemoryEngine,
  question: string,
  now: number,
  budgets: PreambleBudgets,
  datasetTurn: Map<string, string>,
): Promise<{ turns: string[]; tokens: number }> {
  const preamble = await buildPreamble({ db, recall: (q, o) => engine.recall(q, o), budgets, firstMessage: question, now });
  const turns: string[] = [];
  for (const line of preamble.lines) {
    for (const id of line.sourceTurnIds) {
      const dataset = datasetTurn.get(id);
      if (dataset && !turns.includes(dataset)) turns.push(dataset);
    }
  }
  return { turns, tokens: preamble.tokens };
}
