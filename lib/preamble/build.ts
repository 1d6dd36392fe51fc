import Dexie from 'dexie';
import type { ConversationRow, MemoryKind, MemoryRow, ReverieDb } from '../db/schema';
import type { RecallHit, RecallOptions } from '../engine/types';
import type { Preamble, PreambleLine } from '../messaging/protocol';
import { DEFAULT_BUDGETS, type BlockScope } from '../settings';
import { SITES, type SiteId } from '../sites';
import { agesNow } from '../dream/children';
import { movesNow } from '../dream/dated-moves';
import { absolutizeDates, formatDay } from './dates';
import { DedupeSet } from './dedupe';
import { stripPreamble } from './delimiters';
import { LAYER_ORDER, formatFrame, formatPreamble, formatSection, preambleIntro, type Layer } from './format';
import { blockScopeFilter, type BlockScopeFilter } from './scope';
import { cleanMemoryText } from './sanitize';
import { tokenCount, truncateToTokens } from './tokens';
import { ownEntry } from '../util/own';
import { terms } from '../engine/text';
import { sharedTerms } from './shared-words';
import { parseTurnId } from '../engine/ingest';
import { turnedDown } from './turned-down';
import { correctionsByPassage, formatCorrection, type CorrectionNote } from '../dream/corrections';
import { isCannedReply } from '../dream/canned';
import { withoutDirectives } from '../dream/directives';
import { ownWordsWithPasteMarked } from '../dream/pasted';
import { offLimitsTopic, offLimitsTopicsListed } from '../dream/off-limits';
import { partsListedAfter } from '../dream/forget-parts-listed';
import { namesOfRelative, relativeKeptOff } from './relatives-kept-off';
import { pronounOfRelative, speaksOfThemFirst } from './relative-spoken-of-after';
import { awaitsForget, turnsAwaitingForget } from '../dream/awaiting-forget';
import { sentencesOf } from '../dream/forget-requests';
import { namesAll, saysWord, topicRoots, topicWords, type TopicWords } from './topic-words';
import { answerText, shortAnswerTo } from './short-answer';
import { readSlots } from '../dream/consolidate';
/** "Lately" is the last four weeks (the dream archives the LLM's topic names on the same clock). */
import { LATELY_MS as L3_WINDOW_MS } from '../dream/named-topics';
import { GENERIC_TITLE, meaningfulTitle, topicFromTurn } from './topic';
import { inertLinks } from './sanitize';
import { snippet } from './snippet';
import { markCorrectedInPassing } from './corrected-in-passing';
import { chatsOf, makeBelieveIn, makeBelieveLabel } from './make-believe';
import { voicedTurns, withoutOneChatVoice } from './one-chat-voice';
import { changeNamedByTitle, changesToldIn } from './change-told-in-chat';
import { noteLedByTitle } from './title-note';

export interface PreambleBudgets {
  l1: number;
  l2: number;
  l3: number;
  l4: number;
}

export interface BuildPreambleInput {
  db: ReverieDb;
  recall: (query: string, opts?: RecallOptions) => Promise<RecallHit[]>;
  /** Token budgets per layer; the block (markers included) never exceeds their sum. */
  budgets?: Partial<PreambleBudgets>;
  /** What the user has typed so far: drives L1. */
  firstMessage?: string;
  now?: number;
  /** The site the block is for: among equally important items, that site's come first. */
  site?: SiteId;
  /**
   * What the block may draw on (scope.ts): the user's `blockScope` for `site` (lib/settings.ts blockScopeFor), which
   * the engine host always passes; 'site' needs `site`. The block's first line says which. Without it the block
   * draws on everything and its first line says nothing of where from (benchmarks, tests).
   */
  scope?: BlockScope;
  /**
   * The user's setting: an instruction the dream learned reaches "About me" only once its diary entry is approved
   * (instructions the user pinned or wrote themselves need no approval).
   */
  approveInstructions?: boolean;
}

interface Candidate {
  text: string;
  memoryId?: string;
  sourceTurnIds: string[];
  /** A single line never takes more than this, so one long memory cannot fill a layer. */
  maxTokens: number;
  /**
   * The line without the note it carries, to judge by whether the block already says it: two recent chats that carry
   * the same note ("Packing for the regatta" and "Whitby", in which the trip was called off) are two chats, not one
   * line said twice.
   */
  withoutNote?: string;
}

const RECENT_CHATS = 5;
/** How far before the newest chat a chat still counts as recent. */
const RECENT_SPAN_DAYS = 90;
const DAY_MS = 86_400_000;
/** Recall candidates for L1: enough to fill its room at about one per TOKENS_PER_CANDIDATE tokens, within these bounds. */
const RECALL_K = 24;
const RECALL_K_MAX = 80;
const TOKENS_PER_CANDIDATE = 20;
/**
 * The longest a "Relevant" line may be (tokens): about two sentences with the date. A longer passage shows the
 * sentences that match what the user typed (snippet.ts), so more of what matches fits in the block.
 */
const L1_LINE_TOKENS = 56;
/** How much of the user's words a correction note quotes under a passage. */
const NOTE_QUOTE_TOKENS = 40;
const LATELY_WINDOW_MS = 30 * 24 * 3600 * 1000;
const LATELY_MAX_CONVERSATIONS = 40;
const TOPICS_PER_LATELY_LINE = 4;
/** A line cut shorter than this many words says nothing useful: skip it and try a shorter candidate. */
const MIN_WORDS_AFTER_CUT = 3;
/** Below this much room a layer is full; after this many candidates that did not fit, it stops looking. */
const MIN_ROOM_TOKENS = 6;
const MAX_MISSES = 12;
const STANDING_KINDS: MemoryKind[] = ['instruction', 'preference', 'fact'];
const KIND_RANK: Partial<Record<MemoryKind, number>> = { instruction: 0, preference: 1, fact: 2 };
/** What L1 may show: memories of what was said, never summaries of everything (those are L3/L4's). */
const L1_KINDS: MemoryKind[] = ['passage', 'fact', 'preference', 'instruction', 'episode'];
/** Slots whose facts every block carries (the assistant must know them whatever is asked): health, diet, access needs. */
// A relative's allergy too: the user plans meals and days out with them.
const SAFETY_SLOT = /^user\/(?:allergy|health|diet|accessibility)\b|^user\/family:[^:]+:allergy:/;
const IDENTITY_SLOT = /^user\/(?:name|call-me|pronouns|gender|reply-language|timezone|language:.+|child:.+)$/;

