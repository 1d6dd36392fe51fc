import './node-globals';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { ReverieDb } from '../../../lib/db/schema';
import { engineApi } from '../../../lib/host/facade';
import { ReverieService } from '../../../lib/host/service';

/**
 * "Use in a block the user kept reinforces": a message sent with Reverie's block in it counts the memories behind the
 * block's lines as used, so what keeps being of use does not fade, while what is never used does. The intake tells a
 * sent block apart (by the tab's own block texts, or the content script's flag); the engine counts each memory at most
 * once a day. Real intake, engine host, dream and database (fake IndexedDB).
 */
const DAY = 86_400_000;
let n = 0;
const dbs: ReverieDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete().catch(() => undefined);
});

async function start(at: { now: number }) {
  const db = new ReverieDb(`block-kept-${process.pid}-${++n}`);
  dbs.push(db);
  const service = await ReverieService.start({ db, now: () => at.now, createEmbedder: async () => null });
  return { db, service, api: engineApi(service) };
}

const capture = (conversationId: string, turns: string[], at: number) => ({
  site: 'claude' as const,
  conversationId,
  url: `https://claude.ai/chat/${conversationId}`,
  title: conversationId,
  turns: turns.map((text, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', text, ordinal: i, at: at + i * 30_000 })),
});

describe('a block the user kept', () => {
  it('the intake says when a user turn went out with the block, and stores the turn without it', async () => {
    const at = { now: Date.UTC(2026, 0, 5, 9) };
    const { db } = await start(at);
    const block = '⟦reverie⟧ Notes from my past chats (delete this block if not wanted):\nRelevant:\n- I am restoring a 1968 Vespa.\n⟦/reverie⟧';
    const sent = await acceptCapture(db, capture('k1', [`${block}\n\nWhich carburettor jets should I order?`, 'Try a 98 main jet.'], at.now), {
      knownBlocks: [block],
    });
    expect(sent).toEqual({ accepted: true, blockSent: true });
    const queued = (await db.queue.toArray())[0]!.payload as { turns: { text: string }[] };
    expect(queued.turns[0]!.text).toBe('Which carburettor jets should I order?');

    const plain = await acceptCapture(db, capture('k2', ['Which carburettor jets should I order?', 'Try a 98 main jet.'], at.now), { knownBlocks: [block] });
    expect(plain).toEqual({ accepted: true });
    // The content script strips the blocks it wrote itself and says so; the intake passes that on.
    const flagged = capture('k3', ['Which jets?', 'Try a 98.'], at.now);
    const withFlag = { ...flagged, turns: flagged.turns.map((t, i) => (i === 0 ? { ...t, hadBlock: true as const } : t)) };
    expect(await acceptCapture(db, withFlag)).toEqual({ accepted: true, blockSent: true });
  });

  it('counts each memory once a day, and never a deleted one', async () => {
    const at = { now: Date.UTC(2026, 0, 5, 9) };
    const { db, service, api } = await start(at);
    await acceptCapture(db, capture('c1', ['I am restoring a 1968 Vespa in my garage.', 'Nice project.', 'My sister lives in Ghent.', 'Lovely city.'], at.now));
    await service.drainCaptureQueue();
    const passages = await db.memories.where('kind').equals('passage').toArray();
    const vespa = passages.find((m) => /Vespa/.test(m.text))!;
    const ghent = passages.find((m) => /Ghent/.test(m.text))!;
    expect(await api.blockKept({ memoryIds: [vespa.id, ghent.id, 'no-such-memory'] })).toEqual({ reinforced: 2 });
    expect((await db.memories.get(vespa.id))!.useCount).toBe(vespa.useCount + 1);
    expect(await api.blockKept({ memoryIds: [vespa.id] })).toEqual({ reinforced: 0 });
    at.now += DAY + 1;
    await api.deleteMemory({ id: ghent.id });
    expect(await api.blockKept({ memoryIds: [vespa.id, ghent.id] })).toEqual({ reinforced: 1 });
  });

  it('over months of use, what the user kept sending stays while what was never used fades', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9);
    const at = { now: t0 };
    const { db, service, api } = await start(at);
    await acceptCapture(db, capture('old', ['I am restoring a 1968 Vespa in my garage.', 'Nice project.', 'The hotel in Ghent had a broken lift.', 'Annoying.'], at.now));
    await service.drainCaptureQueue();
    const passages = await db.memories.where('kind').equals('passage').toArray();
    const vespa = passages.find((m) => /Vespa/.test(m.text))!;
    const hotel = passages.find((m) => /hotel/.test(m.text))!;
    // A user who chats every few days; the Vespa line goes out in a kept block every other week.
    for (let day = 1; day <= 240; day++) {
      at.now = t0 + day * DAY;
      if (day % 3 === 0) {
        await acceptCapture(db, capture(`d${day}`, [`Quick question number ${day} about spreadsheet formulas.`, 'Use SUMIFS.'], at.now));
        await service.drainCaptureQueue();
      }
      if (day % 14 === 0) await api.blockKept({ memoryIds: [vespa.id] });
      if (day % 7 === 0) await service.dream('manual');
    }
    expect((await db.memories.get(vespa.id))!.status).toBe('active');
    expect((await db.memories.get(hotel.id))!.status).toBe('archived');
  });
});
