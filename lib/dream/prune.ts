import type { MemoryRow } from '../db/schema';
import type { DreamConfig } from './config';
import { DiaryRecorder, clone } from './diary';
import { FACT_KINDS } from './rows';

/**
 * Forgetting: strength decays exponentially with time since last use (or since it happened), more slowly for
 * important and often-used memories; weak unpinned memories are archived (kept, searchable, exportable, but out of
 * the preamble); active facts are kept within a cap.
 */

const DECAYING = new Set<MemoryRow['kind']>(['passage', 'fact', 'preference', 'instruction', 'episode']);

export function strengthAt(m: MemoryRow, now: number, halfLifeMs: number): number {
  if (m.pinned) return 1;
  const since = Math.max(m.lastUsedAt ?? 0, m.occurredAt);
  const age = Math.max(0, now - since);
  const halfLife = halfLifeMs * (0.5 + m.importance) * (1 + Math.log2(1 + m.useCount));
  return Math.round(Math.pow(0.5, age / halfLife) * 1000) / 1000;
}

export interface PruneStats {
  decayed: number;
  faded: number;
  capped: number;
}

/** Returns the rows to write; records diary entries for archivals. Pure apart from the recorder. */
export function pruneMemories(memories: MemoryRow[], at: number, cfg: DreamConfig, diary: DiaryRecorder): { rows: MemoryRow[]; stats: PruneStats } {
  const out = new Map<string, MemoryRow>();
  const stats: PruneStats = { decayed: 0, faded: 0, capped: 0 };
  const sorted = [...memories].sort((a, b) => (a.id < b.id ? -1 : 1));
  const fadedPassages = new Map<string, { before: MemoryRow[]; after: MemoryRow[] }>();

  for (const m of sorted) {
    if (m.status !== 'active' || !DECAYING.has(m.kind)) continue;
    const strength = strengthAt(m, at, cfg.halfLifeMs);
    if (!m.pinned && strength < cfg.archiveBelow) {
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
        diary.add('fade', `Faded (unused since ${day(Math.max(m.lastUsedAt ?? 0, m.occurredAt))}): ${m.text}`, [m], [after]);
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

  // Cap on active facts: archive the weakest × least important unpinned ones.
  const current = sorted.map((m) => out.get(m.id) ?? m);
  const facts = current.filter((m) => m.status === 'active' && FACT_KINDS.has(m.kind));
  if (facts.length > cfg.maxActiveFacts) {
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
  const passages = current.filter((m) => m.status === 'active' && m.kind === 'passage' && out.get(m.id)?.status !== 'archived');
  if (passages.length > cfg.maxActivePassages) {
    const victims = passages
      .filter((m) => !m.pinned)
      .sort((a, b) => a.strength - b.strength || a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1))
      .slice(0, passages.length - cfg.maxActivePassages);
    if (victims.length > 0) {
      const after = victims.map((v) => ({ ...(out.get(v.id) ?? v), status: 'archived' as const, updatedAt: at }));
      diary.add('archive', `Archived ${victims.length} weakest passages (over the ${cfg.maxActivePassages}-passage cap)`, victims, after);
      for (const a of after) out.set(a.id, a);
      stats.capped += victims.length;
    }
  }
  return { rows: [...out.values()], stats };
}

function day(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}
