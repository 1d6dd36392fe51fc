import type { MemoryKind, MemoryRow, TombstoneRow } from '../db/schema';
import { jaccard, terms } from '../engine/text';
import { FACT_KINDS } from './rows';

/**
 * What consolidation works on inside its transaction: every memory, read once, and the lookups it makes for each
 * candidate fact kept as indexes that every change updates (facts by normalised hash, active facts by kind, facts by
 * slot), so no candidate scans the whole table. Passages, the bulk of the table, are in no per-candidate index.
 */
export class ConsolidationState {
  private readonly rows = new Map<string, MemoryRow>();
  private readonly changed = new Set<string>();
  private readonly factsByHash = new Map<string, Set<string>>();
  private readonly activeFactsByKind = new Map<MemoryKind, Set<string>>();
  private readonly factsBySlot = new Map<string, Set<string>>();
  private readonly termCache = new Map<string, Set<string>>();

  /** `slots`: memory id → slot ('user/location'…), kept up to date by `setSlot`. */
  constructor(
    memories: MemoryRow[],
    readonly slots: Map<string, string>,
  ) {
    for (const m of memories) {
      this.rows.set(m.id, m);
      this.index(m);
    }
    for (const [id, slot] of slots) addTo(this.factsBySlot, slot, id);
  }

  get(id: string): MemoryRow | undefined {
    return this.rows.get(id);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  /** Every memory as it stands now (the table as read, with this run's changes). */
  all(): IterableIterator<MemoryRow> {
    return this.rows.values();
  }

  put(m: MemoryRow): void {
    const prev = this.rows.get(m.id);
    if (prev) this.unindex(prev);
    this.rows.set(m.id, m);
    this.index(m);
    this.changed.add(m.id);
  }

  /** The rows this run changed, by id. */
  changedRows(): MemoryRow[] {
    return [...this.changed].sort().map((id) => this.rows.get(id)!);
  }

  setSlot(id: string, slot: string): void {
    const prev = this.slots.get(id);
    if (prev !== undefined) this.factsBySlot.get(prev)?.delete(id);
    this.slots.set(id, slot);
    addTo(this.factsBySlot, slot, id);
  }

  /** A memory's terms, computed once per text. */
  termsOf(m: MemoryRow): Set<string> {
    const key = m.id + '\u0000' + m.hash;
    let s = this.termCache.get(key);
    if (!s) this.termCache.set(key, (s = new Set(terms(m.text))));
    return s;
  }

  /** Active facts, preferences and instructions, by id. */
  activeFacts(): MemoryRow[] {
    const out: MemoryRow[] = [];
    for (const ids of this.activeFactsByKind.values()) for (const id of ids) out.push(this.rows.get(id)!);
    return out.sort(byId);
  }

  /** Active facts held in `slot`, by id. */
  activeFactsInSlot(slot: string): MemoryRow[] {
    const out: MemoryRow[] = [];
    for (const id of this.factsBySlot.get(slot) ?? []) {
      const m = this.rows.get(id);
      if (m && m.status === 'active' && FACT_KINDS.has(m.kind)) out.push(m);
    }
    return out.sort(byId);
  }

  /**
   * The fact `slot` held at `at`: active then, whether still active or superseded since (by a change, or by something
   * said at that very moment); the latest begun. A fact shown wrong (deleted) was never held.
   */
  heldInSlotAt(slot: string, at: number): MemoryRow | undefined {
    let held: MemoryRow | undefined;
    for (const id of this.factsBySlot.get(slot) ?? []) {
      const m = this.rows.get(id);
      if (!m || !FACT_KINDS.has(m.kind) || (m.status !== 'active' && m.status !== 'superseded')) continue;
      const from = m.validFrom ?? m.occurredAt;
      if (from > at || (m.validTo !== undefined && m.validTo < at)) continue;
      if (!held || from > (held.validFrom ?? held.occurredAt) || (from === (held.validFrom ?? held.occurredAt) && byId(m, held) > 0)) held = m;
    }
    return held;
  }

  /**
   * The stored facts that say what a new statement says: active or archived ones with the same normalised hash, and
   * active ones of its kind (in its slot or in none) whose terms are at least `threshold` alike. Active first, then
   * by id.
   */
  sameFacts(statement: { kind: MemoryKind; hash: string; terms: Set<string>; slot?: string }, threshold: number): MemoryRow[] {
    const found = new Map<string, MemoryRow>();
    for (const id of this.factsByHash.get(statement.hash) ?? []) {
      const m = this.rows.get(id)!;
      if (m.status === 'active' || m.status === 'archived') found.set(id, m);
    }
    for (const id of this.activeFactsByKind.get(statement.kind) ?? []) {
      if (found.has(id)) continue;
      const m = this.rows.get(id)!;
      const slot = this.slots.get(m.id);
      if (statement.slot && slot && slot !== statement.slot) continue;
      if (jaccard(this.termsOf(m), statement.terms) >= threshold) found.set(id, m);
    }
    return [...found.values()].sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || byId(a, b));
  }

  private index(m: MemoryRow): void {
    if (!FACT_KINDS.has(m.kind)) return;
    addTo(this.factsByHash, m.hash, m.id);
    if (m.status === 'active') addTo(this.activeFactsByKind, m.kind, m.id);
  }

  private unindex(m: MemoryRow): void {
    if (!FACT_KINDS.has(m.kind)) return;
    this.factsByHash.get(m.hash)?.delete(m.id);
    this.activeFactsByKind.get(m.kind)?.delete(m.id);
  }
}

/**
 * Tombstones, for the question asked of every candidate: was this deleted or shown false before? The same normalised
 * hash, or terms at least `threshold` alike (Jaccard). Only tombstones sharing a term with the candidate are compared,
 * found through an index of their terms.
 */
export class TombstoneMatcher {
  private readonly hashes = new Set<string>();
  private readonly termSets: Set<string>[] = [];
  private readonly byTerm = new Map<string, number[]>();

  constructor(
    tombstones: Pick<TombstoneRow, 'hash' | 'text'>[],
    private readonly threshold: number,
  ) {
    for (const t of tombstones) this.add(t);
  }

  add(t: Pick<TombstoneRow, 'hash' | 'text'>): void {
    this.hashes.add(t.hash);
    const set = new Set(terms(t.text));
    const i = this.termSets.push(set) - 1;
    for (const term of set) {
      const l = this.byTerm.get(term);
      if (l) l.push(i);
      else this.byTerm.set(term, [i]);
    }
  }

  blocks(hash: string, text: string): boolean {
    if (this.hashes.has(hash)) return true;
    const ts = new Set(terms(text));
    if (ts.size === 0) return false;
    // A tombstone with no term in common has a Jaccard of 0: it never blocks, so only those in common are counted.
    const shared = new Map<number, number>();
    for (const term of ts) for (const i of this.byTerm.get(term) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, inter] of shared) {
      if (inter / (ts.size + this.termSets[i]!.size - inter) >= this.threshold) return true;
    }
    return false;
  }
}

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const s = map.get(key);
  if (s) s.add(id);
  else map.set(key, new Set([id]));
}

function byId(a: MemoryRow, b: MemoryRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