/**
 * The warm-start block for a new chat, in four layers under token budgets:
 * L4 who the user is (pinned memories, profile, style, standing preferences), L3 what they work on lately, L2 their last
 * few chats, L1 memories matching the message they are typing. Each line keeps its provenance.
 */
export async function buildPreamble(input: BuildPreambleInput): Promise<Preamble> {
  const { db } = input;
  const now = input.now ?? Date.now();
  const budgets: PreambleBudgets = { ...DEFAULT_BUDGETS, ...input.budgets };
  const scope = await blockScopeFilter(db, input.site, input.scope ?? 'all');
  const active = withinScope(await activeFilter(db, now), scope, input.site);
  const intro = preambleIntro(!input.scope ? null : input.scope === 'all' ? 'all' : { siteName: siteName(input.site!) });
  const typed = cleanMemoryText(stripPreamble(input.firstMessage ?? ''));

  const recentChats = await recentConversations(db, active, RECENT_CHATS);
  const offLimits = await offLimitsTopics(db, active, typed);
  const otherSitesRules = await turnsOfOtherSitesRules(db, input.site);
  // The correction notes, read once for the layers that show them (L1's passages, L2's chats), and only if asked.
  let notesRead: Promise<Map<string, CorrectionNote>> | null = null;
  const notes = () => (notesRead ??= correctionsByPassage(db).catch(() => new Map<string, CorrectionNote>()));
  const candidates: Record<Layer, () => Promise<Candidate[]>> = {
    // A pinned passage the user later changed shows the change as L1 shows it; only in a block of every site (L2 says why).
    L4: async () => strategicCandidates(db, active, input.site, typed, input.approveInstructions ? await approvedMemoryIds(db) : null, now, scope.everySite ? notes : null),
    L3: () => domainCandidates(db, active, now, new Set(recentChats.map((c) => c.key))),
    L2: async () => {
      // Only in a block of every site: a correction does not record where it was said (relevantCandidates says why).
      const changed = scope.everySite ? await correctionsByConversation(db, await notes()) : new Map<string, CorrectionNote>();
      const told = scope.everySite ? await changesToldIn(db, await notes(), new Set(recentChats.map((c) => c.key))) : new Map<string, never[]>();
      return Promise.all(recentChats.map((c) => recentChatCandidate(db, c, active, changed.get(c.key), told.get(c.key))));
    },
    L1: () => relevantCandidates(input, active, scope, notes, now, typed, Math.min(RECALL_K_MAX, Math.max(RECALL_K, Math.ceil(l1Room / TOKENS_PER_CANDIDATE)))),
  };

  const total = budgets.l1 + budgets.l2 + budgets.l3 + budgets.l4;
  let totalLeft = total - tokenCount(formatFrame(intro));
  const dedupe = new DedupeSet();
  const shownIds = new Set<string>();
  const kept: Record<Layer, Candidate[]> = { L1: [], L2: [], L3: [], L4: [] };
  let l1Room = budgets.l1;

  // Fill in priority order (L1 last: it shows only what the other layers did not).
  for (const layer of ['L4', 'L3', 'L2', 'L1'] as const) {
    // What the user typed is what the block is for: L1 (when on) also takes the room the other layers left unused.
    const budget = layer === 'L1' && budgets.l1 > 0 && typed !== '' ? totalLeft : Math.min(budgets[layerKey(layer)], totalLeft);
    if (layer === 'L1') l1Room = budget;
    if (budget <= 0) continue;
    const items = kept[layer];
    let used = tokenCount(formatSection(layer, []));
    let misses = 0;
    for (const c of await candidates[layer]()) {
      if (budget - used < MIN_ROOM_TOKENS || misses >= MAX_MISSES) break;
      if (c.memoryId && shownIds.has(c.memoryId)) continue;
      if (await offLimits.names(c)) continue;
      if (layer === 'L1' && c.sourceTurnIds.some((t) => otherSitesRules.has(t))) continue;
      if (c.text === '' || dedupe.isDuplicate(c.withoutNote ?? c.text)) continue;
      const texts = items.map((i) => i.text);
      const sectionWith = (s: string) => tokenCount(formatSection(layer, [...texts, s]));
      const capped = truncateToTokens(c.text, c.maxTokens);
      // Most lines fit whole: one real count settles it; only the rest pay for the word-boundary search.
      const fitted = sectionWith(capped) <= budget ? capped : truncateToTokens(capped, budget, sectionWith);
      if (fitted === '' || (fitted !== c.text && fitted.split(' ').length < MIN_WORDS_AFTER_CUT)) {
        misses++;
        continue;
      }
      // What the block says is the line as fitted: a long pinned passage cut short does not say the instruction at its end.
      dedupe.add(fitted);
      if (c.memoryId) shownIds.add(c.memoryId);
      items.push({ ...c, text: fitted });
      used = sectionWith(fitted);
    }
    totalLeft -= tokenCount(formatSection(layer, items.map((i) => i.text)));
  }

  // Token counts of joined text are not exactly additive: enforce the total on the real string.
  let text = render(kept, intro);
  for (const layer of ['L2', 'L3', 'L1', 'L4'] as const) {
    while (text !== '' && tokenCount(text) > total && kept[layer].length > 0) {
      kept[layer].pop();
      text = render(kept, intro);
    }
  }

  const lines: PreambleLine[] = LAYER_ORDER.flatMap((layer) =>
    kept[layer].map((c) => ({
      layer,
      text: c.text,
      ...(c.memoryId ? { memoryId: c.memoryId } : {}),
      sourceTurnIds: c.sourceTurnIds,
    })),
  );
  return { text, lines, tokens: tokenCount(text), memoryCount: lines.length };
}

function render(kept: Record<Layer, Candidate[]>, intro: string): string {
  return formatPreamble(Object.fromEntries(LAYER_ORDER.map((l) => [l, kept[l].map((c) => c.text)])), intro);
}

function layerKey(layer: Layer): keyof PreambleBudgets {
  return layer.toLowerCase() as keyof PreambleBudgets;
}

