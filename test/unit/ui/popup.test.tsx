// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../../lib/ui/popup/Popup';
import { activeSite } from '../../../lib/ui/common/activeSite';
import { fakeApi, status } from './fakes';

afterEach(cleanup);

describe('Popup', () => {
  it('renders status, controls and the memories tab with a fake api', async () => {
    const api = fakeApi({ getStatus: async () => status({ site: 'claude', siteEnabled: true }) });
    render(<Popup api={api} site="claude" pollMs={0} />);
    expect(await screen.findByText('Saving your chats on Claude.')).toBeTruthy();
    expect(api.getStatus).toHaveBeenCalledWith({ site: 'claude' });
    expect(screen.getByText('12 memories from 3 conversations')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Memories' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText('Search your memories')).toBeTruthy();
  });

  it('explains why capture is blocked and shows the adapter problem', async () => {
    const api = fakeApi({
      getStatus: async () =>
        status({
          captureBlockedReason: 'adapter-broken',
          health: [{ site: 'gemini', ok: false, problem: 'The message list was not found.', url: 'https://gemini.google.com/', at: 1 }],
        }),
    });
    render(<Popup api={api} site="gemini" pollMs={0} />);
    expect(await screen.findByText(/can't read this Gemini page/)).toBeTruthy();
    expect(screen.getByText('The message list was not found.')).toBeTruthy();
  });

  it('shows a clear storage-full alert, model download progress and the last dream', async () => {
    const api = fakeApi({
      getStatus: async () =>
        status({
          storage: { usage: 9e8, quota: 1e9, full: true, message: 'The browser refused to save more.' },
          models: [{ id: 'Xenova/all-MiniLM-L6-v2', kind: 'embedding', state: 'downloading', progress: 0.42 }],
          lastDream: {
            id: 'r1',
            startedAt: Date.UTC(2025, 0, 1),
            finishedAt: Date.UTC(2025, 0, 1, 0, 5),
            status: 'done',
            phase: 'done',
            checkpoint: {},
            stats: { merged: 3, learned: 2, faded: 0 },
            trigger: 'alarm',
            engine: 'rules',
          },
        }),
    });
    render(<Popup api={api} site={null} pollMs={0} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Storage is full.');
    expect(alert.textContent).toContain('The browser refused to save more.');
    const bar = screen.getByRole('progressbar', { name: 'Search model downloading' });
    expect(bar.getAttribute('value')).toBe('42');
    expect(screen.getByText(/3 merged · 2 learned\.$/)).toBeTruthy();
    expect(screen.getByText('Open a chat site to save conversations there.')).toBeTruthy();
    expect(screen.getByLabelText('Save chats on this site')).toHaveProperty('disabled', true);
  });

  it('switches capture for this site and pause through settings/set, and dreams on demand', async () => {
    const api = fakeApi();
    render(<Popup api={api} site="chatgpt" pollMs={0} />);
    const siteSwitch = (await screen.findByLabelText('Save chats on ChatGPT')) as HTMLInputElement;
    await waitFor(() => expect(siteSwitch.disabled).toBe(false));
    expect(siteSwitch.checked).toBe(true);
    fireEvent.click(siteSwitch);
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledTimes(1));
    const patch = api.setSettings.mock.calls[0]![0];
    expect(patch.sites.chatgpt).toBe(false);
    expect(patch.sites.claude).toBe(true);

    fireEvent.click(screen.getByLabelText('Pause everything'));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ paused: true }));

    const before = api.getStatus.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Dream now' }));
    await waitFor(() => expect(api.dreamNow).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(api.getStatus.mock.calls.length).toBeGreaterThan(before));
  });

  it('switches tabs with the keyboard and loads the overview charts', async () => {
    const api = fakeApi({
      statsDaily: async () => [
        { day: '2025-03-01', turns: 10, memories: 2 },
        { day: '2025-03-02', turns: 4, memories: 1 },
      ],
      statsTopics: async () => [
        { topic: 'Cooking <b>', count: 3 },
        { topic: 'Travel', count: 9 },
      ],
    });
    render(<Popup api={api} site={null} pollMs={0} />);
    const memoriesTab = screen.getByRole('tab', { name: 'Memories' });
    fireEvent.keyDown(memoriesTab, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    const chart = await screen.findByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Last 2 days: 14 chat messages saved, 3 memories made.');
    expect(chart.querySelectorAll('rect.bar-turns')).toHaveLength(2);
    const topics = await screen.findByText('Cooking <b>');
    const names = [...document.querySelectorAll('.topic-name')].map((n) => n.textContent);
    expect(names).toEqual(['Travel', 'Cooking <b>']);
    expect(topics.querySelector('b')).toBeNull();
    expect(api.statsDaily).toHaveBeenCalledWith({ days: 30 });
  });

  it('polls status while open', async () => {
    const api = fakeApi();
    render(<Popup api={api} site={null} pollMs={20} />);
    await waitFor(() => expect(api.getStatus.mock.calls.length).toBeGreaterThanOrEqual(3));
    cleanup();
    const calls = api.getStatus.mock.calls.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(api.getStatus.mock.calls.length).toBe(calls);
  });
});

describe('activeSite', () => {
  it('maps the active tab host to a site, and anything else to null', async () => {
    const tabs = (url?: string) => ({ query: async () => [{ url }] });
    expect(await activeSite(tabs('https://claude.ai/chat/1'))).toBe('claude');
    expect(await activeSite(tabs('https://chat.openai.com/c/2'))).toBe('chatgpt');
    expect(await activeSite(tabs('https://example.com/'))).toBeNull();
    expect(await activeSite(tabs(undefined))).toBeNull();
    expect(await activeSite(undefined)).toBeNull();
    expect(await activeSite({ query: async () => Promise.reject(new Error('no tabs')) })).toBeNull();
  });
});
