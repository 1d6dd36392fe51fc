import type { MemoryRow, ReverieDb } from '../../db/schema';
import { hashNormalised } from '../../engine/text';
import { meaningfulTitle, topicFromTurn, topicPhrase } from '../../preamble/topic';
import { turnsDeletedByUser } from '../consolidate';
import { buildDomains } from '../domains';
import type { Community } from '../graph';
import { planTopicChanges, topicRowId } from '../named-topics';
import { replaceDerivedSet } from './derived-set';
import type { DreamPhaseStep, PhaseContext } from './phase';

/**
 * Domains: the L3 "Working on: …" lines, one per named topic community of this dream's graph, replacing the last set;
 * and the topics the LLM named in consolidation (named-topics.ts), one diary entry per change, which "Lately" prefers.
 */
export const domainsPhase: DreamPhaseStep = {
  name: 'domains',
  async run(ctx) {
    const { db, at, cfg } = ctx;
    const communities = ctx.checkpoint.gather!.communities;
    const topicNames = await conversationTopics(db, communities);
    await ctx.commit([db.memories, db.tombstones], async () => {
      const members = new Map<string, MemoryRow>();
      for (const m of await db.memories.bulkGet([...new Set(communities.flatMap((c) => c.memberIds))])) if (m) members.set(m.id, m);
      const domains = buildDomains(communities, members, at, cfg, (key) => topicNames.get(key));
      await replaceDerivedSet(db, 'domain', domains, at, ctx.diary, 'profile', 'Updated what you are working on');
      await writeNamedTopics(ctx);
    });
  },
};

/** The LLM's topic names as rows (inside the phase's transaction); the stale ones archived even when none was named. */
async function writeNamedTopics(ctx: PhaseContext): Promise<void> {
  const { db, at, cfg } = ctx;
  const fresh = ctx.checkpoint.topics ?? [];
  const stored = await db.memories.bulkGet(fresh.map((t) => topicRowId(t.name)));
  const previous = new Map(stored.filter((m): m is MemoryRow => !!m).map((m) => [m.id, m]));
  const active = await db.memories.where('kind').equals('domain').filter((m) => m.status === 'active' && m.origin === 'dream-llm').toArray();
  const tombstoned = new Set((await db.tombstones.where('hash').anyOf(fresh.map((t) => hashNormalised(t.name))).toArray()).map((t) => t.hash));
  const changes = planTopicChanges(fresh, previous, active, at, { maxTopics: cfg.maxDomains, tombstoned: (h) => tombstoned.has(h) });
  if (changes.length === 0) return;
  await db.memories.bulkPut(changes.flatMap((c) => c.after));
  for (const c of changes) ctx.diary.add('profile', c.summary, c.before, c.after);
}

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