interface ActiveFilter {
  memory(m: MemoryRow): boolean;
  conversation(c: ConversationRow): boolean;
  /** A turn whose every passage the user deleted: nothing it said (or was derived from it) is shown. */
  deletedTurn(turnId: string): boolean;
  /** Whether the user deleted any turn's passages at all (most blocks: no, and no turn needs checking). */
  readonly anyDeletedTurn: boolean;
}

/**
 * Only live memories: active status, not superseded, still valid, never tombstoned, not derived only from turns the
 * user deleted (unless the user edited or pinned it since); no forgotten conversations. Read at every block, so a delete or an edit in the popup shows at once.
 */
async function activeFilter(db: ReverieDb, now: number): Promise<ActiveFilter> {
  const tombstones = await db.tombstones.toArray();
  const hashes = new Set(tombstones.map((t) => t.hash).filter(Boolean));
  const ids = new Set(tombstones.map((t) => t.memoryId).filter((x): x is string => !!x));
  // Only "forget this conversation" forgets a conversation; deleting one memory of it (its tombstone names the
  // conversation for provenance) leaves the rest of it.
  const forgotten = new Set(
    tombstones.filter((t) => t.reason === 'forgot-conversation').map((t) => t.conversationKey).filter((x): x is string => !!x),
  );
  const deletedPassages = await db.memories.where('status').equals('deleted').filter((m) => m.kind === 'passage').toArray();
  const deletedTurns = new Set(deletedPassages.flatMap((m) => m.sourceTurnIds));
  // A passage that a request to forget took was judged with the facts learned from it (forgetTakes): one it left
  // standing ("User plays synth.", said beside a friend's affair the user asked to forget) is no deleted passage's.
  const takenByForget = new Set(tombstones.filter((t) => t.id.startsWith('forgot-in-chat:')).map((t) => t.memoryId));
  const forgetOnlyTurns = new Set(deletedPassages.filter((m) => takenByForget.has(m.id)).flatMap((m) => m.sourceTurnIds));
  for (const m of deletedPassages) if (!takenByForget.has(m.id)) for (const t of m.sourceTurnIds) forgetOnlyTurns.delete(t);
  if (deletedTurns.size > 0) {
    const live = await db.memories.where('sourceTurnIds').anyOf([...deletedTurns]).filter((m) => m.kind === 'passage' && m.status !== 'deleted').toArray();
    for (const m of live) for (const t of m.sourceTurnIds) deletedTurns.delete(t);
  }
  // What a request to forget, said since the last dream, points at is left out as the dream will leave it out: its
  // turns as deleted ones, the memories standing for them as awaitsForget judges (a forget by topic keeps instructions).
  const awaiting = await turnsAwaitingForget(db);
  // A memory the user edited or pinned in the popup is theirs now, whatever became of the passage it was learned from
  // (a passage deleted for the membership number in it; the job learned from it, edited, stays).
  const fromDeleted = (m: MemoryRow) =>
    m.kind !== 'passage' &&
    !m.edited &&
    !m.pinned &&
    deletedTurns.size > 0 &&
    m.sourceTurnIds.length > 0 &&
    m.sourceTurnIds.every((t) => deletedTurns.has(t)) &&
    !(m.kind === 'fact' && m.sourceTurnIds.every((t) => forgetOnlyTurns.has(t)));
  return {
    memory: (m) =>
      m.status === 'active' &&
      !m.supersededBy &&
      (m.validTo === undefined || m.validTo > now) &&
      !ids.has(m.id) &&
      !hashes.has(m.hash) &&
      !(m.conversationKey && forgotten.has(m.conversationKey)) &&
      !fromDeleted(m) &&
      !awaitsForget(m, awaiting),
    conversation: (c) => !forgotten.has(c.key),
    deletedTurn: (id) => deletedTurns.has(id) || awaiting.turns.has(id),
    anyDeletedTurn: deletedTurns.size > 0 || awaiting.turns.size > 0,
  };
}

/**
 * Live and within what the block may draw on: every layer reads memories and conversations through this. What the
 * user said for one site alone ("on here, …") is for that site's block whatever the scope.
 */
function withinScope(active: ActiveFilter, scope: BlockScopeFilter, site: string | undefined): ActiveFilter {
  const forThisSite = (m: MemoryRow) => !m.siteOnly || m.site === site;
  if (scope.everySite) return { ...active, memory: (m) => active.memory(m) && forThisSite(m) };
  return {
    memory: (m) => active.memory(m) && scope.memory(m) && forThisSite(m),
    conversation: (c) => active.conversation(c) && scope.conversation(c),
    deletedTurn: active.deletedTurn,
    anyDeletedTurn: active.anyDeletedTurn,
  };
}

/**
 * A memory as a block line: dates made absolute, links inert, an age and a move as they must be by now, a figure the
 * user corrected in the same breath marked so.
 */
function memoryLine(m: MemoryRow, now: number): string {
  const said = markCorrectedInPassing(movesNow(cleanMemoryText(m.text), m.occurredAt, now));
  return inertLinks(agesNow(absolutizeDates(said, m.occurredAt), now));
}

function memoryCandidate(m: MemoryRow, text: string, maxTokens: number): Candidate {
  return { text, memoryId: m.id, sourceTurnIds: [...(m.sourceTurnIds ?? [])], maxTokens };
}

/**
 * The topics the user asked the assistant not to raise (off-limits.ts), as term sets, and whether a line names one. The
 * request itself names the topic too, so it is left out as well: a new chat, on a site that may never have heard of
 * the topic, cannot raise what the block does not tell it, and the block restating "my divorce" to every chat would be
 * raising it. It stays in memory, listed in the popup. A topic the user's own message raises is theirs to raise, and
 * the lines about it (the request among them) may show.
 */
