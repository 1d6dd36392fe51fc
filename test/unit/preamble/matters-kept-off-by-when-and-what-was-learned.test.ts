import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { offLimitsTopicsListed } from '../../../lib/dream/off-limits';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';
import { addConversation, day, freshDb, memory, wordOverlapRecall } from './helpers';

/**
 * After held-out scenario set CU, on sentences made up here: a matter kept off by a vague word and when it happened
 * ("the hospital thing from march"), whose chats never say the vague word; and what was learned from the user's
 * messages about it, which does not name it ("User takes sertraline.").
 */

const namesAny = (request: string, text: string) => offLimitsTopicsListed(request).some((t) => namesAll(new Set(topicRoots(text)), topicWords(t)));

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

describe('a matter named by a vague word and when it happened', () => {
  it('meets the chats that told it without the vague word', () => {
    const told = 'in march i spent three nights in the hospital after the panic attack';
    expect(namesAny('please dont ever bring up the hospital thing from march again', told)).toBe(true);
    expect(namesAny("never mention that court business from last spring", 'the court date last spring went badly')).toBe(true);
    expect(namesAny("Don't bring up the layoff stuff in 2024 again.", 'got laid off in 2024, the layoff took my savings')).toBe(true);
  });

  it('keeps the time as a word of the matter, and a thing that is no vague word stays', () => {
    expect(namesAny('please dont ever bring up the hospital thing from march again', 'the hospital parking is awful')).toBe(false);
    expect(namesAny('never bring up the trip from march again', 'the march trip to Lisbon was a mess')).toBe(true);
    expect(namesAny('never bring up the trip from march again', 'in march i painted the porch')).toBe(false);
  });
});

describe('what was learned from a message about a matter kept off whole', () => {
  it('leaves the block with it when the request listed its parts, and what was learned elsewhere stays', async () => {
    db = freshDb();
    await addConversation(db, { site: 'claude', conversationId: 'h', lastSeenAt: day('2026-04-02'), title: 'Back to work' }, 'in march i was in the hospital for a few nights after a bad spell. they put me on lithium. how do i go back to work');
    await addConversation(db, { site: 'claude', conversationId: 'j', lastSeenAt: day('2026-01-10'), title: 'Job' }, 'i work the front desk at a dental office in Ames');
    await addConversation(db, { site: 'claude', conversationId: 'r', lastSeenAt: day('2026-05-20'), title: 'Tyres' }, 'please never bring up the hospital thing from march again. the ward, the pills, the social worker, all of it, unless i do. anyway, tyre pressure for a civic?');
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: 'Never bring up the hospital thing from march again.', sourceTurnIds: ['claude:r#0'], occurredAt: day('2026-05-20') }),
      memory({ id: 'med', kind: 'fact', text: 'User takes lithium.', sourceTurnIds: ['claude:h#0'], occurredAt: day('2026-04-02') }),
      memory({ id: 'job', kind: 'fact', text: 'User works at a dental office.', sourceTurnIds: ['claude:j#0'], occurredAt: day('2026-01-10') }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'plan a weekend away with friends', now: day('2026-08-01') });
    expect(block.text).toContain('User works at a dental office.');
    expect(block.text).not.toMatch(/lithium|hospital/i);

    // The user raising it again is theirs to raise.
    const raised = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'the hospital in march, can we talk about it', now: day('2026-08-01') });
    expect(raised.text).toContain('User takes lithium.');
  });

  it('stays when the request named the matter alone: a message may name it in passing', async () => {
    db = freshDb();
    await addConversation(db, { site: 'claude', conversationId: 'k', lastSeenAt: day('2026-02-08'), title: 'Cooking' }, 'ok so recently divorced, i have the kids every other weekend. Finn has a sesame allergy. easy dinners?');
    await addConversation(db, { site: 'claude', conversationId: 'r', lastSeenAt: day('2026-03-01'), title: 'Recipes' }, "don't bring up the divorce again, i just want recipes");
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: "Don't bring up the divorce again.", sourceTurnIds: ['claude:r#0'], occurredAt: day('2026-03-01') }),
      memory({ id: 'kid', kind: 'fact', text: "User's child Finn has a sesame allergy.", sourceTurnIds: ['claude:k#0'], occurredAt: day('2026-02-08') }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'dinner ideas for the kids saturday', now: day('2026-04-01') });
    expect(block.text).toContain('sesame allergy');
  });
});
