import { describe, expect, it } from 'vitest';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

describe('L3 domains name real topics', () => {
  it('by the titles of the conversations of the last weeks, not by frequent words', async () => {
    const db = freshDb();
    const turns = [
      'How do I fix this Rust borrow checker error with lifetimes?',
      'The Rust borrow checker complains about mutable borrow lifetimes again.',
      'Explain Rust lifetimes and the borrow checker for struct fields.',
    ];
    for (let i = 0; i < 3; i++) {
      await addConversation(db, `r${i}`, T0 + i * DAY, [
        { role: 'user', text: turns[i]! },
        { role: 'assistant', text: `Lifetimes tie a borrow to its owner (${i}).` },
      ]);
      await db.conversations.update(`chatgpt:r${i}`, { title: ['Borrow checker errors', 'Mutable borrows', 'Struct lifetimes'][i] });
    }
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY) });
    const domains = (await db.memories.toArray()).filter((m) => m.kind === 'domain' && m.status === 'active').map((m) => m.text);
    expect(domains).toEqual(['Working on: Struct lifetimes; Mutable borrows; Borrow checker errors (2025-01-06 to 2025-01-08).']);
  });

  it('untitled conversations are named by what the user asked, without the request framing', async () => {
    const db = freshDb();
    const asks = ['Can you help me with a cover letter for a nursing job?', 'Can you help me tailor my cover letter for the nursing job?', 'Can you shorten the cover letter for the nursing job?'];
    for (let i = 0; i < 3; i++) await addConversation(db, `c${i}`, T0 + i * DAY, [{ role: 'user', text: asks[i]! }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 3 * DAY) });
    const domains = (await db.memories.toArray()).filter((m) => m.kind === 'domain' && m.status === 'active').map((m) => m.text);
    expect(domains).toHaveLength(1);
    expect(domains[0]).toMatch(/^Working on: shorten the cover letter for the nursing job; tailor my cover letter for the nursing job; a cover letter for a nursing job \(/);
  });
});
