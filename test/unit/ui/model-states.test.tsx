// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ModelStatus } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { modelNotice, problemOf } from '../../../lib/ui/common/modelState';
import { Options } from '../../../lib/ui/options/Options';
import { Popup } from '../../../lib/ui/popup/Popup';
import { fakeApi, status } from './fakes';

afterEach(cleanup);

/**
 * Every way a model can fail, in the popup and on the options page: each says in plain words what happened and what
 * still works, and offers Retry where trying again can help (the search model in use).
 */

const SEARCH = DEFAULT_SETTINGS.embedModel;
const search = (over: Partial<ModelStatus>): ModelStatus => ({ id: SEARCH, kind: 'embedding', state: 'error', ...over });
const consented = async () => ({ ...structuredClone(DEFAULT_SETTINGS), modelConsent: true });

const FAILURES: { name: string; model: ModelStatus; headline: RegExp; works: RegExp; retry: boolean }[] = [
  {
    name: 'no network',
    model: search({ error: 'Failed to fetch' }),
    headline: /could not be downloaded: this computer is offline, or huggingface\.co can't be reached/,
    works: /Word search and saving your chats keep working\. Retry when you are back online\./,
    retry: true,
  },
  {
    name: 'storage full',
    model: search({ error: 'QuotaExceededError: The quota has been exceeded.' }),
    headline: /could not be saved: the browser has no room left for Reverie/,
    works: /Word search and saving your chats keep working\. Free some disk space, then retry\./,
    retry: true,
  },
  {
    name: 'cannot load',
    model: search({ error: 'Could not locate file: "onnx/model_quantized.onnx".' }),
    headline: /^The search model could not load\.$/,
    works: /^Word search and saving your chats keep working\.$/,
    retry: true,
  },
  {
    name: 'unsupported',
    model: search({ state: 'unsupported' }),
    headline: /can't run in this browser/,
    works: /Search finds memories by their words instead, and saving your chats keeps working\./,
    retry: false,
  },
];

describe('model states in words', () => {
  it('classifies errors: network, storage, anything else', () => {
    expect(problemOf(search({ error: 'Failed to fetch' }))).toBe('offline');
    expect(problemOf(search({ error: 'NetworkError when attempting to fetch resource.' }))).toBe('offline');
    expect(problemOf(search({ error: 'QuotaExceededError: x' }))).toBe('storage-full');
    expect(problemOf(search({ error: 'no available backend found' }))).toBe('cannot-load');
    expect(problemOf(search({ error: undefined }))).toBe('cannot-load');
    expect(problemOf(search({ state: 'unsupported' }))).toBe('unsupported');
    expect(problemOf(search({ state: 'absent' }))).toBe('not-downloaded');
    expect(problemOf(search({ state: 'ready' }))).toBeNull();
    expect(problemOf(search({ state: 'downloading' }))).toBeNull();
  });

  it('the dream model never offers Retry (it is tried at every dream) and says dreams still run', () => {
    for (const model of [
      { id: 'x', kind: 'llm', state: 'error', error: 'Failed to fetch' },
      { id: 'x', kind: 'llm', state: 'error', error: 'out of memory' },
      { id: 'x', kind: 'llm', state: 'unsupported' },
    ] as ModelStatus[]) {
      const notice = modelNotice(model, true)!;
      expect(notice.canRetry).toBe(false);
      expect(notice.stillWorks).toMatch(/^Dreams still run, with the built-in rules instead\./);
    }
    expect(modelNotice({ id: 'x', kind: 'llm', state: 'unsupported' }, true)!.headline).toMatch(/needs WebGPU/);
  });
});

