import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { runDream } from '../../../lib/dream/run';
import { buildPreamble } from '../../../lib/preamble/build';
import { conversation, DAY, freshDb } from '../engine/helpers';

/** A recent chat titled by a change the user told in it carries that chat's own note (change-told-in-chat.ts). */

const NOW = 60 * DAY;
let db: ReverieDb;
let engine: MemoryEngine;
afterEach(async () => {
  await engine?.close();
  db?.close();
});

async function recentChats(first: { title: string; texts: string[] }, later: { title: string; texts: string[] }): Promise<string[]> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW });
  await engine.ingest(conversation('first', first.texts, NOW - 30 * DAY, { title: first.title }));
  await engine.ingest(conversation('later', later.texts, NOW - 5 * DAY, { title: later.title }));
  await runDream({ db, trigger: 'manual', now: () => NOW });
  const p = await buildPreamble({ db, recall: (q, o) => engine.recall(q, o), firstMessage: 'any ideas for the bank holiday weekend?', now: NOW });
  return p.lines.filter((l) => l.layer === 'L2').map((l) => l.text);
}

const regatta = {
  title: 'Packing for the regatta',
  texts: ["We're driving up to Whitby for the regatta on the 9th with the kids, what should we pack?", 'Layers, waterproofs and snacks for the car.'],
};

describe('a recent chat titled by the change it told', () => {
  it('carries the note its own message made', async () => {
    const l2 = await recentChats(regatta, {
      title: 'Whitby',
      texts: ['The Whitby trip is off, my son broke his wrist at football. How do I cancel a B&B booking?', 'Sorry to hear that! Most B&Bs …'],
    });
    expect(l2.find((t) => /· Whitby\b/.test(t))).toMatch(/· Whitby \[(?:update|changed) \d{4}-\d{2}-\d{2}: "The Whitby trip is off/);
  });

  it('keeps its title alone when the title names nothing the message spoke of', async () => {
    const l2 = await recentChats(regatta, {
      title: 'Cheese scones',
      texts: ['The Whitby trip is off, my son broke his wrist at football. Anyway, how do I get cheese scones to rise?', 'Cold butter and a hot oven.'],
    });
    expect(l2.find((t) => /Cheese scones/.test(t))).not.toMatch(/\[(?:update|changed)/);
  });

  it("keeps the later note on the older chat too, and both chats listed", async () => {
    const l2 = await recentChats(regatta, {
      title: 'Whitby',
      texts: ['The Whitby trip is off, my son broke his wrist at football. How do I cancel a B&B booking?', 'Sorry to hear that! Most B&Bs …'],
    });
    // Both chats are listed, though they carry the same note.
    expect(l2.find((t) => /Packing for the regatta/.test(t))).toMatch(/\[(?:update|changed) \d{4}-\d{2}-\d{2}: "The Whitby trip is off/);
    expect(l2.find((t) => /· Whitby\b/.test(t))).toMatch(/\[(?:update|changed)/);
  });
});
