import { afterEach, describe, expect, it } from 'vitest';
import { countTokens } from 'gpt-tokenizer';
import type { ReverieDb } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { formatFrame, formatSection } from '../../../lib/preamble/format';
import { snippet } from '../../../lib/preamble/snippet';
import { terms } from '../../../lib/engine/text';
import { day, freshDb, memory, wordOverlapRecall } from './helpers';

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

/** Forty distinct passages that all match "harbor": more than any one layer budget below can hold. */
function passages() {
  const nouns = 'apple river castle engine violin pepper lantern meadow copper rocket saddle walnut glacier mirror orchard canyon falcon ticket velvet quartz'.split(' ');
  return Array.from({ length: 40 }, (_, i) =>
    memory({ kind: 'passage', text: `The harbor visit ${i} went past the ${nouns[i % nouns.length]} and the ${nouns[(i * 7) % nouns.length]} market.`, occurredAt: day('2026-10-01') }),
  );
}

describe('L1 room', () => {
  it('takes what the other layers leave unused when a message was typed, never past the total', async () => {
    db = freshDb();
    const rows = passages();
    await db.memories.bulkPut(rows);
    const budgets = { l1: 60, l2: 150, l3: 150, l4: 150 };
    const p = await buildPreamble({ db, recall: wordOverlapRecall(rows), budgets, firstMessage: 'the harbor visit', now: day('2026-11-20') });
    const l1 = p.lines.filter((l) => l.layer === 'L1').map((l) => l.text);
    // Nothing else to show (no profile, no chats): the relevant layer fills the whole block, not just its 60 tokens.
    expect(countTokens(formatSection('L1', l1))).toBeGreaterThan(60 * 3);
    expect(p.tokens).toBeLessThanOrEqual(510);
    expect(p.tokens).toBe(countTokens(p.text));
  });

  it('keeps to its own budget with nothing typed, and stays off when set to 0', async () => {
    db = freshDb();
    const rows = passages();
    await db.memories.bulkPut(rows);
    const off = await buildPreamble({ db, recall: wordOverlapRecall(rows), budgets: { l1: 0, l2: 150, l3: 150, l4: 150 }, firstMessage: 'the harbor visit', now: day('2026-11-20') });
    expect(off.lines.filter((l) => l.layer === 'L1')).toEqual([]);
    const empty = await buildPreamble({ db, recall: wordOverlapRecall(rows), budgets: { l1: 60, l2: 150, l3: 150, l4: 150 }, now: day('2026-11-20') });
    expect(empty.lines.filter((l) => l.layer === 'L1')).toEqual([]);
  });

  it('asks recall for enough candidates to fill the room (one per 20 tokens, 24 to 80)', async () => {
    db = freshDb();
    const recall = wordOverlapRecall([]);
    const frame = countTokens(formatFrame());
    await buildPreamble({ db, recall, budgets: { l1: 200, l2: 0, l3: 0, l4: 0 }, firstMessage: 'harbor', now: 5 });
    await buildPreamble({ db, recall, budgets: { l1: 1000, l2: 0, l3: 0, l4: 0 }, firstMessage: 'harbor', now: 5 });
    await buildPreamble({ db, recall, budgets: { l1: 4000, l2: 0, l3: 0, l4: 0 }, firstMessage: 'harbor', now: 5 });
    expect(recall.calls.map((c) => c.opts?.k)).toEqual([24, Math.ceil((1000 - frame) / 20), 80]);
  });
});

describe('snippet', () => {
  const q = (s: string) => new Set(terms(s));
  const long =
    'We talked about a lot of things that evening and most of it was small talk about the weather and the traffic. ' +
    'Then she mentioned that her sister adopted a puppy named Biscuit from the shelter last spring. ' +
    'After that we argued about which pizza place in town is the best one, as we always do, and nobody won.';

  it('shows the sentence that matches what was typed, marking what it left out', () => {
    const out = snippet(long, q('what is the name of the puppy her sister adopted'), 40);
    expect(out).toContain('adopted a puppy named Biscuit');
    expect(out.startsWith('…')).toBe(true);
    expect(countTokens(out)).toBeLessThanOrEqual(40);
  });

  it('leaves a passage that fits, or that nothing in it matches, as it is', () => {
    expect(snippet('Short and sweet.', q('sweet'), 40)).toBe('Short and sweet.');
    expect(snippet(long, q('volcano eruption'), 40)).toBe(long);
    expect(snippet(long, new Set(), 40)).toBe(long);
  });

  it('a sentence opening on a pronoun keeps the one before it, which says who', () => {
    const text =
      'My brother Kwame turns forty next month and we are planning something with the whole family. ' +
      "He's a pilot with a budget airline, based out of Gatwick, so he is basically never home and owns every gadget. " +
      'Any ideas for something thoughtful that is an experience rather than stuff, for about two hundred pounds?';
    const out = snippet(text, q('pilot gadget'), 60);
    expect(out).toContain('My brother Kwame');
    expect(out).toContain("He's a pilot");
  });

  it('adds neighbours in order while there is room', () => {
    const out = snippet(long, q('puppy'), 70);
    const first = out.indexOf('puppy');
    expect(first).toBeGreaterThan(-1);
    // Both neighbours cannot fit with the match; what is kept is in the passage's order.
    const kept = out.split(' … ').join(' ').replace(/^… |…$/g, '');
    for (const part of kept.split(/(?<=\.)\s+/)) expect(long).toContain(part.replace(/ …$/, ''));
  });
});
