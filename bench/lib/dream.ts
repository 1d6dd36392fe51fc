import type { DreamRunRow, ReverieDb } from '../../lib/db/schema';
import { runDream } from '../../lib/dream/run';
import type { MemoryEngine } from '../../lib/engine/engine';
import { ReplayLlm, type ReplaySession } from '../../lib/llm/replay';
import type { BenchSession } from './format';

/**
 * The dream step of the recall benchmark: runs the dream over a freshly ingested haystack (rule-based, or with the
 * replay engine answering from LoCoMo's own observations and summaries), then brings the engine's indexes up to date
 * with what it changed, as the extension's host does after every run (lib/host/dreams.ts).
 */

export interface BenchDreamStats {
  status: DreamRunRow['status'];
  /** Diary rows by kind (merge, learn, fade, archive, ...). */
  changes: Record<string, number>;
  reindexed: number;
  ms: number;
}

/** Replay sessions in the store's turn ids (the dataset's evidence ids mapped through `storeTurnId`). */
export function replaySessions(
  sessions: { session: BenchSession; storeTurnIds: string[] }[],
  storeTurnId: Map<string, string>,
): ReplaySession[] {
  return sessions.map(({ session, storeTurnIds }) => ({
    turnIds: storeTurnIds,
    observations: (session.observations ?? []).map((o) => ({
      text: o.text,
      evidence: o.evidence.map((e) => storeTurnId.get(e)).filter((x): x is string => !!x),
    })),
    ...(session.summary ? { summary: session.summary } : {}),
  }));
}

export async function dreamAndReindex(
  db: ReverieDb,
  engine: MemoryEngine,
  at: number,
  replay: ReplaySession[] | null,
): Promise<BenchDreamStats> {
  const started = performance.now();
  const llm = replay ? new ReplayLlm(replay) : null;
  const run = await runDream({ db, llm, trigger: 'test', now: () => at });
  const entries = await db.diary.where('runId').equals(run.id).toArray();
  const ids = new Set<string>();
  const changes: Record<string, number> = {};
  for (const e of entries) {
    changes[e.kind] = (changes[e.kind] ?? 0) + 1;
    for (const id of e.memoryIds) ids.add(id);
    for (const m of [...e.before, ...e.after]) ids.add(m.id);
  }
  await engine.reindexMemories([...ids]);
  return { status: run.status, changes, reindexed: ids.size, ms: performance.now() - started };
}
