import { isQuotaError, noteStorageFull } from '../host/storage';
import type { DreamPhase, DreamRunRow, ReverieDb } from '../db/schema';
import type { DreamLlm } from '../llm/types';
import { DEFAULT_DREAM_CONFIG, type DreamConfig } from './config';
import { DiaryRecorder } from './diary';
import { acquireLock, checkGates, releaseLock, renewLock } from './gates';
import type { DreamCheckpoint, PhaseContext } from './phases/phase';
import { DREAM_PHASES, phaseIndex } from './phases/table';

/**
 * The dream: an offline consolidation pass, phase by phase in the order of the phase table (phases/table.ts: orient →
 * gather → consolidate → decay → profile → domains → patterns → style → diary). Each phase commits its writes together
 * with its checkpoint in one transaction, so a run killed anywhere resumes at the phase it was in and ends exactly as
 * an uninterrupted run would: the run's clock is its start time, ids derive from content, ordering is stable, and
 * Louvain uses a seeded generator. This file is the loop: the lock, resume, abort, and what a failure leaves.
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

let ownerSeq = 0;

export async function runDream(opts: DreamOptions): Promise<DreamRunRow> {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  const cfg: DreamConfig = { ...DEFAULT_DREAM_CONFIG, ...opts.config };
  const owner = `dream:${now()}:${++ownerSeq}`;
  const opened = await openRun(opts, cfg, owner, now);
  if (opened.skipped) return opened.skipped;
  let run = opened.run;
  try {
    while (run.phase !== 'done') {
      if (opts.signal?.aborted) {
        // Paused, not failed: the next run resumes here.
        await releaseLock(db, owner);
        return run;
      }
      if (!(await renewLock(db, owner, now(), cfg.leaseMs))) return { ...run, status: 'skipped', error: 'lock lost' };
      const index = phaseIndex(run.phase);
      run = await runPhase(index, run, opts, cfg, now);
      if (opts.killAfterPhase === DREAM_PHASES[index]!.name) throw new DreamKilled(DREAM_PHASES[index]!.name);
    }
    await releaseLock(db, owner);
    return run;
  } catch (err) {
    if (err instanceof DreamKilled) throw err;
    return stopped(db, run, owner, err, now);
  }
}

/** The unfinished run to resume (once its lease has expired, or nobody holds it), or a new one if the gates allow. */
async function openRun(
  opts: DreamOptions,
  cfg: DreamConfig,
  owner: string,
  now: () => number,
): Promise<{ run: DreamRunRow; skipped?: undefined } | { skipped: DreamRunRow }> {
  const { db } = opts;
  const unfinished = await db.dreamRuns.where('status').equals('running').first();
  if (unfinished) {
    if (!(await acquireLock(db, owner, now(), cfg.leaseMs))) return { skipped: skipped(now(), opts, 'locked') };
    return { run: unfinished };
  }
  const gate = await checkGates(db, now(), opts.trigger, cfg);
  if (!gate.run) return { skipped: skipped(now(), opts, gate.reason) };
  if (!(await acquireLock(db, owner, now(), cfg.leaseMs))) return { skipped: skipped(now(), opts, 'locked') };
  const startedAt = now();
  let id = `dream-${startedAt.toString(36)}`;
  for (let n = 2; await db.dreamRuns.get(id); n++) id = `dream-${startedAt.toString(36)}-${n}`;
  const run: DreamRunRow = {
    id,
    startedAt,
    status: 'running',
    phase: 'orient',
    checkpoint: {},
    trigger: opts.trigger,
    engine: opts.llm ? (opts.llm.id.startsWith('replay') ? 'replay' : 'llm') : 'rules',
  };
  await db.dreamRuns.put(run);
  return { run };
}

/** A run that threw: what it leaves behind, and the lock released. */
async function stopped(db: ReverieDb, run: DreamRunRow, owner: string, err: unknown, now: () => number): Promise<DreamRunRow> {
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

/** Runs one phase and returns the run as its commit left it. */
async function runPhase(index: number, run: DreamRunRow, opts: DreamOptions, cfg: DreamConfig, now: () => number): Promise<DreamRunRow> {
  const { db } = opts;
  const step = DREAM_PHASES[index]!;
  const next = DREAM_PHASES[index + 1]?.name ?? 'done';
  const checkpoint = run.checkpoint as DreamCheckpoint;
  const stats = { ...checkpoint.stats };
  let committed: DreamRunRow | undefined;
  const ctx: PhaseContext = {
    db,
    run,
    at: run.startedAt,
    cfg,
    llm: opts.llm,
    maxLlmTokens: opts.maxLlmTokens,
    signal: opts.signal,
    checkpoint,
    stats,
    diary: new DiaryRecorder(run.id, diaryTag(index), run.startedAt),
    async commit(tables, work, handed = {}) {
      await db.transaction('rw', [...tables, db.diary, db.dreamRuns], async () => {
        // Only Dexie's own promises are awaited in here: awaiting anything else can end the transaction early.
        if (work) await work();
        await db.diary.bulkPut(ctx.diary.entries);
        const advanced: DreamRunRow = { ...run, phase: next, checkpoint: { ...run.checkpoint, ...handed, stats } };
        // The last phase closes the run; its bulk (episode lists, communities) is no longer needed.
        committed = next === 'done' ? { ...advanced, status: 'done', finishedAt: now(), stats: { ...stats }, checkpoint: { stats: { ...stats } } } : advanced;
        await db.dreamRuns.put(committed);
      });
    },
  };
  await step.run(ctx);
  if (!committed) throw new Error(`dream phase ${step.name} ended without committing`);
  return committed;
}

/**
 * The phase part of the diary ids of a run (`run:tag:sequence`): its place in the table, then its name, so a run's
 * entries sort in the order they were written.
 */
function diaryTag(index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${DREAM_PHASES[index]!.name}`;
}
