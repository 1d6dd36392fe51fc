import type { ReverieDb } from '../db/schema';

const FULL_KEY = 'storage:full';

/** True for the errors browsers (and Dexie's wrappers) raise when IndexedDB runs out of quota. */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: any = error;
  while (e && !seen.has(e)) {
    seen.add(e);
    const name = String(e.name ?? '');
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded' || /quota/i.test(String(e.message ?? ''))) return true;
    e = e.inner ?? e.cause;
  }
  return false;
}

/**
 * Remembers that a write failed for lack of space, so the popup can say so: in the database, and in this context's
 * memory in case even that write fails.
 */
let fullInMemory: { at: number; message: string } | null = null;
/** When this context last saw no note in the database: successful writes then skip the look-up for a while. */
let clearSeenAt = 0;
const CLEAR_RECHECK_MS = 5_000;

export async function noteStorageFull(db: ReverieDb): Promise<void> {
  fullInMemory = {
    at: Date.now(),
    message: 'Your browser has no room left for Reverie. New chats are not being saved; free some disk space or delete old memories. Nothing already saved was lost.',
  };
  clearSeenAt = 0;
  try {
    await db.meta.put({ key: FULL_KEY, value: fullInMemory, updatedAt: Date.now() });
  } catch {
    /* the disk is full: the in-memory note stands in */
  }
}

/**
 * Called after a successful write: clears the note. Every capture passes here, so while no note exists the database
 * is asked at most every few seconds (another context may have written one meanwhile).
 */
export async function noteStorageOk(db: ReverieDb): Promise<void> {
  if (!fullInMemory) {
    if (Date.now() - clearSeenAt < CLEAR_RECHECK_MS) return;
    const row = await db.meta.get(FULL_KEY);
    if (!row) {
      clearSeenAt = Date.now();
      return;
    }
  }
  fullInMemory = null;
  await db.meta.delete(FULL_KEY).catch(() => undefined);
  clearSeenAt = Date.now();
}

export async function storageState(db: ReverieDb): Promise<{ usage: number; quota: number; full: boolean; message?: string }> {
  const estimate = (await globalThis.navigator?.storage?.estimate?.().catch(() => undefined)) ?? {};
  const row = (await db.meta.get(FULL_KEY).catch(() => undefined))?.value as { message: string } | undefined;
  const note = fullInMemory ?? row;
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, full: Boolean(note), message: note?.message };
}
