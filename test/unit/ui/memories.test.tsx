// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { MemoriesView, RECENT_LIMIT } from '../../../lib/ui/popup/MemoriesView';
import { fakeApi, memory } from './fakes';

afterEach(cleanup);

describe('MemoriesView', () => {
  it('shows recent memories by default, with kind, source, date and a safe link', async () => {
    const api = fakeApi({
      listMemories: async () => [
        memory({ id: 'm1', text: 'Likes green tea', kind: 'preference' }),
        memory({ id: 'm2', text: 'Evil link', url: 'javascript:alert(1)', conversationKey: undefined }),
      ],
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    expect(await screen.findByText('Likes green tea')).toBeTruthy();
    expect(api.listMemories).toHaveBeenCalledWith({ limit: RECENT_LIMIT });
    const first = screen.getByText('Likes green tea').closest('li')!;
    expect(within(first).getByText('Preference')).toBeTruthy();
    expect(within(first).getByText('ChatGPT')).toBeTruthy();
    const link = within(first).getByRole('link', { name: 'Open conversation' });
    expect(link.getAttribute('href')).toBe('https://chatgpt.com/c/c1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    const second = screen.getByText('Evil link').closest('li')!;
    expect(within(second).queryByRole('link')).toBeNull();
    expect(within(second).queryByText('Forget this conversation')).toBeNull();
  });

  it('searches through the api after typing and lists the hits', async () => {
    const api = fakeApi({
      searchMemories: async ({ query }) => [
        { memory: memory({ id: 's1', text: `About ${query}` }), score: 1, via: ['lexical'] },
      ],
    });
    render(<MemoriesView api={api} debounceMs={10} />);
    await waitFor(() => expect(api.listMemories).toHaveBeenCalled());
    fireEvent.input(screen.getByLabelText('Search your memories'), { target: { value: 'tea' } });
    expect(await screen.findByText('About tea')).toBeTruthy();
    expect(api.searchMemories).toHaveBeenCalledWith({ query: 'tea', k: expect.any(Number) });
    expect(screen.getByRole('heading', { name: 'Results' })).toBeTruthy();
  });

  it('debounces: quick typing sends one search for the final text', async () => {
    const api = fakeApi();
    render(<MemoriesView api={api} debounceMs={40} />);
    const box = screen.getByLabelText('Search your memories');
    for (const value of ['t', 'te', 'tea']) fireEvent.input(box, { target: { value } });
    await waitFor(() => expect(api.searchMemories).toHaveBeenCalledTimes(1));
    expect(api.searchMemories).toHaveBeenCalledWith({ query: 'tea', k: expect.any(Number) });
    await new Promise((r) => setTimeout(r, 80));
    expect(api.searchMemories).toHaveBeenCalledTimes(1);
  });

  it('edits inline and saves through memory/update; cancel leaves it unchanged', async () => {
    const api = fakeApi({ listMemories: async () => [memory({ id: 'm1', text: 'Old text' })] });
    render(<MemoriesView api={api} debounceMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Edit memory'), { target: { value: 'Ignored' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Old text')).toBeTruthy();
    expect(api.updateMemory).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Edit memory'), { target: { value: 'New text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('New text')).toBeTruthy();
    expect(api.updateMemory).toHaveBeenCalledWith({ id: 'm1', text: 'New text' });
    expect(screen.queryByText('Old text')).toBeNull();
  });

  it('keeps the editor open and says why when saving fails', async () => {
    const api = fakeApi({
      listMemories: async () => [memory({ id: 'm1', text: 'Old text' })],
      updateMemory: async () => {
        throw new Error('Background is asleep');
      },
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Edit memory'), { target: { value: 'New text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Background is asleep')).toBeTruthy();
    expect(screen.getByLabelText('Edit memory')).toBeTruthy();
  });

  it('pins and unpins, explaining that pinned memories always go into the profile', async () => {
    const api = fakeApi({ listMemories: async () => [memory({ id: 'm1', pinned: false })] });
    render(<MemoriesView api={api} debounceMs={0} />);
    const pin = await screen.findByRole('button', { name: 'Pin' });
    expect(pin.getAttribute('title')).toMatch(/always included in your Profile/);
    fireEvent.click(pin);
    const unpin = await screen.findByRole('button', { name: 'Unpin' });
    expect(api.updateMemory).toHaveBeenCalledWith({ id: 'm1', pinned: true });
    expect(screen.getByText('Pinned')).toBeTruthy();
    fireEvent.click(unpin);
    await screen.findByRole('button', { name: 'Pin' });
    expect(api.updateMemory).toHaveBeenLastCalledWith({ id: 'm1', pinned: false });
  });

  it('deletes, then Undo restores it in place through memory/undo-delete', async () => {
    const api = fakeApi({
      listMemories: async () => [memory({ id: 'a', text: 'First' }), memory({ id: 'b', text: 'Second' }), memory({ id: 'c', text: 'Third' })],
      undoDeleteMemory: async ({ id }) => memory({ id, text: 'Second' }),
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    const second = (await screen.findByText('Second')).closest('li')!;
    fireEvent.click(within(second).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Second')).toBeNull());
    expect(api.deleteMemory).toHaveBeenCalledWith({ id: 'b' });
    expect(screen.getByText(/^Memory deleted. You can undo for 15 seconds; then its words are erased from Reverie for good/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Second');
    expect(api.undoDeleteMemory).toHaveBeenCalledWith({ id: 'b' });
    const texts = [...document.querySelectorAll('.memory-text')].map((n) => n.textContent);
    expect(texts).toEqual(['First', 'Second', 'Third']);
  });

  it('forgets a whole conversation only after confirming', async () => {
    const api = fakeApi({
      listMemories: async () => [
        memory({ id: 'a', text: 'From c1', conversationKey: 'chatgpt:c1' }),
        memory({ id: 'b', text: 'Also c1', conversationKey: 'chatgpt:c1' }),
        memory({ id: 'c', text: 'From c2', conversationKey: 'claude:c2' }),
      ],
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    const item = (await screen.findByText('From c1')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Forget this conversation' }));
    expect(api.forgetConversation).not.toHaveBeenCalled();
    fireEvent.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(api.forgetConversation).not.toHaveBeenCalled();

    fireEvent.click(within(item).getByRole('button', { name: 'Forget this conversation' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Forget conversation' }));
    await waitFor(() => expect(screen.queryByText('Also c1')).toBeNull());
    expect(api.forgetConversation).toHaveBeenCalledWith({ conversationKey: 'chatgpt:c1' });
    expect(screen.queryByText('From c1')).toBeNull();
    expect(screen.getByText('From c2')).toBeTruthy();
    expect(screen.getByText(/2 memories deleted for good/)).toBeTruthy();
  });

  it('shows hostile memory text literally and creates no img or script element', async () => {
    const hostile = '<img src=x onerror=alert(1)> and <script>alert(2)</script>';
    const api = fakeApi({
      listMemories: async () => [memory({ id: 'x', text: hostile, url: 'https://chatgpt.com/c/"><script>' })],
    });
    const { container } = render(<MemoriesView api={api} debounceMs={0} />);
    expect(await screen.findByText(hostile)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
  });
});
