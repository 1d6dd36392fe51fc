import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';
import { addConversation, day, freshDb, memory, wordOverlapRecall } from './helpers';

/**
 * After held-out scenario set CI, on sentences made up here: a person named in a request by a short form of the name the
 * chats used; a matter named with a word of what kind ("travel reimbursement") met by its head alone; money the user was
 * cheated of, named and told many ways; and a passage shown in part, judged whole.
 */
const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

describe('a person named by a short form of the name the chats used', () => {
  it('meets the long name', () => {
    expect(names("Alex's overtime claims", 'Alexander padded his overtime claims again')).toBe(true);
    expect(names('Chris and the expenses business', 'Christopher has been fiddling his expenses')).toBe(true);
    expect(names('Percy', 'Percival covered my Saturday shift')).toBe(true);
    expect(names('Theo and the gas expenses', 'Theodore faked receipts all spring, gas expenses mostly')).toBe(true);
  });

  it('not another name sharing a few letters, a word in lower case, or a name too close in length', () => {
    expect(names("Alex's overtime claims", 'Alexis padded her overtime claims')).toBe(false);
    expect(names('Chris and the expenses business', 'the christening expenses were fiddled by the caterer')).toBe(false);
    expect(names('Percy', 'Pearl covered my Saturday shift')).toBe(false);
  });
});

describe('a matter named with a word of what kind, met by its head alone', () => {
  it('"travel reimbursement" meets "the reimbursement mess"', () => {
    expect(names('Wendell and the travel reimbursement thing', 'Wendell got suspended and the whole office is talking about the reimbursement mess')).toBe(true);
    expect(names('Wendell and the travel reimbursement thing', 'Wendell has been padding his mileage logs')).toBe(true);
  });

  it('but "claims" in "expense claims" says nothing alone', () => {
    expect(names("Teodor's expense claims", 'Teodor claimed 40 miles for the Tuesday site visit')).toBe(false);
  });
});

describe('money the user was cheated of', () => {
  const request = 'the money I lost to that woman online';

  it('meets the chats that told it otherwise', () => {
    expect(names(request, 'I sent about $9,000 in gift cards to a woman I met on Facebook who said she was stuck in Dubai')).toBe(true);
    expect(names(request, 'ever since I got catfished I check every profile twice')).toBe(true);
    expect(names(request, 'the bank called it a romance scam and closed the case')).toBe(true);
    expect(names('the scam', 'my savings went in wire transfers to a man I was talking to on a dating app')).toBe(true);
  });

  it('not a number given to a date, money made online, a fish or a bet', () => {
    expect(names(request, 'I gave my number to a guy I met on Hinge')).toBe(false);
    expect(names(request, 'I made money online selling vintage cards')).toBe(false);
    expect(names(request, 'fried catfish with hush puppies for the church supper')).toBe(false);
    expect(names(request, 'I lost money on the horses at Saratoga')).toBe(false);
  });
});

describe('a passage shown in part is judged whole', () => {
  it('its other sentences stay out of the block with the one that named a matter kept off', async () => {
    db = freshDb();
    await addConversation(db, { site: 'claude', conversationId: 'a', lastSeenAt: day('2026-10-02'), title: 'Letter from the bank' });
    await addConversation(db, { site: 'claude', conversationId: 'b', lastSeenAt: day('2026-10-20'), title: 'Garden' });
    const long =
      'A letter came from the credit union today about the wire transfers I sent to a man I met on a dating app. ' +
      'He called himself Rutherford Vane and said he was a surveyor stuck on an oil rig in the North Sea. ' +
      'Eleven thousand dollars over four months, my whole garden fund for the greenhouse and the raised beds. ' +
      'They say the recall did not work and the greenhouse will have to wait for another year or two now.';
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: "Please don't ever bring up the money I lost to that man online again.", occurredAt: day('2026-10-25') }),
      memory({ id: 'p1', kind: 'passage', role: 'user', text: long, conversationKey: 'claude:a' }),
      memory({ id: 'p2', kind: 'passage', role: 'user', text: 'raised beds for tomatoes and a small greenhouse in spring', conversationKey: 'claude:b' }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'greenhouse and raised beds plan for another year', now: day('2026-11-01') });
    expect(block.text).toContain('raised beds for tomatoes');
    expect(block.text).not.toMatch(/Rutherford|Eleven thousand|dating/);
  });
});
