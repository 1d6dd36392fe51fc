import type { ReverieDb } from '../db/schema';
import type { HnswIndexStore, SerializedHnswIndex } from './hnsw-index';

/** The `db.meta` key under which a model's serialized HNSW index is kept. */
export function hnswMetaKey(model: string): string {
  return `hnsw:${model}`;
}

/**
 * Keeps serialized indexes in `db.meta` (one row per model: manifest + bytes). Same code path in the extension and in
 * Node (fake-indexeddb), instead of emscripten's IDBFS with its own database and sync quirks.
 */
export class DexieHnswIndexStore implements HnswIndexStore {
  constructor(private readonly db: ReverieDb) {}

  async load(model: string): Promise<SerializedHnswIndex | undefined> {
    const row = await this.db.meta.get(hnswMetaKey(model));
    const value = row?.value as Partial<SerializedHnswIndex> | undefined;
    if (!value?.manifest || !value.bytes) return undefined;
    return { manifest: value.manifest, bytes: value.bytes };
  }

  async save(model: string, index: SerializedHnswIndex): Promise<void> {
    await this.db.meta.put({ key: hnswMetaKey(model), value: index, updatedAt: Date.now() });
  }

  async remove(model: string): Promise<void> {
    await this.db.meta.delete(hnswMetaKey(model));
  }
}
