import type { MemoryRow } from '../db/schema';
import { hashNormalised } from '../engine/text';
import type { Community } from './graph';
import { dreamMemory, FACT_KINDS } from './rows';

/**
 * The layered summaries the preamble uses: the L4 profile (one readable paragraph of current facts, preferences,
 * instructions and pinned memories) and L3 domains (one "Working on: …" line per topic community, with dates).
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

export function buildProfile(memories: MemoryRow[], slots: ReadonlyMap<string, string>, at: number, maxChars = 1400): MemoryRow | null {
  const chosen = memories
    .filter((m) => m.status === 'active' && (FACT_KINDS.has(m.kind) || m.pinned) && m.kind !== 'profile' && m.kind !== 'style' && m.kind !== 'domain')
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
    if (m.validFrom && slots.get(m.id)) s = s.replace(/\.$/, ` (since ${day(m.validFrom)}).`);
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

export function buildDomains(
  communities: Community[],
  memories: Map<string, MemoryRow>,
  at: number,
  opts: { maxDomains: number; minCommunitySize: number },
): MemoryRow[] {
  const out: MemoryRow[] = [];
  for (const c of communities) {
    if (out.length >= opts.maxDomains) break;
    const members = c.memberIds.map((id) => memories.get(id)).filter((m): m is MemoryRow => !!m && m.status !== 'deleted');
    if (members.length < opts.minCommunitySize || c.label.length === 0) continue;
    const first = Math.min(...members.map((m) => m.occurredAt));
    const last = Math.max(...members.map((m) => m.occurredAt));
    const conversations = new Set(members.map((m) => m.conversationKey).filter(Boolean)).size;
    const text =
      `Working on: ${c.label.join(', ')} (${first === last ? day(first) : `${day(first)} to ${day(last)}`}; ` +
      `${members.length} memories${conversations > 1 ? `, ${conversations} conversations` : ''}).`;
    out.push(
      dreamMemory(
        {
          id: `domain:${c.id}`,
          kind: 'domain',
          text,
          hash: hashNormalised(text),
          sourceTurnIds: [...new Set(members.flatMap((m) => m.sourceTurnIds))].sort().slice(0, 100),
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

function day(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}
