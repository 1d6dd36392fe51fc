import type { MemoryRow, ReverieDb, TombstoneRow } from '../db/schema';
import { hashNormalised, hashText, terms } from '../engine/text';
import { cannedReplyIds } from './canned';
import { withKnownRelation } from './children';
import { retirementWithWorkBefore } from './retired-from';
import { layoutStances } from './directives';
import { allergenKey } from './allergy-put-right';
import type { DreamConfig } from './config';
import type { Candidate, ConsolidationPlan, ConsolidationStats, EpisodeSummary, PlannedRetraction } from './consolidate';
import { readSlots, SLOTS_KEY } from './consolidate';
import { ConsolidationState, TombstoneMatcher } from './consolidation-state';
import { CorrectionNotes } from './correction-notes';
import { CORRECTIONS_KEY, MAX_CORRECTIONS, readCorrections } from './corrections';
import { clone, type DiaryRecorder } from './diary';
import type { SimilarityEdge } from './graph';
import { topicForgetSummary } from './forget-by-topic';
import { forgetTakes, type PlannedForget } from './forget-requests';
import { mergeDuplicates } from './merge-duplicates';
import { dreamMemory, FACT_KINDS, memoryIdFor } from './rows';
import { slotSearchTerms } from './slot-topics';
import { utcDay } from '../util/utc-day';

/**
 * Applying a consolidation plan, in five steps: facts and retractions (oldest first, so a later value supersedes an
 * earlier one), episode summaries, passage importance, canned replies set aside, duplicates merged. The memories are
 * read once; what each candidate looks up goes through ConsolidationState's indexes.
 */

/** What the steps share: the working state, what they will write besides memories, and the tally. */
interface Apply {
  state: ConsolidationState;
  tombstones: TombstoneMatcher;
  corrections: CorrectionNotes;
  diary: DiaryRecorder;
  at: number;
  cfg: DreamConfig;
  stats: ConsolidationStats;
  newTombs: TombstoneRow[];
}

/** Applies a plan. Must run inside a rw transaction over memories, tombstones and meta. */
export async function applyConsolidation(
  db: ReverieDb,
  plan: ConsolidationPlan,
  ctx: { at: number; cfg: DreamConfig; diary: DiaryRecorder; nearDuplicates: SimilarityEdge[] },
): Promise<ConsolidationStats> {
  const state = new ConsolidationState(await db.memories.toArray(), await readSlots(db));
  const run: Apply = {
    state,
    tombstones: new TombstoneMatcher(await db.tombstones.toArray(), ctx.cfg.tombstoneThreshold),
    corrections: new CorrectionNotes(state.all(), (m) => state.termsOf(m)),
    diary: ctx.diary,
    at: ctx.at,
    cfg: ctx.cfg,
    stats: { learned: 0, reinforced: 0, superseded: 0, disproven: 0, blockedByTombstone: 0, merged: 0, summaries: 0 },
    newTombs: [],
  };
  forgetWhatWasAsked(run, plan.forgets);
  applyFactsAndRetractions(run, plan.candidates, plan.retractions);
  for (const u of plan.updates) run.corrections.noteUpdate(u);
  addEpisodeSummaries(run, plan.summaries);
  setPassageImportance(run, plan.passageImportance);
  setAsideCannedReplies(run);
  mergeStoredDuplicates(run, ctx.nearDuplicates);
  await write(db, run);
  return run.stats;
}

/** How long what the user asked in a chat to forget can be brought back from the diary before its words are erased. */
const FORGET_UNDO_MS = 7 * 86_400_000;
const FORGETTABLE_STATUS = new Set<MemoryRow['status']>(['active', 'archived', 'superseded']);

/**
 * 0. What the user asked in a chat to be forgotten (forget-requests.ts), or asked later to forget by the matter it was
 * about (forget-by-topic.ts), goes as a delete in the popup would: every memory
 * that stands only for those turns (their passages and what was learned from them) and any summary that includes them.
 * Tombstones keep the words from coming back and erase them once the week to undo has passed.
 */
