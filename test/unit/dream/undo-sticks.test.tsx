// @vitest-environment happy-dom
import '../reliability/node-globals';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { ReverieDb } from '../../../lib/db/schema';
import { ReverieService } from '../../../lib/host/service';
import { dreamLine } from '../../../lib/ui/common/statusText';
import { collapseCopies, DiaryView } from '../../../lib/ui/popup/DiaryView';
import { memory, fakeApi } from '../ui/fakes';

afterEach(cleanup);

/**
 * Undo that sticks: a change the user undid is not applied again by a later dream, whatever phase produces it, and
 * the status line counts what the diary shows.
 */
let n = 0;
const DAY = 86_400_000;

async function chattyService() {
  let now = Date.UTC(2025, 8, 1, 10);
  const db = new ReverieDb(`undo-sticks-${process.pid}-${++n}`);
  const service = await ReverieService.start({ db, now: () => now });
  // Enough of the user's own turns for a style line and facts to learn.
  const turns = Array.from({ length: 48 }, (_, i) => ({
    role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant',
    ordinal: i,
    text: i % 2 ? `Sure, here is more on item ${i}.` : i === 0 ? 'I live in Porto and I work as a nurse.' : `ok cool, next one ${i}?`,
  }));
  await service.importConversations({
    source: 'import-claude',
    conversations: [{ site: 'claude', conversationId: 'u1', url: 'https://claude.ai/chat/u1', title: 'Shifts', turns }],
  });
  return { db, service, tick: () => (now += DAY) };
}

describe('undo that sticks', () => {
  it('a dream does not re-apply a change the user undid, and the status line agrees with the diary', async () => {
    const { db, service, tick } = await chattyService();
    const first = await service.dream('manual');
    const entries = await db.diary.where('runId').equals(first.id).toArray();
    expect(entries.length).toBeGreaterThan(0);
    // The status line counts exactly the diary's entries of that run.
    expect(first.stats?.changes).toBe(entries.length);
    expect(dreamLine(first)).not.toMatch(/nothing changed/);

    // Undo every change with an "after" (learned facts, style, profile), then dream again on the same material.
    const undoable = entries.filter((e) => e.after.length > 0);
    expect(undoable.length).toBeGreaterThan(0);
    for (const e of undoable) await service.undo(e.id);
    const undoneTexts = new Set(undoable.flatMap((e) => e.after.map((m) => m.text)));
    tick();
    const second = await service.dream('manual');
    const active = await db.memories.where('status').equals('active').toArray();
    for (const text of undoneTexts) expect(active.map((m) => m.text), text).not.toContain(text);
    const again = await db.diary.where('runId').equals(second.id).toArray();
    const standing = again.filter((e) => e.status !== 'undone');
    expect(second.stats?.changes).toBe(standing.length);
    for (const e of again.filter((r) => r.status === 'undone')) expect(e.summary).toMatch(/not kept: you undid this before/);
  });
});

describe('the diary speaks plainly', () => {
  it('a many-way merge reads "N copies of …"', async () => {
    const copies = Array.from({ length: 13 }, (_, i) => memory({ id: `c${i}`, text: 'Got it! Let me know if you need anything else.', status: 'superseded' }));
    expect(collapseCopies(copies)).toHaveLength(1);
    expect(collapseCopies(copies)[0]!.copies).toBe(13);
    const api = fakeApi({
      getDiary: async () => [
        { id: 'r:consolidate:1', runId: 'r', kind: 'merge', summary: 'Merged 13 duplicates', memoryIds: [], sourceTurnIds: [], before: copies, after: [copies[0]!], status: 'applied', createdAt: 1 },
      ],
    });
    render(<DiaryView api={api} />);
    expect(await screen.findByText('13 copies of:')).toBeTruthy();
    expect(screen.getAllByText('Got it! Let me know if you need anything else.')).toHaveLength(2); // once before, once after
    expect(document.body.textContent).not.toMatch(/\d%/);
  });
});