async function offLimitsTopics(db: ReverieDb, active: ActiveFilter, typed: string): Promise<{ names(c: Candidate): Promise<boolean> }> {
  const rules = await activeOfKinds(db, ['instruction'], active);
  const raisedNow = new Set(topicRoots(typed));
  const listed = rules.flatMap((m) => offLimitsTopicsListed(m.text));
  // "don't bring up my brother": the names the chats gave him are kept off with him (relatives-kept-off.ts).
  const relatives = [...new Set(listed.map(relativeKeptOff).filter((r) => r !== undefined))];
  const names = relatives.length === 0 ? [] : await relativesNames(db, active, relatives);
  const topics = [...listed, ...names]
    // "never bring up the eviction, housing court or the old flat": each of a list is kept off by itself.
    .map((t) => topicWords(t))
    .filter((t) => t.length > 0 && !namesAll(raisedNow, t));
  if (topics.length === 0) return { names: () => Promise.resolve(false) };
  const namesTopic = (text: string) => {
    const said = new Set(topicRoots(text));
    return topics.some((t) => namesAll(said, t));
  };
  // The assistant's reply to a message about the topic is about it too, though it may not name it: "ask the solicitor
  // who drew up the will … before writing to the stepson" answers "my brother Desmond left his house to me and his
  // stepson, who disputes the will". A reply takes the topic up when it says again a word of the clause that named it;
  // one to a message that named it in passing ("since the bankruptcy I'm careful with money, anyway: a meal plan") does
  // not, and stays.
  const replies = new Map<string, Promise<boolean>>();
  const answersTopic = (turnId: string) => {
    let found = replies.get(turnId);
    if (!found) {
      found = exchangeOf(db, turnId).then((x) => !!x && takesUpTopic(x.asked, x.reply, topics));
      replies.set(turnId, found);
    }
    return found;
  };
  const keptOffWhole = (await mattersKeptOffWhole(db, rules)).map((t) => topicWords(t)).filter((t) => t.length > 0 && !namesAll(raisedNow, t));
  // Many candidates share a source turn: each turn is read and judged once per block.
  const saidWholeMatter = new Map<string, boolean>();
  const userSaidWholeMatter = async (turnId: string) => {
    if (keptOffWhole.length === 0) return false;
    const known = saidWholeMatter.get(turnId);
    if (known !== undefined) return known;
    const turn = await db.turns.get(turnId);
    const said = turn?.role === 'user' ? new Set(topicRoots(stripPreamble(turn.text))) : undefined;
    const result = said !== undefined && keptOffWhole.some((t) => namesAll(said, t));
    saidWholeMatter.set(turnId, result);
    return result;
  };
  // "please dont bring up my dad and all that": the user's later messages of a chat that named him, speaking of "him".
  const relativesOff = topics.flatMap((t) => {
    const pronoun = t.length === 1 ? t[0]!.map(pronounOfRelative).find((p) => p !== undefined) : undefined;
    return pronoun ? [{ topic: t, pronoun }] : [];
  });
  const spokenOf = new Map<string, Promise<boolean>>();
  const speaksOfRelativeKeptOff = (turnId: string) => {
    if (relativesOff.length === 0) return Promise.resolve(false);
    let found = spokenOf.get(turnId);
    if (!found) {
      found = relativeSpokenOfAfter(db, turnId, relativesOff);
      spokenOf.set(turnId, found);
    }
    return found;
  };
  return {
    names: async (c) => {
      if (namesTopic(c.text)) return true;
      for (const id of c.sourceTurnIds) if (await speaksOfRelativeKeptOff(id)) return true;
      // A passage shown in part (the sentences that match what is typed, snippet.ts) is judged whole: the sentence left
      // out may be the one that named the matter, and the rest of the message still tells it.
      const whole = c.memoryId ? await db.memories.get(c.memoryId) : undefined;
      if (whole?.kind === 'passage' && whole.text !== c.text && namesTopic(whole.text)) return true;
      for (const id of c.sourceTurnIds) if (await answersTopic(id)) return true;
      // A note learned from the user's message about a matter kept off whole is of the matter, though it does not name
      // it: "User takes sertraline." from "in march i was in the psych ward at the hospital … they started me on
      // sertraline", with "the hospital thing from march. the hold, the unit, the meds, none of it" kept off. Only
      // for what was learned (a passage is judged by its words), and only where the request listed the matter's
      // parts: "don't bring up the divorce" leaves the child's allergy told in a message that opened "recently divorced".
      if (c.memoryId && whole?.kind !== 'passage') for (const id of c.sourceTurnIds) if (await userSaidWholeMatter(id)) return true;
      return false;
    },
  };
}

/**
 * Whether a turn is the user's message that speaks by "he" or "she" of a relative kept off, named in the user's message
 * before it in the same chat (relative-spoken-of-after.ts), or the assistant's reply to such a message.
 */
async function relativeSpokenOfAfter(db: ReverieDb, turnId: string, relatives: { topic: TopicWords; pronoun: RegExp }[]): Promise<boolean> {
  const turn = await db.turns.get(turnId);
  if (!turn) return false;
  const before = await db.turns
    .where('[conversationKey+ordinal]')
    .between([turn.conversationKey, Dexie.minKey], [turn.conversationKey, turn.ordinal], true, false)
    .filter((t) => t.role === 'user')
    .toArray();
  // A reply is judged by the message it answers, and that message by the one the user sent before it.
  const message = turn.role === 'user' ? turn : before.pop();
  const earlier = before.filter((t) => t.ordinal < (message?.ordinal ?? 0)).at(-1);
  if (!message || !earlier) return false;
  const said = stripPreamble(message.text);
  const named = new Set(topicRoots(stripPreamble(earlier.text)));
  return relatives.some((r) => !namesAll(new Set(topicRoots(said)), r.topic) && speaksOfThemFirst(said, r.pronoun) && namesAll(named, r.topic));
}

/**
 * The matters kept off whose request went on to list their parts and sum them up ("please dont ever bring up the
 * hospital thing from march again. the hold, the unit, the meds, the counselor, none of it"): the user asks that
 * nothing of the matter be raised, not only its name. Read from the message that asked (the rule keeps one sentence).
 */
async function mattersKeptOffWhole(db: ReverieDb, rules: readonly MemoryRow[]): Promise<string[]> {
  const out: string[] = [];
  for (const rule of rules) {
    const topics = offLimitsTopicsListed(rule.text);
    if (topics.length === 0) continue;
    for (const id of rule.sourceTurnIds ?? []) {
      const turn = await db.turns.get(id);
      if (turn?.role !== 'user') continue;
      const sentences = sentencesOf(stripPreamble(turn.text));
      const request = sentences.find((x) => offLimitsTopic(x) !== undefined);
      if (request && partsListedAfter(sentences, request).length > 0) out.push(...topics);
    }
  }
  return out;
}

