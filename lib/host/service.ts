import type { DiaryRow, DreamRunRow, MemoryRow, ReverieDb } from '../db/schema';
import type { Embedder, RecallHit } from '../engine/types';
import type { MemoryEngine } from '../engine/engine';
import { eraseDeleted, UNDO_WINDOW_MS } from '../engine/erase';
import { noteUsed } from '../engine/usage';
import type { CaptureMessage, DailyCount, ImportProgress, Preamble, RememberResult, ReverieStatus, SearchHit } from '../messaging/protocol';
import { correctionsByPassage, formatCorrection, newestNoteOf, type CorrectionNote } from '../dream/corrections';
import { correctedInPassingNote } from '../preamble/corrected-in-passing';
import { formatDay } from '../preamble/dates';
import { refreshProfile } from '../dream/profile';
import { asksToForgetAMatter } from '../dream/forget-by-topic';
import { awaitsForget, turnsAwaitingForget } from '../dream/awaiting-forget';
import { mostlyPasted } from '../dream/pasted';
import { buildPreamble } from '../preamble/build';
import { ABOUT_THE_USER, HYPOTHETICAL, makeBelieveTurns, stepsOut } from '../preamble/make-believe';
import { blockScopeFor, loadSettings, saveSettings, type Settings, type SettingsPatch } from '../settings';
import type { SiteId } from '../sites';
import type { DreamLlm } from '../llm/types';
import { isQuotaError, noteStorageFull } from './storage';
import { excludeChat } from './excluded-chats';
import { rememberText } from './remember';
import { answersFirst } from './answer-first';
import { parseTemporalQuery, type TimeWindow } from '../engine/temporal';
import { terms } from '../engine/text';
import { BackupRestore } from './backup-restore';
import { CaptureDrain } from './capture-drain';
import { Dreams } from './dreams';
import { EngineSlot } from './engine-slot';
import { HostStats } from './host-stats';
import { ModelRegistry } from './model-registry';

export interface ServiceOptions {
  db: ReverieDb;
  /** Builds the embedder for a model id; null when embeddings are off or cannot load here. */
  createEmbedder?: (modelId: string, onProgress: (p: number) => void) => Promise<Embedder | null>;
  openVectorIndex?: Parameters<typeof MemoryEngine.open>[0]['openVectorIndex'];
  createLlm?: (modelId: string, onProgress: (p: number) => void) => Promise<DreamLlm | null>;
  now?: () => number;
}

/**
 * The engine host's service: everything the popup, options page and content scripts ask of memory. It runs in the
 * offscreen document on Chrome and in the background page on Firefox, and unchanged in Node tests. A facade over its
 * parts: the engine it shares (engine-slot.ts), the capture drain (capture-drain.ts), the models (model-registry.ts),
 * dreams and their diary (dreams.ts), backups and restores (backup-restore.ts) and the popup's figures
 * (host-stats.ts); what memories themselves are asked (search, list, edits) it passes to the engine here.
 */
/** How many more hits than shown the popup's search asks recall for (answer-first.ts). */
const SEARCH_EXTRA = 20;

export class ReverieService {
  readonly db: ReverieDb;
  private readonly now: () => number;
  private readonly slot: EngineSlot;
  private readonly drain: CaptureDrain;
  private readonly models: ModelRegistry;
  private readonly dreams: Dreams;
  private readonly figures: HostStats;
  private readonly backups: BackupRestore;

  private constructor(opts: ServiceOptions) {
    this.db = opts.db;
    this.now = opts.now ?? Date.now;
    const restoring = () => this.backups.active;
    this.slot = new EngineSlot(this.db, opts.openVectorIndex, this.now);
    this.drain = new CaptureDrain(this.db, this.slot, restoring);
    this.models = new ModelRegistry(this.db, opts, this.slot, () => this.drain.embedPending());
    this.dreams = new Dreams(this.db, this.slot, this.models, this.now, restoring);
    this.figures = new HostStats(this.db, this.models, this.now);
    this.backups = new BackupRestore(this.db, this.now, this.slot, this.models, this.drain, () => [...this.drain.busy(), this.dreams.running]);
  }

  static async start(opts: ServiceOptions): Promise<ReverieService> {
    const service = new ReverieService(opts);
    // Lexical recall answers from the first moment; the embedder joins when (if) its model is ready.
    await service.slot.open();
    void service.models.loadEmbedder();
    void service.eraseDue();
    return service;
  }

