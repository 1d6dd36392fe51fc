// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { DiaryView, groupByRun } from '../../../lib/ui/popup/DiaryView';
import { entryHeading } from '../../../lib/ui/popup/diary-heading';
import { MemoriesView } from '../../../lib/ui/popup/MemoriesView';
import { MemoryItem } from '../../../lib/ui/popup/MemoryItem';
import { diaryRow, fakeApi, memory } from './fakes';

afterEach(cleanup);

/** Fixes found while reviewing the popup in a real browser (test/e2e/review.e2e.test.ts). */
describe('popup review fixes', () => {
  it('a diary summary that repeats the title verb is not doubled ("Learned: Learned: …")', () => {
    expect(entryHeading('learn', 'Learned: User lives in Porto.')).toEqual({ lead: 'Learned', rest: ': User lives in Porto.' });
    expect(entryHeading('merge', 'Merged 1 duplicate into: I prefer tea.')).toEqual({ lead: 'Merged', rest: ' 1 duplicate into: I prefer tea.' });
    // A word that merely starts with the verb is not a repeat.
    expect(entryHeading('learn', 'Learnedly said')).toEqual({ lead: 'Learned', rest: ': Learnedly said' });
  });

  it('entries of one dream (one timestamp) keep the order they were written in', () => {
    const rows = ['r:prune:00002', 'r:prune:00001', 'r:consolidate:00001'].map((id) => diaryRow({ id, runId: 'r', createdAt: 7 }));
    expect(groupByRun(rows)[0]!.entries.map((e) => e.id)).toEqual(['r:consolidate:00001', 'r:prune:00001', 'r:prune:00002']);
  });

  it('a row that a change replaced is shown struck out under "After"', async () => {
    const old = memory({ id: 'old', text: 'User lives in Porto.', status: 'superseded' });
    const now = memory({ id: 'new', text: 'User lives in Lisbon.' });
    render(<DiaryView api={fakeApi({ getDiary: async () => [diaryRow({ kind: 'supersede', summary: 'Changed', before: [{ ...old, status: 'active' }], after: [now, old] })] })} />);
    const after = (await screen.findByText('After')).parentElement!;
    expect(within(after).getByText('User lives in Porto.').className).toBe('before');
    expect(within(after).getByText('User lives in Lisbon.').className).toBe('after');
  });

  it('the list keeps saying "Recent memories" until the search results have arrived', async () => {
    let answer!: () => void;
    const api = fakeApi({
      listMemories: async () => [memory({ id: 'r', text: 'A recent memory' })],
      searchMemories: () => new Promise((resolve) => (answer = () => resolve([{ memory: memory({ id: 's', text: 'About tea' }), score: 1, via: ['lexical'] }]))),
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    await screen.findByRole('list', { name: 'Recent memories' });
    fireEvent.input(screen.getByLabelText('Search your memories'), { target: { value: 'tea' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('heading', { name: 'Recent memories' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
    answer();
    expect(await screen.findByRole('list', { name: 'Search results' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Results' })).toBeTruthy();
  });

  it('a memory made by dreaming says so instead of "Unknown source"', () => {
    const actions = { onSave: async () => {}, onTogglePin: async () => {}, onDelete: async () => {}, onForgetConversation: async () => {} };
    render(<MemoryItem memory={memory({ site: undefined, conversationKey: undefined, url: undefined, kind: 'profile', origin: 'dream-rules' })} actions={actions} />);
    expect(screen.getByText('From dreaming')).toBeTruthy();
    expect(screen.queryByText('Unknown source')).toBeNull();
  });
});
