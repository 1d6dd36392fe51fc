import type { MemoryRow, ReverieDb } from '../db/schema';
import { terms } from '../engine/text';
import { FACT_KINDS } from './rows';
import { WEAK } from './later-updates';

/**
 * Corrections that reach the passages. When the user retracts or changes something ("I don't actually have a cat",
 * "I moved to Lisbon"), the dream retires the fact; the passages where the old value was said stay searchable (they
 * are what was said), but the block must never offer them as current. The dream records, per correction, which
 * passages said the old value and the user's own correcting words (dates made absolute); the block shows such a
 * passage with that note. A note stands only while its retired facts stay retired: undoing the change in the diary
 * lifts it at once.
 */

export const CORRECTIONS_KEY = 'dream:corrections';
/** Notes kept (oldest dropped first). */
export const MAX_CORRECTIONS = 2000;

export interface CorrectionNote {
  /**
   * 'corrected': the old value was never true; 'changed': it was, and is no longer; 'update': the user later said
   * something changed about what the passage talks about, and no rule could say what (later-updates.ts).
   */
  kind: 'corrected' | 'changed' | 'update';
  /** When the user said it. */
  at: number;
  /** The user's correcting sentence, dates made absolute. */
  said: string;
  /** Passages that state the old value. */
  passageIds: string[];
  /** Facts the correction retired; empty when none had been learned. */
  factIds: string[];
  /** The old value's terms: a fact learned later that holds them all makes the old value current again. */
  terms?: string[];
  /** "mom's the diabetic, not me": the value is someone else's; only a later fact of the user's own brings it back. */
  someoneElses?: true;
  /** The turns that said it: when the user deletes them, the note quoting them goes too (notes from before had none). */
  sourceTurnIds?: string[];
  /** Read, not stored: what the user said about the passage with or after a rule's note, shown after it (at most two). */
  later?: CorrectionNote;
}

export async function readCorrections(db: ReverieDb): Promise<CorrectionNote[]> {
  const value = (await db.meta.get(CORRECTIONS_KEY))?.value;
  return Array.isArray(value) ? (value as CorrectionNote[]).filter((n) => n && Array.isArray(n.passageIds) && typeof n.said === 'string') : [];
}

