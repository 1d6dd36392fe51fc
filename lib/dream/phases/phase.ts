import type { Table } from 'dexie';
import type { DreamPhase, DreamRunRow, ReverieDb } from '../../db/schema';
import type { DreamLlm } from '../../llm/types';
import type { DreamConfig } from '../config';
import type { DiaryRecorder } from '../diary';
import type { Episode } from '../episodes';
import type { Community, SimilarityEdge } from '../graph';
import type { NamedTopic } from '../named-topics';
import type { Pattern } from '../patterns';

/**
 * What one dream phase is given and how it ends. A phase reads what it needs (outside a transaction when it is slow:
 * rules, LLM calls), then commits: its writes, its diary entries and the run's advanced checkpoint in one
 * transaction, so a run killed anywhere resumes at the phase it was in.
 */

export interface OrientCheckpoint {
  since: number;
  newTurnIds: string[];
  newConversations: string[];
}

export interface GatherCheckpoint {
  episodes: Episode[];
  nearDuplicates: SimilarityEdge[];
  communities: Community[];
  patterns: Pattern[];
}

/** The run's checkpoint: what earlier phases handed on, and the tally so far. */
export interface DreamCheckpoint {
  orient?: OrientCheckpoint;
  gather?: GatherCheckpoint;
  /** The user's current topics the LLM named in consolidation, for the domains phase. */
  topics?: NamedTopic[];
  stats?: Record<string, number>;
}

export interface PhaseContext {
  readonly db: ReverieDb;
  readonly run: DreamRunRow;
  /** The run's clock: its start time, the same on resume. */
  readonly at: number;
  readonly cfg: DreamConfig;
  readonly llm: DreamLlm | null | undefined;
  /** Token budget for LLM calls in this run. */
  readonly maxLlmTokens: number | undefined;
  readonly signal: AbortSignal | undefined;
  readonly checkpoint: DreamCheckpoint;
  /** The run's tally; what a phase adds is saved with its commit. */
  readonly stats: Record<string, number>;
  /** This phase's diary; its entries are written by `commit`. */
  readonly diary: DiaryRecorder;
  /**
   * Ends the phase: `work` (its writes) runs inside one rw transaction over `tables` (the diary and the run table are
   * always in it); then the diary entries and the run, advanced to the next phase with `handed` added to its
   * checkpoint, are written in the same transaction. `work` must start with a database call: an await on anything
   * else inside a transaction can end it early.
   */
  commit(tables: Table[], work?: () => Promise<unknown>, handed?: Partial<DreamCheckpoint>): Promise<void>;
}

export interface DreamPhaseStep {
  /** Stored in the run while it is at this phase. */
  readonly name: Exclude<DreamPhase, 'done' | 'prune'>;
  run(ctx: PhaseContext): Promise<void>;
}
