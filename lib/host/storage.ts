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
 * Remembers that a write failed for lack of space, so the popup can say so. Written to `localStorage`-free places
 * only: if even this write fails, the state is kept in memory for this context.
 */
let fullInMemory: { at: number; message: string } | null = null;

export async function noteStorageFull(db: ReverieDb, error: unknown): Promise<void> {
  fullInMemory = {
    at: Date.now(),
    message: 'Your browser has no room left for Reverie. New chats are not being saved; free some disk space or delete old memories. Nothing already saved was lost.',
  };
  try {
    await db.meta.put({ key: FULL_KEY, value: fullInMemory, updatedAt: Date.now() });
  } catch {
    /* the disk is full: the in-memory note stands in */
  }
  void error;
}

export async function noteStorageOk(db: ReverieDb): Promise<void> {
  if (!fullInMemory) {
    const row = await db.meta.get(FULL_KEY);
    if (!row) return;
  }
  fullInMemory = null;
  await db.meta.delete(FULL_KEY).catch(() => undefined);
}

export async function storageState(db: ReverieDb): Promise<{ usage: number; quota: number; full: boolean; message?: string }> {
  const estimate = (await globalThis.navigator?.storage?.estimate?.().catch(() => undefined)) ?? {};
  const row = (await db.meta.get(FULL_KEY).catch(() => undefined))?.value as { message: string } | undefined;
  const note = fullInMemory ?? row;
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, full: Boolean(note), message: note?.message };
}
