import type { ReverieDb } from '../db/schema';
import type { DreamLlm } from '../llm/types';
import type { ModelStatus } from '../messaging/protocol';
import { loadSettings, type Settings } from '../settings';
import type { EngineSlot } from './engine-slot';
import type { ServiceOptions } from './service';
import { isQuotaError, noteStorageFull } from './storage';

/**
 * The models of this context: the search (embedding) model the engine uses and the dream's LLM, each with the state
 * the popup and options show (downloading with progress, ready, unsupported, error). Nothing is downloaded before
 * the user agrees (settings.modelConsent).
 */
export class ModelRegistry {
  private readonly models = new Map<string, ModelStatus>();

  constructor(
    private readonly db: ReverieDb,
    private readonly opts: Pick<ServiceOptions, 'createEmbedder' | 'createLlm'>,
    private readonly slot: EngineSlot,
    /** Embeds what waits, once a search model is ready. */
    private readonly embedPending: () => Promise<void>,
  ) {}

  /** Loads the search model the settings name (when agreed to) and gives the engine its embedder. */
  async loadEmbedder(current?: Settings): Promise<void> {
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
      await this.slot.replace(embedder);
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

  /** The dream's LLM, when the settings ask for one and the user agreed to downloads; null: the rules dream alone. */
  async dreamLlm(settings: Settings): Promise<DreamLlm | null> {
    return settings.dream.useLlm && settings.modelConsent && this.opts.createLlm ? this.loadLlm(settings.llmModel) : null;
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

  /** The models for the status line: those loaded (or tried) here, and the chosen search model when it never was. */
  statuses(settings: Settings): ModelStatus[] {
    const models: ModelStatus[] = [...this.models.values()];
    if (!this.models.has(settings.embedModel) && settings.embedModel !== 'none')
      models.push({ id: settings.embedModel, kind: 'embedding', state: 'absent' });
    return models;
  }

  /** Forgets every model's state: the engine was reopened without a model. */
  clear(): void {
    this.models.clear();
  }
}