/** The names the user's memories give the relatives kept off by their word (relatives-kept-off.ts). */
async function relativesNames(db: ReverieDb, active: ActiveFilter, relatives: string[]): Promise<string[]> {
  const names = new Set<string>();
  await db.memories.filter(active.memory).each((m) => {
    for (const r of relatives) for (const n of namesOfRelative(m.text, r)) names.add(n);
  });
  return [...names];
}

/**
 * Whether a reply says again a word (of four letters or more) of a clause of the message that names a topic, or a
 * word of the topic itself ("the drinking" asked of, "alcohol-free drinks" answered).
 */
function takesUpTopic(asked: string, reply: string, topics: TopicWords[]): boolean {
  const replied = new Set(topicRoots(reply));
  const named = new Set(topicRoots(asked));
  return topics.some((topic) => {
    const own = new Set(topic.flat());
    if (!namesAll(named, topic)) return false;
    if ([...own].some((w) => w.length >= 4 && saysWord(replied, w))) return true;
    return asked
      .split(/[.!?;,\n]|\s[-–—]\s/)
      .filter((clause) => topicRoots(clause).some((w) => own.has(w)))
      .some((clause) => topicRoots(clause).some((w) => w.length >= 4 && !own.has(w) && replied.has(w)));
  });
}

/** An assistant turn and the user's message it answers (the last one before it in its chat); none for a user's turn. */
async function exchangeOf(db: ReverieDb, turnId: string): Promise<{ asked: string; reply: string } | undefined> {
  const turn = await db.turns.get(turnId);
  if (!turn || turn.role !== 'assistant') return undefined;
  const before = await db.turns
    .where('[conversationKey+ordinal]')
    .between([turn.conversationKey, Dexie.minKey], [turn.conversationKey, turn.ordinal], true, false)
    .filter((t) => t.role === 'user')
    .last();
  return before ? { asked: before.text, reply: turn.text } : undefined;
}


/**
 * The turns that gave an instruction for another site alone ("On here, always reply in Spanish", said on Gemini): the
 * instruction is left out of this site's block, and so is the turn that says it, quoted as a relevant passage.
 */
async function turnsOfOtherSitesRules(db: ReverieDb, site: string | undefined): Promise<Set<string>> {
  const rules = await db.memories.where('kind').equals('instruction').filter((m) => !!m.siteOnly && m.site !== site && m.status === 'active').toArray();
  return new Set(rules.flatMap((m) => m.sourceTurnIds));
}

async function activeOfKinds(db: ReverieDb, kinds: MemoryKind[], active: ActiveFilter): Promise<MemoryRow[]> {
  return db.memories.where('kind').anyOf(kinds).filter(active.memory).toArray();
}

/**
 * L4, who the user is: pinned memories, the style line, then the standing facts, preferences and instructions, live
 * (so an edit or a delete shows at once): instructions first, then health and diet (safety), then identity, then the
 * rest by relevance to what the user is typing, then by importance.
 */
/** Memories whose learning the user approved in the diary. */
async function approvedMemoryIds(db: ReverieDb): Promise<Set<string>> {
  const approved = await db.diary.where('status').equals('approved').toArray();
  return new Set(approved.flatMap((d) => d.memoryIds));
}

/** A learned instruction waits for the user's approval when they asked for that (`approved` is then the approved set). */
function awaitsApproval(m: MemoryRow, approved: Set<string> | null): boolean {
  return !!approved && m.kind === 'instruction' && !m.pinned && m.origin.startsWith('dream') && !approved.has(m.id);
}

async function strategicCandidates(
  db: ReverieDb,
  active: ActiveFilter,
  site: SiteId | undefined,
  typed: string,
  approved: Set<string> | null,
  now: number,
  correctionNotes: (() => Promise<Map<string, CorrectionNote>>) | null,
): Promise<Candidate[]> {
  // IndexedDB cannot index booleans: pinned memories are found by their `pinnedAt` time. A pinned profile paragraph is
  // left out: it is a digest of the very memories listed here, and as a pinned line it crowded them out.
  const pinned = await db.memories
    .where('pinnedAt')
    .above(0)
    .filter((m) => m.pinned === true && m.kind !== 'profile' && active.memory(m))
    .toArray();
  const byRecent = (a: MemoryRow, b: MemoryRow) => b.updatedAt - a.updatedAt;
  const styles = (await activeOfKinds(db, ['style'], active)).sort(byRecent);
  const slots = await readSlots(db);
  const asked = new Set(terms(typed));
  const relevance = (m: MemoryRow) => (asked.size === 0 ? 0 : terms(m.text).filter((t) => asked.has(t)).length);
  const tier = (m: MemoryRow) => {
    if (m.kind === 'instruction') return 0;
    const slot = slots.get(m.id) ?? '';
    if (SAFETY_SLOT.test(slot)) return 1;
    if (IDENTITY_SLOT.test(slot)) return 2;
    return 3;
  };
  const standing = (await activeOfKinds(db, STANDING_KINDS, active)).filter((m) => !awaitsApproval(m, approved)).sort(
    (a, b) =>
      tier(a) - tier(b) ||
      relevance(b) - relevance(a) ||
      b.importance - a.importance ||
      (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) ||
      Number(b.site === site) - Number(a.site === site) ||
      b.strength - a.strength ||
      byRecent(a, b),
  );
  // Pinned instructions first, as among the standing memories: a rule is short and bears on every answer.
  pinned.sort((a, b) => Number(b.kind === 'instruction') - Number(a.kind === 'instruction') || b.importance - a.importance || byRecent(a, b));

  const out: Candidate[] = [];
  // Read only when something is pinned: most blocks have no pins, and the notes are a read of their own.
  const notes = pinned.length > 0 && correctionNotes ? await correctionNotes() : new Map<string, CorrectionNote>();
  for (const m of pinned) {
    // "Postgres always, MySQL when I say 'legacy'", pinned, then "the legacy DB is gone": the pin stands, with the news.
    const note = notes.get(m.id);
    if (!note) {
      out.push(memoryCandidate(m, memoryLine(m, now), 80));
      continue;
    }
    const shown = noteShown(note);
    out.push(memoryCandidate(m, `${truncateToTokens(memoryLine(m, now), 72)} ${shown}`, 80 + tokenCount(shown) + 1));
  }
  for (const m of styles.slice(0, 1)) {
    const text = memoryLine(m, now);
    out.push(memoryCandidate(m, text && !/^style\b/i.test(text) ? `Style: ${text}` : text, 60));
  }
  const factNotes = correctionNotes ? await notesOnFacts(db, standing, correctionNotes) : new Map<string, CorrectionNote>();
  for (const m of standing) {
    const note = factNotes.get(m.id);
    if (!note) {
      out.push(memoryCandidate(m, memoryLine(m, now), 60));
      continue;
    }
    const shown = noteShown(note);
    out.push(memoryCandidate(m, `${truncateToTokens(memoryLine(m, now), 52)} ${shown}`, 60 + tokenCount(shown) + 1));
  }
  return out;
}

