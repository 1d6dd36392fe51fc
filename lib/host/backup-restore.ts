import { checkBackup, exportBackup, restoreBackup } from '../backup/backup';
import type { ReverieDb } from '../db/schema';
import type { CaptureDrain } from './capture-drain';
import type { EngineSlot } from './engine-slot';
import { renderMarkdownExport } from './markdown-export';
import type { ModelRegistry } from './model-registry';
import { noteStorageOk } from './storage';

/**
 * Backups, restores and wiping everything, as the host takes part in them: while a page restores a backup nothing
 * else writes (work under way ends first, the engine closes, captures wait in the durable queue), and afterwards the
 * engine reopens on what the database now holds and rebuilds its indexes.
 */
export class BackupRestore {
  private restoring: Promise<void> | null = null;
  private releaseRestore?: () => void;
  private restoreTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly db: ReverieDb,
    private readonly now: () => number,
    private readonly slot: EngineSlot,
    private readonly models: ModelRegistry,
    private readonly drain: CaptureDrain,
    /** Work under way anywhere in the host (drain, embedding, dream): waited for before the database is replaced. */
    private readonly busy: () => (Promise<unknown> | null)[],
  ) {}

  /** Whether a restore is under way (nothing may write meanwhile). */
  get active(): boolean {
    return !!this.restoring;
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
    await this.slot.engine.close().catch(() => undefined);
  }

  /** The restore is over (done or not): reopen the engine on what is now in the database; it rebuilds its indexes. */
  async endRestore(): Promise<void> {
    if (!this.restoring) return;
    clearTimeout(this.restoreTimer);
    await this.slot.open();
    this.models.clear();
    this.restoring = null;
    this.releaseRestore?.();
    void this.models.loadEmbedder();
    void this.drain.drain();
  }

  /** Empties every table. */
  async wipe(): Promise<void> {
    // Work under way (a capture being ingested, vectors being embedded, a dream) ends first: otherwise it writes what
    // it read before the wipe back into the emptied tables, and its final flush re-saves the old search indexes.
    await this.settle();
    await this.slot.engine.close().catch(() => undefined);
    await this.db.transaction('rw', this.db.tables, async () => {
      for (const table of this.db.tables) await table.clear();
    });
    // The "storage full" note is also held in memory: the space it spoke of has just been freed.
    await noteStorageOk(this.db).catch(() => undefined);
    // The engine reopens without a model: until one loads again, status must not say the old one is in use.
    this.models.clear();
    await this.slot.open();
    void this.models.loadEmbedder();
  }

  /** Waits until no capture drain, embedding or dream is running (each may start another, so until all are quiet). */
  private async settle(): Promise<void> {
    for (let busy = this.busy(); busy.some(Boolean); busy = this.busy()) await Promise.allSettled(busy);
  }
}
