import type { MemoryRow } from '../db/schema';
import { absolutizeDates } from '../preamble/dates';
import type { CorrectionNote } from './corrections';

/**
 * Finds, for a correction consolidation applies, the passages that said the old value (corrections.ts says what the
 * notes are for). The passages are the searchable ones as the table was read, before this run changed anything.
 */
export class CorrectionNotes {
  readonly notes: CorrectionNote[] = [];
  private readonly passages: MemoryRow[];

  constructor(
    memories: Iterable<MemoryRow>,
    private readonly termsOf: (m: MemoryRow) => Set<string>,
  ) {
    this.passages = [...memories].filter((m) => m.kind === 'passage' && (m.status === 'active' || m.status === 'archived'));
  }

  /**
   * Notes a correction the user said (`said`, at `when`) that retired `retired`; `oldTerms` is the old value's terms,
   * `byTurns` the correcting turns (their own passages are not the old value).
   */
  note(kind: CorrectionNote['kind'], when: number, said: string | undefined, retired: MemoryRow[], oldTerms: Set<string>, byTurns: string[]): void {
    if (!said) return;
    const own = new Set(byTurns);
    const factTurns = new Set(retired.flatMap((m) => m.sourceTurnIds));
    const earlier = this.passages.filter((p) => p.occurredAt < when && !p.sourceTurnIds.some((t) => own.has(t)));
    const prefixes = [...oldTerms].map((t) => t.slice(0, 3));
    const states = (p: MemoryRow) => {
      if (oldTerms.size === 0) return false;
      const lower = p.text.toLowerCase();
      return prefixes.every((x) => lower.includes(x)) && [...oldTerms].every((t) => this.termsOf(p).has(t));
    };
    // Where the user said the old value: those conversations' passages that repeat it (the replies that took it as true).
    const convs = new Set(earlier.filter((p) => p.role === 'user' && states(p)).map((p) => p.conversationKey));
    for (const p of earlier) if (p.sourceTurnIds.some((t) => factTurns.has(t))) convs.add(p.conversationKey);
    const ids = earlier
      .filter((p) => p.sourceTurnIds.some((t) => factTurns.has(t)) || (convs.has(p.conversationKey) && states(p)))
      .map((p) => p.id)
      .sort();
    if (ids.length === 0) return;
    this.notes.push({ kind, at: when, said: absolutizeDates(said, when), passageIds: ids, factIds: retired.map((m) => m.id).sort(), terms: [...oldTerms].sort() });
  }
}