/** Words of moving house, in the languages the dream reads. */
const MOVED =
  /\b(?:moved|moving|relocated|flutt\p{L}*|flytt\p{L}*|umgezogen|déménag\p{L}*|me mudé|nos mudamos|mudei|mudámonos|trasferit\p{L}*|verhuisd|preselil\p{L}*|přestěhoval\p{L}*|presťahoval\p{L}*|przeprowadzi\p{L}*|переехал\p{L}*|taşındı\p{L}*)/iu;
/** The user taking back what they said before: "changed my mind", "change of plan", "scratch what I said". */
const CHANGED_MIND =
  /\b(?:chang(?:ed|ing) (?:my|our) minds?|(?:a )?change of (?:plans?|heart)|on second thoughts?|scratch (?:that|what I said)|I take (?:that|it) back|never ?mind what I said)\b/i;
/** A sentence whose subject is "he" or "she" and that says nothing in the first person: someone else's news. */
function saidOfAnother(said: string): boolean {
  return /^\s*(?:(?:and|but|so|then|now|apparently|anyway|oh)[\s,]+)*(?:she|he)(?:['’](?:s|d|ll)|\s)/i.test(said) && !FIRST_PERSON.test(said);
}
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Oo]urs?|us)(?![\p{L}])/u;

/**
 * A fact learned from a passage that a later note reached carries the note, as the passage does: "User runs a
 * small recording studio in Grand Yoff." after "moved in! first session in Ouakam … better than Grand Yoff ever did".
 * The update claims nothing (later-updates.ts), so the fact stays, with the user's later words beside it; and only
 * when the fact names something the update names: the same turn's "User's name is Modou." is not about the studio.
 */
async function notesOnFacts(db: ReverieDb, facts: MemoryRow[], correctionNotes: () => Promise<Map<string, CorrectionNote>>): Promise<Map<string, CorrectionNote>> {
  const out = new Map<string, CorrectionNote>();
  const learned = facts.filter((m) => m.kind === 'fact' || m.kind === 'preference' || m.kind === 'instruction');
  if (learned.length === 0) return out;
  // An update, or a rule's note whose change left the fact standing ("Finished my last day at the court in June" beside
  // "User is an official court reporter at …").
  const notes = [...(await correctionNotes()).entries()];
  if (notes.length === 0) return out;
  const passages = await db.memories.bulkGet(notes.map(([id]) => id));
  const byTurn = new Map<string, CorrectionNote>();
  for (const [i, p] of passages.entries()) for (const t of p?.sourceTurnIds ?? []) byTurn.set(t, notes[i]![1]);
  // A move is about where the user lives whether or not it names the old place or reaches the chat that did ("Vit
  // eru flutt til Tórshavnar!"): the latest one said after the home was learned goes beside it.
  const moves = notes.map(([, n]) => n).filter((n) => n.kind === 'update' && MOVED.test(n.said)).sort((a, b) => b.at - a.at);
  for (const m of learned) {
    const since = m.validFrom ?? m.occurredAt;
    const move = m.text.startsWith('User lives in ') ? moves.find((n) => n.at > since) : undefined;
    if (move) {
      out.set(m.id, move);
      continue;
    }
    const note = m.sourceTurnIds.map((t) => byTurn.get(t)).find((n) => n && n.at > since);
    if (!note) continue;
    // A rule is the user's wish: it carries a later note only where the user said they changed their mind about what
    // the chat it was read from said ("no sleep training advice ever, … don't suggest cry it out" then "changed my
    // mind, we're ready to try sleep training now"), whether or not the words the rule kept are among theirs.
    if (m.kind === 'instruction') {
      if (note.kind === 'update' && CHANGED_MIND.test(note.said)) out.set(m.id, note);
      continue;
    }
    // Another person's news ("She's cutting down to part-time at the Valdosta plant", a coworker's) is not a change to
    // what the user is or does, though it names the same plant.
    if (m.text.startsWith('User ') && saidOfAnother(note.said)) continue;
    const own = terms(m.text);
    // A value the user said was never true goes beside a fact only when the fact says it: "I said Alice was at Monash,
    // that was wrong" does not mark "User's daughter is Alice." as corrected.
    if (note.kind === 'corrected' && note.terms?.length && !note.terms.every((t) => own.includes(t))) continue;
    if (sharedTerms(m.text, note.said).some((t) => t !== 'user' && t.length >= 3 && !/^\d+$/.test(t))) out.set(m.id, note);
  }
  return out;
}