function forgetWhatWasAsked(run: Apply, forgets: PlannedForget[]): void {
  const { state, at } = run;
  for (const f of forgets) {
    const takes = { turnIds: new Set(f.turnIds), byTopic: f.byTopic, matter: f.matter };
    const gone = [...state.all()].filter((m) => FORGETTABLE_STATUS.has(m.status) && forgetTakes(m, takes)).sort(byId);
    if (gone.length === 0) continue;
    const after = gone.map((m) => ({ ...m, status: 'deleted' as const, updatedAt: at }));
    const kept = new Set(f.keptWords ?? []);
    for (const m of after) {
      state.put(m);
      // A forget by topic's own request leaves search with no tombstone: it is neither erased nor kept from being learned.
      if (m.sourceTurnIds.every((id) => kept.has(id))) continue;
      const t: TombstoneRow = { id: `forgot-in-chat:${m.id}`, hash: m.hash, text: m.text, reason: 'deleted', memoryId: m.id, conversationKey: m.conversationKey ?? f.conversationKey, createdAt: at, eraseAt: at + FORGET_UNDO_MS };
      run.newTombs.push(t);
      run.tombstones.add(t);
    }
    // The summary quotes nothing: the request itself may name what is to be forgotten.
    const summary = f.byTopic
      ? topicForgetSummary(gone, f.keptWords ?? [], f.occurredAt, at + FORGET_UNDO_MS)
      : `Forgot ${gone.length} memor${gone.length === 1 ? 'y' : 'ies'} you asked in a chat on ${utcDay(f.occurredAt)} to forget; undo brings ${gone.length === 1 ? 'it' : 'them'} back until ${utcDay(at + FORGET_UNDO_MS)}, when the words are erased.`;
    run.diary.add(
      'forget',
      summary,
      gone.map(clone),
      after,
      f.turnIds,
    );
    run.stats.forgotten = (run.stats.forgotten ?? 0) + gone.length;
  }
}

type Event = { at: number; order: string; fact?: Candidate; retraction?: PlannedRetraction };

/** 1. Facts and retractions in the order they were said; a retraction's replacement value goes right after it. */
function applyFactsAndRetractions(run: Apply, candidates: Candidate[], retractions: PlannedRetraction[]): void {
  const events: Event[] = [
    ...candidates.map((c) => ({ at: c.occurredAt, order: `1${c.text}`, fact: c })),
    ...retractions.map((r) => ({ at: r.occurredAt, order: `0${r.value}`, retraction: r })),
  ].sort((a, b) => a.at - b.at || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (ev.retraction) events.splice(i + 1, 0, ...retract(run, ev.retraction));
    else learn(run, ev.fact!);
  }
}

/** Retires the facts a retraction names; returns the facts that take their place ("not Porto anymore, Lisbon now"). */
function retract(run: Apply, r: PlannedRetraction): Event[] {
  const { state, stats, at } = run;
  const want = retractionTerms(r.value);
  if (want.size === 0 && !r.memoryId && !r.wholeSlot) return [];
  const retired: MemoryRow[] = [];
  const replacements: Event[] = [];
  for (const m of retirable(state, r, want)) {
    // An instruction taken back ("scrap what I said about bullet points") was the user's wish, not a mistake: it is
    // kept as superseded, and may be given again.
    const disproven = r.disproven && m.kind !== 'instruction';
    const before = clone(m);
    const after: MemoryRow = { ...m, validTo: r.occurredAt, updatedAt: at, status: disproven ? 'deleted' : 'superseded' };
    state.put(after);
    retired.push(m);
    if (disproven) {
      tombstone(run, m, 'disproven');
      stats.disproven++;
    } else stats.superseded++;
    run.diary.add('supersede', disproven ? `Corrected: "${m.text}" was wrong.` : `No longer true: "${m.text}".`, [before], [after], r.sourceTurnIds);
    const replaced = r.replacement ? replaceValue(m.text, r.value, r.replacement) : null;
    if (replaced) replacements.push({ at: r.occurredAt, order: `1${replaced}`, fact: replacementFact(state, m, r, replaced) });
    retireDependents(run, state.slots.get(m.id), r.occurredAt, r.sourceTurnIds);
  }
  // A rule said over that ended no rule ("the covid thing is over at work") changed nothing to note beside a passage.
  if (r.instructionsOnly && retired.length === 0) return replacements;
  const about = r.about ? new Set(terms(r.about)) : want;
  const wrong = r.disproven && (retired.length === 0 || retired.some((m) => m.kind !== 'instruction'));
  run.corrections.note(wrong ? 'corrected' : 'changed', r.occurredAt, r.said, retired, about.size > 0 ? about : want, r.sourceTurnIds, r.someoneElses);
  return replacements;
}

