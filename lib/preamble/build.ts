import Dexie from 'dexie';
import type { ConversationRow, MemoryKind, MemoryRow, ReverieDb } from '../db/schema';
import type { RecallHit, RecallOptions } from '../engine/types';
import type { Preamble, PreambleLine } from '../messaging/protocol';
import { DEFAULT_BUDGETS } from '../settings';
import { SITES, type SiteId } from '../sites';
import { absolutizeDates, formatDay } from './dates';
import { DedupeSet } from './dedupe';
import { stripPreamble } from './delimiters';
import { LAYER_ORDER, formatFrame, formatPreamble, formatSection, type Layer } from './format';
import { cleanMemoryText } from './sanitize';
import { tokenCount, truncateToTokens } from './tokens';
import { ownEntry } from '../util/own';

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
}

interface Candidate {
  text: string;
  memoryId?: string;
  sourceTurnIds: string[];
  /** A single line never takes more than this, so one long memory cannot fill a layer. */
  maxTokens: number;
}

const RECENT_CHATS = 5;
const RECALL_K = 24;
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
const GENERIC_TITLE =
  /^(new chat|new conversation|untitled|chat|chatgpt|claude|gemini|perplexity|deepseek|grok|copilot|le chat|mistral)$/i;

/**
 * The warm-start block for a new chat, in four layers under token budgets:
 * L4 who the user is (pinned memories, profile, style, standing preferences), L3 what they work on lately, L2 their last
 * few chats, L1 memories matching the message they are typing. Each line keeps its provenance.
 */
