// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../../lib/ui/popup/Popup';
import { activeChatTab } from '../../../lib/ui/common/activeSite';
import { fakeApi, status } from './fakes';

afterEach(cleanup);

const BLOCK = {
  at: Date.UTC(2025, 6, 1, 9, 30),
  site: 'claude' as const,
  lines: [
    { layer: 'L4' as const, text: 'Always answer in metric units.', memoryId: 'm-metric', sourceTurnIds: [] },
    { layer: 'L1' as const, text: 'My landlord is <b>Mr. Pereira</b>.', memoryId: 'm-landlord', sourceTurnIds: [] },
    { layer: 'L2' as const, text: 'Kiln temperatures (Claude, 2 days ago)', sourceTurnIds: [] },
  ],
};

describe('which memories went into the block', () => {
  it('lists the last block offered in this tab, as text, and Remove deletes that memory', async () => {
    const api = fakeApi({ getStatus: async () => status({ site: 'claude' }), getLastBlock: async () => BLOCK });
    render(<Popup api={api} site="claude" tabId={7} pollMs={0} />);
    expect(await screen.findByText(/The block offered in this chat .*: 2 memories/)).toBeTruthy();
    expect(api.getLastBlock).toHaveBeenCalledWith({ tabId: 7 });
    // Captured text stays text.
    expect(screen.getByText('My landlord is <b>Mr. Pereira</b>.')).toBeTruthy();
    expect(document.querySelector('.block-lines b')).toBeNull();
    const removes = screen.getAllByRole('button', { name: 'Remove' });
    expect(removes).toHaveLength(2); // the recent-chat line is not one memory
    fireEvent.click(removes[1]!);
    await waitFor(() => expect(api.deleteMemory).toHaveBeenCalledWith({ id: 'm-landlord' }));
    expect(await screen.findByText(/Removed: it will not be offered again/)).toBeTruthy();
  });

  it('shows nothing where no block was offered, or outside a chat tab', async () => {
    const api = fakeApi({ getLastBlock: async () => null });
    render(<Popup api={api} site="claude" tabId={7} pollMs={0} />);
    await waitFor(() => expect(api.getLastBlock).toHaveBeenCalled());
    expect(screen.queryByText(/The block offered in this chat/)).toBeNull();
    cleanup();
    const other = fakeApi({ getLastBlock: async () => BLOCK });
    render(<Popup api={other} site={null} pollMs={0} />);
    expect(other.getLastBlock).not.toHaveBeenCalled();
  });

  it('knows the active tab only when it is a chat site', async () => {
    const tabs = (url: string) => ({ query: async () => [{ id: 12, url }] });
    expect(await activeChatTab(tabs('https://claude.ai/chat/1'))).toEqual({ site: 'claude', tabId: 12 });
    expect(await activeChatTab(tabs('https://example.org/'))).toEqual({ site: null, tabId: null });
    expect(await activeChatTab(undefined)).toEqual({ site: null, tabId: null });
  });
});
