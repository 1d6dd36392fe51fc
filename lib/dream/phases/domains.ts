import type { MemoryRow, ReverieDb } from '../../db/schema';
import { meaningfulTitle, topicFromTurn, topicPhrase } from '../../preamble/topic';
import { turnsDeletedByUser } from '../consolidate';
import { buildDomains } from '../domains';
import type { Community } from '../graph';
import { replaceDerivedSet } from './derived-set';
import type { DreamPhaseStep } from './phase';

/** Domains: the L3 "Working on: …" lines, one per named topic community of this dream's graph, replacing the last set. */
export const domainsPhase: DreamPhaseStep = {
  name: 'domains',
  async run(ctx) {
    const { db, at, cfg } = ctx;
    const communities = ctx.checkpoint.gather!.communities;
    const topicNames = await conversationTopics(db, communities);
    await ctx.commit([db.memories], async () => {
      const members = new Map<string, MemoryRow>();
      for (const m of await db.memories.bulkGet([...new Set(communities.flatMap((c) => c.memberIds))])) if (m) members.set(m.id, m);
      const domains = buildDomains(communities, members, at, cfg, (key) => topicNames.get(key));
      await replaceDerivedSet(db, 'domain', domains, at, ctx.diary, 'profile', 'Updated what you are working on');
    });
  },
};

/** Each community conversation's name (title, or the user's first question), for naming domains. */
async function conversationTopics(db: ReverieDb, communities: Community[]): Promise<Map<string, string>> {
  const ids = [...new Set(communities.flatMap((c) => c.memberIds))];
  const keys = new Set<string>();
  for (const m of await db.memories.bulkGet(ids)) if (m?.conversationKey) keys.add(m.conversationKey);
  const out = new Map<string, string>();
  for (const key of [...keys].sort()) {
    const conv = await db.conversations.get(key);
    const title = meaningfulTitle(conv?.title);
    if (title) {
      out.set(key, title);
      continue;
    }
    const first = await db.turns.where('[conversationKey+ordinal]').between([key, 0], [key, Infinity]).filter((t) => t.role === 'user').first();
    if (first && !(await turnsDeletedByUser(db, [first.id])).has(first.id)) {
      const topic = topicPhrase(topicFromTurn(first.text));
      if (topic) out.set(key, topic);
    }
  }
  return out;
}