export async function buildPreamble(input: BuildPreambleInput): Promise<Preamble> {
  const { db } = input;
  const now = input.now ?? Date.now();
  const budgets: PreambleBudgets = { ...DEFAULT_BUDGETS, ...input.budgets };
  const active = await activeFilter(db, now);

  const recentChats = await recentConversations(db, active, RECENT_CHATS);
  const candidates: Record<Layer, () => Promise<Candidate[]>> = {
    L4: () => strategicCandidates(db, active, input.site),
    L3: () => domainCandidates(db, active, now, new Set(recentChats.map((c) => c.key))),
    L2: () => Promise.all(recentChats.map((c) => recentChatCandidate(db, c))),
    L1: () => relevantCandidates(input, active, now),
  };

  const total = budgets.l1 + budgets.l2 + budgets.l3 + budgets.l4;
  let totalLeft = total - tokenCount(formatFrame());
  const dedupe = new DedupeSet();
  const shownIds = new Set<string>();
  const kept: Record<Layer, Candidate[]> = { L1: [], L2: [], L3: [], L4: [] };

  // Fill in priority order (L1 last: it shows only what the other layers did not).
  for (const layer of ['L4', 'L3', 'L2', 'L1'] as const) {
    const budget = Math.min(budgets[layerKey(layer)], totalLeft);
    if (budget <= 0) continue;
    const items = kept[layer];
    let used = tokenCount(formatSection(layer, []));
    let misses = 0;
    for (const c of await candidates[layer]()) {
      if (budget - used < MIN_ROOM_TOKENS || misses >= MAX_MISSES) break;
      if (c.memoryId && shownIds.has(c.memoryId)) continue;
      if (c.text === '' || dedupe.isDuplicate(c.text)) continue;
      const texts = items.map((i) => i.text);
      const sectionWith = (s: string) => tokenCount(formatSection(layer, [...texts, s]));
      const capped = truncateToTokens(c.text, c.maxTokens);
      // Most lines fit whole: one real count settles it; only the rest pay for the word-boundary search.
      const fitted = sectionWith(capped) <= budget ? capped : truncateToTokens(capped, budget, sectionWith);
      if (fitted === '' || (fitted !== c.text && fitted.split(' ').length < MIN_WORDS_AFTER_CUT)) {
        misses++;
        continue;
      }
      dedupe.add(c.text);
      if (c.memoryId) shownIds.add(c.memoryId);
      items.push({ ...c, text: fitted });
      used = sectionWith(fitted);
    }
    totalLeft -= tokenCount(formatSection(layer, items.map((i) => i.text)));
  }

  // Token counts of joined text are not exactly additive: enforce the total on the real string.
  let text = render(kept);
  for (const layer of ['L2', 'L3', 'L1', 'L4'] as const) {
    while (text !== '' && tokenCount(text) > total && kept[layer].length > 0) {
      kept[layer].pop();
      text = render(kept);
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

function render(kept: Record<Layer, Candidate[]>): string {
  return formatPreamble(Object.fromEntries(LAYER_ORDER.map((l) => [l, kept[l].map((c) => c.text)])));
}

function layerKey(layer: Layer): keyof PreambleBudgets {
  return layer.toLowerCase() as keyof PreambleBudgets;
}

interface ActiveFilter {
  memory(m: MemoryRow): boolean;
  conversation(key: string): boolean;
}

/** Only live memories: active status, not superseded, still valid, never tombstoned; no forgotten conversations. */
async function activeFilter(db: ReverieDb, now: number): Promise<ActiveFilter> {
  const tombstones = await db.tombstones.toArray();
  const hashes = new Set(tombstones.map((t) => t.hash).filter(Boolean));
  const ids = new Set(tombstones.map((t) => t.memoryId).filter((x): x is string => !!x));
  const forgotten = new Set(tombstones.map((t) => t.conversationKey).filter((x): x is string => !!x));
  return {
    memory: (m) =>
      m.status === 'active' &&
      !m.supersededBy &&
      (m.validTo === undefined || m.validTo > now) &&
      !ids.has(m.id) &&
      !hashes.has(m.hash) &&
      !(m.conversationKey && forgotten.has(m.conversationKey)),
    conversation: (key) => !forgotten.has(key),
  };
}

function memoryLine(m: MemoryRow): string {
  return absolutizeDates(cleanMemoryText(m.text), m.occurredAt);
}

function memoryCandidate(m: MemoryRow, text: string, maxTokens: number): Candidate {
  return { text, memoryId: m.id, sourceTurnIds: [...(m.sourceTurnIds ?? [])], maxTokens };
}

async function activeOfKinds(db: ReverieDb, kinds: MemoryKind[], active: ActiveFilter): Promise<MemoryRow[]> {
  return db.memories.where('kind').anyOf(kinds).filter(active.memory).toArray();
}

async function strategicCandidates(db: ReverieDb, active: ActiveFilter, site?: SiteId): Promise<Candidate[]> {
  // IndexedDB cannot index booleans: pinned memories are found by their `pinnedAt` time.
  const pinned = await db.memories
    .where('pinnedAt')
    .above(0)
    .filter((m) => m.pinned === true && active.memory(m))
    .toArray();
  const byRecent = (a: MemoryRow, b: MemoryRow) => b.updatedAt - a.updatedAt;
  const profiles = (await activeOfKinds(db, ['profile'], active)).sort(byRecent);
  const styles = (await activeOfKinds(db, ['style'], active)).sort(byRecent);
  const standing = (await activeOfKinds(db, STANDING_KINDS, active)).sort(
    (a, b) =>
      b.importance - a.importance ||
      (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) ||
      Number(b.site === site) - Number(a.site === site) ||
      b.strength - a.strength ||
      byRecent(a, b),
  );
  pinned.sort((a, b) => b.importance - a.importance || byRecent(a, b));

  const out: Candidate[] = [];
  for (const m of pinned) out.push(memoryCandidate(m, memoryLine(m), 80));
  for (const m of profiles.slice(0, 1)) out.push(memoryCandidate(m, memoryLine(m), 140));
  for (const m of styles.slice(0, 1)) {
    const text = memoryLine(m);
    out.push(memoryCandidate(m, text && !/^style\b/i.test(text) ? `Style: ${text}` : text, 60));
  }
  for (const m of standing) out.push(memoryCandidate(m, memoryLine(m), 60));
  return out;
}

async function domainCandidates(
  db: ReverieDb,
  active: ActiveFilter,
  now: number,
  recentKeys: Set<string>,
): Promise<Candidate[]> {
  const domains = (await activeOfKinds(db, ['domain'], active)).sort(
    (a, b) => b.updatedAt - a.updatedAt || b.importance - a.importance,
  );
  if (domains.length > 0) return domains.map((m) => memoryCandidate(m, memoryLine(m), 60));

  // No dream output yet: what the user talked about this past month, grouped by topic community (or by site).
  const conversations = (
    await db.conversations
      .where('lastSeenAt')
      .aboveOrEqual(now - LATELY_WINDOW_MS)
      .reverse()
      .limit(LATELY_MAX_CONVERSATIONS + recentKeys.size)
      .toArray()
  ).filter((c) => c.turnCount > 0 && active.conversation(c.key) && !recentKeys.has(c.key));
  const groups = new Map<string, { label: string; topics: string[]; turnIds: string[] }>();
  for (const c of conversations.slice(0, LATELY_MAX_CONVERSATIONS)) {
    const topic = await conversationTopic(db, c);
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

async function recentConversations(db: ReverieDb, active: ActiveFilter, n: number): Promise<ConversationRow[]> {
  const rows: ConversationRow[] = [];
  await db.conversations
    .orderBy('lastSeenAt')
    .reverse()
    .until(() => rows.length >= n)
    .each((c) => {
      if (c.turnCount > 0 && active.conversation(c.key)) rows.push(c);
    });
  return rows;
}

async function recentChatCandidate(db: ReverieDb, c: ConversationRow): Promise<Candidate> {
  const topic = await conversationTopic(db, c);
  const text = topic.text ? `${formatDay(c.lastSeenAt)} · ${siteName(c.site)} · ${topic.text}` : '';
  return { text, sourceTurnIds: topic.turnIds, maxTokens: 36 };
}

/** A conversation's subject: its title, or its first user turn when the title is missing or generic. */
async function conversationTopic(db: ReverieDb, c: ConversationRow): Promise<{ text: string; turnIds: string[] }> {
  const title = cleanMemoryText(c.title);
  if (title && !GENERIC_TITLE.test(title)) return { text: title, turnIds: [] };
  const first = await db.turns
    .where('[conversationKey+ordinal]')
    .between([c.key, Dexie.minKey], [c.key, Dexie.maxKey])
    .filter((t) => t.role === 'user')
    .first();
  if (!first) return { text: title, turnIds: [] };
  const text = absolutizeDates(cleanMemoryText(stripPreamble(first.text)), first.capturedAt);
  return { text: truncateToTokens(text, 24), turnIds: [first.id] };
}

function siteName(site: ConversationRow['site']): string {
  if (site === 'import') return 'Imported';
  return ownEntry(SITES, site)?.name ?? site;
}

async function relevantCandidates(input: BuildPreambleInput, active: ActiveFilter, now: number): Promise<Candidate[]> {
  const query = cleanMemoryText(stripPreamble(input.firstMessage ?? ''));
  if (query === '') return [];
  let hits: RecallHit[];
  try {
    hits = await input.recall(query, { k: RECALL_K, now, includeArchived: false });
  } catch {
    return []; // the engine not ready yet is no reason to withhold the rest of the block
  }
  return hits
    .filter((h) => active.memory(h.memory))
    .sort((a, b) => b.score - a.score)
    .map((h) => {
      const m = h.memory;
      const dated = m.kind === 'passage' || m.kind === 'episode' || m.kind === 'fact' || m.kind === 'pattern';
      const who = m.role === 'assistant' ? 'assistant said: ' : '';
      const body = memoryLine(m);
      const text = body && dated ? `${formatDay(m.occurredAt)} · ${who}${body}` : body;
      return memoryCandidate(m, text, 80);
    });
}
