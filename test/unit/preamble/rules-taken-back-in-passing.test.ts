import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { runDream } from '../../../lib/dream/run';
import { buildPreamble } from '../../../lib/preamble/build';
import { conversation, DAY, freshDb } from '../engine/helpers';

/**
 * A standing rule read from a chat the user later changed their mind about carries the user's later words in About me
 * (build.ts, notesOnFacts), though the words the rule kept are not among them; a later note that says no change of
 * mind leaves the rule as it is.
 */

const NOW = 60 * DAY;
let db: ReverieDb;
let engine: MemoryEngine;
afterEach(async () => {
  await engine?.close();
  db?.close();
});

async function aboutMe(first: string, later: string): Promise<string[]> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW });
  await engine.ingest(conversation('rule', [first, 'Understood.'], NOW - 40 * DAY));
  await engine.ingest(conversation('later', [later, 'Sounds good!'], NOW - 10 * DAY));
  await runDream({ db, trigger: 'manual', now: () => NOW });
  const p = await buildPreamble({ db, recall: (q, o) => engine.recall(q, o), firstMessage: 'plan my week please', now: NOW });
  return p.lines.filter((l) => l.layer === 'L4').map((l) => l.text);
}

describe('a rule from a chat the user later changed their mind about', () => {
  it('is shown with the change of mind beside it', async () => {
    const l4 = await aboutMe(
      'No keto recipes ever, we tried it and hated it, never suggest carb cycling either. Just some weeknight dinners please.',
      'We changed our minds, we are back on keto recipes this spring.',
    );
    expect(l4.find((t) => /carb cycling/i.test(t))).toMatch(/\[update \d{4}-\d{2}-\d{2}: "We changed our minds, we are back on keto recipes/);
  });

  it('a later note that is no change of mind leaves the rule alone', async () => {
    const l4 = await aboutMe(
      'No keto recipes ever, we tried it and hated it, never suggest carb cycling either. Just some weeknight dinners please.',
      'We sold the air fryer, so keto recipes for the oven only.',
    );
    const rule = l4.find((t) => /carb cycling/i.test(t));
    expect(rule).toBeDefined();
    expect(rule).not.toMatch(/\[update/);
  });
});
