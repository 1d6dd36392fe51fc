import type { MemoryRow, ReverieDb } from '../db/schema';
import { hashNormalised } from '../engine/text';
import { readSlots } from './consolidate';
import { asksToForgetAMatter } from './forget-by-topic';
import { dreamMemory, FACT_KINDS } from './rows';
import { utcDay } from '../util/utc-day';

/**
 * The L4 profile the preamble uses: one readable paragraph of current facts, preferences, instructions and pinned
 * memories (the L3 domains are in domains.ts).
 */

export const PROFILE_ID = 'profile:user';
export const STYLE_ID = 'style:user';

// Identity first, then where they live and work, health, then the rest.
const SLOT_ORDER = ['name', 'call-me', 'location', 'origin', 'occupation', 'employer', 'allergy', 'diet', 'reply-language'];

function rank(m: MemoryRow, slot: string | undefined): number {
  const attr = slot?.split('/')[1]?.split(':')[0];
  const i = attr ? SLOT_ORDER.indexOf(attr) : -1;
  return i >= 0 ? i : SLOT_ORDER.length + (m.kind === 'fact' ? 0 : m.kind === 'preference' ? 1 : 2);
}

function buildProfile(memories: MemoryRow[], slots: ReadonlyMap<string, string>, at: number, maxChars = 1400): MemoryRow | null {
  const chosen = memories
    .filter((m) => m.status === 'active' && (FACT_KINDS.has(m.kind) || m.pinned) && m.kind !== 'profile' && m.kind !== 'style' && m.kind !== 'domain')
    // "Forget what I told you about …" names what the user wants out of sight: kept as a rule, not restated here.
    .filter((m) => !asksToForgetAMatter(m))
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        rank(a, slots.get(a.id)) - rank(b, slots.get(b.id)) ||
        b.importance * b.strength - a.importance * a.strength ||
        (a.id < b.id ? -1 : 1),
    );
  const parts: string[] = [];
  const sources: string[] = [];
  let length = 0;
  for (const m of chosen) {
    let s = m.text.trim().replace(/\s+/g, ' ');
    if (!/[.!?]$/.test(s)) s += '.';
    if (m.validFrom && slots.get(m.id)) s = s.replace(/\.$/, ` (since ${utcDay(m.validFrom)}).`);
    if (length + s.length + 1 > maxChars) break;
    parts.push(s);
    sources.push(...m.sourceTurnIds.slice(0, 5));
    length += s.length + 1;
  }
  if (parts.length === 0) return null;
  const text = parts.join(' ');
  return dreamMemory(
    {
      id: PROFILE_ID,
      kind: 'profile',
      text,
      hash: hashNormalised(text),
      sourceTurnIds: [...new Set(sources)].sort(),
      occurredAt: at,
      importance: 1,
      origin: 'dream-rules',
    },
    at,
  );
}

/** The profile row to write now, if any, and the diary's words for it (readers: the profile phase, refreshProfile). */
export interface ProfileChange {
  old: MemoryRow | undefined;
  write: MemoryRow;
  summary: string;
}

/**
 * What the profile paragraph should say given the memories as they stand: a rewrite when its text changed, an archive
 * when nothing current is left to say (the old paragraph must not go on saying what was deleted or retracted), or
 * nothing. Reads the memories; the caller writes inside its own transaction.
 */
export async function profileChange(db: ReverieDb, at: number): Promise<ProfileChange | null> {
  const active = await db.memories.where('status').equals('active').toArray();
  const profile = buildProfile(active, await readSlots(db), at);
  const old = await db.memories.get(PROFILE_ID);
  if (profile && (old?.text !== profile.text || old.status !== 'active')) {
    const write = old ? { ...profile, createdAt: old.createdAt, pinned: old.pinned, pinnedAt: old.pinnedAt } : profile;
    return { old, write, summary: 'Rewrote the profile.' };
  }
  if (!profile && old?.status === 'active' && !old.pinned) {
    return { old, write: { ...old, status: 'archived', updatedAt: at }, summary: 'Archived the profile: no current facts are left in it.' };
  }
  return null;
}

/**
 * After the user's own change (an edit, a delete, an undo in the diary) the profile says at once what is now true,
 * instead of holding the old fact until the next dream. No diary entry: the user's action is the record, and a
 * profile rewrite the user undid is not redone here (the caller skips those). Returns the profile id when it changed.
 */
export async function refreshProfile(db: ReverieDb, at: number): Promise<string | null> {
  return db.transaction('rw', db.memories, db.meta, async () => {
    const change = await profileChange(db, at);
    if (!change) return null;
    await db.memories.put(change.write);
    return change.write.id;
  });
}
