import '../reliability/node-globals';
import { afterEach, describe, expect, it } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import { PROFILE_ID } from '../../../lib/dream/profile';
import { ReverieService } from '../../../lib/host/service';

/**
 * The profile paragraph ("About me" in the popup, and what search finds for "where do I live") follows the user's own
 * changes at once: undoing a learned fact in the diary, deleting a fact and editing one rewrite it straight away, not
 * at the next dream. Real service, real dream, fake IndexedDB.
 */
let n = 0;
const services: ReverieService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.db.delete().catch(() => undefined);
});

async function dreamedService() {
  const now = Date.UTC(2025, 8, 1, 10);
  const service = await ReverieService.start({ db: new ReverieDb(`profile-follows-${process.pid}-${++n}`), now: () => now });
  services.push(service);
  await service.importConversations({
    source: 'import-claude',
    conversations: [
      {
        site: 'claude',
        conversationId: 'p1',
        url: 'https://claude.ai/chat/p1',
        title: 'Shifts',
        turns: [
          { role: 'user', ordinal: 0, text: 'I live in Porto and I work as a nurse.' },
          { role: 'assistant', ordinal: 1, text: 'Night shifts in Porto can be long; here are some ideas.' },
        ],
      },
    ],
  });
  const run = await service.dream('manual');
  return { service, db: service.db, run };
}

const profileText = async (db: ReverieDb) => {
  const row = await db.memories.get(PROFILE_ID);
  return row?.status === 'active' ? row.text : '';
};

describe('the profile follows what the user changes', () => {
  it('undoing a learned fact takes it out of the profile at once', async () => {
    const { service, db, run } = await dreamedService();
    expect(await profileText(db)).toMatch(/Porto/);
    const learned = (await db.diary.where('runId').equals(run.id).toArray()).find(
      (e) => e.kind === 'learn' && e.after.some((m) => /Porto/.test(m.text)),
    );
    expect(learned, 'the dream learned where the user lives').toBeTruthy();
    await service.undo(learned!.id);
    expect(await profileText(db)).not.toMatch(/Porto/);
    expect(await profileText(db)).toMatch(/nurse/);
    // What search finds follows too: the old profile's words are not found through it.
    const hits = await service.search('Porto', 10);
    expect(hits.filter((h) => h.memory.id === PROFILE_ID)).toEqual([]);
  });

  it('deleting a fact, and editing one, rewrite the profile at once', async () => {
    const { service, db } = await dreamedService();
    const facts = await db.memories.where('status').equals('active').filter((m) => m.kind === 'fact').toArray();
    const job = facts.find((m) => /nurse/.test(m.text));
    const home = facts.find((m) => /Porto/.test(m.text));
    expect(job && home, 'both facts learned').toBeTruthy();

    await service.deleteMemory(job!.id);
    expect(await profileText(db)).not.toMatch(/nurse/);

    await service.updateMemory({ id: home!.id, text: 'I live in Lisbon.' });
    expect(await profileText(db)).toMatch(/Lisbon/);
    expect(await profileText(db)).not.toMatch(/Porto/);

    await service.undoDelete(job!.id);
    expect(await profileText(db)).toMatch(/nurse/);
  });
});
