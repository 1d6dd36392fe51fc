import { describe, expect, it } from 'vitest';
import type { MemoryKind, MemoryRow } from '../../../lib/db/schema';
import { ConsolidationState, TombstoneMatcher } from '../../../lib/dream/consolidation-state';
import { FACT_KINDS } from '../../../lib/dream/rows';
import { hashNormalised, jaccard, terms } from '../../../lib/engine/text';

/**
 * Consolidation's indexes answer what a scan of every memory (or tombstone) would: checked against that scan, the
 * definition, over rows that change as consolidation changes them.
 */

const TEXTS = [
  'User lives in Porto.',
  'User lives in Lisbon.',
  'User lives in Porto now.',
  'User prefers short answers.',
  'User prefers short, direct answers.',
  'User is allergic to peanuts.',
  'User works as a nurse.',
  'Always use metric units.',
  'the of and', // no terms at all
  'Thanks, that fixed the Python import error.',
];

function row(id: string, kind: MemoryKind, text: string, status: MemoryRow['status'] = 'active'): MemoryRow {
  return {
    id,
    kind,
    text,
    hash: hashNormalised(text),
    status,
    sourceTurnIds: [],
    occurredAt: 1,
    createdAt: 1,
    updatedAt: 1,
    importance: 0.5,
    strength: 1,
    useCount: 0,
    pinned: false,
    origin: 'dream-rules',
  };
}

/** The definition, by scanning every row. */
function sameFactsByScan(rows: MemoryRow[], slots: Map<string, string>, kind: MemoryKind, text: string, slot: string | undefined, threshold: number) {
  const hash = hashNormalised(text);
  const ts = new Set(terms(text));
  return rows
    .filter((m) => FACT_KINDS.has(m.kind) && (m.status === 'active' || m.status === 'archived'))
    .filter(
      (m) =>
        m.hash === hash ||
        (m.kind === kind && m.status === 'active' && (!slot || !slots.get(m.id) || slots.get(m.id) === slot) && jaccard(new Set(terms(m.text)), ts) >= threshold),
    )
    .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || (a.id < b.id ? -1 : 1))
    .map((m) => m.id);
}

describe('consolidation state', () => {
  it('finds the same facts, the active facts and a slot\'s facts as a scan of every row does, as rows change', () => {
    const kinds: MemoryKind[] = ['fact', 'preference', 'instruction', 'passage', 'episode'];
    const statuses: MemoryRow['status'][] = ['active', 'archived', 'superseded', 'deleted'];
    const rows = new Map<string, MemoryRow>();
    TEXTS.forEach((text, i) => kinds.forEach((kind, k) => rows.set(`${kind}:${i}`, row(`${kind}:${i}`, kind, text, statuses[(i + k) % statuses.length]))));
    const slots = new Map([
      ['fact:0', 'user/location'],
      ['fact:1', 'user/location'],
      ['fact:5', 'user/allergy:peanuts'],
    ]);
    const state = new ConsolidationState([...rows.values()], new Map(slots));
    const check = () => {
      const all = [...rows.values()];
      for (const text of TEXTS)
        for (const kind of ['fact', 'preference', 'instruction'] as const)
          for (const slot of [undefined, 'user/location', 'user/job'])
            for (const threshold of [0.5, 0.8])
              expect(state.sameFacts({ kind, hash: hashNormalised(text), terms: new Set(terms(text)), slot }, threshold).map((m) => m.id)).toEqual(
                sameFactsByScan(all, slots, kind, text, slot, threshold),
              );
      const active = all.filter((m) => FACT_KINDS.has(m.kind) && m.status === 'active');
      expect(state.activeFacts().map((m) => m.id)).toEqual(active.map((m) => m.id).sort());
      expect(state.activeFactsInSlot('user/location').map((m) => m.id)).toEqual(active.filter((m) => slots.get(m.id) === 'user/location').map((m) => m.id).sort());
    };
    check();
    // What consolidation does: retire facts, bring archived ones back, learn new ones into a slot.
    const changes: MemoryRow[] = [
      { ...rows.get('fact:0')!, status: 'superseded' },
      { ...rows.get('preference:3')!, status: 'active' },
      { ...rows.get('fact:2')!, status: 'archived' },
      row('fact:new', 'fact', 'User lives in Braga.'),
      row('instruction:new', 'instruction', 'Always use metric units.'),
    ];
    for (const m of changes) {
      rows.set(m.id, m);
      state.put(m);
    }
    state.setSlot('fact:new', 'user/location');
    slots.set('fact:new', 'user/location');
    state.setSlot('fact:1', 'user/job');
    slots.set('fact:1', 'user/job');
    check();
    expect(state.changedRows().map((m) => m.id)).toEqual(changes.map((m) => m.id).sort());
  });

  it('a tombstone blocks exactly what a scan of every tombstone would', () => {
    const threshold = 0.8;
    const tombs = [...TEXTS.slice(0, 6), 'the of and', 'Porto'].map((text) => ({ hash: hashNormalised(text), text }));
    const matcher = new TombstoneMatcher(tombs.slice(0, 4), threshold);
    for (const t of tombs.slice(4)) matcher.add(t);
    const byScan = (text: string) =>
      tombs.some((t) => t.hash === hashNormalised(text)) ||
      (terms(text).length > 0 && tombs.some((t) => jaccard(new Set(terms(t.text)), new Set(terms(text))) >= threshold));
    // Same words in another order (another hash, the same terms), one word more or less, none in common, none at all.
    const probes = [...TEXTS, 'In Porto the user lives', 'User lives in Porto, Portugal', 'user LIVES in porto!', 'Porto', 'User lives', 'Lisbon is lovely', '', 'and the'];
    for (const text of probes) expect(matcher.blocks(hashNormalised(text), text), text).toBe(byScan(text));
    expect(probes.filter((text) => matcher.blocks(hashNormalised(text), text)).length).toBeGreaterThan(3);
  });
});
