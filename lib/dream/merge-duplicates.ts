import type { MemoryRow } from '../db/schema';
import type { DreamConfig } from './config';
import type { SimilarityEdge } from './graph';
import { FACT_KINDS } from './rows';

/**
 * Duplicates among stored memories: active passages, episodes and facts of one kind with the same normalised hash, or
 * joined by a near-duplicate edge of the graph above their kind's threshold (two values of one slot are a change, not
 * a duplicate). Each group keeps its pinned, else oldest, member; `merge` is called per group with the others.
 */
export function mergeDuplicates(
  memories: MemoryRow[],
  near: SimilarityEdge[],
  cfg: DreamConfig,
  slots: ReadonlyMap<string, string>,
  merge: (keeper: MemoryRow, dups: MemoryRow[], sims: number[]) => void,
): void {
  const { groups, sim } = duplicateGroups(memories, near, cfg, slots);
  for (const g of groups) {
    if (g.length < 2) continue;
    g.sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.occurredAt - b.occurredAt || byIdCmp(a, b));
    const [keeper, ...rest] = g;
    if (!keeper) continue;
    const dups = rest.filter((d) => !d.pinned);
    if (dups.length === 0) continue;
    merge(keeper, dups, dups.map((d) => sim.get(d.id) ?? 1));
  }
}

/** The groups of duplicates (union-find over hash matches and near-duplicate edges), by root id; `sim`: each member's best similarity. */
function duplicateGroups(
  memories: MemoryRow[],
  near: SimilarityEdge[],
  cfg: DreamConfig,
  slots: ReadonlyMap<string, string>,
): { groups: MemoryRow[][]; sim: Map<string, number> } {
  const mergeable = (m: MemoryRow | undefined): m is MemoryRow =>
    !!m && m.status === 'active' && (m.kind === 'passage' || m.kind === 'episode' || FACT_KINDS.has(m.kind));
  const byId = new Map(memories.filter(mergeable).map((m) => [m.id, m]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const sim = new Map<string, number>();
  const union = (a: string, b: string, s: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    sim.set(a, Math.max(sim.get(a) ?? 0, s));
    sim.set(b, Math.max(sim.get(b) ?? 0, s));
  };
  const byHash = new Map<string, string[]>();
  for (const m of byId.values()) {
    const k = `${m.kind}\u0000${m.hash}`;
    const l = byHash.get(k);
    if (l) l.push(m.id);
    else byHash.set(k, [m.id]);
  }
  for (const ids of byHash.values()) for (let i = 1; i < ids.length; i++) union(ids[0]!, ids[i]!, 1);
  for (const e of near) {
    const a = byId.get(e.a);
    const b = byId.get(e.b);
    if (!a || !b || a.kind !== b.kind) continue;
    const threshold = a.kind === 'passage' ? cfg.passageDuplicateThreshold : cfg.factDuplicateThreshold;
    if (e.sim < threshold) continue;
    // Two values of one slot are a change, not a duplicate; supersession handles them.
    if (slots.get(a.id) && slots.get(b.id) && a.hash !== b.hash) continue;
    union(a.id, b.id, e.sim);
  }
  const groups = new Map<string, MemoryRow[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const g = groups.get(root);
    const m = byId.get(id)!;
    if (g) g.push(m);
    else groups.set(root, [m]);
  }
  return { groups: [...groups.keys()].sort().map((root) => groups.get(root)!), sim };
}

function byIdCmp(a: MemoryRow, b: MemoryRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
