import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { porter2 } from '../../../lib/engine/porter2';
import { asksForSeveral } from '../../../lib/engine/recall';
import { stem, stripQuestionWords } from '../../../lib/engine/text';
import { conversation, DAY, freshDb } from './helpers';

describe('porter2', () => {
  // Reference outputs of the Snowball English stemmer (snowballstem.org sample vocabulary and its rules).
  const reference: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', ties: 'tie', cats: 'cat', running: 'run', hopping: 'hop',
    generously: 'generous', communication: 'communic', relational: 'relat', happily: 'happili', happy: 'happi',
    consigned: 'consign', consignment: 'consign', knightly: 'knight', cry: 'cri', say: 'say', skies: 'sky',
    news: 'news', hopeful: 'hope', agreed: 'agre', feed: 'feed', adoption: 'adopt', emotional: 'emot',
    volunteering: 'volunt', gaming: 'game', hiking: 'hike', dancing: 'danc', dance: 'danc', roll: 'roll',
  };
  it('matches the Snowball reference stems', () => {
    for (const [word, expected] of Object.entries(reference)) expect([word, porter2(word)]).toEqual([word, expected]);
  });
  it('folds inflections of one word to one stem and drops possessives', () => {
    expect(new Set(['game', 'games', 'gaming'].map(stem))).toEqual(new Set(['game']));
    expect(stem("caroline's")).toBe(stem('caroline'));
  });
});

describe('query framing', () => {
  it('drops question words but never empties a short query', () => {
    expect(stripQuestionWords('What kind of dog does Ann have?')).toBe('of dog Ann');
    expect(stripQuestionWords('what kind')).toBe('what kind');
  });
  it('recognises questions that ask for several things', () => {
    expect(asksForSeveral('What books has Melanie read?')).toBe(true);
    expect(asksForSeveral('How many children does Melanie have?')).toBe(true);
    expect(asksForSeveral('What did Caroline research?')).toBe(false);
    expect(asksForSeveral('What is her address?')).toBe(false);
  });
});

describe('answer-bearing replies', () => {
  const NOW = new Date(2024, 5, 15, 12).getTime();
  let db: ReverieDb;
  let engine: MemoryEngine;
  afterEach(async () => {
    await engine?.close();
    db?.close();
  });

  async function open(answerNeighbour: number): Promise<void> {
    db = freshDb();
    // Lending is an option (off by default: README); conversation evidence on, as it was when lending was measured.
    engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW, lexicalContextChars: 0, tuning: { answerNeighbour, conversationWeight: 0.5 } });
    await engine.ingest(conversation('pets', ['Which breed of puppy did you adopt in the end?', 'A beagle named Toby.', 'Lovely!'], NOW - 2 * DAY));
    for (let i = 0; i < 12; i++)
      await engine.ingest(conversation(`other${i}`, [`The puppy class number ${i} was fun.`, `Grocery list ${i}: eggs, milk.`], NOW - 5 * DAY));
  }

  const rankOf = async (id: string) => (await engine.recall('puppy breed adopt', { k: 10 })).findIndex((h) => h.memory.sourceTurnIds[0] === id);

  it("lends a matching question's score to its reply, which shares none of the query's words", async () => {
    await open(0);
    const without = await rankOf('chatgpt:pets#1');
    await engine.close();
    db.close();
    await open(0.8);
    const withReplies = await rankOf('chatgpt:pets#1');
    expect(await rankOf('chatgpt:pets#0')).toBe(0);
    expect(withReplies).toBe(1);
    // Neighbour context off (lexicalContextChars 0): without lending, nothing in the reply matches the query.
    expect(without).toBe(-1);
    // Only the reply to the question gains: the turn after the reply does not.
    expect(await rankOf('chatgpt:pets#2')).toBe(-1);
  });

  it("for a query about the user, lends only to the user's replies", async () => {
    await open(0.8);
    await engine.ingest(conversation('vet', ['Booking a vet visit next week.', 'Which breed is your puppy?', 'A corgi called Biscuit.'], NOW - DAY));
    const rankFor = async (query: string, id: string) => (await engine.recall(query, { k: 30 })).findIndex((h) => h.memory.sourceTurnIds[0] === id);
    // "I" is the user: the user's answer to the assistant's question is lent; the assistant's answer to the user's is not.
    expect(await rankFor('which puppy breed did I adopt', 'chatgpt:vet#2')).toBeGreaterThanOrEqual(0);
    expect(await rankFor('which puppy breed did I adopt', 'chatgpt:pets#1')).toBe(-1);
    // A query about no one in particular lends to both.
    expect(await rankFor('puppy breed adopt', 'chatgpt:pets#1')).toBeGreaterThanOrEqual(0);
  });
});
