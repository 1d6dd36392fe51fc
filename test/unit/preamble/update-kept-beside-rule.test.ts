import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { MemoryEngine } from '../../../lib/engine/engine';
import { runDream } from '../../../lib/dream/run';
import { buildPreamble } from '../../../lib/preamble/build';
import { conversation, DAY, freshDb } from '../engine/helpers';

/**
 * A passage that a call-off reached ("not buying the camper after all") and that a later rule's change reached too,
 * for another thing it said (a move out of the town it named): both notes stand on it, and the chat's title line leads
 * with the one about what the title names (lib/dream/corrections.ts, title-note.ts, change-told-in-chat.ts).
 */

const NOW = Date.UTC(2026, 5, 1);
let db: ReverieDb;
let engine: MemoryEngine;
afterEach(async () => {
  await engine?.close();
  db?.close();
});

async function remember(): Promise<void> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW });
  await engine.ingest(
    conversation('camper', ['I live in Bristol and I am thinking about buying a secondhand Hymer camper, the dealer wants £14,000. What should I check on a test drive?', 'Check for damp in the habitation area, the cambelt history and the gas certificate.'], NOW - 60 * DAY, {
      title: 'Secondhand Hymer camper',
    }),
  );
  await engine.ingest(conversation('damp', ["Forget it, I'm not buying the Hymer camper after all, the damp report was awful.", 'Probably wise, damp repairs get expensive fast.'], NOW - 40 * DAY, { title: 'Damp report' }));
  await runDream({ db, trigger: 'manual', now: () => NOW - 39 * DAY });
  await engine.ingest(conversation('move', ['I moved to Exeter last week, so who do I need to tell about my new address?', 'Your bank, the DVLA, your GP and your employer.'], NOW - 10 * DAY, { title: 'New address checklist' }));
  await runDream({ db, trigger: 'manual', now: () => NOW });
}

describe('an earlier update about another thing, beside a later rule note', () => {
  it('stays on the passage after the rule note', async () => {
    await remember();
    const note = (await correctionsByPassage(db)).get('chatgpt:camper#0:p0');
    expect(note?.kind).not.toBe('update');
    expect(note?.said).toMatch(/Exeter/);
    expect(note?.later).toMatchObject({ kind: 'update' });
    expect(note?.later?.said).toMatch(/not buying the Hymer camper/);
  });

  it("leads the chat's title line with the call-off, and is no news of the chat that told the move", async () => {
    await remember();
    const p = await buildPreamble({ db, recall: (q, o) => engine.recall(q, o), firstMessage: 'any ideas for a weekend away?', now: NOW });
    const l2 = p.lines.filter((l) => l.layer === 'L2').map((l) => l.text);
    expect(l2.find((t) => t.includes('Secondhand Hymer camper'))).toMatch(/Secondhand Hymer camper \[update \d{4}-\d{2}-\d{2}: "Forget it, I'm not buying the Hymer camper/);
    expect(l2.find((t) => t.includes('New address checklist')) ?? '').not.toMatch(/Hymer/);
  });
});
