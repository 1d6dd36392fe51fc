import type { DreamRunRow, ReverieDb } from '../db/schema';
import type { DreamConfig } from './config';

/**
 * When a dream may run, and the lease-based lock that keeps two runs from overlapping (across the service worker,
 * the engine host and tabs, which all share the database). An expired lease is what a killed run leaves behind; the
 * next run takes it over and resumes that run.
 */

export const LOCK_KEY = 'dream:lock';

interface DreamLock {
  owner: string;
  expiresAt: number;
}

/** The last dream that finished (its start is the cut-off for "new since the last dream"). */
export async function lastFinishedDream(db: ReverieDb): Promise<DreamRunRow | undefined> {
  const done = await db.dreamRuns.where('status').equals('done').toArray();
  done.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1));
  return done[0];
}

export interface GateDecision {
  run: boolean;
  reason: 'manual' | 'first' | 'new-conversations' | 'interval' | 'nothing-new' | 'too-soon';
  newConversations: number;
  since: number;
}

/** ≥ minNewConversations new conversations since the last finished dream, or ≥ minIntervalMs since it (with
 * something new); a manual "dream now" always runs. */
export async function checkGates(
  db: ReverieDb,
  now: number,
  trigger: DreamRunRow['trigger'],
  cfg: DreamConfig,
): Promise<GateDecision> {
  const last = await lastFinishedDream(db);
  const since = last?.startedAt ?? 0;
  const newConversations = await db.conversations.where('lastSeenAt').above(since).count();
  if (trigger === 'manual') return { run: true, reason: 'manual', newConversations, since };
  if (newConversations === 0) return { run: false, reason: 'nothing-new', newConversations, since };
  if (!last) return { run: true, reason: 'first', newConversations, since };
  if (newConversations >= cfg.minNewConversations) return { run: true, reason: 'new-conversations', newConversations, since };
  if (now - since >= cfg.minIntervalMs) return { run: true, reason: 'interval', newConversations, since };
  return { run: false, reason: 'too-soon', newConversations, since };
}

/** Takes the lock if it is free, expired, or already ours; returns whether we hold it now. */
export async function acquireLock(db: ReverieDb, owner: string, now: number, leaseMs: number): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(LOCK_KEY);
    const lock = row?.value as DreamLock | undefined;
    if (lock && lock.owner !== owner && lock.expiresAt > now) return false;
    await db.meta.put({ key: LOCK_KEY, value: { owner, expiresAt: now + leaseMs } satisfies DreamLock, updatedAt: now });
    return true;
  });
}

/** Extends our lease; false if someone else took it over (we must stop). */
export async function renewLock(db: ReverieDb, owner: string, now: number, leaseMs: number): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const lock = (await db.meta.get(LOCK_KEY))?.value as DreamLock | undefined;
    if (!lock || lock.owner !== owner) return false;
    await db.meta.put({ key: LOCK_KEY, value: { owner, expiresAt: now + leaseMs } satisfies DreamLock, updatedAt: now });
    return true;
  });
}

export async function releaseLock(db: ReverieDb, owner: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const lock = (await db.meta.get(LOCK_KEY))?.value as DreamLock | undefined;
    if (lock?.owner === owner) await db.meta.delete(LOCK_KEY);
  });
}
