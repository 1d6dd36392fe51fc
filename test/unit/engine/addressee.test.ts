import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { queryAddressee } from '../../../lib/engine/addressee';
import { MemoryEngine } from '../../../lib/engine/engine';
import { conversation, DAY, freshDb } from './helpers';

/**
 * The query's pronouns say whose words hold the answer (lib/engine/addressee.ts): its "I" is the user, its "you said" the
 * assistant. Measured on both benchmark files (README, "Recall: how the defaults were chosen").
 */

const NOW = new Date(2024, 5, 15, 12).getTime();
let db: ReverieDb;
let engine: MemoryEngine;

afterEach(async () => {
  await engine?.close();
  db?.close();
});

describe('queryAddressee', () => {
  it.each([
    ['How many followers do I have on Instagram now?', 'user'],
    ['Can you suggest a hotel for my upcoming trip to Miami?', 'user'],
    ['I’m planning a trip to Denver. Any suggestions?', 'user'],
    ['What was the Jamaican dish you recommended I try?', 'assistant'],
    ['Can you remind me how many eggs you said we need?', 'assistant'],
    ['Which hotel did you recommend for Miami?', 'assistant'],
    ["You've mentioned a study on binaural beats: how many subjects?", 'assistant'],
    ['I remember you told me to dilute tea tree oil. What ratio?', 'assistant'],
    ['When did Caroline go to the support group?', null],
    ['Can you recommend a good book on Rome?', null],
    ['constructor __proto__ toString', null],
  ] as const)('%s → %s', (query, who) => {
    expect(queryAddressee(query)).toBe(who);
  });
});

describe('recall by addressee', () => {
  // The user's statement and the assistant's reply use the same words about the same thing; only who said it differs.
  const texts = [
    'My sister Ana lives in Lisbon and works as a nurse at the city hospital.',
    'Your sister Ana lives in Lisbon and works as a nurse at the city hospital, that sounds lovely.',
  ];

  async function open(tuning: { addresseeBoost?: number } = {}): Promise<void> {
    db = freshDb();
    engine = await MemoryEngine.open({ db, now: () => NOW, tuning });
    await engine.ingest(conversation('c1', texts, NOW - DAY));
  }

  const first = async (query: string) => (await engine.recall(query))[0]?.memory.role;

  it("a first-person query ranks the user's own words first", async () => {
    await open();
    expect(await first('Where does my sister Ana live and work as a nurse?')).toBe('user');
  });

  it("a query about what the assistant said ranks the assistant's words first", async () => {
    await open();
    expect(await first('Where did you say my sister Ana lives and works as a nurse?')).toBe('assistant');
  });

  it('without the boost, the same query ranks by the words alone (the check can fail)', async () => {
    await open({ addresseeBoost: 0 });
    const roles = (await engine.recall('Where did you say my sister Ana lives and works as a nurse?')).map((h) => h.memory.role);
    // The user's sentence is shorter and as well matched, so words alone put it first: the boost is what turns it.
    expect(roles[0]).toBe('user');
  });
});
