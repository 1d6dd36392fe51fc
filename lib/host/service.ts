import type { DiaryRow, DreamRunRow, MemoryRow, ReverieDb } from '../db/schema';
import type { Embedder } from '../engine/types';
import { MemoryEngine } from '../engine/engine';
import { checkBackup, exportBackup, restoreBackup } from '../backup/backup';
import { eraseDeleted, UNDO_WINDOW_MS } from '../engine/erase';
import type {
  CaptureMessage,
  DailyCount,
  ImportProgress,
  ModelStatus,
  Preamble,
  ReverieStatus,
} from '../messaging/protocol';
import { buildPreamble } from '../preamble/build';
import { loadSettings, saveSettings, type Settings, type SettingsPatch } from '../settings';
import type { SiteId } from '../sites';
import { runDream } from '../dream/run';
import { approveDiaryEntry, settleDreamRun, undoDiaryEntry } from '../dream/diary';
import type { DreamLlm } from '../llm/types';
import { isQuotaError, noteStorageFull, noteStorageOk, storageState } from './storage';
import { renderMarkdownExport } from './markdown-export';
import { ownEntry } from '../util/own';

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
 * offscreen document on Chrome and in the background page on Firefox, and unchanged in Node tests.
 */
export class ReverieService {
  readonly db: ReverieDb;
  private engine!: MemoryEngine;
  private models = new Map<string, ModelStatus>();
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private dreaming: Promise<DreamRunRow> | null = null;
  /** Set while a page restores a backup: nothing writes to the database meanwhile. */
  private restoring: Promise<void> | null = null;
  private releaseRestore?: () => void;
  private restoreTimer?: ReturnType<typeof setTimeout>;
  private readonly now: () => number;

  private constructor(private readonly opts: ServiceOptions) {
    this.db = opts.db;
    this.now = opts.now ?? Date.now;
  }

  static async start(opts: ServiceOptions): Promise<ReverieService> {
    const service = new ReverieService(opts);
    // Lexical recall answers from the first moment; the embedder joins when (if) its model is ready.
    service.engine = await MemoryEngine.open({ db: opts.db, embedder: null, openVectorIndex: opts.openVectorIndex, now: service.now });
    void service.loadEmbedder();
    void service.eraseDue();
    return service;
  }

  private async loadEmbedder(current?: Settings): Promise<void> {
    const settings = current ?? (await loadSettings(this.db));
    const id = settings.embedModel;
    // Nothing is downloaded before the user agrees (settings.modelConsent); until then recall is by words alone.
    if (!this.opts.createEmbedder || id === 'none' || !settings.modelConsent) return;
    // One load per model at a time: a Retry pressed twice, or consent given while a load runs, does not start another.
    if (this.models.get(id)?.state === 'downloading') return;
    this.models.set(id, { id, kind: 'embedding', state: 'downloading', progress: 0 });
    try {
      const embedder = await this.opts.createEmbedder(id, (progress) =>
        this.models.set(id, { id, kind: 'embedding', state: 'downloading', progress }),
      );
      if (!embedder) {
        this.models.set(id, { id, kind: 'embedding', state: 'unsupported' });
        return;
      }
      await this.reopenEngine(embedder);
      this.models.set(id, { id, kind: 'embedding', state: 'ready', progress: 1 });
      void this.embedPending();
    } catch (error) {
      if (isQuotaError(error)) await noteStorageFull(this.db);
      const message = String((error as Error)?.message ?? error);
      this.models.set(id, { id, kind: 'embedding', state: 'error', error: isQuotaError(error) ? `QuotaExceededError: ${message}` : message });
    }
  }

  /**
   * Tries the search model in use again after it failed (no network, storage full, a load error). Only the current
   * embedding model can be retried; the dream model is tried again at every dream anyway.
   */
  async retryModel(id: string): Promise<void> {
    const settings = await loadSettings(this.db);
    if (id !== settings.embedModel) throw new Error('That model is not the search model in use, so there is nothing to retry.');
    // Given the settings, the load marks the model 'downloading' before this returns: the next status shows it.
    void this.loadEmbedder(settings);
  }