/** Passage id → the latest note that still stands. */
export async function correctionsByPassage(db: ReverieDb): Promise<Map<string, CorrectionNote>> {
  const notes = await readCorrections(db);
  if (notes.length === 0) return new Map();
  const factIds = [...new Set(notes.flatMap((n) => n.factIds))];
  const facts = new Map((await db.memories.bulkGet(factIds)).filter((m): m is MemoryRow => !!m).map((m) => [m.id, m]));
  // Said again since ("vegetarian, then pescatarian, then back to vegetarian"): the same statement is active under a
  // new id, so the old value is current again and the note that it changed no longer stands.
  const hashes = [...new Set([...facts.values()].map((m) => m.hash))];
  const current = new Set(
    hashes.length ? (await db.memories.where('hash').anyOf(hashes).toArray()).filter((m) => m.status === 'active').map((m) => m.hash) : [],
  );
  const retired = (id: string) => {
    const m = facts.get(id);
    return !m || ((m.status === 'superseded' || m.status === 'deleted') && !current.has(m.hash));
  };
  // Said again later in other words ("been vegetarian for years", then meat, then "going back to vegetarian"): a fact
  // learned after the note that holds all the old value's terms. Read by the kind index: facts are few, passages many.
  const activeFacts = notes.some((n) => n.terms?.length)
    ? (await db.memories.where('kind').anyOf([...FACT_KINDS]).toArray()).filter((m) => m.status === 'active').map((m) => ({ m, terms: new Set(terms(m.text)) }))
    : [];
  const saidAgain = (n: CorrectionNote) =>
    !!n.terms?.length &&
    activeFacts.some((f) => (f.m.validFrom ?? f.m.occurredAt) > n.at && n.terms!.every((t) => f.terms.has(t)) && (!n.someoneElses || OF_THE_USER.test(f.m.text)));
  const deleted = await deletedTurns(db, notes);
  const out = new Map<string, CorrectionNote>();
  // Said in the same breath, a rule's note says more than an update's: it is set last, so it stands.
  for (const n of [...notes].sort((a, b) => a.at - b.at || Number(b.kind === 'update') - Number(a.kind === 'update'))) {
    if (n.factIds.length > 0 && !n.factIds.some(retired)) continue; // undone: the old value is current again
    if (saidAgain(n)) continue;
    // The user deleted what the note quotes ("Edwin died on Tuesday", then every memory naming Edwin): it goes with it.
    if (n.sourceTurnIds?.some((t) => deleted.has(t))) continue;
    // An update says only that something later was said about the same thing: it never hides a rule's note that the
    // passage's value was corrected or changed (a later rule's note does replace an update). Said after the rule's note,
    // it is shown after it: "classified 2.5" changed to 3.0, and the free throws went from 58% to 71% since.
    for (const id of n.passageIds) {
      const before = out.get(id);
      if (n.kind === 'update' && before && before.kind !== 'update') {
        // After a rule's note: the last two things said since ("new target £25,000", then "up to £14,200").
        if (n.at >= before.at && n.said !== before.said) out.set(id, { ...before, later: before.later ? { ...(before.later.later ?? before.later), later: n } : n });
      } else if (n.kind !== 'update' && before?.kind === 'update' && before.at === n.at && before.said !== n.said) {
        // Said in the same breath as the rule's change ("new target £25,000. I'm at £11,500 now"): shown after it.
        out.set(id, { ...n, later: before });
      } else if (n.kind !== 'update' && before?.kind === 'update' && !before.later && aboutSomethingElse(before.said, n.said)) {
        // An earlier update about another thing the passage said ("not buying the canoe after all", then a move out
        // of the town the passage named): the rule's note says nothing of that thing, and without the update the
        // passage would pass for current about it. It follows the rule's note; a title line leads with the one about
        // what the title names (preamble/title-note.ts).
        out.set(id, { ...n, later: before });
      } else out.set(id, n);
    }
  }
  return out;
}

/** The turns notes quote whose every passage the user deleted. */
async function deletedTurns(db: ReverieDb, notes: CorrectionNote[]): Promise<Set<string>> {
  const quoted = [...new Set(notes.flatMap((n) => n.sourceTurnIds ?? []))];
  if (quoted.length === 0) return new Set();
  const passages = await db.memories.where('sourceTurnIds').anyOf(quoted).filter((m) => m.kind === 'passage').toArray();
  const deleted = new Set<string>();
  const kept = new Set<string>();
  for (const m of passages) for (const t of m.sourceTurnIds) (m.status === 'deleted' ? deleted : kept).add(t);
  for (const t of kept) deleted.delete(t);
  return deleted;
}

/** A fact about the user themselves ("User has type 2 diabetes."), not about someone they named ("User's mom …"). */
const OF_THE_USER = /^User (?!'s)/;

export function formatCorrection(n: CorrectionNote, day: (ms: number) => string): string {
  const later = n.later ? ` ${formatCorrection(n.later, day)}` : '';
  return `[${n.kind} ${day(n.at)}: "${n.said}"]${later}`;
}

/**
 * The newest note on any of a topic's passages: a topic line ("Working on: Lisbon in June") names its chats, and what
 * the user said of them later ("Lisbon's off, we're doing Seville instead") goes with it as with the passages.
 */
export function newestNoteOf(notes: Map<string, CorrectionNote>, passageIds: readonly string[]): CorrectionNote | undefined {
  return passageIds.flatMap((id) => notes.get(id) ?? []).sort((a, b) => b.at - a.at)[0];
}

/**
 * Two things said later that share no word naming a thing (later-updates.ts's weak words, numbers and words under
 * three letters aside): an update that a later rule's note would replace is then about something the rule's note
 * does not touch.
 */
function aboutSomethingElse(a: string, b: string): boolean {
  const named = (s: string) => terms(s).filter((t) => t.length >= 3 && !/^\d+$/.test(t) && !WEAK.has(t));
  const other = new Set(named(b));
  return !named(a).some((t) => other.has(t));
}