/**
 * The words a retraction's value must share with a fact. Words that only say what kind of thing it is ("bullet points"
 * vs "no bullets", "metric units" vs "metric always") are left out, unless nothing else is left; so are the words that
 * call a wish or a habit a trial ("the spanish experiment is over" ends "answer me in spanish", "the keto phase is
 * done" ends "User follows a keto diet").
 */
const WEEKDAYS: Record<string, string> = { mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };
const KIND_WORDS = new Set(terms('point points list lists unit units answer answers reply replies response responses format style experiment experiments trial phase'));
function retractionTerms(value: string): Set<string> {
  // "instead of tue/thu": weekdays as passages spell them out ("on tuesdays and thursdays").
  const all = terms(value.replace(/\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?/gi, (d) => WEEKDAYS[d.slice(0, 3).toLowerCase()] ?? d));
  const kept = all.filter((t) => !KIND_WORDS.has(t));
  return new Set(kept.length > 0 ? kept : all);
}

/** The unpinned active facts a retraction retires: the one it names, or those (in its slot, of its kind) that contain its value. */
function retirable(state: ConsolidationState, r: PlannedRetraction, want: Set<string>): MemoryRow[] {
  if (r.memoryId) {
    const m = state.get(r.memoryId);
    return m && m.status === 'active' && FACT_KINDS.has(m.kind) && !m.pinned ? [m] : [];
  }
  const facts = r.slot ? state.activeFactsInSlot(r.slot) : state.activeFacts();
  if (r.wholeSlot) return r.slot ? facts.filter((m) => !m.pinned && !m.edited && m.occurredAt < r.occurredAt) : [];
  const side = r.instructionsThat;
  const onThatSide = (m: MemoryRow) => !side || (m.kind === 'instruction' && layoutStances(m.text).some((x) => x.part === r.value && x.stance === side));
  return facts.filter((m) => !m.pinned && onThatSide(m) && (!r.preferencesOnly || m.kind === 'preference') && (!r.instructionsOnly || m.kind === 'instruction') && [...want].every((t) => state.termsOf(m).has(t)));
}

const ALLERGY_SLOT = 'user/allergy:';

/** The retired fact with the new value in its place. */
function replacementFact(state: ConsolidationState, m: MemoryRow, r: PlannedRetraction, text: string): Candidate {
  // One slot per allergen: "not plums, it's cherries" puts the cherry allergy in cherries' slot, so that a plum
  // allergy said again later is learned beside it, not over it.
  const held = state.slots.get(m.id);
  const slot = held?.startsWith(ALLERGY_SLOT) ? `${ALLERGY_SLOT}${allergenKey(r.replacement!)}` : held;
  return {
    kind: m.kind as Candidate['kind'],
    text,
    ...(slot ? { slot } : {}),
    value: r.replacement!,
    sourceTurnIds: r.sourceTurnIds,
    occurredAt: r.occurredAt,
    importance: m.importance,
    correction: r.disproven,
    ...(r.said ? { said: r.said } : {}),
    origin: 'dream-rules',
  };
}

