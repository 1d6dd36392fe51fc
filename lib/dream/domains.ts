import type { MemoryRow } from '../db/schema';
import { hashNormalised } from '../engine/text';
import type { Community } from './graph';
import { dreamMemory } from './rows';
import { utcDay } from '../util/utc-day';

/**
 * L3 domains: one line per topic community, named as the user would name it: the titles (or, untitled, the first
 * thing the user asked) of the conversations it spans, most represented first. A community none of whose
 * conversations has a name is no domain: a list of frequent words is not a topic.
 */
/** A domain names what its conversations of the last four weeks (before its latest) were about. */
const RECENT_MS = 28 * 86_400_000;

export function buildDomains(
  communities: Community[],
  memories: Map<string, MemoryRow>,
  at: number,
  opts: { maxDomains: number; minCommunitySize: number },
  topicOf: (conversationKey: string) => string | undefined = () => undefined,
): MemoryRow[] {
  const out: MemoryRow[] = [];
  const named = new Set<string>();
  for (const c of communities) {
    if (out.length >= opts.maxDomains) break;
    const members = c.memberIds.map((id) => memories.get(id)).filter((m): m is MemoryRow => !!m && m.status !== 'deleted');
    if (members.length < opts.minCommunitySize) continue;
    const last = Math.max(...members.map((m) => m.occurredAt));
    // What it is now: the conversations of its last few weeks, latest first.
    const recent = members.filter((m) => m.occurredAt >= last - RECENT_MS);
    const lastIn = new Map<string, number>();
    for (const m of recent) if (m.conversationKey) lastIn.set(m.conversationKey, Math.max(lastIn.get(m.conversationKey) ?? 0, m.occurredAt));
    const names: string[] = [];
    for (const [key] of [...lastIn].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      const name = topicOf(key);
      if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
      if (names.length >= 3) break;
    }
    if (names.length === 0) continue;
    // Two communities of the same conversations (the user's turns, the replies) are one topic.
    const key = names.map((n) => n.toLowerCase()).sort().join('\u0000');
    if (named.has(key)) continue;
    named.add(key);
    const first = Math.min(...recent.map((m) => m.occurredAt));
    const text = `Working on: ${names.join('; ')} (${utcDay(first) === utcDay(last) ? utcDay(first) : `${utcDay(first)} to ${utcDay(last)}`}).`;
    out.push(
      dreamMemory(
        {
          id: `domain:${c.id}`,
          kind: 'domain',
          text,
          hash: hashNormalised(text),
          sourceTurnIds: [...new Set(recent.flatMap((m) => m.sourceTurnIds))].sort().slice(0, 100),
          occurredAt: last,
          importance: Math.min(1, 0.4 + members.length / 50),
          origin: 'dream-rules',
          community: c.id,
        },
        at,
      ),
    );
  }
  return out;
}
