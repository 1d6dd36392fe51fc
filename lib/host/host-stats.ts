import type { ReverieDb } from '../db/schema';
import type { DailyCount, ReverieStatus } from '../messaging/protocol';
import { loadSettings } from '../settings';
import type { SiteId } from '../sites';
import { ownEntry } from '../util/own';
import type { ModelRegistry } from './model-registry';
import { storageState } from './storage';
import { utcDay } from '../util/utc-day';

/**
 * What the popup and options page show about the store: the status line (capture state, site health, models, last
 * dream, counts, storage), daily activity and the topics the dream found.
 */
export class HostStats {
  constructor(
    private readonly db: ReverieDb,
    private readonly models: ModelRegistry,
    private readonly now: () => number,
  ) {}

  async status(site?: SiteId): Promise<ReverieStatus> {
    const settings = await loadSettings(this.db);
    const [conversations, turns, memories, pendingQueue, lastDream, healthRows] = await Promise.all([
      this.db.conversations.count(),
      this.db.turns.count(),
      // Two native index counts, not `anyOf().count()`, which walks a cursor over every memory on each popup poll.
      Promise.all([this.db.memories.where('status').equals('active').count(), this.db.memories.where('status').equals('archived').count()]).then(
        ([active, archived]) => active + archived,
      ),
      this.db.queue.count(),
      this.db.dreamRuns.orderBy('startedAt').last(),
      this.db.meta.where('key').startsWith('health:').toArray(),
    ]);
    const health = healthRows.map((r) => r.value as ReverieStatus['health'][number]);
    const siteHealth = site ? health.find((h) => h.site === site) : undefined;
    let captureBlockedReason: ReverieStatus['captureBlockedReason'];
    if (settings.paused) captureBlockedReason = 'paused';
    else if (site && !ownEntry(settings.sites, site)) captureBlockedReason = 'site-off';
    else if (siteHealth && !siteHealth.ok) captureBlockedReason = 'adapter-broken';
    return {
      paused: settings.paused,
      site,
      siteEnabled: site ? ownEntry(settings.sites, site) : undefined,
      captureBlockedReason,
      health,
      models: this.models.statuses(settings),
      lastDream,
      counts: { conversations, turns, memories, pendingQueue },
      storage: await storageState(this.db),
    };
  }

  async recordHealth(h: ReverieStatus['health'][number]): Promise<void> {
    await this.db.meta.put({ key: `health:${h.site}`, value: h, updatedAt: this.now() });
  }

  async daily(days: number): Promise<DailyCount[]> {
    const since = this.now() - days * 86_400_000;
    const counts = new Map<string, DailyCount>();
    for (let t = since; t <= this.now(); t += 86_400_000) counts.set(utcDay(t), { day: utcDay(t), turns: 0, memories: 0 });
    await this.db.turns.where('capturedAt').aboveOrEqual(since).each((t) => {
      const c = counts.get(utcDay(t.capturedAt));
      if (c) c.turns++;
    });
    await this.db.memories.where('occurredAt').aboveOrEqual(since).each((m) => {
      const c = counts.get(utcDay(m.createdAt));
      if (c && m.status !== 'deleted') c.memories++;
    });
    return [...counts.values()];
  }

  async topics(): Promise<{ topic: string; count: number }[]> {
    const domains = await this.db.memories.where('kind').equals('domain').filter((m) => m.status === 'active').toArray();
    const sizes = new Map<string, number>();
    await this.db.memories.where('community').above('').each((m) => {
      if (m.status === 'active') sizes.set(m.community!, (sizes.get(m.community!) ?? 0) + 1);
    });
    return domains
      // A rules' domain counts the memories of its community; a topic the LLM named has none, so it counts its turns.
      .map((d) => ({
        topic: (d.text.replace(/^Working on:\s*/i, '').split(/[.;\n(]/)[0]?.trim() ?? '').slice(0, 60),
        count: d.community ? (sizes.get(d.community) ?? 0) : d.sourceTurnIds.length,
      }))
      .sort((a, b) => b.count - a.count)
      .slice(0, 12);
  }
}
