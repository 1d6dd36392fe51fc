import type { MemoryRow } from '../db/schema';
import type { DreamConfig } from './config';
import { DiaryRecorder, clone } from './diary';
import { FACT_KINDS } from './rows';
import { utcDay } from '../util/utc-day';

/**
 * Forgetting: strength decays exponentially with time since last use or re-statement (or since it happened), more
 * slowly for important and often-used memories. Time counts as the user's time with Reverie: a gap between two days
 * of chatting counts at most `idleGapMs`, so a long break does not age everything at once. Weak unpinned passages and
 * episodes are archived (kept, searchable, exportable, but out of the block), each archive in the diary. Durable
 * memories (facts, preferences, standing instructions: identity, health, relationships, projects) never fade away:
 * they leave only by supersession, retraction or the user; their strength still ranks them. Active facts are kept
 * within a cap (the overflow archived, in the diary).
 */

const DECAYING = new Set<MemoryRow['kind']>(['passage', 'fact', 'preference', 'instruction', 'episode']);
/** Kinds that are archived when weak; the other decaying kinds only rank lower. */
const FADING = new Set<MemoryRow['kind']>(['passage', 'episode']);

/**
 * How much of [since, now] counts as time: the gaps between the days the user chatted (`activity`, sorted), each at
 * most `idleGapMs`. Without activity data, wall-clock time.
 */
function activeTime(since: number, now: number, activity: readonly number[] | undefined, idleGapMs: number): number {
  if (now <= since) return 0;
  if (!activity) return now - since;
  let total = 0;
  let prev = since;
  // First activity after `since` (binary search).
  let lo = 0;
  let hi = activity.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (activity[mid]! <= since) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < activity.length && activity[i]! < now; i++) {
    total += Math.min(activity[i]! - prev, idleGapMs);
    prev = activity[i]!;
  }
  return total + Math.min(now - prev, idleGapMs);
}

function strengthAt(m: MemoryRow, now: number, halfLifeMs: number, activity?: readonly number[], idleGapMs = Infinity): number {
  if (m.pinned) return 1;
  const since = Math.max(m.lastUsedAt ?? 0, m.occurredAt);
  const age = activeTime(since, now, activity, idleGapMs);
  const halfLife = halfLifeMs * (0.5 + m.importance) * (1 + Math.log2(1 + m.useCount));
  return Math.round(Math.pow(0.5, age / halfLife) * 1000) / 1000;
}

export interface PruneStats {
  decayed: number;
  faded: number;
  capped: number;
}

/** Returns the rows to write; records diary entries for archivals. Pure apart from the recorder. */
export function pruneMemories(
  memories: MemoryRow[],
  at: number,
  cfg: DreamConfig,
  diary: DiaryRecorder,
  /** Sorted times of the days the user chatted (see `activeTime`); wall-clock decay without it. */
  activity?: readonly number[],
): { rows: MemoryRow[]; stats: PruneStats } {
  const out = new Map<string, MemoryRow>();
  const stats: PruneStats = { decayed: 0, faded: 0, capped: 0 };
  const sorted = [...memories].sort((a, b) => (a.id < b.id ? -1 : 1));
  decayAndFade(sorted, at, cfg, diary, activity, out, stats);
  const current = sorted.map((m) => out.get(m.id) ?? m);
  capActiveFacts(current, at, cfg, diary, out, stats);
  capActivePassages(current, at, cfg, diary, out, stats);
  return { rows: [...out.values()], stats };
}

/** New strengths; weak unpinned passages and episodes archived (passages: one diary entry per conversation). */
function decayAndFade(
  sorted: MemoryRow[],
  at: number,
  cfg: DreamConfig,
  diary: DiaryRecorder,
  activity: readonly number[] | undefined,
  out: Map<string, MemoryRow>,
  stats: PruneStats,
): void {
  const fadedPassages = new Map<string, { before: MemoryRow[]; after: MemoryRow[] }>();
  for (const m of sorted) {
    if (m.status !== 'active' || !DECAYING.has(m.kind)) continue;
    const strength = strengthAt(m, at, cfg.halfLifeMs, activity, cfg.idleGapMs);
    if (!m.pinned && FADING.has(m.kind) && strength < cfg.archiveBelow) {
      const after: MemoryRow = { ...m, strength, status: 'archived', updatedAt: at };
      out.set(m.id, after);
      stats.faded++;
      if (m.kind === 'passage') {
        // Old passages fade in bulk: one diary entry per conversation, not one per turn.
        const key = m.conversationKey ?? '(none)';
        const g = fadedPassages.get(key) ?? { before: [], after: [] };
        g.before.push(clone(m));
        g.after.push(after);
        fadedPassages.set(key, g);
      } else {
        diary.add('fade', `Faded (unused since ${utcDay(Math.max(m.lastUsedAt ?? 0, m.occurredAt))}): ${m.text}`, [m], [after]);
      }
    } else if (Math.abs(strength - m.strength) >= 0.001) {
      out.set(m.id, { ...m, strength });
      stats.decayed++;
    }
  }
  for (const key of [...fadedPassages.keys()].sort()) {
    const g = fadedPassages.get(key)!;
    diary.add('fade', `Archived ${g.after.length} old passage${g.after.length === 1 ? '' : 's'} from ${key}`, g.before, g.after);
  }
}

/** Cap on active facts: archive the weakest × least important unpinned ones. */
function capActiveFacts(current: MemoryRow[], at: number, cfg: DreamConfig, diary: DiaryRecorder, out: Map<string, MemoryRow>, stats: PruneStats): void {
  const facts = current.filter((m) => m.status === 'active' && FACT_KINDS.has(m.kind));
  if (facts.length <= cfg.maxActiveFacts) return;
  const victims = facts
    .filter((m) => !m.pinned)
    .sort((a, b) => a.importance * a.strength - b.importance * b.strength || (a.id < b.id ? -1 : 1))
    .slice(0, facts.length - cfg.maxActiveFacts);
  for (const v of victims) {
    const after: MemoryRow = { ...v, status: 'archived', updatedAt: at };
    diary.add('archive', `Archived (over the ${cfg.maxActiveFacts}-fact cap): ${v.text}`, [v], [after]);
    out.set(v.id, after);
    stats.capped++;
  }
}

/** Cap on active passages: archive the weakest, oldest unpinned ones, in one diary entry. */
function capActivePassages(current: MemoryRow[], at: number, cfg: DreamConfig, diary: DiaryRecorder, out: Map<string, MemoryRow>, stats: PruneStats): void {
  const passages = current.filter((m) => m.status === 'active' && m.kind === 'passage' && out.get(m.id)?.status !== 'archived');
  if (passages.length <= cfg.maxActivePassages) return;
  const victims = passages
    .filter((m) => !m.pinned)
    .sort((a, b) => a.strength - b.strength || a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1))
    .slice(0, passages.length - cfg.maxActivePassages);
  if (victims.length === 0) return;
  const after = victims.map((v) => ({ ...(out.get(v.id) ?? v), status: 'archived' as const, updatedAt: at }));
  diary.add('archive', `Archived ${victims.length} weakest passages (over the ${cfg.maxActivePassages}-passage cap)`, victims, after);
  for (const a of after) out.set(a.id, a);
  stats.capped += victims.length;
}
