/**
 * The `db.meta` rows that hold derived indexes: the lexical index (`lexical:v1`, lexical-store.ts) and each model's
 * HNSW graph (`hnsw:<model>`, hnsw-store.ts). Both are rebuilt from db.memories / db.vectors whenever they are missing or
 * damaged, so they are never part of a backup and never taken from one: a restored index could only be stale or
 * tampered with, and it would make the backup larger for nothing.
 */
export function isDerivedIndexKey(key: unknown): boolean {
  return typeof key === 'string' && (key.startsWith('lexical:') || key.startsWith('hnsw:'));
}

/** For dexie-export-import's `filter` (export and import): every row except derived index blobs. */
export function notDerivedIndexRow(table: string, value: unknown): boolean {
  return !(table === 'meta' && isDerivedIndexKey((value as { key?: unknown } | null)?.key));
}