  /** The engine open now (it is replaced when the search model changes, and after a restore or a wipe). */
  private get engine(): MemoryEngine {
    return this.slot.engine;
  }

  // ------------------------------------------------------------------------------------- capture and models

  drainCaptureQueue(): Promise<void> {
    return this.drain.drain();
  }
  embedPending(): Promise<void> {
    return this.drain.embedPending();
  }
  retryModel(id: string): Promise<void> {
    return this.models.retryModel(id);
  }
  deleteModel(id: string): Promise<void> {
    return this.models.deleteModel(id);
  }

  // ----------------------------------------------------------------------------------------------- memories

  async preamble(msg: { site: SiteId; firstMessage?: string }): Promise<Preamble> {
    const settings = await loadSettings(this.db);
    return buildPreamble({
      db: this.db,
      recall: (q, o) => this.engine.recall(q, o),
      budgets: settings.budgets,
      firstMessage: msg.firstMessage,
      now: this.now(),
      site: msg.site,
      // What the block may draw on is decided here, in the engine host: the content script never sees the rest.
      scope: blockScopeFor(settings, msg.site),
      approveInstructions: settings.dream.approveInstructions,
    });
  }

  async search(query: string, k = 20): Promise<SearchHit[]> {
    const now = this.now();
    // A few more than shown, so that the fact answering "where do I live" is among them to be put first.
    const parsed = parseTemporalQuery(query, now);
    const window = parsed.window;
    // A request to forget a matter by name stays listed with the memories, but no search brings the matter up by it.
    // What a request to forget, said since the last dream, points at does not come back before the dream forgets it.
    const awaiting = await turnsAwaitingForget(this.db);
    const accept = (m: MemoryRow) => !asksToForgetAMatter(m) && !awaitsForget(m, awaiting);
    const found = await this.engine.recall(query, { k: window ? k * 3 : k + SEARCH_EXTRA, includeArchived: true, now, accept });
    const ranked = answersFirst(query, withinPeriod(found, window, asksOfThePeriod(query, parsed.timeOnly) ? null : parsed.text), now);
    const firstTurn = (h: RecallHit) => (h.memory.kind === 'passage' ? h.memory.sourceTurnIds[0] : undefined);
    const pretend = await makeBelieveTurns(this.db, ranked.flatMap((h) => firstTurn(h) ?? []));
    const playedIn = (h: RecallHit) => pretend.get(firstTurn(h) ?? '');
    // A search about the user ("what is my job") wants what is true of them: lines of a role-play or a story, and the
    // user's "hypothetically, if I moved to Japan…", come last.
    // A setup that steps out in the same breath ("(ooc: real me is a school librarian in inverness)") keeps its place.
    // So do messages that are mostly other people's words pasted in (an email thread): their "I" is not the user's.
    const notTheirLife = (h: RecallHit) =>
      (!!playedIn(h) && !stepsOut(h.memory.text)) ||
      (h.memory.kind === 'passage' && h.memory.role === 'user' && (HYPOTHETICAL.test(h.memory.text) || mostlyPasted(h.memory.text)));
    const aboutUser = ABOUT_THE_USER.test(query);
    const hits = (aboutUser ? [...ranked.filter((h) => !notTheirLife(h)), ...ranked.filter(notTheirLife)] : ranked).slice(0, k);
    const notes = hits.length ? await correctionsByPassage(this.db) : new Map<string, CorrectionNote>();
    // A topic line ("Working on: Lisbon in June") carries the newest note on its chats' passages ("Lisbon's off").
    const topicNotes = new Map<string, CorrectionNote>();
    for (const h of hits) {
      if (h.memory.kind !== 'domain' || notes.size === 0) continue;
      const passages = await this.db.memories.where('sourceTurnIds').anyOf(h.memory.sourceTurnIds).filter((m) => m.kind === 'passage').primaryKeys();
      const newest = newestNoteOf(notes, passages.map(String));
      if (newest) topicNotes.set(h.memory.id, newest);
    }
    return hits.map((h) => {
      const note = notes.get(h.memory.id) ?? topicNotes.get(h.memory.id);
      const played = playedIn(h);
      // A figure the user corrected in the same breath ("$185 … make that $190") is noted as a later correction is.
      const correction = note ? formatCorrection(note, formatDay) : h.memory.kind === 'passage' ? correctedInPassingNote(h.memory.text) : undefined;
      return { ...h, ...(correction ? { correction } : {}), ...(played ? { makeBelieve: played } : {}) };
    });
  }