/** A candidate fact: said again (reinforce), new (learn), or a new value of what another fact held (supersede). */
function learn(run: Apply, c: Candidate): void {
  const { state, stats } = run;
  if (c.updatesOnly) {
    const known = c.slot ? state.activeFactsInSlot(c.slot)[0] : undefined;
    if (!known) return;
    c = { ...c, text: withKnownRelation(c.text, known.text) };
  }
  if (c.slot === 'user/employer') c = { ...c, text: retirementWithWorkBefore(c.text, (slot) => state.heldInSlotAt(slot, c.occurredAt)) };
  // An LLM restatement or update of a memory that is gone by now (retired earlier in this run), or pinned: nothing.
  if (c.reinforces && state.get(c.reinforces)?.status !== 'active') return;
  const target = c.supersedes ? state.get(c.supersedes) : undefined;
  if (target?.pinned) return;
  const hash = hashNormalised(c.text);
  if (run.tombstones.blocks(hash, c.text)) {
    stats.blockedByTombstone++;
    return;
  }
  const same = state.sameFacts({ kind: c.kind, hash, terms: new Set(terms(c.text)), slot: c.slot }, run.cfg.factDuplicateThreshold)[0];
  if (same) return restate(run, same, c);
  let id = memoryIdFor(c.kind, hash);
  if (state.has(id)) id = `${id}:${c.occurredAt.toString(36)}`;
  if (state.has(id)) return; // the very same statement at the same time: already handled
  const holder = slotHolder(state, c, target, hash);
  const searchTerms = slotSearchTerms(c.slot, c.text);
  const fresh = dreamMemory(
    {
      id,
      kind: c.kind,
      text: c.text,
      hash,
      sourceTurnIds: [...c.sourceTurnIds].sort(),
      occurredAt: c.occurredAt,
      importance: round2(c.importance),
      origin: c.origin,
      ...(c.slot ? { validFrom: c.occurredAt } : {}),
      ...(searchTerms ? { searchTerms } : {}),
      ...(c.onlyOnSite ? { site: c.onlyOnSite as MemoryRow['site'], siteOnly: true } : {}),
    },
    run.at,
  );
  if (c.slot) state.setSlot(id, c.slot);
  if (holder) return supersede(run, holder, fresh, c);
  state.put(fresh);
  run.diary.add('learn', `Learned: ${c.text}`, [], [fresh], c.sourceTurnIds);
  stats.learned++;
}

/** A stored fact said again: an archived one comes back, an active one gains the new sources. */
function restate(run: Apply, m: MemoryRow, c: Candidate): void {
  const sources = [...new Set([...m.sourceTurnIds, ...c.sourceTurnIds])].sort();
  // Said again: as fresh as the day it was said again.
  const restated = Math.max(m.lastUsedAt ?? 0, c.occurredAt);
  if (m.status === 'archived') {
    const after: MemoryRow = { ...m, status: 'active', strength: 1, sourceTurnIds: sources, lastUsedAt: restated, updatedAt: run.at };
    run.diary.add('learn', `Remembered again: ${m.text}`, [clone(m)], [after], c.sourceTurnIds);
    run.state.put(after);
    run.stats.learned++;
  } else if (saysMore(run, m, c)) {
    // "freelance web dev", later "a freelance web dev in Bristol": the same fact said with more, kept in its words.
    const hash = hashNormalised(c.text);
    const after: MemoryRow = { ...m, text: c.text, hash, sourceTurnIds: sources, importance: round2(Math.min(1, m.importance + 0.05)), strength: 1, lastUsedAt: restated, updatedAt: run.at };
    run.diary.add('learn', `Learned more: ${c.text}`, [clone(m)], [after], c.sourceTurnIds);
    run.state.put(after);
    run.stats.reinforced++;
  } else if (sources.length !== m.sourceTurnIds.length) {
    run.state.put({ ...m, sourceTurnIds: sources, importance: round2(Math.min(1, m.importance + 0.05)), strength: 1, lastUsedAt: restated, updatedAt: run.at });
    run.stats.reinforced++;
  }
}

/**
 * A slot's fact said again, later, with every word it had and more ("… in Bristol"): the fuller words replace the old.
 * Not a fact the user wrote or pinned (their words stand), nor one said in fewer words.
 */
function saysMore(run: Apply, m: MemoryRow, c: Candidate): boolean {
  if (!c.slot || run.state.slots.get(m.id) !== c.slot || m.pinned || m.edited || m.origin === 'user' || c.occurredAt < m.occurredAt) return false;
  const had = new Set(terms(m.text));
  const now = new Set(terms(c.text));
  return now.size > had.size && [...had].every((t) => now.has(t));
}

