import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { day, freshDb, memory } from './helpers';

/** "Lately" (L3) prefers the topics an LLM named when they are recent, and falls back to the rules' domains. */

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

const RULES_LINE = 'Working on: Sourdough starter; Bike gears (2026-11-10 to 2026-12-05).';

async function lately(now: number): Promise<string[]> {
  const block = await buildPreamble({ db, recall: async () => [], now });
  return block.lines.filter((l) => l.layer === 'L3').map((l) => l.text);
}

describe('Lately with names from the LLM dream', () => {
  const seed = async (namedLastSeen: string) => {
    db = freshDb();
    await db.memories.bulkPut([
      memory({ id: 'domain:c1', kind: 'domain', text: RULES_LINE, origin: 'dream-rules', occurredAt: day('2026-12-05') }),
      memory({ id: 'domain:named:a', kind: 'domain', text: 'Kitchen renovation', origin: 'dream-llm', validFrom: day('2026-11-02'), occurredAt: day(namedLastSeen) }),
      memory({ id: 'domain:named:b', kind: 'domain', text: 'Learning Rust', origin: 'dream-llm', validFrom: day('2026-11-18'), occurredAt: day('2026-11-18') }),
    ]);
  };

  it('shows the recent names, latest first, each with the days it was seen, instead of the rules’ line', async () => {
    await seed('2026-11-21');
    expect(await lately(day('2026-11-25'))).toEqual(['Kitchen renovation (2026-11-02 to 2026-11-21)', 'Learning Rust (2026-11-18)']);
  });

  it('leaves out a name not seen for four weeks, and with none recent falls back to the rules', async () => {
    await seed('2026-11-21');
    expect(await lately(day('2026-12-17'))).toEqual(['Kitchen renovation (2026-11-02 to 2026-11-21)']);
    expect(await lately(day('2026-12-20'))).toEqual([RULES_LINE]);
  });

  it('a name the user deleted is not shown', async () => {
    await seed('2026-11-21');
    await db.memories.update('domain:named:a', { status: 'deleted' });
    expect(await lately(day('2026-11-25'))).toEqual(['Learning Rust (2026-11-18)']);
  });
});
