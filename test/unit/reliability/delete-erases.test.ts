// @vitest-environment happy-dom
import './node-globals';
import { describe, expect, it } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import { ReverieService } from '../../../lib/host/service';
import { UNDO_WINDOW_MS } from '../../../lib/engine/erase';

/**
 * Delete means delete: once the undo window has passed, a deleted memory's words are nowhere in the database — not in
 * memories, turns, conversation titles, the diary or the tombstone (which keeps the hash) — so no later backup holds
 * them, and the same words captured again are still not learned.
 */
const SECRET = 'My therapist is Dr. Okonkwo and I see her every Thursday at noon.';
let n = 0;

async function setup() {
  let now = Date.UTC(2025, 5, 1, 12);
  const db = new ReverieDb(`erase-${process.pid}-${++n}`);
  const service = await ReverieService.start({ db, now: () => now });
  const capture = {
    site: 'claude' as const,
    conversationId: 'e1',
    url: 'https://claude.ai/chat/e1',
    title: SECRET.slice(0, 30) + '…',
    turns: [
      { role: 'user' as const, ordinal: 0, text: SECRET },
      { role: 'assistant' as const, ordinal: 1, text: 'Thanks for telling me; Thursdays at noon it is.' },
    ],
  };
  await service.importConversations({ source: 'import-claude', conversations: [capture] });
  return { db, service, capture, advance: (ms: number) => (now += ms) };
}

/** Every row of every table as one string: where the words could hide. */
async function everything(db: ReverieDb): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}

describe('delete means delete', () => {
  it('undo works inside the window; after it the words are gone from every table and from a backup', async () => {
    const { db, service, capture, advance } = await setup();
    const memory = (await service.search('therapist Thursday')).find((h) => h.memory.text === SECRET)!.memory;
    await service.deleteMemory(memory.id);
    advance(5_000);
    expect((await service.undoDelete(memory.id)).text).toBe(SECRET);

    await service.deleteMemory(memory.id);
    advance(UNDO_WINDOW_MS + 1);
    await ReverieService.start({ db, now: () => Date.UTC(2025, 5, 1, 13) }); // a restart erases what was due
    await expect.poll(async () => (await everything(db)).includes('Okonkwo'), { timeout: 5_000 }).toBe(false);
    expect(await everything(db)).not.toMatch(/Dr\. Okonkwo|My therapist is/);
    expect(await service.exportJson()).not.toMatch(/Okonkwo/);
    const tomb = (await db.tombstones.toArray()).find((t) => t.memoryId === memory.id)!;
    expect(tomb).toMatchObject({ text: '', hash: memory.hash });
    await expect(service.undoDelete(memory.id)).rejects.toThrow(/erased for good/);
    // The other turn and the conversation remain.
    expect((await db.turns.get('claude:e1#1'))?.text).toMatch(/Thursdays at noon/);

    // The same words captured again (the page still shows them) are not learned again.
    await service.importConversations({ source: 'import-claude', conversations: [capture] });
    expect((await service.search('therapist Okonkwo')).map((h) => h.memory.text)).not.toContain(SECRET);
  });

  it('"forget this conversation" erases at once (it has no undo)', async () => {
    const { db, service } = await setup();
    await service.forgetConversation('claude:e1');
    expect(await everything(db)).not.toMatch(/Okonkwo/);
  });
});
