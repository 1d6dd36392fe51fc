// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../../lib/ui/popup/Popup';
import { FORGET_CHAT_EXPLAINED } from '../../../lib/content/indicator';
import { fakeApi } from './fakes';

afterEach(cleanup);

/** The popup's "Don't remember this chat", for the chat open in the active tab. */
describe("the popup's Don't remember this chat", () => {
  it('asks first, saying exactly what happens, then excludes the tab\'s chat and can take it back', async () => {
    const api = fakeApi({
      getTabChat: async () => ({ site: 'claude', conversationId: 'c-42', excluded: false }),
      setTabChatExcluded: async ({ excluded }) => ({ deleted: excluded ? 5 : 0 }),
    });
    render(<Popup api={api} site="claude" tabId={7} pollMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: "Don't remember this chat" }));
    expect(screen.getByText(FORGET_CHAT_EXPLAINED)).toBeTruthy();
    expect(api.setTabChatExcluded).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget this chat' }));
    await waitFor(() => expect(api.setTabChatExcluded).toHaveBeenCalledWith({ tabId: 7, excluded: true }));
    expect(await screen.findByText(/not remembered from now on; what was saved of it is erased \(5 memories\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remember this chat again' }));
    await waitFor(() => expect(api.setTabChatExcluded).toHaveBeenCalledWith({ tabId: 7, excluded: false }));
    expect(await screen.findByText(/saved again from now on/)).toBeTruthy();
  });

  it('Cancel changes nothing; outside a chat nothing is offered', async () => {
    const api = fakeApi({ getTabChat: async () => ({ site: 'claude', conversationId: 'c-42', excluded: false }) });
    render(<Popup api={api} site="claude" tabId={7} pollMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: "Don't remember this chat" }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.setTabChatExcluded).not.toHaveBeenCalled();
    cleanup();
    const none = fakeApi({ getTabChat: async () => null });
    render(<Popup api={none} site="claude" tabId={7} pollMs={0} />);
    await waitFor(() => expect(none.getTabChat).toHaveBeenCalledWith({ tabId: 7 }));
    expect(screen.queryByRole('button', { name: "Don't remember this chat" })).toBeNull();
  });
});
