import type { DiaryRow, DreamRunRow, ReverieDb } from '../db/schema';
import { approveDiaryEntry, settleDreamRun, undoDiaryEntry } from '../dream/diary';
import { refreshProfile } from '../dream/profile';
import { runDream } from '../dream/run';
import { loadSettings } from '../settings';
import type { EngineSlot } from './engine-slot';
import type { ModelRegistry } from './model-registry';

/**
 * The dream as the host runs it (one at a time, with the model the settings allow) and its diary: approve and undo.
 * The dream writes memories directly; the engine's indexes are brought up to date with what each run or undo changed.
 */
export class Dreams {
  private dreaming: Promise<DreamRunRow> | null = null;

  constructor(
    private readonly db: ReverieDb,
    private readonly slot: EngineSlot,
    private readonly models: ModelRegistry,
    private readonly now: () => number,
    private readonly restoring: () => boolean,
  ) {}

  /** The dream under way, if any. */
  get running(): Promise<DreamRunRow> | null {
    return this.dreaming;
  }

  /** Runs a dream now (manual) or when due (alarm); one at a time. */
  dream(trigger: DreamRunRow['trigger']): Promise<DreamRunRow> {
    if (this.restoring()) return Promise.reject(new Error('A backup is being restored; dream again once it is done.'));
    this.dreaming ??= (async () => {
      try {
        const settings = await loadSettings(this.db);
        // Alarm runs pass the dream's own gates (enough new material, one run at a time); "Dream now" skips them.
        if (trigger === 'alarm' && !settings.dream.enabled)
          return { id: 'skipped', startedAt: this.now(), status: 'skipped', phase: 'done', checkpoint: {}, trigger, engine: 'rules' };
        // The dream model is downloaded only with the user's agreement too; without it the rules dream alone.
        const llm = await this.models.dreamLlm(settings);
        try {
          const run = await runDream({ db: this.db, llm, now: this.now, trigger });
          // Undo sticks (a change the user undid is taken back again), and the run's figures are the diary's own.
          const changes = await settleDreamRun(this.db, run.id, this.now());
          const settled = { ...run, stats: { ...run.stats, ...changes } };
          if (run.status === 'done') await this.db.dreamRuns.update(run.id, { stats: settled.stats });
          await this.reindexRun(run.id);
          return settled;
        } finally {
          // The model's memory goes back once the dream is over; the next dream loads it again (from the cache).
          await llm?.dispose?.().catch(() => undefined);
        }
      } finally {
        this.dreaming = null;
      }
    })();
    return this.dreaming;
  }

  /** The dream writes memories directly; bring the lexical and vector indexes up to date with what it changed. */
  private async reindexRun(runId: string): Promise<void> {
    const entries = await this.db.diary.where('runId').equals(runId).toArray();
    await this.slot.engine.reindexMemories(diaryMemoryIds(entries));
  }

  diary(limit = 100): Promise<DiaryRow[]> {
    return this.db.diary.orderBy('createdAt').reverse().limit(limit).toArray();
  }

  async approve(id: string): Promise<DiaryRow> {
    if (!(await approveDiaryEntry(this.db, id))) throw new Error('That change is no longer in the diary.');
    return (await this.db.diary.get(id))!;
  }

  async undo(id: string): Promise<DiaryRow> {
    const result = await undoDiaryEntry(this.db, id, { now: this.now() });
    if (!result.ok) {
      const why = {
        'not-found': 'That change is no longer in the diary.',
        'already-undone': 'That change was already undone.',
        'changed-since': 'That memory was edited after this change, so undoing it would lose your edit.',
      }[result.reason];
      throw new Error(why);
    }
    const row = (await this.db.diary.get(id))!;
    // The profile says at once what the undo made true (unless the undone change was a profile rewrite itself).
    const profile = row.kind === 'profile' ? null : await refreshProfile(this.db, this.now());
    await this.slot.engine.reindexMemories([...diaryMemoryIds([row]), ...(profile ? [profile] : [])]);
    return row;
  }
}

function diaryMemoryIds(entries: DiaryRow[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    for (const id of e.memoryIds) ids.add(id);
    for (const m of [...e.before, ...e.after]) ids.add(m.id);
  }
  return [...ids];
}
