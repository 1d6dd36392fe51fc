import type { MemoryRow, ReverieDb, TurnRow } from '../db/schema';
import { stripPreamble } from '../preamble/delimiters';
import { forgetTopicOf, planTopicForgets } from './forget-by-topic';
import { forgetRequest, forgetTakes, planForgets } from './forget-requests';
import { lastFinishedDream } from './gates';

/**
 * "Forget that, it was private" or "forget what I told you about …" is honoured by the dream (forget-requests.ts,
 * forget-by-topic.ts: hidden with a diary entry and a week of undo, then erased). The dream runs on an alarm, hours
 * later; until it does, what the request points at must not come back in a search or in a new chat's block. So search
 * and the block leave out the turns a request captured since the last dream points at, read by the dream's own
 * planning, and the dream then forgets them for real.
 *
 * Read-only: nothing is hidden in the database until the dream, so the diary's undo stays the one way back.
 */

interface Scan {
  /** The last finished dream's start: turns captured after it are the dream's still to read. */
  since: number;
  /** How many turns the database held, and the newest capture, when the set below was worked out. */
  count: number;
  newest: number;
  /** User turns since `since` that ask to forget something. */
  asks: string[];
  awaiting: Awaiting;
}

/** The forgets asked for since the last dream: each one's turns, and every turn any of them points at. */
export interface Awaiting {
  readonly forgets: ReadonlyArray<{ readonly turnIds: ReadonlySet<string>; readonly byTopic?: boolean; readonly matter?: string }>;
  readonly turns: ReadonlySet<string>;
}

const NONE: Awaiting = { forgets: [], turns: new Set() };

const scans = new WeakMap<ReverieDb, Scan>();

/** Whether a user message asks to forget what came before it or a matter by name, as the dream reads it. */
function asksToForget(t: TurnRow): boolean {
  if (t.role !== 'user') return false;
  return forgetRequest(stripPreamble(t.text)) !== undefined || forgetTopicOf(t.text) !== undefined;
}

/**
 * The turns that requests to forget, captured since the last finished dream, point at. Worked out again only when
 * turns were captured since the last call or a dream finished; empty (and cheap) when no new message asks to forget.
 */
export async function turnsAwaitingForget(db: ReverieDb): Promise<Awaiting> {
  const since = (await lastFinishedDream(db))?.startedAt ?? 0;
  const count = await db.turns.count();
  const newest = (await db.turns.orderBy('capturedAt').last())?.capturedAt ?? 0;
  const known = scans.get(db);
  if (known && known.since === since && known.count === count && known.newest === newest) return known.awaiting;

  // Only what was captured after the previous scan needs reading for requests. A dream since starts the scan over, and
  // so does a database that holds fewer turns than before (a wipe, a restore: what came in may be older than the scan).
  const goesOn = known !== undefined && known.since === since && count >= known.count;
  const from = goesOn ? known.newest : since;
  const fresh = await db.turns.where('capturedAt').aboveOrEqual(from).filter(asksToForget).toArray();
  const asks = [...new Set([...(goesOn ? known.asks : []), ...fresh.filter((t) => t.capturedAt > since).map((t) => t.id)])];
  let awaiting = NONE;
  if (asks.length > 0) {
    const requests = (await db.turns.bulkGet(asks)).filter((t): t is TurnRow => !!t);
    requests.sort((a, b) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : 1));
    const planned = [...(await planForgets(db, requests)), ...(await planTopicForgets(db, requests))];
    const forgets = planned.map((f) => ({ turnIds: new Set(f.turnIds), byTopic: f.byTopic, matter: f.matter }));
    awaiting = { forgets, turns: new Set(planned.flatMap((f) => f.turnIds)) };
  }
  scans.set(db, { since, count, newest, asks, awaiting });
  return awaiting;
}

/** Whether a memory stands for turns awaiting a forget: whether one of those forgets takes it, as the dream will. */
export function awaitsForget(m: Pick<MemoryRow, 'kind' | 'origin' | 'sourceTurnIds'> & Partial<Pick<MemoryRow, 'text'>>, awaiting: Awaiting): boolean {
  return awaiting.forgets.some((f) => forgetTakes(m, f));
}
