import type { ReverieDb } from '../db/schema';
import type { CaptureMessage } from '../messaging/protocol';
import type { EngineSlot } from './engine-slot';
import { isQuotaError, noteStorageFull, noteStorageOk } from './storage';

/**
 * The host's background work off the durable queue: captures ingested oldest first, then what they need embedded.
 * Nothing runs while a backup is being restored (the work waits in the queue).
 */
export class CaptureDrain {
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private embedding: Promise<void> | null = null;
  private embedAgain = false;

  constructor(
    private readonly db: ReverieDb,
    private readonly slot: EngineSlot,
    private readonly restoring: () => boolean,
  ) {}

  /** The drain under way, if any. */
  get current(): Promise<void> | null {
    return this.draining;
  }

  /** Work under way, for waiting until the host is quiet. */
  busy(): (Promise<unknown> | null)[] {
    return [this.draining, this.embedding];
  }

  /**
   * Embeds what waits in the durable queue, then persists the indexes, so the next start loads them instead of
   * rebuilding. One run at a time; a failure leaves the jobs queued for the next try.
   */
  embedPending(): Promise<void> {
    if (this.restoring()) return Promise.resolve(); // the restore's end embeds what waits
    // A call while a run is under way goes round once more: it may come from a model that just loaded into a new
    // engine, while the run under way started on the old one, without an embedder (its vectors would wait for the
    // next alarm otherwise).
    if (this.embedding) {
      this.embedAgain = true;
      return this.embedding;
    }
    this.embedding = (async () => {
      try {
        do {
          this.embedAgain = false;
          const engine = this.slot.engine;
          await engine.processEmbedQueue();
          await engine.flush();
        } while (this.embedAgain);
      } catch (error) {
        if (isQuotaError(error)) await noteStorageFull(this.db);
      } finally {
        this.embedding = null;
      }
    })();
    return this.embedding;
  }

  /** Ingests every queued capture, oldest first. Ingestion is idempotent, so a row is removed only after it landed. */
  drain(): Promise<void> {
    if (this.restoring()) return Promise.resolve(); // captures wait in the queue; the restore's end drains them
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
          await this.slot.engine.ingest({ ...msg, source: 'live' });
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
}