/** The fact a candidate replaces: the one an LLM update names, else the latest active fact of its slot. */
function slotHolder(state: ConsolidationState, c: Candidate, target: MemoryRow | undefined, hash: string): MemoryRow | undefined {
  if (target && target.status === 'active' && FACT_KINDS.has(target.kind) && target.hash !== hash) return target;
  if (!c.slot) return undefined;
  return state
    .activeFactsInSlot(c.slot)
    .filter((m) => m.hash !== hash)
    .sort((a, b) => (b.validFrom ?? b.occurredAt) - (a.validFrom ?? a.occurredAt) || byId(a, b))[0];
}

/** A new value for what `holder` says: it supersedes the holder, or, said before the holder's value, goes into history. */
function supersede(run: Apply, holder: MemoryRow, fresh: MemoryRow, c: Candidate): void {
  const { state, stats, at } = run;
  const since = holder.validFrom ?? holder.occurredAt;
  if (c.occurredAt >= since) {
    const before = clone(holder);
    const old: MemoryRow = { ...holder, status: c.correction ? 'deleted' : 'superseded', validTo: c.occurredAt, supersededBy: fresh.id, updatedAt: at };
    state.put(old);
    state.put(fresh);
    if (c.correction) {
      tombstone(run, holder, 'disproven');
      stats.disproven++;
    } else stats.superseded++;
    const summary = c.correction ? `Corrected: "${holder.text}" → "${c.text}"` : `Changed: "${holder.text}" → "${c.text}" (from ${utcDay(c.occurredAt)})`;
    run.diary.add('supersede', summary, [before], [old, fresh], c.sourceTurnIds);
    retireDependents(run, c.slot, c.occurredAt, c.sourceTurnIds);
    // The old value: what the retired fact says that the new one does not ("Porto").
    const newTerms = new Set(terms(c.text));
    const oldTerms = new Set([...state.termsOf(holder)].filter((t) => !newTerms.has(t)));
    run.corrections.note(c.correction ? 'corrected' : 'changed', c.occurredAt, c.said, [holder], oldTerms, c.sourceTurnIds);
  } else {
    // An older statement seen late: it goes into history, already superseded by the current value.
    const past: MemoryRow = { ...fresh, status: 'superseded', validTo: since, supersededBy: holder.id };
    state.put(past);
    run.diary.add('learn', `Past: ${c.text} (until ${utcDay(since)})`, [], [past], c.sourceTurnIds);
  }
  stats.learned++;
}

/** Slots whose facts are about the holder of another: the partner's job is the partner's, whoever that is now. */
const DEPENDENT_SLOTS: Record<string, readonly string[]> = { 'user/family:partner': ['user/family:partner:job'] };

/**
 * When the holder of `slot` ends (a break-up, a new partner), the facts about that holder said before `at` go to their
 * history too: "User's partner works as a firefighter." is not the new partner's job.
 */
function retireDependents(run: Apply, slot: string | undefined, at: number, byTurns: string[]): void {
  for (const dependent of (slot && DEPENDENT_SLOTS[slot]) || []) {
    for (const m of run.state.activeFactsInSlot(dependent)) {
      if (m.pinned || m.edited || m.occurredAt >= at) continue;
      const after: MemoryRow = { ...m, status: 'superseded', validTo: at, updatedAt: run.at };
      run.state.put(after);
      run.stats.superseded++;
      run.diary.add('supersede', `No longer true: "${m.text}".`, [clone(m)], [after], byTurns);
    }
  }
}

/** 2. Episode summaries (LLM): one 'episode' memory per episode. */
function addEpisodeSummaries(run: Apply, summaries: EpisodeSummary[]): void {
  for (const s of summaries) {
    const id = `episode:${hashText(s.episodeId)}`;
    const hash = hashNormalised(s.text);
    if (run.state.has(id) || run.tombstones.blocks(hash, s.text)) continue;
    const row = dreamMemory(
      { id, kind: 'episode', text: s.text, hash, sourceTurnIds: s.sourceTurnIds, occurredAt: s.occurredAt, importance: 0.5, origin: 'dream-llm', conversationKey: s.conversationKey },
      run.at,
    );
    run.state.put(row);
    run.diary.add('learn', `Summarised an episode (${s.sourceTurnIds.length} turns).`, [], [row], s.sourceTurnIds);
    run.stats.summaries++;
  }
}