  /** Memories newest first by when they happened (an import of 2024 chats sorts into 2024, not to the top). */
  async list(msg: { offset?: number; limit?: number; kinds?: MemoryRow['kind'][]; pinnedOnly?: boolean }): Promise<MemoryRow[]> {
    const rows = await this.db.memories
      .orderBy('occurredAt')
      .reverse()
      .filter(
        (m) =>
          (m.status === 'active' || m.status === 'archived') &&
          (!msg.kinds || msg.kinds.includes(m.kind)) &&
          (!msg.pinnedOnly || m.pinned),
      )
      .offset(msg.offset ?? 0)
      .limit(msg.limit ?? 50)
      .toArray();
    return rows;
  }

  async updateMemory(msg: { id: string; text?: string; pinned?: boolean }): Promise<MemoryRow> {
    const row = await this.engine.updateMemory(msg.id, { text: msg.text, pinned: msg.pinned });
    if (!row) throw new Error('That memory no longer exists.');
    if (row.kind !== 'profile') await this.refreshProfile();
    return row;
  }
  async deleteMemory(id: string): Promise<void> {
    const kind = (await this.db.memories.get(id))?.kind;
    await this.engine.deleteMemory(id, { tombstone: true });
    // Deleting the profile paragraph itself is not undone here by writing it again.
    if (kind !== 'profile') await this.refreshProfile();
    // Undo is possible for UNDO_WINDOW_MS; then the words are erased everywhere (lib/engine/erase.ts).
    setTimeout(() => void this.eraseDue(), UNDO_WINDOW_MS + 1_000);
  }
  async undoDelete(id: string): Promise<MemoryRow> {
    await this.engine.undoDelete(id);
    const row = await this.db.memories.get(id);
    if (!row) throw new Error('That memory was erased for good once the time to undo had passed; it cannot be restored.');
    await this.refreshProfile();
    return row;
  }
  /** The block the user sent: its memories count as used (lib/engine/usage.ts). */
  async blockKept(memoryIds: string[]): Promise<{ reinforced: number }> {
    return { reinforced: await noteUsed(this.db, memoryIds, this.now()) };
  }
  /** The profile paragraph follows the user's edits, deletes and undos at once (lib/dream/profile.ts). */
  private async refreshProfile(): Promise<void> {
    const changed = await refreshProfile(this.db, this.now());
    if (changed) await this.engine.reindexMemories([changed]);
  }
  async forgetConversation(key: string): Promise<{ deleted: number }> {
    const result = await this.engine.forgetConversation(key);
    await this.eraseDue(); // no undo: erased at once
    return { deleted: result.memories };
  }
  /**
   * "Don't remember this chat": excluded first (its queued captures dropped, later ones refused at the intake), then
   * forgotten, by the same erase as forgetConversation, once a drain under way (which may hold one of its captures)
   * has ended.
   */
  async excludeConversation(key: string): Promise<{ deleted: number }> {
    await excludeChat(this.db, key, this.now());
    await this.drain.current?.catch(() => undefined);
    return this.forgetConversation(key);
  }
  /** "Remember this": the user's selection as a pinned memory of their own (lib/host/remember.ts). */
  rememberText(msg: { site: SiteId; url: string; text: string }): Promise<RememberResult> {
    return rememberText(this.db, this.engine, msg, this.now());
  }

  /** Erases the words of deletions whose undo time has passed (also at start, for those a restart interrupted). */
  private async eraseDue(): Promise<void> {
    if (this.backups.active) return;
    await eraseDeleted(this.db, this.now() - UNDO_WINDOW_MS).catch((error) => console.warn('[reverie] erase failed', error));
  }

