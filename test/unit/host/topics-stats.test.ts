import { describe, expect, it } from 'vitest';
import { HostStats } from '../../../lib/host/host-stats';
import { dreamMemory } from '../../../lib/dream/rows';
import { topicRowId } from '../../../lib/dream/named-topics';
import { freshDb } from '../engine/helpers';

describe("the options page's topics", () => {
  it("counts a rules' domain by its community's memories and a named topic by its turns", async () => {
    const db = freshDb();
    const at = Date.UTC(2026, 10, 1);
    await db.memories.bulkPut([
      dreamMemory({ kind: 'domain', text: 'Working on: sourdough baking (rye, starter).', sourceTurnIds: ['t1'], occurredAt: at, importance: 0.5, origin: 'dream-rules', community: 'c1' }, at),
      dreamMemory({ kind: 'fact', text: 'The user bakes rye bread.', sourceTurnIds: ['t1'], occurredAt: at, importance: 0.5, origin: 'dream-rules', community: 'c1' }, at),
      dreamMemory({ kind: 'fact', text: 'The user keeps a starter.', sourceTurnIds: ['t2'], occurredAt: at, importance: 0.5, origin: 'dream-rules', community: 'c1' }, at),
      dreamMemory({ id: topicRowId('Kitchen renovation'), kind: 'domain', text: 'Kitchen renovation', sourceTurnIds: ['k1', 'k2', 'k3', 'k4'], occurredAt: at, importance: 0.5, origin: 'dream-llm' }, at),
      dreamMemory({ id: topicRowId('Old topic'), kind: 'domain', text: 'Old topic', sourceTurnIds: ['o1'], occurredAt: at, importance: 0.5, origin: 'dream-llm', status: 'archived' }, at),
    ]);
    const topics = await new HostStats(db, {} as never, () => at).topics();
    expect(topics).toEqual([
      { topic: 'Kitchen renovation', count: 4 },
      { topic: 'sourdough baking', count: 3 },
    ]);
  });
});