describe('Popup: model failures', () => {
  it.each(FAILURES)('$name: says what happened and what still works', async ({ model, headline, works, retry }) => {
    const api = fakeApi({ getStatus: async () => status({ models: [model] }), getSettings: consented });
    render(<Popup api={api} site={null} pollMs={0} />);
    const notice = (await screen.findByText(headline)).closest('.model-notice') as HTMLElement;
    expect(within(notice).getByText(works)).toBeTruthy();
    // Plain words only: the browser's own message is for the console, not the person.
    if (model.error) expect(notice.textContent).not.toContain(model.error);
    const button = within(notice).queryByRole('button', { name: 'Retry' });
    if (!retry) {
      expect(button).toBeNull();
      return;
    }
    const polls = api.getStatus.mock.calls.length;
    fireEvent.click(button!);
    await waitFor(() => expect(api.retryModel).toHaveBeenCalledWith({ id: SEARCH }));
    await waitFor(() => expect(api.getStatus.mock.calls.length).toBeGreaterThan(polls));
  });

  it('before consent the search model is "off", with what works and where to download it', async () => {
    const api = fakeApi({ getStatus: async () => status({ models: [search({ state: 'absent' })] }) });
    const onOpenWelcome = vi.fn();
    render(<Popup api={api} site={null} pollMs={0} onOpenWelcome={onOpenWelcome} />);
    expect(await screen.findByText('Search by meaning is off: the search model is not downloaded.')).toBeTruthy();
    expect(screen.getByText(/Word search and saving your chats work without it\. Download it from Getting started or Settings\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Getting started' }));
    expect(onOpenWelcome).toHaveBeenCalledTimes(1);
  });

  it('a refused retry is shown, not swallowed', async () => {
    const api = fakeApi({
      getStatus: async () => status({ models: [search({ error: 'Failed to fetch' })] }),
      getSettings: consented,
      retryModel: async () => {
        throw new Error('That model is not the search model in use, so there is nothing to retry.');
      },
    });
    render(<Popup api={api} site={null} pollMs={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect((await screen.findByRole('alert')).textContent).toContain('nothing to retry');
  });

  it('never puts the browser message on the page, as text or as markup', async () => {
    const error = '<img src=x onerror="alert(1)">Failed to fetch';
    const api = fakeApi({ getStatus: async () => status({ models: [search({ error })] }), getSettings: consented });
    const { container } = render(<Popup api={api} site={null} pollMs={0} />);
    await screen.findByText(/this computer is offline/);
    expect(container.textContent).not.toContain('Failed to fetch');
    expect(container.querySelector('img')).toBeNull();
  });

  it('a dream model failure says dreams still run, with no Retry', async () => {
    const api = fakeApi({
      getStatus: async () => status({ models: [{ id: DEFAULT_SETTINGS.llmModel, kind: 'llm', state: 'error', error: 'Failed to fetch' }] }),
      getSettings: consented,
    });
    render(<Popup api={api} site={null} pollMs={0} />);
    expect(await screen.findByText(/The dream model could not be downloaded/)).toBeTruthy();
    expect(screen.getByText(/Dreams still run, with the built-in rules instead\. The dream model is tried again at the next dream\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('storage full: the alert says what still works', async () => {
    const api = fakeApi({ getStatus: async () => status({ storage: { usage: 1, quota: 1, full: true, message: 'Your browser has no room left for Reverie.' } }) });
    render(<Popup api={api} site={null} pollMs={0} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Storage is full.');
    expect(alert.textContent).toContain('Search and the warm-start block keep working with what is already saved.');
  });
});

describe('Options: model failures and consent', () => {
  const noParser = () => ({ conversations: [], skipped: [] });

  it.each(FAILURES)('$name: the search model in use says what still works', async ({ model, headline, works, retry }) => {
    const api = fakeApi({ getStatus: async () => status({ models: [model] }), getSettings: consented });
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    const notice = (await screen.findByText(headline)).closest('.model-notice') as HTMLElement;
    expect(within(notice).getByText(works)).toBeTruthy();
    const button = within(notice).queryByRole('button', { name: 'Retry' });
    if (!retry) {
      expect(button).toBeNull();
      return;
    }
    fireEvent.click(button!);
    await waitFor(() => expect(api.retryModel).toHaveBeenCalledWith({ id: SEARCH }));
  });

  it('a failed model that is not the one in use offers no Retry', async () => {
    const other = { id: 'Xenova/multilingual-e5-small', kind: 'embedding', state: 'error', error: 'Failed to fetch' } as ModelStatus;
    const api = fakeApi({ getStatus: async () => status({ models: [other] }), getSettings: consented });
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    expect(await screen.findByText(/huggingface\.co can't be reached/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('until the user agrees, offers the download with its size; agreeing saves modelConsent', async () => {
    const api = fakeApi({ getStatus: async () => status({ models: [search({ state: 'absent' })] }) });
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    const consent = await screen.findByRole('group', { name: 'Model downloads' });
    expect(consent.textContent).toContain('Nothing has been downloaded yet.');
    expect(consent.textContent).toMatch(/dream model \(SmolLM2 360M, about 200 MB\)/);
    fireEvent.click(within(consent).getByRole('button', { name: 'Download the search model (23 MB)' }));
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledWith({ modelConsent: true }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Model downloads' })).toBeNull());
  });

  it('links to the first-run page', async () => {
    render(<Options api={fakeApi()} parseExport={noParser} pollMs={0} />);
    expect((await screen.findByRole('link', { name: 'Getting started' })).getAttribute('href')).toBe('/welcome.html');
  });
});
