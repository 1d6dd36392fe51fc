// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ModelStatus } from '../../../lib/messaging/protocol';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { SITE_IDS, SITES } from '../../../lib/sites';
import { Welcome } from '../../../lib/ui/welcome/Welcome';
import { fakeApi, status } from './fakes';

afterEach(cleanup);

const MODEL = DEFAULT_SETTINGS.embedModel;

/**
 * A fake background whose search model follows the user's consent: absent until modelConsent is saved, then whatever
 * `afterConsent` says (the test moves it along).
 */
function consentingApi(afterConsent: ModelStatus = { id: MODEL, kind: 'embedding', state: 'downloading', progress: 0 }) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const world = { model: { id: MODEL, kind: 'embedding', state: 'absent' } as ModelStatus };
  const api = fakeApi({
    getSettings: async () => settings,
    setSettings: async (patch) => {
      settings = applySettingsPatch(settings, patch);
      if (patch.modelConsent) world.model = afterConsent;
      return settings;
    },
    getStatus: async () => status({ models: [world.model] }),
  });
  return { api, world };
}

describe('Welcome: the first-run page', () => {
  it('says what Reverie does, what stays local and where the block and the models go', async () => {
    const { api } = consentingApi();
    render(<Welcome api={api} pollMs={0} />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Reverie' })).toBeTruthy();
    const what = screen.getByRole('heading', { name: 'What Reverie does' }).parentElement!.textContent!;
    for (const id of SITE_IDS) expect(what).toContain(SITES[id].name);
    expect(what).toContain('It learns while you are away.');
    expect(what).toMatch(/it is sent only if you send the message/);
    const where = screen.getByRole('heading', { name: 'What stays here, and what goes where' }).parentElement!.textContent!;
    expect(where).toContain('Your memory stays in this browser.');
    expect(where).toContain('The warm-start block goes to the chat site you are typing to');
    expect(where).toContain('Models come once from huggingface.co.');
    expect(where).toContain('Nothing is downloaded until you agree below.');
  });

  it('saves the insertion mode the user picks', async () => {
    const { api } = consentingApi();
    render(<Welcome api={api} pollMs={0} />);
    const auto = (await screen.findByRole('radio', { name: /Automatically/ })) as HTMLInputElement;
    expect(auto.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /When I click/ }));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ insertion: 'click' }));
    fireEvent.click(screen.getByRole('radio', { name: /Never/ }));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ insertion: 'off' }));
    expect((screen.getByRole('radio', { name: /Never/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('downloads nothing until the user agrees, then shows live progress and the ready state', async () => {
    const { api, world } = consentingApi({ id: MODEL, kind: 'embedding', state: 'downloading', progress: 0.42 });
    render(<Welcome api={api} pollMs={5} />);
    const download = await screen.findByRole('button', { name: 'Download the search model (23 MB)' });
    expect(screen.getByText('Nothing has been downloaded yet.')).toBeTruthy();
    expect(screen.getByText(/MiniLM — English, 23 MB/)).toBeTruthy();
    expect(api.setSettings).not.toHaveBeenCalled();

    fireEvent.click(download);
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledWith({ modelConsent: true }));
    const bar = await screen.findByRole('progressbar', { name: 'Downloading the search model' });
    expect(bar.getAttribute('value')).toBe('42');

    world.model = { id: MODEL, kind: 'embedding', state: 'downloading', progress: 0.9 };
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Downloading the search model' }).getAttribute('value')).toBe('90'));
    world.model = { id: MODEL, kind: 'embedding', state: 'ready', progress: 1 };
    expect(await screen.findByText('The search model is ready: search now finds memories by meaning too.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download the search model/ })).toBeNull();
  });

  it('"Not now" keeps word search and saves no consent; the download stays on offer', async () => {
    const { api } = consentingApi();
    render(<Welcome api={api} pollMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(await screen.findByText(/Nothing was downloaded\. Word search works without the model/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download the search model (23 MB)' })).toBeTruthy();
    expect(api.setSettings).not.toHaveBeenCalled();
    expect(api.retryModel).not.toHaveBeenCalled();
  });

  it('the dream model download is a choice of its own, saved as dream.useLlm', async () => {
    const { api } = consentingApi();
    render(<Welcome api={api} pollMs={0} />);
    const box = (await screen.findByRole('checkbox', { name: /Also download the dream model \(SmolLM2 360M, about 200 MB\)/ })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ dream: { ...DEFAULT_SETTINGS.dream, useLlm: false } }));
    expect(api.setSettings).not.toHaveBeenCalledWith(expect.objectContaining({ modelConsent: true }));
  });

  it('a failed download says what still works and retries the model', async () => {
    const { api, world } = consentingApi({ id: MODEL, kind: 'embedding', state: 'error', error: 'Failed to fetch' });
    render(<Welcome api={api} pollMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download the search model (23 MB)' }));
    expect(await screen.findByText(/huggingface\.co can't be reached/)).toBeTruthy();
    expect(screen.getByText(/Word search and saving your chats keep working\./)).toBeTruthy();
    world.model = { id: MODEL, kind: 'embedding', state: 'downloading', progress: 0.1 };
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(api.retryModel).toHaveBeenCalledWith({ id: MODEL }));
    expect((await screen.findByRole('progressbar', { name: 'Downloading the search model' })).getAttribute('value')).toBe('10');
  });

  it('with word matching only chosen, there is nothing to download', async () => {
    const api = fakeApi({ getSettings: async () => ({ ...structuredClone(DEFAULT_SETTINGS), embedModel: 'none' }) });
    render(<Welcome api={api} pollMs={0} />);
    expect(await screen.findByText(/no search model to download/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download the search model/ })).toBeNull();
  });

  it('links to the settings page', async () => {
    const { api } = consentingApi();
    render(<Welcome api={api} pollMs={0} optionsUrl="chrome-extension://x/options.html" />);
    expect((await screen.findByRole('link', { name: 'Settings' })).getAttribute('href')).toBe('chrome-extension://x/options.html');
  });
});
