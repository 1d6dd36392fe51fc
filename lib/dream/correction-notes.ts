import type { MemoryRow } from '../db/schema';
import { absolutizeDates } from '../preamble/dates';
import type { CorrectionNote } from './corrections';
import { terms } from '../engine/text';
import { assistantPassagesRestating, passagesUpdated, WEAK, type PlannedUpdate } from './later-updates';

/**
 * Finds, for a correction consolidation applies, the passages that said the old value (corrections.ts says what the
 * notes are for). The passages are the searchable ones as the table was read, before this run changed anything.
 */
export class CorrectionNotes {
  readonly notes: CorrectionNote[] = [];
  private readonly passages: MemoryRow[];
  private userPassages: MemoryRow[] | undefined;

  constructor(
    memories: Iterable<MemoryRow>,
    private readonly termsOf: (m: MemoryRow) => Set<string>,
  ) {
    this.passages = [...memories].filter((m) => m.kind === 'passage' && (m.status === 'active' || m.status === 'archived'));
  }

  /**
   * Notes a correction the user said (`said`, at `when`) that retired `retired`; `oldTerms` is the old value's terms,
   * `byTurns` the correcting turns (their own passages are not the old value). When the value is someone else's
   * (`someoneElses`: "it's my sister who's vegan, not me"), only the assistant's claim is noted: what the user said of
   * the sister stays true.
   */
  note(kind: CorrectionNote['kind'], when: number, said: string | undefined, retired: MemoryRow[], oldTerms: Set<string>, byTurns: string[], someoneElses = false): void {
    if (!said) return;
    const own = new Set(byTurns);
    const factTurns = new Set(retired.flatMap((m) => m.sourceTurnIds));
    const earlier = this.passages.filter((p) => p.occurredAt < when && !p.sourceTurnIds.some((t) => own.has(t)));
    const prefixes = [...oldTerms].map((t) => t.slice(0, 3));
    const states = (p: MemoryRow) => {
      if (oldTerms.size === 0) return false;
      const lower = p.text.toLowerCase();
      const own = this.termsOf(p);
      // A longer word of the same stem says it too: "clarinet" in "a plan for a clarinettist".
      return prefixes.every((x) => lower.includes(x)) && [...oldTerms].every((t) => own.has(t) || (t.length >= 5 && [...own].some((w) => w.startsWith(t))));
    };
    // Where the user said the old value: those conversations' passages that repeat it (the replies that took it as true).
    const convs = new Set(earlier.filter((p) => p.role === 'user' && states(p)).map((p) => p.conversationKey));
    for (const p of earlier) if (p.sourceTurnIds.some((t) => factTurns.has(t))) convs.add(p.conversationKey);
    const stating = earlier.filter((p) => p.sourceTurnIds.some((t) => factTurns.has(t)) || (convs.has(p.conversationKey) && states(p)));
    // The assistant's turn the correction answered, where it said the old value ("As a nurse, …" → "I'm not a nurse").
    const answered = new Set(byTurns.map(turnBefore).filter((t): t is string => !!t));
    const claimed = earlier.filter((p) => p.role === 'assistant' && p.sourceTurnIds.some((t) => answered.has(t)) && states(p));
    const ids = someoneElses
      ? claimed.map((p) => p.id).sort()
      : [...new Set([...stating.map((p) => p.id), ...claimed.map((p) => p.id), ...this.repliesTo(stating.filter((p) => p.role === 'user'), earlier)])].sort();
    if (ids.length === 0) return;
    this.notes.push({ kind, at: when, said: absolutizeDates(said, when), passageIds: ids, factIds: retired.map((m) => m.id).sort(), terms: [...oldTerms].sort(), ...(someoneElses ? { someoneElses: true as const } : {}), sourceTurnIds: [...byTurns] });
  }

  /**
   * Notes a change the user said that no rule read (later-updates.ts) on the earlier passages it bears on, and on the
   * assistant's answers to them. It retires nothing, so it stands until a later note on the same passage replaces it.
   */
  noteUpdate(u: PlannedUpdate): void {
    // The user's passages, read once for every update of the run.
    this.userPassages ??= this.passages.filter((p) => p.role === 'user');
    const updated = passagesUpdated(u, this.userPassages, this.termsOf);
    if (updated.length === 0) return;
    const earlier = this.passages.filter((p) => p.occurredAt < u.occurredAt);
    // The same sentence read by a rule as well ("I'm not in Porto anymore, Lisbon now"): the update goes only where the
    // rule's note does not, and stands only while the rule's change does (undoing it in the diary lifts both).
    const said = u.readAs ? absolutizeDates(u.readAs, u.occurredAt) : undefined;
    const rule = said ? this.notes.find((n) => n.kind !== 'update' && n.at === u.occurredAt && n.said === said) : undefined;
    const covered = new Set(rule?.passageIds);
    // The assistant's answers elsewhere that restate the old thing are as stale as the user's words.
    const restating = assistantPassagesRestating(u, earlier.filter((p) => p.role === 'assistant'), this.termsOf);
    const ids = [...new Set([...updated.map((p) => p.id), ...this.repliesTo(updated, earlier), ...restating.map((p) => p.id), ...this.laterAnswersNaming(updated, earlier), ...this.replyToTheChange(u, updated)])]
      .filter((id) => !covered.has(id))
      .sort();
    if (ids.length === 0) return;
    this.notes.push({ kind: 'update', at: u.occurredAt, said: absolutizeDates(u.said, u.occurredAt), passageIds: ids, factIds: rule?.factIds ?? [], sourceTurnIds: [...u.sourceTurnIds] });
  }

