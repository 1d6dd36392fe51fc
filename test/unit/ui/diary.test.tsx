// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DiaryView, groupByRun } from '../../../lib/ui/popup/DiaryView';
import { diaryRow, fakeApi, memory } from './fakes';

afterEach(cleanup);

describe('DiaryView', () => {
  it('groups changes by dream, newest dream first, with before and after text', async () => {
    const rows = [
      diaryRow({ id: 'old', runId: 'r-old', kind: 'learn', summary: 'A new preference', before: [], after: [memory({ id: 'n', text: 'Prefers tea' })], createdAt: 1000 }),
      diaryRow({ id: 'new1', runId: 'r-new', createdAt: 5000 }),
      diaryRow({ id: 'new2', runId: 'r-new', kind: 'fade', summary: 'Unused for months', before: [memory({ id: 'f', text: 'Once asked about fonts' })], after: [], createdAt: 5001, status: 'approved' }),
    ];
    const api = fakeApi({ getDiary: async () => rows });
    render(<DiaryView api={api} />);
    const dreams = await screen.findAllByRole('region');
    expect(dreams).toHaveLength(2);
    expect(within(dreams[0]!).getByText('Merged')).toBeTruthy();
    expect(within(dreams[0]!).getByText('Dog is named Biscuit')).toBeTruthy();
    expect(within(dreams[0]!).getByText('The user has a dog called Biscuit.')).toBeTruthy();
    expect(within(dreams[0]!).getByText('Let fade')).toBeTruthy();
    expect(within(dreams[1]!).getByText('Learned')).toBeTruthy();
    expect(within(dreams[1]!).getByText('Prefers tea')).toBeTruthy();
    expect(groupByRun(rows).map((g) => g.entries.map((e) => e.id))).toEqual([['new1', 'new2'], ['old']]);
  });

  it('a forget asked for in a chat shows its summary and Undo, not what was forgotten', async () => {
    const gone = memory({ id: 'g', text: 'my cousin told me about his debts', status: 'active' });
    const api = fakeApi({
      getDiary: async () => [
        diaryRow({ id: 'f1', kind: 'forget', summary: 'Forgot 1 memory you asked in a chat on 2026-03-03 to forget; undo brings it back until 2026-03-10, when the words are erased.', before: [gone], after: [{ ...gone, status: 'deleted' }] }),
      ],
    });
    render(<DiaryView api={api} />);
    const entry = (await screen.findByText('Forgot')).closest('li.diary-entry') as HTMLElement;
    expect(entry.textContent).toMatch(/1 memory you asked in a chat/);
    expect(entry.textContent).not.toMatch(/cousin|debts/);
    expect(within(entry).getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('approves and undoes a change through the api', async () => {
    const api = fakeApi({ getDiary: async () => [diaryRow({ id: 'd1' }), diaryRow({ id: 'd2', createdAt: 2, summary: 'Second change' })] });
    render(<DiaryView api={api} />);
    const first = (await screen.findByText(': Two notes about the dog', { exact: false })).closest('li.diary-entry') as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(within(first).getByText('Approved')).toBeTruthy());
    expect(api.approveDiary).toHaveBeenCalledWith({ id: 'd1' });
    expect(within(first).queryByRole('button', { name: 'Approve' })).toBeNull();

    const second = screen.getByText(': Second change').closest('li.diary-entry') as HTMLElement;
    fireEvent.click(within(second).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(second).getByText('Undone')).toBeTruthy());
    expect(api.undoDiary).toHaveBeenCalledWith({ id: 'd2' });
    expect(within(second).queryByRole('button')).toBeNull();
  });

  it('says so when undo fails', async () => {
    const api = fakeApi({
      getDiary: async () => [diaryRow()],
      undoDiary: async () => {
        throw new Error('That memory changed since; it cannot be undone.');
      },
    });
    render(<DiaryView api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('That memory changed since; it cannot be undone.')).toBeTruthy();
  });
});