/** 3. Passage importance from what its turn held (no diary: a ranking signal, not a change of meaning). */
function setPassageImportance(run: Apply, importanceByTurn: Map<string, number>): void {
  for (const m of run.state.all()) {
    if (m.kind !== 'passage' || m.status === 'deleted' || m.pinned || m.edited || m.origin === 'user' || m.sourceTurnIds.length !== 1) continue;
    const imp = importanceByTurn.get(m.sourceTurnIds[0]!);
    if (imp !== undefined && imp !== m.importance) run.state.put({ ...m, importance: imp });
  }
}

/** 4. Canned replies are set aside, not merged (canned.ts). */
function setAsideCannedReplies(run: Apply): void {
  const { state, at } = run;
  const canned = [...cannedReplyIds(state.all())].map((id) => state.get(id)!).filter((m) => m.status === 'active' && !m.pinned).sort(byId);
  if (canned.length === 0) return;
  const after = canned.map((m) => ({ ...m, status: 'archived' as const, updatedAt: at }));
  for (const a of after) state.put(a);
  run.diary.add('archive', `Set aside ${canned.length} canned repl${canned.length === 1 ? 'y' : 'ies'} (the same answer in several conversations): ${truncate(canned[0]!.text, 60)}`, canned, after);
  run.stats.canned = canned.length;
}

/** 5. Duplicates among stored memories (merge-duplicates.ts): one keeper with everyone's sources and use. */
function mergeStoredDuplicates(run: Apply, nearDuplicates: SimilarityEdge[]): void {
  const { state, at } = run;
  mergeDuplicates([...state.all()], nearDuplicates, run.cfg, state.slots, (keeper, dups) => {
    const before = [keeper, ...dups].map(clone);
    const sources = [...new Set([...keeper.sourceTurnIds, ...dups.flatMap((d) => d.sourceTurnIds)])].sort().slice(0, 500);
    const lastUsedAt = Math.max(keeper.lastUsedAt ?? 0, ...dups.map((d) => d.lastUsedAt ?? 0));
    const kept: MemoryRow = {
      ...keeper,
      sourceTurnIds: sources,
      importance: Math.max(keeper.importance, ...dups.map((d) => d.importance)),
      useCount: keeper.useCount + dups.reduce((s, d) => s + d.useCount, 0),
      ...(lastUsedAt > 0 ? { lastUsedAt } : {}),
      updatedAt: at,
    };
    const gone = dups.map((d) => ({ ...d, status: 'superseded' as const, supersededBy: keeper.id, updatedAt: at }));
    state.put(kept);
    for (const g of gone) state.put(g);
    run.diary.add('merge', `Merged ${dups.length} duplicate${dups.length === 1 ? '' : 's'} into: ${truncate(keeper.text, 80)}`, before, [kept, ...gone]);
    run.stats.merged += dups.length;
  });
}

async function write(db: ReverieDb, run: Apply): Promise<void> {
  await db.memories.bulkPut(run.state.changedRows());
  if (run.corrections.notes.length > 0) {
    const kept = [...(await readCorrections(db)), ...run.corrections.notes].slice(-MAX_CORRECTIONS);
    await db.meta.put({ key: CORRECTIONS_KEY, value: kept, updatedAt: run.at });
  }
  await db.tombstones.bulkPut(run.newTombs);
  await db.meta.put({ key: SLOTS_KEY, value: Object.fromEntries(run.state.slots), updatedAt: run.at });
}

function tombstone(run: Apply, m: MemoryRow, reason: TombstoneRow['reason']): void {
  const t: TombstoneRow = { id: `tomb:${m.hash}`, hash: m.hash, text: m.text, reason, memoryId: m.id, createdAt: run.at };
  run.newTombs.push(t);
  run.tombstones.add(t);
}

/** A fact's text with one value put in place of another ("User lives in Porto." → "… Lisbon."); null when absent. */
function replaceValue(text: string, from: string, to: string): string | null {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\b${escaped}\\b`, 'i');
  return re.test(text) ? text.replace(re, to) : null;
}

function byId(a: MemoryRow, b: MemoryRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
