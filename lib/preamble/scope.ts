import type { ConversationRow, MemoryKind, MemoryRow, ReverieDb } from '../db/schema';
import { parseTurnId } from '../engine/ingest';
import type { BlockScope } from '../settings';
import type { SiteId } from '../sites';

/**
 * What a site's warm-start block may draw on (the `blockScope` setting). A chat page can read what sits in its
 * composer, so under 'site' the block for site S holds only what S was already shown, and what the user made their
 * own. The engine host applies this while it builds the block, so a content script is never handed another site's
 * chats.
 *
 * Under 'site', for the block on S:
 *  - a conversation is S's when it was captured on S (an imported export is stored under the site it came from);
 *  - a memory is S's when everything it came from was said on S: each of its source turns is in one of S's
 *    conversations, and its own `site`, when it has one, is S. So a passage is S's when its turn is; a summary drawn
 *    from several sites' chats (a topic, the style line, a fact said on two sites) is not;
 *  - the user's own memories appear on every site: what they pinned (the popup promises a pinned memory in every new
 *    chat), what they wrote themselves (no source turn, no site), and the facts, preferences and instructions the
 *    dream learned that the user approved in the dream diary;
 *  - anything else with nothing to show where it came from (a dream's output without source turns) is left out.
 * Under 'all', every site's memories may appear.
 */
export interface BlockScopeFilter {
  /** True when the block draws on every site (nothing to filter). */
  readonly everySite: boolean;
  conversation(c: Pick<ConversationRow, 'site'>): boolean;
  memory(m: MemoryRow): boolean;
}

/** Kinds whose approval in the diary makes them the user's own (who they are, what they want), shown on every site. */
const OWN_WHEN_APPROVED: ReadonlySet<MemoryKind> = new Set(['fact', 'preference', 'instruction']);

const EVERY_SITE: BlockScopeFilter = { everySite: true, conversation: () => true, memory: () => true };

/**
 * The site a turn was captured on. Turn ids are `${conversationKey}#${ordinal}` and conversation keys
 * `${site}:${conversationId}` (lib/engine/ingest.ts); site ids hold no ':'. Null for an id of another shape.
 */
export function siteOfTurn(turnId: string): string | null {
  const key = parseTurnId(turnId)?.conversationKey;
  const colon = key ? key.indexOf(':') : -1;
  return colon > 0 ? key!.slice(0, colon) : null;
}

export async function blockScopeFilter(db: ReverieDb, site: SiteId | undefined, scope: BlockScope): Promise<BlockScopeFilter> {
  if (scope === 'all') return EVERY_SITE;
  if (!site) throw new Error('A block limited to its own site needs the site it is for.');
  const approved = new Set((await db.diary.where('status').equals('approved').toArray()).flatMap((d) => d.memoryIds));
  return {
    everySite: false,
    conversation: (c) => c.site === site,
    memory: (m) => {
      if (m.pinned) return true;
      if (approved.has(m.id) && OWN_WHEN_APPROVED.has(m.kind)) return true;
      const sources = m.sourceTurnIds ?? [];
      if (sources.length === 0 && m.site === undefined) return m.origin === 'user';
      return (m.site === undefined || m.site === site) && sources.every((t) => siteOfTurn(t) === site);
    },
  };
}
