import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { parseTemporalQuery } from '../../../lib/engine/temporal';
import { terms } from '../../../lib/engine/text';
import { conversation, DAY, freshDb } from './helpers';

const NOW = Date.UTC(2026, 6, 8, 12);

describe('words of other languages', () => {
  it('an elided article or pronoun is not glued to its word ("j\'habite" is "habite")', () => {
    expect(terms("où est-ce que j'habite")).toContain(terms('habite')[0]);
    expect(terms("l'hôpital, dell'anno, qu'elle")).toEqual([...terms('hôpital'), ...terms('anno'), ...terms('elle')]);
    // English keeps its own: "don't", "c'mon", "rock n' roll".
    expect(terms("c'mon")).toEqual(terms('cmon'));
  });

  it('a weekday abbreviation standing alone is no day; with "on", "last" or a date it is', () => {
    for (const q of ['quel est mon métier', 'sat down with him after dinner', 'sun screen for kids', 'wed night plans'])
      expect(parseTemporalQuery(q, NOW).window, q).toBeNull();
    for (const q of ['what did we discuss on Mon?', 'last Sat', 'mon 3 march']) expect(parseTemporalQuery(q, NOW).window, q).not.toBeNull();
  });

  it('"what did I work on in March?" asks for March, as "what was I doing in April" does', () => {
    expect(parseTemporalQuery('what did I work on in March?', NOW).timeOnly).toBe(true);
    expect(parseTemporalQuery('what did my boss say about the audit in March?', NOW).timeOnly).toBe(false);
  });
});

describe('the index reads elisions as the query does', () => {
  let db: ReverieDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('"habite" finds "j\'habite" and "l\'hôpital" finds "hôpital"', async () => {
    db = freshDb();
    const engine = await MemoryEngine.open({ db, now: () => NOW });
    await engine.ingest(conversation('fr', ["Bonjour ! J'habite à Lyon depuis deux ans.", 'Très bien.', "Je travaille à l'hôpital Édouard-Herriot."], NOW - DAY));
    const texts = async (q: string) => (await engine.recall(q, { k: 3, now: NOW })).map((h) => h.memory.text);
    expect((await texts('où est-ce que tu habites ? habite'))[0]).toContain("J'habite à Lyon");
    expect((await texts('hôpital'))[0]).toContain("l'hôpital");
  });
});

describe('a fact and the passage it came from', () => {
  let db: ReverieDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('both are found: the fact is not taken for a repeat of its long source passage', async () => {
    db = freshDb();
    const engine = await MemoryEngine.open({ db, now: () => NOW });
    await engine.ingest(
      conversation('a', ['organising a team lunch at work (small accountancy firm, im one of the senior accountants so apparently this is my job now lol)', 'Here are some ideas.'], NOW - 30 * DAY),
    );
    const turnId = (await db.turns.toArray()).find((t) => t.role === 'user')!.id;
    await db.memories.put({
      id: 'fact:job',
      kind: 'fact',
      text: 'User is a senior accountant.',
      hash: 'h',
      status: 'active',
      sourceTurnIds: [turnId],
      occurredAt: NOW - 29 * DAY,
      createdAt: NOW - 29 * DAY,
      updatedAt: NOW - 29 * DAY,
      importance: 0.75,
      strength: 1,
      searchTerms: 'work job occupation profession',
      origin: 'dream-rules',
    } as never);
    await engine.reindexMemories(['fact:job']);
    const hits = await engine.recall('what is my job', { k: 5, now: NOW });
    expect(hits.map((h) => h.memory.id)).toContain('fact:job');
    expect(hits.some((h) => h.memory.kind === 'passage' && h.memory.sourceTurnIds.includes(turnId))).toBe(true);
  });
});