async function domainCandidates(
  db: ReverieDb,
  active: ActiveFilter,
  now: number,
  recentKeys: Set<string>,
): Promise<Candidate[]> {
  const all = await activeOfKinds(db, ['domain'], active);
  // The topics an LLM named (lib/dream/named-topics.ts) when some are recent: a name each, with its dates, latest first.
  const named = all
    .filter((m) => m.origin === 'dream-llm' && m.occurredAt >= now - L3_WINDOW_MS)
    .sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? -1 : 1));
  if (named.length > 0) return named.map((m) => memoryCandidate(m, namedTopicLine(m), 30));
  // Else the rules' domains: "Working on: " and the names of the conversations of a topic community.
  const domains = all
    .filter((m) => m.origin !== 'dream-llm')
    .sort((a, b) => b.updatedAt - a.updatedAt || b.importance - a.importance);
  // Lately is the last few weeks: a topic not touched since is not what the user works on now.
  // A topic whose every conversation is already among the recent chats (L2) would only repeat them.
  const conversationsOf = (m: MemoryRow) => new Set(m.sourceTurnIds.map((t) => parseTurnId(t)?.conversationKey).filter(Boolean));
  const recent = domains.filter((m) => {
    if (m.occurredAt < now - L3_WINDOW_MS) return false;
    const convs = conversationsOf(m);
    return convs.size === 0 || [...convs].some((k) => !recentKeys.has(k!));
  });
  if (recent.length > 0) return recent.map((m) => memoryCandidate(m, memoryLine(m, now), 60));
  if (domains.length > 0) return [];

  // No dream output yet: what the user talked about this past month, grouped by topic community (or by site).
  const conversations = (
    await db.conversations
      .where('lastSeenAt')
      .aboveOrEqual(now - LATELY_WINDOW_MS)
      .reverse()
      .limit(LATELY_MAX_CONVERSATIONS + recentKeys.size)
      .toArray()
  ).filter((c) => c.turnCount > 0 && active.conversation(c) && !recentKeys.has(c.key));
  const groups = new Map<string, { label: string; topics: string[]; turnIds: string[] }>();
  for (const c of conversations.slice(0, LATELY_MAX_CONVERSATIONS)) {
    const topic = await conversationTopic(db, c, active);
    if (!topic.text) continue;
    const withCommunity = await db.memories
      .where('conversationKey')
      .equals(c.key)
      .filter((m) => !!m.community && active.memory(m))
      .first();
    const groupKey = withCommunity?.community ? `community:${withCommunity.community}` : `site:${c.site}`;
    const group = groups.get(groupKey) ?? {
      label: withCommunity?.community ? '' : `On ${siteName(c.site)}: `,
      topics: [],
      turnIds: [],
    };
    if (group.topics.length < TOPICS_PER_LATELY_LINE) {
      group.topics.push(topic.text);
      group.turnIds.push(...topic.turnIds);
    }
    groups.set(groupKey, group);
  }
  return [...groups.values()].map((g) => ({
    text: `${g.label}${g.topics.map((t) => truncateToTokens(t, 16)).join('; ')}`,
    sourceTurnIds: g.turnIds,
    maxTokens: 70,
  }));
}

/** "Kitchen renovation (2026-11-02 to 2026-11-20)": the name as text (links inert), the days it was seen. */
function namedTopicLine(m: MemoryRow): string {
  const first = formatDay(m.validFrom ?? m.occurredAt);
  const last = formatDay(m.occurredAt);
  return `${inertLinks(cleanMemoryText(m.text))} (${first === last ? last : `${first} to ${last}`})`;
}

async function recentConversations(db: ReverieDb, active: ActiveFilter, n: number): Promise<ConversationRow[]> {
  const rows: ConversationRow[] = [];
  await db.conversations
    .orderBy('lastSeenAt')
    .reverse()
    .until(() => rows.length >= n)
    .each((c) => {
      if (c.turnCount > 0 && active.conversation(c)) rows.push(c);
    });
  // Recent is the latest stretch of use: a chat from months before the newest one is history ("Hangboard plan" ten
  // months after climbing was given up), which "Lately" and "Relevant" bring back when it bears on the message.
  const newest = rows[0]?.lastSeenAt ?? 0;
  return rows.filter((c) => c.lastSeenAt >= newest - RECENT_SPAN_DAYS * DAY_MS);
}

/** A correction or update note as a line shows it, its quote cut to what a line can hold. */
function noteShown(note: CorrectionNote): string {
  const cut = (n: CorrectionNote): CorrectionNote => ({ ...n, said: truncateToTokens(n.said, NOTE_QUOTE_TOKENS), later: n.later && cut(n.later) });
  return formatCorrection(cut(note), formatDay);
}

async function recentChatCandidate(
  db: ReverieDb,
  c: ConversationRow,
  active: ActiveFilter,
  later?: CorrectionNote,
  told?: { note: CorrectionNote; said: string }[],
): Promise<Candidate> {
  const topic = await conversationTopic(db, c, active);
  // A chat that said what the user later corrected or changed ("Going vegan", then meat again) carries the note, as its
  // passages do: its title alone would pass for what holds now. So does a chat titled by a change it told ("Filou", in
  // which the cat's death was told; change-told-in-chat.ts).
  // (Only a title: a chat shown by its opening message shows the user's own words.)
  const note = later ?? (topic.text && topic.turnIds.length === 0 ? changeNamedByTitle(topic.text, told) : undefined);
  const changed = note ? ` ${formatCorrection(topic.text ? noteLedByTitle(note, topic.text) : note, formatDay)}` : '';
  const line = topic.text ? `${formatDay(c.lastSeenAt)} · ${siteName(c.site)} · ${topic.text}` : '';
  const text = line && `${line}${changed}`;
  return { text, sourceTurnIds: topic.turnIds, maxTokens: note ? 66 : 36, ...(note && line ? { withoutNote: line } : {}) };
}

/** The latest correction note standing on any passage of each conversation. */
async function correctionsByConversation(db: ReverieDb, notes: Map<string, CorrectionNote>): Promise<Map<string, CorrectionNote>> {
  const ids = [...notes.keys()];
  const out = new Map<string, CorrectionNote>();
  (await db.memories.bulkGet(ids)).forEach((m, i) => {
    const note = notes.get(ids[i]!)!;
    const key = m?.conversationKey;
    if (key && (out.get(key)?.at ?? -Infinity) < note.at) out.set(key, note);
  });
  return out;
}

/**
 * A conversation's subject: its title, or the first thing the user asked when the title is missing or generic
 * (greetings skipped, cut at a word); never a turn the user deleted.
 */