  /**
   * Embeds what waits in the durable queue, then persists the indexes, so the next start loads them instead of
   * rebuilding. One run at a time; a failure leaves the jobs queued for the next try.
   */
  private embedding: Promise<void> | null = null;
  embedPending(): Promise<void> {
    if (this.restoring) return Promise.resolve(); // endRestore embeds what waits
    this.embedding ??= (async () => {
      try {
        await this.engine.processEmbedQueue();
        await this.engine.flush();
      } catch (error) {
        if (isQuotaError(error)) await noteStorageFull(this.db);
      } finally {
        this.embedding = null;
      }
    })();
    return this.embedding;
  }

  /** Swaps in a new embedder: the engine re-embeds in the background when the model changed. */
  private async reopenEngine(embedder: Embedder | null): Promise<void> {
    const old = this.engine;
    this.engine = await MemoryEngine.open({ db: this.db, embedder, openVectorIndex: this.opts.openVectorIndex, now: this.now });
    await old?.close().catch(() => undefined);
  }

  /** Ingests every queued capture, oldest first. Ingestion is idempotent, so a row is removed only after it landed. */
  drainCaptureQueue(): Promise<void> {
    if (this.restoring) return Promise.resolve(); // captures wait in the queue; endRestore drains them
    // A capture queued while a drain is ingesting must not wait for the next alarm: the drain goes round once more.
    if (this.draining) {
      this.drainAgain = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.drainAgain = false;
          if ((await this.ingestQueuedCaptures()) === 'storage-full') return; // retried when space returns
        } while (this.drainAgain);
      } finally {
        this.draining = null;
      }
    })();
    // Embedding follows ingestion but never holds it up: a capture arriving while vectors are computed is ingested
    // at once by the next drain (embedding is one run at a time and picks up what was queued meanwhile).
    return this.draining.then(() => this.embedPending());
  }

  private async ingestQueuedCaptures(): Promise<'empty' | 'storage-full'> {
    for (;;) {
      const batch = await this.db.queue.where('kind').equals('capture').limit(20).toArray();
      if (!batch.length) return 'empty';
      for (const row of batch) {
        const msg = row.payload as CaptureMessage;
        try {
          await this.engine.ingest({ ...msg, source: 'live' });
          await this.db.queue.delete(row.seq!);
          await noteStorageOk(this.db);
        } catch (error) {
          if (isQuotaError(error)) {
            await noteStorageFull(this.db);
            return 'storage-full';
          }
          // After five failures it is set aside, not deleted: the captures behind it must not wait.
          const attempts = row.attempts + 1;
          await this.db.queue.update(row.seq!, {
            attempts,
            lastError: String(error),
            ...(attempts >= 5 ? { kind: 'capture-failed' as const } : {}),
          });
        }
      }
    }
  }

  async preamble(msg: { site: SiteId; firstMessage?: string }): Promise<Preamble> {
    const settings = await loadSettings(this.db);
    return buildPreamble({
      db: this.db,
      recall: (q, o) => this.engine.recall(q, o),
      budgets: settings.budgets,
      firstMessage: msg.firstMessage,
      now: this.now(),
      site: msg.site,
      approveInstructions: settings.dream.approveInstructions,
    });
  }

  async status(site?: SiteId): Promise<ReverieStatus> {
    const settings = await loadSettings(this.db);
    const [conversations, turns, memories, pendingQueue, lastDream, healthRows] = await Promise.all([
      this.db.conversations.count(),
      this.db.turns.count(),
      // Two native index counts, not `anyOf().count()`, which walks a cursor over every memory on each popup poll.
      Promise.all([this.db.memories.where('status').equals('active').count(), this.db.memories.where('status').equals('archived').count()]).then(
        ([active, archived]) => active + archived,
      ),
      this.db.queue.count(),
      this.db.dreamRuns.orderBy('startedAt').last(),
      this.db.meta.where('key').startsWith('health:').toArray(),
    ]);
    const health = healthRows.map((r) => r.value as ReverieStatus['health'][number]);
    const siteHealth = site ? health.find((h) => h.site === site) : undefined;
    let captureBlockedReason: ReverieStatus['captureBlockedReason'];
    if (settings.paused) captureBlockedReason = 'paused';
    else if (site && !ownEntry(settings.sites, site)) captureBlockedReason = 'site-off';
    else if (siteHealth && !siteHealth.ok) captureBlockedReason = 'adapter-broken';
    const models: ModelStatus[] = [...this.models.values()];
    if (!this.models.has(settings.embedModel) && settings.embedModel !== 'none')
      models.push({ id: settings.embedModel, kind: 'embedding', state: 'absent' });
    return {
      paused: settings.paused,
      site,
      siteEnabled: site ? ownEntry(settings.sites, site) : undefined,
      captureBlockedReason,
      health,
      models,
      lastDream,
      counts: { conversations, turns, memories, pendingQueue },
      storage: await storageState(this.db),
    };
  }

  async recordHealth(h: ReverieStatus['health'][number]): Promise<void> {
    await this.db.meta.put({ key: `health:${h.site}`, value: h, updatedAt: this.now() });
  }

  search(query: string, k = 20) {
    return this.engine.recall(query, { k, includeArchived: true, now: this.now() });
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
    return row;
  }
  async deleteMemory(id: string): Promise<void> {
    await this.engine.deleteMemory(id, { tombstone: true });
    // Undo is possible for UNDO_WINDOW_MS; then the words are erased everywhere (lib/engine/erase.ts).
    setTimeout(() => void this.eraseDue(), UNDO_WINDOW_MS + 1_000);
  }
  async undoDelete(id: string): Promise<MemoryRow> {
    await this.engine.undoDelete(id);
    const row = await this.db.memories.get(id);
    if (!row) throw new Error('That memory was erased for good once the time to undo had passed; it cannot be restored.');
    return row;
  }
  async forgetConversation(key: string): Promise<{ deleted: number }> {
    const result = await this.engine.forgetConversation(key);
    await this.eraseDue(); // no undo: erased at once
    return { deleted: result.memories };
  }

  /** Erases the words of deletions whose undo time has passed (also at start, for those a restart interrupted). */
  private async eraseDue(): Promise<void> {
    if (this.restoring) return;
    await eraseDeleted(this.db, this.now() - UNDO_WINDOW_MS).catch((error) => console.warn('[reverie] erase failed', error));
  }

  /** Removes a downloaded model's files from the browser's caches (transformers.js and WebLLM both use Cache Storage). */
  async deleteModel(id: string): Promise<void> {
    const cachesApi = (globalThis as { caches?: CacheStorage }).caches;
    if (cachesApi) {
      const needle = id.replace(/^webllm:/, '');
      for (const name of await cachesApi.keys()) {
        const cache = await cachesApi.open(name);
        for (const request of await cache.keys()) if (request.url.includes(needle)) await cache.delete(request);
      }
    }
    this.models.delete(id);
  }

  getSettings(): Promise<Settings> {
    return loadSettings(this.db);
  }
  async setSettings(patch: SettingsPatch): Promise<Settings> {
    const before = await loadSettings(this.db);
    const after = await saveSettings(this.db, patch);
    // A new model, or the user's agreement to download: load (and download) the search model now.
    if (after.embedModel !== before.embedModel || (after.modelConsent && !before.modelConsent)) void this.loadEmbedder(after);
    return after;
  }

  /** Runs a dream now (manual) or when due (alarm); one at a time. */
  dream(trigger: DreamRunRow['trigger']): Promise<DreamRunRow> {
    if (this.restoring) return Promise.reject(new Error('A backup is being restored; dream again once it is done.'));
    this.dreaming ??= (async () => {
      try {
        const settings = await loadSettings(this.db);
        // Alarm runs pass the dream's own gates (enough new material, one run at a time); "Dream now" skips them.
        if (trigger === 'alarm' && !settings.dream.enabled)
          return { id: 'skipped', startedAt: this.now(), status: 'skipped', phase: 'done', checkpoint: {}, trigger, engine: 'rules' };
        // The dream model is downloaded only with the user's agreement too; without it the rules dream alone.
        const llm = settings.dream.useLlm && settings.modelConsent && this.opts.createLlm ? await this.loadLlm(settings.llmModel) : null;
        try {
          const run = await runDream({ db: this.db, llm, now: this.now, trigger });
          // Undo sticks (a change the user undid is taken back again), and the run's figures are the diary's own.
          const changes = await settleDreamRun(this.db, run.id, this.now());
          const settled = { ...run, stats: { ...run.stats, ...changes } };
          if (run.status === 'done') await this.db.dreamRuns.update(run.id, { stats: settled.stats });
          await this.reindexRun(run.id);
          return settled;
        } finally {
          // The model's memory goes back once the dream is over; the next dream loads it again (from the cache).
          await llm?.dispose?.().catch(() => undefined);
        }
      } finally {
        this.dreaming = null;
      }
    })();
    return this.dreaming;
  }

  private async loadLlm(id: string): Promise<DreamLlm | null> {
    this.models.set(id, { id, kind: 'llm', state: 'downloading', progress: 0 });
    try {
      const llm = await this.opts.createLlm!(id, (progress) => this.models.set(id, { id, kind: 'llm', state: 'downloading', progress }));
      const used = llm?.id.startsWith('webllm:') ? llm.id.slice('webllm:'.length) : id;
      // WebLLM may have loaded another model than the one named in the settings (the largest that fits): name that one.
      if (used !== id) this.models.delete(id);
      this.models.set(used, { id: used, kind: 'llm', state: llm ? 'ready' : 'unsupported', progress: 1 });
      return llm;
    } catch (error) {
      this.models.set(id, { id, kind: 'llm', state: 'error', error: String((error as Error)?.message ?? error) });
      return null;
    }
  }

  /** The dream writes memories directly; bring the lexical and vector indexes up to date with what it changed. */
  private async reindexRun(runId: string): Promise<void> {
    const entries = await this.db.diary.where('runId').equals(runId).toArray();
    await this.engine.reindexMemories(diaryMemoryIds(entries));
  }

  diary(limit = 100): Promise<DiaryRow[]> {
    return this.db.diary.orderBy('createdAt').reverse().limit(limit).toArray();
  }
  async approve(id: string): Promise<DiaryRow> {
    if (!(await approveDiaryEntry(this.db, id))) throw new Error('That change is no longer in the diary.');
    return (await this.db.diary.get(id))!;
  }
  async undo(id: string): Promise<DiaryRow> {
    const result = await undoDiaryEntry(this.db, id, { now: this.now() });
    if (!result.ok) {
      const why = {
        'not-found': 'That change is no longer in the diary.',
        'already-undone': 'That change was already undone.',
        'changed-since': 'That memory was edited after this change, so undoing it would lose your edit.',
      }[result.reason];
      throw new Error(why);
    }
    const row = (await this.db.diary.get(id))!;
    await this.engine.reindexMemories(diaryMemoryIds([row]));
    return row;
  }

  async daily(days: number): Promise<DailyCount[]> {
    const since = this.now() - days * 86_400_000;
    const counts = new Map<string, DailyCount>();
    const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
    for (let t = since; t <= this.now(); t += 86_400_000) counts.set(dayOf(t), { day: dayOf(t), turns: 0, memories: 0 });
    await this.db.turns.where('capturedAt').aboveOrEqual(since).each((t) => {
      const c = counts.get(dayOf(t.capturedAt));
      if (c) c.turns++;
    });
    await this.db.memories.where('occurredAt').aboveOrEqual(since).each((m) => {
      const c = counts.get(dayOf(m.createdAt));
      if (c && m.status !== 'deleted') c.memories++;
    });
    return [...counts.values()];
  }

  async topics(): Promise<{ topic: string; count: number }[]> {
    const domains = await this.db.memories.where('kind').equals('domain').filter((m) => m.status === 'active').toArray();
    const sizes = new Map<string, number>();
    await this.db.memories.where('community').above('').each((m) => {
      if (m.status === 'active') sizes.set(m.community!, (sizes.get(m.community!) ?? 0) + 1);
    });
    return domains
      .map((d) => ({ topic: (d.text.replace(/^Working on:\s*/i, '').split(/[.;\n(]/)[0]?.trim() ?? '').slice(0, 60), count: sizes.get(d.community ?? '') ?? 0 }))
      .sort((a, b) => b.count - a.count)
      .slice(0, 12);
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

  /** A whole backup as text, in this context (Node, tests); the extension's pages use lib/backup directly. */
  async exportJson(): Promise<string> {
    return (await exportBackup(this.db)).text();
  }

  async exportMarkdown(): Promise<string> {
    return renderMarkdownExport(this.db, this.now());
  }

  /** Restores one of our own backups in this context (Node, tests): checked, verified, and on failure left as it was. */
  async importJson(json: string): Promise<{ ok: true } | { ok: false; error: string }> {
    const file = new Blob([json]);
    try {
      await checkBackup(this.db, file);
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
    await this.beginRestore();
    try {
      await restoreBackup(this.db, file);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    } finally {
      await this.endRestore();
    }
  }

  /**
   * A page is about to replace the database with a backup (lib/backup): work under way ends, the engine closes, and
   * nothing is written until endRestore (captures wait in the durable queue). Five minutes without endRestore — the
   * page was closed mid-way — end it anyway.
   */
  async beginRestore(): Promise<void> {
    if (this.restoring) return;
    let release!: () => void;
    this.restoring = new Promise<void>((resolve) => (release = resolve));
    this.restoreTimer = setTimeout(() => void this.endRestore(), 5 * 60_000);
    this.releaseRestore = release;
    await this.settle();
    await this.engine.close().catch(() => undefined);
  }

  /** The restore is over (done or not): reopen the engine on what is now in the database; it rebuilds its indexes. */
  async endRestore(): Promise<void> {
    if (!this.restoring) return;
    clearTimeout(this.restoreTimer);
    this.engine = await MemoryEngine.open({ db: this.db, embedder: null, openVectorIndex: this.opts.openVectorIndex, now: this.now });
    this.models.clear();
    this.restoring = null;
    this.releaseRestore?.();
    void this.loadEmbedder();
    void this.drainCaptureQueue();
  }

  /** Waits until no capture drain, embedding or dream is running (each may start another, so until all are quiet). */
  private async settle(): Promise<void> {
    for (let busy = [this.draining, this.embedding, this.dreaming]; busy.some(Boolean); busy = [this.draining, this.embedding, this.dreaming])
      await Promise.allSettled(busy);
  }

  async wipe(): Promise<void> {
    // Work under way (a capture being ingested, vectors being embedded, a dream) ends first: otherwise it writes what
    // it read before the wipe back into the emptied tables, and its final flush re-saves the old search indexes.
    await this.settle();
    await this.engine.close().catch(() => undefined);
    await this.db.transaction('rw', this.db.tables, async () => {
      for (const table of this.db.tables) await table.clear();
    });
    // The "storage full" note is also held in memory: the space it spoke of has just been freed.
    await noteStorageOk(this.db).catch(() => undefined);
    // The engine reopens without a model: until one loads again, status must not say the old one is in use.
    this.models.clear();
    this.engine = await MemoryEngine.open({ db: this.db, embedder: null, openVectorIndex: this.opts.openVectorIndex, now: this.now });
    void this.loadEmbedder();
  }
}


function diaryMemoryIds(entries: DiaryRow[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    for (const id of e.memoryIds) ids.add(id);
    for (const m of [...e.before, ...e.after]) ids.add(m.id);
  }
  return [...ids];
}
