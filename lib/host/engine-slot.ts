import type { ReverieDb } from '../db/schema';
import { MemoryEngine } from '../engine/engine';
import type { Embedder } from '../engine/types';
import type { ServiceOptions } from './service';

/**
 * The host's one open MemoryEngine, shared by the service's parts: replaced when the search model changes, and opened
 * again after a restore or a wipe closed it.
 */
export class EngineSlot {
  engine!: MemoryEngine;

  constructor(
    private readonly db: ReverieDb,
    private readonly openVectorIndex: ServiceOptions['openVectorIndex'],
    private readonly now: () => number,
  ) {}

  /** Opens an engine on what the database holds now (the first, or after the last one was closed). */
  async open(embedder: Embedder | null = null): Promise<void> {
    this.engine = await MemoryEngine.open({ db: this.db, embedder, openVectorIndex: this.openVectorIndex, now: this.now });
  }

  /** Swaps in an engine with another embedder: the engine re-embeds in the background when the model changed. */
  async replace(embedder: Embedder | null): Promise<void> {
    const old = this.engine;
    await this.open(embedder);
    await old?.close().catch(() => undefined);
  }
}