async function conversationTopic(db: ReverieDb, c: ConversationRow, active: ActiveFilter): Promise<{ text: string; turnIds: string[] }> {
  const title = meaningfulTitle(c.title);
  if (title && !active.anyDeletedTurn) return { text: inertLinks(title), turnIds: [] };
  const turns = () => db.turns.where('[conversationKey+ordinal]').between([c.key, Dexie.minKey], [c.key, Dexie.maxKey]);
  // A chat whose opening message the user deleted shows nothing, not even its title: the site makes the title from that
  // message, so it names what they deleted ("Vortex Games interview", "speeding"), whatever else they left of the chat.
  const opening = await turns()
    .filter((t) => t.role === 'user')
    .first();
  if (opening && active.deletedTurn(opening.id)) return { text: '', turnIds: [] };
  if (title) return { text: inertLinks(title), turnIds: [] };
  if (!opening) return { text: GENERIC_TITLE.test(cleanMemoryText(c.title)) ? '' : cleanMemoryText(c.title), turnIds: [] };
  const text = inertLinks(absolutizeDates(topicFromTurn(opening.text), opening.capturedAt));
  return { text, turnIds: [opening.id] };
}

function siteName(site: ConversationRow['site']): string {
  if (site === 'import') return 'Imported';
  return ownEntry(SITES, site)?.name ?? site;
}

/**
 * L1, what matches the message being typed: memories of what was said that recall finds related (a match by meaning
 * alone must be close enough to mean something). Not shown: canned replies (canned.ts); in text the user did not
 * write, sentences that tell the reader what to do from now on (directives.ts). A passage whose value the user later
 * corrected carries the correction and its date (corrections.ts).
 */
async function relevantCandidates(
  input: BuildPreambleInput,
  active: ActiveFilter,
  scope: BlockScopeFilter,
  correctionNotes: () => Promise<Map<string, CorrectionNote>>,
  now: number,
  query: string,
  k: number,
): Promise<Candidate[]> {
  if (query === '') return [];
  let hits: RecallHit[];
  try {
    // Recall ranks only what the block may show, so its k are all usable; the filter below still decides.
    const accept = scope.everySite ? {} : { accept: active.memory };
    hits = await input.recall(query, { k, now, includeArchived: false, kinds: L1_KINDS, relevantOnly: true, ...accept });
  } catch {
    return []; // the engine not ready yet is no reason to withhold the rest of the block
  }
  const notes = await correctionNotes();
  const asked = new Set(terms(query));
  // Lines said in a role-play or a story say so: "I'm the head of marketing" was a part the user played.
  const passageTurns = hits.filter((h) => h.memory.kind === 'passage').flatMap((h) => h.memory.sourceTurnIds.slice(0, 1));
  // Their chats are read once, for both.
  const chats = passageTurns.length ? await chatsOf(input.db, passageTurns) : [];
  const pretend = makeBelieveIn(chats, new Set(passageTurns));
  // Replies in a voice the user asked for one chat only ("for this chat only talk like a pirate") stay in that chat; a
  // short answer is the next turn of the same chat, so it is among them too.
  const voiced = new Set(chats.flatMap((turns) => [...voicedTurns(turns)]));
  const out: Candidate[] = [];
  for (const h of hits.filter((x) => active.memory(x.memory)).sort((a, b) => b.score - a.score)) {
    const m = h.memory;
    if (!L1_KINDS.includes(m.kind)) continue;
    if (await isCannedReply(input.db, m)) continue;
    const dated = m.kind === 'passage' || m.kind === 'episode' || m.kind === 'fact';
    const playedIn = m.kind === 'passage' ? pretend.get(m.sourceTurnIds[0] ?? '') : undefined;
    const who = playedIn ? makeBelieveLabel(playedIn, m.role) : m.role === 'assistant' ? 'assistant said: ' : '';
    if (m.kind === 'passage' && voiced.has(m.sourceTurnIds[0] ?? '')) continue;
    // The user's own words of a message that pastes someone else's: the paste's "I" is theirs, not the user's (read
    // before the line is made, which joins the lines that tell where the paste starts).
    let body = memoryLine(m.kind === 'passage' && m.role === 'user' ? { ...m, text: ownWordsWithPasteMarked(m.text) } : m, now);
    if (m.role !== 'user' && m.kind === 'passage') body = withoutDirectives(body);
    else if (m.kind === 'passage') body = withoutOneChatVoice(body);
    if (body === '') continue;
    // A long passage shows the sentences that match what the user typed (snippet.ts), not its opening.
    if (m.kind === 'passage' || m.kind === 'episode') body = snippet(body, asked, L1_LINE_TOKENS - 12);
    // A question shows its short answer (short-answer.ts); the line then stands for both turns.
    // An answer with a note of its own (the user said it assumed wrong, or things changed since) is not shown as the
    // question's answer: its words, without the note, would pass for current.
    const reply = await shortAnswerTo(input.db, m, active.memory);
    const answer = reply && !notes.has(reply.id) && !voiced.has(reply.sourceTurnIds[0] ?? '') ? reply : null;
    const answerLine = answer ? answerText(answer) : '';
    if (answerLine !== '') body = `${body} — ${answer!.role === 'assistant' ? 'assistant' : 'reply'}: ${answerLine}`;
    const note = notes.get(m.id);
    // A correction does not record where it was said, so it may be another site's words; without it the passage
    // would pass for current: a block limited to one site shows neither.
    if (note && !scope.everySite) continue;
    // What the assistant assumed and the user said was wrong ("Since you have diabetes, …" → "mom's the diabetic, not
    // me") is no memory of the user's: its words would restate the mistake to the next chat, note or not.
    if (note?.kind === 'corrected' && m.role === 'assistant') continue;
    // An idea or a premise of the assistant's that the user's next turn said no to ("You could start your own
    // company" — "no. conflict of interest"): the user's no is the memory, not the idea (turned-down.ts).
    if (m.role === 'assistant' && (await turnedDown(input.db, m, active.memory))) continue;
    const answerTokens = answerLine ? tokenCount(answerLine) + 3 : 0;
    // The note is what keeps an old passage from passing for current, so the passage gives way to it: a long line
    // cut at its end lost the note ("It sounds like Biscuit is still enjoying life…", the dog since put down).
    const shown = note ? noteShown(note) : '';
    if (note) body = `${truncateToTokens(body, L1_LINE_TOKENS + answerTokens - 8)} ${shown}`;
    const text = dated ? `${formatDay(m.occurredAt)} · ${who}${body}` : body;
    const candidate = memoryCandidate(m, text, L1_LINE_TOKENS + answerTokens + (note ? tokenCount(shown) + 1 : 0));
    if (answerLine) candidate.sourceTurnIds.push(...answer!.sourceTurnIds);
    out.push(candidate);
  }
  return out;
}
