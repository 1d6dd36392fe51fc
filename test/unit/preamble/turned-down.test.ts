import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { buildPreamble } from '../../../lib/preamble/build';
import { conversation, DAY, freshDb } from '../engine/helpers';

/** What the assistant said that the user's next turn said no to is not brought back (lib/preamble/turned-down.ts). */

const NOW = 30 * DAY;
let db: ReverieDb;
let engine: MemoryEngine;
afterEach(async () => {
  await engine?.close();
  db?.close();
});

async function blockFor(texts: string[], typed: string): Promise<string> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW });
  await engine.ingest(conversation('bakery', texts, NOW - 3 * DAY, { title: 'Bakery' }));
  const p = await buildPreamble({ db, recall: (q, o) => engine.recall(q, o), firstMessage: typed, now: NOW });
  return p.lines.filter((l) => l.layer === 'L1').map((l) => l.text).join('\n');
}

const asked = 'a customer keeps asking whether we deliver sourdough to offices';
const idea = 'You could start a sourdough delivery van for offices on weekday mornings.';

describe('an idea the user turned down', () => {
  for (const no of ['no. I have no licence for a van, not happening', 'nah, not interested', 'No thanks — the oven is full by six.', 'nope'])
    it(`is not shown after "${no}"`, async () => {
      const block = await blockFor([asked, idea, no], 'sourdough delivery van for offices');
      expect(block).not.toMatch(/delivery van/);
    });

  it('is shown when the user took it up', async () => {
    const block = await blockFor([asked, idea, 'good idea, how much does a small van cost to lease?'], 'sourdough delivery van for offices');
    expect(block).toMatch(/assistant said: .*delivery van/);
  });

  it('is shown when the reply only starts with a word like "now"', async () => {
    const block = await blockFor([asked, idea, 'now that I think of it, the van could also do catering'], 'sourdough delivery van for offices');
    expect(block).toMatch(/assistant said: .*delivery van/);
  });

  it('a no after an answer that proposes nothing hides nothing', async () => {
    const block = await blockFor([asked, 'Most bakeries that deliver sourdough to offices use a van on weekday mornings.', 'no way, really? even the small ones?'], 'sourdough delivery van for offices');
    expect(block).toMatch(/assistant said: .*van on weekday mornings/);
  });
});
