import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { runDream } from '../../../lib/dream/run';
import { buildPreamble } from '../../../lib/preamble/build';
import { sharedTerms } from '../../../lib/preamble/shared-words';
import { conversation, DAY, freshDb } from '../engine/helpers';

/** A fact learned from a passage that a later update reached shows the update in About me (build.ts, updatesOnFacts). */

const NOW = 60 * DAY;
let db: ReverieDb;
let engine: MemoryEngine;
afterEach(async () => {
  await engine?.close();
  db?.close();
});

async function aboutMe(later: string, first = 'I run a small bakery in Leith, mostly sourdough. My name is Kirsty.'): Promise<string[]> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW });
  await engine.ingest(conversation('bakery', [first, 'Lovely! How can I help?'], NOW - 40 * DAY));
  await engine.ingest(conversation('move', [later, 'Congratulations!'], NOW - 10 * DAY));
  await runDream({ db, trigger: 'manual', now: () => NOW });
  const p = await buildPreamble({ db, recall: (q, o) => engine.recall(q, o), firstMessage: 'write a short bio for my website', now: NOW });
  return p.lines.filter((l) => l.layer === 'L4').map((l) => l.text);
}

describe('an update on the passage a fact was learned from', () => {
  it('is shown beside the fact that names what the update names, and no other', async () => {
    const l4 = await aboutMe('moved in! first bake in Portobello was yesterday, the oven is so much better than Leith ever had.');
    const bakery = l4.find((t) => /bakery/.test(t));
    expect(bakery).toMatch(/runs a small bakery in Leith\. \[update \d{4}-\d{2}-\d{2}: "moved in! first bake in Portobello/);
    expect(l4.find((t) => /Kirsty/.test(t))).not.toMatch(/\[update/);
  });

  it('is not shown when nothing later reached the passage', async () => {
    const l4 = await aboutMe('what temperature for a focaccia?');
    expect(l4.find((t) => /bakery/.test(t))).not.toMatch(/\[update/);
  });

  it("shows a rule's note of a change that left the fact standing", async () => {
    const l4 = await aboutMe('Finished my last day at the court in June. Now I need an invoice template for freelance work.', "I'm an official court reporter at the Ontario Superior Court.");
    const job = l4.find((t) => /court reporter/.test(t));
    expect(job).toMatch(/\[(?:changed|update) \d{4}-\d{2}-\d{2}: "Finished my last day at the court in June\."\]/);
  });

  it('shows a move beside where the user lives though it does not name the old place', async () => {
    const l4 = await aboutMe('Vit eru flutt til Tórshavnar! Moved in last week, the commute to the barge is an hour now.', 'I live in Klaksvík with my daughter Ása. I fix the feed barge engines.');
    expect(l4.find((t) => /lives in Klaksvík/.test(t))).toMatch(/\[update \d{4}-\d{2}-\d{2}: "Vit eru flutt til Tórshavnar!/);
  });
});


describe('a word the update shares with the fact', () => {
  // porter2 stems "engineer" and "engine" alike ("engin"): the doer is not the thing, so the car's news is not the job's.
  it('is not a job named by a doer word beside the thing the word is made from', async () => {
    const l4 = await aboutMe('Sold the Corolla last week, the engine was shot. Cycling to work now.', "I'm a structural engineer at Halcrow and I drive a 2009 Corolla.");
    expect(l4.find((t) => /structural engineer/.test(t))).not.toMatch(/\[update/);
  });

  it('is a doer word beside its own forms, or any word where neither is a doer', () => {
    expect(sharedTerms('User is a structural engineer.', 'the engine was shot')).toEqual([]);
    expect(sharedTerms('User is a structural engineer.', "I'm done with engineering, and the other engineers know")).toEqual(['engin']);
    expect(sharedTerms('User is a product designer.', 'the design review moved')).toEqual([]);
    expect(sharedTerms('User runs a bakery.', 'the bakeries on our street')).toEqual(['bakeri']);
    expect(sharedTerms('User is a teacher in Leith.', 'the teachers in Leith')).toEqual(['teacher', 'leith']);
  });
});

describe("another person's change", () => {
  // "She's cutting down to part-time at the other plant" is a coworker's news: the user's own job has not changed.
  it('is not shown beside a fact about the user alone', async () => {
    const l4 = await aboutMe(
      "Had coffee with Marisol from the line today. She's cutting down to part-time at the Valdosta plant after her surgery. Anyway, what's a good slow-cooker chili?",
      'I work nights at a poultry plant in Gainesville, on the deboning line.',
    );
    expect(l4.find((t) => /poultry plant/.test(t))).not.toMatch(/\[update/);
  });

  it("is shown where the user's own words say it too", async () => {
    const l4 = await aboutMe(
      "Big change: we're cutting down to part-time at the Gainesville plant, both of us, from March. Help me redo the budget?",
      'I work nights at a poultry plant in Gainesville, on the deboning line.',
    );
    expect(l4.find((t) => /poultry plant/.test(t))).toMatch(/\[update/);
  });
});
