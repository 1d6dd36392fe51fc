import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb, TurnRow } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { pronounOfRelative, speaksOfThemFirst } from '../../../lib/preamble/relative-spoken-of-after';
import { addConversation, day, freshDb, memory, wordOverlapRecall } from './helpers';

/**
 * After held-out scenario set CW, on sentences made up here: a relative kept off by their word ("dont bring up my mum
 * and all that") is spoken of as "she" in the user's later messages of the chat that named her, and those messages
 * leave the block with the ones that named her.
 */

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

async function addTurn(key: string, ordinal: number, role: TurnRow['role'], text: string, at: number): Promise<void> {
  await db.turns.put({ id: `${key}#${ordinal}`, conversationKey: key, site: 'claude', role, ordinal, text, textHash: 'x', capturedAt: at, updatedAt: at });
}

describe('a relative kept off, spoken of by a pronoun', () => {
  it('is who "he" or "she" means before anyone else is named', () => {
    const she = pronounOfRelative('mum')!;
    expect(speaksOfThemFirst('we finally got her a place at the hospice on friday, she seemed calm', she)).toBe(true);
    expect(speaksOfThemFirst("she didn't know me today. how do i cope", she)).toBe(true);
    expect(speaksOfThemFirst('the nurse said she would call back', she)).toBe(false);
    expect(speaksOfThemFirst('Priya thinks she can cover my shift', she)).toBe(false);
    expect(speaksOfThemFirst('what should i cook tonight', she)).toBe(false);
    expect(pronounOfRelative('cousin')).toBeUndefined();
    expect(pronounOfRelative('brother')).toBeDefined();
  });

  it('leaves the block with the chat that named her, and other chats stay', async () => {
    db = freshDb();
    const key = 'claude:m';
    await addConversation(db, { site: 'claude', conversationId: 'm', lastSeenAt: day('2026-03-10'), title: 'Evenings' }, "mum's dementia is getting worse, she forgets who i am most evenings. how do carers cope");
    await addTurn(key, 2, 'user', 'we finally got her a place at the hospice on friday, she seemed calm. what do i pack for her room', day('2026-04-01'));
    await addTurn(key, 3, 'assistant', 'Pack familiar photos, a soft blanket and a radio with music she knows.', day('2026-04-01'));
    await addConversation(db, { site: 'claude', conversationId: 'g', lastSeenAt: day('2026-02-01'), title: 'Garden' }, 'i garden on weekends and she (my neighbour) lends me tools, what do i pack for a week at the allotment');
    await addConversation(db, { site: 'claude', conversationId: 'r', lastSeenAt: day('2026-05-01'), title: 'Tyres' }, 'please dont bring up my mum and all that again unless i do. tyre pressure for a civic?');
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: 'Dont bring up my mum and all that again unless i do.', sourceTurnIds: ['claude:r#0'], occurredAt: day('2026-05-01') }),
      memory({ id: 'p1', kind: 'passage', text: 'we finally got her a place at the hospice on friday, she seemed calm. what do i pack for her room', sourceTurnIds: [`${key}#2`], occurredAt: day('2026-04-01') }),
      memory({ id: 'p2', kind: 'passage', text: 'Pack familiar photos, a soft blanket and a radio with music she knows.', sourceTurnIds: [`${key}#3`], occurredAt: day('2026-04-01') }),
      memory({ id: 'p3', kind: 'passage', text: 'i garden on weekends and she (my neighbour) lends me tools, what do i pack for a week at the allotment', sourceTurnIds: ['claude:g#0'], occurredAt: day('2026-02-01') }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'what do i pack for a weekend away', now: day('2026-06-01') });
    expect(block.text).not.toMatch(/hospice|familiar photos/);
    expect(block.text).toContain('allotment');
  });
});