  async importConversations(msg: { source: 'import-chatgpt' | 'import-claude'; conversations: (CaptureMessage & { at?: number })[] }): Promise<ImportProgress> {
    let turns = 0;
    let alreadyStored = 0;
    let done = 0;
    for (const conv of msg.conversations) {
      try {
        const result = await this.engine.ingest({ ...conv, at: conv.at ?? conv.createdAt, source: msg.source });
        turns += result.added + result.updated;
        alreadyStored += result.unchanged;
        done++;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        await noteStorageFull(this.db);
        // Each conversation lands whole or not at all, so what came before stays; importing again resumes.
        throw new Error(
          `The browser's storage for Reverie is full: ${done} of ${msg.conversations.length} conversations in this batch were stored ` +
            'and are kept. Free some space (delete old memories or other sites\' data), then import the same file again to add the rest.',
        );
      }
    }
    void this.embedPending();
    return { done, total: msg.conversations.length, conversations: done, turns, alreadyStored };
  }

  // ----------------------------------------------------------------------------------------------- settings

  getSettings(): Promise<Settings> {
    return loadSettings(this.db);
  }
  async setSettings(patch: SettingsPatch): Promise<Settings> {
    const before = await loadSettings(this.db);
    const after = await saveSettings(this.db, patch);
    // A new model, or the user's agreement to download: load (and download) the search model now.
    if (after.embedModel !== before.embedModel || (after.modelConsent && !before.modelConsent)) void this.models.loadEmbedder(after);
    return after;
  }

  // ------------------------------------------------------------------------------------ dreams and the diary

  dream(trigger: DreamRunRow['trigger']): Promise<DreamRunRow> {
    return this.dreams.dream(trigger);
  }
  diary(limit = 100): Promise<DiaryRow[]> {
    return this.dreams.diary(limit);
  }
  approve(id: string): Promise<DiaryRow> {
    return this.dreams.approve(id);
  }
  undo(id: string): Promise<DiaryRow> {
    return this.dreams.undo(id);
  }

  // ---------------------------------------------------------------------------------------- status and stats

  status(site?: SiteId): Promise<ReverieStatus> {
    return this.figures.status(site);
  }
  recordHealth(h: ReverieStatus['health'][number]): Promise<void> {
    return this.figures.recordHealth(h);
  }
  daily(days: number): Promise<DailyCount[]> {
    return this.figures.daily(days);
  }
  topics(): Promise<{ topic: string; count: number }[]> {
    return this.figures.topics();
  }

  // ------------------------------------------------------------------------------------ backup, restore, wipe

  exportJson(): Promise<string> {
    return this.backups.exportJson();
  }
  exportMarkdown(): Promise<string> {
    return this.backups.exportMarkdown();
  }
  importJson(json: string): Promise<{ ok: true } | { ok: false; error: string }> {
    return this.backups.importJson(json);
  }
  beginRestore(): Promise<void> {
    return this.backups.beginRestore();
  }
  endRestore(): Promise<void> {
    return this.backups.endRestore();
  }
  wipe(): Promise<void> {
    return this.backups.wipe();
  }
}

/**
 * "what did I shoot last week": a search that names a period shows what was said in it, not the best matches from
 * other weeks after them. Ranked recall only favours the period (the composer's L1 and the benchmarks use it as such);
 * the popup's list keeps to it, unless nothing in it matched.
 */
function withinPeriod<H extends { memory: MemoryRow }>(hits: H[], window: TimeWindow | null, named: string | null): H[] {
  if (!window) return hits;
  const inside = hits.filter((h) => h.memory.occurredAt >= window.start && h.memory.occurredAt < window.end);
  if (inside.length === 0) return hits;
  // Words without a question ("Denmark trip in July", "wellington trip july") name a thing, and the period may be the
  // thing's, not the chat's: the trip called off in April is what is looked for. When nothing said in the period holds
  // a word of the search and something said at another time does, the best matches from any time are shown.
  const wanted = new Set(named ? terms(named) : []);
  const holds = (h: H) => terms(h.memory.text).some((t) => wanted.has(t));
  if (wanted.size > 0 && !inside.some(holds) && hits.some(holds)) return hits;
  return inside;
}

/** A question about the period itself ("what did I paint last week", "when did we talk about…"), or only a period. */
function asksOfThePeriod(query: string, timeOnly: boolean): boolean {
  return timeOnly || /\b(?:what|when|which|who|where|how|did|do|does|have|had|was|were|talk(?:ed)?|chat(?:ted)?|say|said|discuss(?:ed)?|decide[ds]?|ask(?:ed)?|tell|told|mention(?:ed)?)\b|\?/i.test(query);
}