  /**
   * The assistant's answer to the message that told the change, where it names the thing changed ("Update on the Leeds
   * transfer — park that, I turned it down. Help me reply to HR" → "Thank you for the transfer offer …"): shown
   * without the user's message, it speaks of the thing as if it still stood. The thing is what the change's words and
   * the older passages it reached both name.
   */
  private replyToTheChange(u: PlannedUpdate, reached: MemoryRow[]): string[] {
    const reachedTerms = reached.map((p) => this.termsOf(p));
    // Word by word, so a weak word is judged as typed: "secondment" stems to "second", which is no ordinal here (a stem
    // of a weak word stands for it only with an ending of two letters at most: "updates", "seconds").
    const subject = (u.said.match(/\p{L}[\p{L}'’-]*/gu) ?? []).flatMap((w) => {
      const t = terms(w)[0];
      return t && t.length >= 3 && !(WEAK.has(t) && w.length <= t.length + 2) && reachedTerms.some((r) => r.has(t)) ? [t] : [];
    });
    if (subject.length === 0) return [];
    const next = new Set(u.sourceTurnIds.flatMap((t) => {
      const n = ordinalOf(t);
      return n === undefined ? [] : [`${t.slice(0, t.lastIndexOf('#'))}#${n + 1}`];
    }));
    return this.passages
      .filter((p) => p.role === 'assistant' && p.sourceTurnIds.some((t) => next.has(t)) && subject.some((t) => this.termsOf(p).has(t)))
      .map((p) => p.id);
  }

  /**
   * The assistant's later answers in the conversation of a user passage an update reaches that name what it named ("we
   * always use Harvia stoves" → two turns on, a quote listing "Harvia smoke stove"): they went on from the old state.
   * A name is a capitalised word inside a sentence, not the first word of one.
   */
  private laterAnswersNaming(userPassages: MemoryRow[], among: MemoryRow[]): string[] {
    const ids: string[] = [];
    for (const said of userPassages) {
      const at = said.sourceTurnIds[0] ? ordinalOf(said.sourceTurnIds[0]) : undefined;
      if (at === undefined) continue;
      const names = new Set(terms((said.text.match(/(?<=[\p{L}\p{N},;:)]\s)\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).join(' ')));
      if (names.size === 0) continue;
      for (const p of among) {
        if (p.role !== 'assistant' || p.conversationKey !== said.conversationKey) continue;
        const n = p.sourceTurnIds[0] ? ordinalOf(p.sourceTurnIds[0]) : undefined;
        if (n === undefined || n <= at + 1) continue;
        const own = this.termsOf(p);
        if ([...names].some((t) => own.has(t))) ids.push(p.id);
      }
    }
    return ids;
  }

  /**
   * The assistant's answers to user turns that said the old value: an answer took the old value as true even where it
   * does not repeat its words ("my golf shows the DPF light again" → "On a TDI driven mostly short trips, …"). The
   * answer is the next turn of the conversation, when it is not the user's.
   */
  private repliesTo(userPassages: MemoryRow[], among: MemoryRow[]): string[] {
    const next = new Set<string>();
    for (const said of userPassages) {
      const turn = said.sourceTurnIds[0];
      const ordinal = turn ? ordinalOf(turn) : undefined;
      if (ordinal !== undefined) next.add(`${said.conversationKey}#${ordinal + 1}`);
    }
    if (next.size === 0) return [];
    return among.filter((p) => p.role === 'assistant' && p.sourceTurnIds.some((t) => next.has(t))).map((p) => p.id);
  }
}

/** The turn before a turn in its conversation, by id. */
function turnBefore(turnId: string): string | undefined {
  const n = ordinalOf(turnId);
  return n !== undefined && n > 0 ? `${turnId.slice(0, turnId.lastIndexOf('#'))}#${n - 1}` : undefined;
}

/** A turn's place in its conversation, from its id (`${conversationKey}#${ordinal}`, schema.ts). */
function ordinalOf(turnId: string): number | undefined {
  const n = Number(turnId.slice(turnId.lastIndexOf('#') + 1));
  return Number.isInteger(n) ? n : undefined;
}
