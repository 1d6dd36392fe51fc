// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Options } from '../../../lib/ui/options/Options';
import type { ExportParser, ParsedConversation } from '../../../lib/ui/options/importFlow';
import { fakeApi, status } from './fakes';

afterEach(cleanup);

const noParser: ExportParser = () => ({ conversations: [], skipped: [] });

function conversation(i: number, source = 'chatgpt'): ParsedConversation {
  return {
    source,
    conversationId: `c${i}`,
    title: `Chat ${i}`,
    url: `https://chatgpt.com/c/c${i}`,
    createdAt: 1_700_000_000_000 + i,
    turns: [
      { role: 'user', text: `question ${i}`, ordinal: 0, at: 1_700_000_000_000 + i },
      { role: 'assistant', text: `answer ${i}`, ordinal: 1 },
    ],
  };
}

function chooseFile(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Options: settings', () => {
  it('renders every section with a fake api and saves changes through settings/set', async () => {
    const api = fakeApi();
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    const l4 = (await screen.findByLabelText('Profile (always included)')) as HTMLInputElement;
    expect(l4.value).toBe('350');
    fireEvent.change(l4, { target: { value: '500' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledWith({ budgets: { l1: 300, l2: 150, l3: 400, l4: 500 } }));
    expect(await screen.findByText('Saved.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Profile (always included)'), { target: { value: '99999' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ budgets: { l1: 300, l2: 150, l3: 400, l4: 4000 } }));

    fireEvent.click(screen.getByLabelText(/When I click/));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ insertion: 'click' }));

    fireEvent.click(screen.getByLabelText('Add memory on Claude'));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ insertionOffSites: ['claude'] }));

    fireEvent.click(screen.getByLabelText('Save chats on Gemini'));
    await waitFor(() => expect(api.setSettings.mock.lastCall![0].sites.gemini).toBe(false));

    fireEvent.change(screen.getByLabelText('Every (hours)'), { target: { value: '12' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ dream: { enabled: true, intervalHours: 12, useLlm: true, approveInstructions: false } }));

    fireEvent.click(screen.getByLabelText(/Use the language model/));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ dream: { enabled: true, intervalHours: 12, useLlm: false, approveInstructions: false } }));

    fireEvent.click(screen.getByLabelText('Email addresses'));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ redaction: { email: true, phone: false } }));
  });

  it('a number being typed is not written over when the page re-renders for the status poll', async () => {
    const api = fakeApi();
    render(<Options api={api} parseExport={noParser} pollMs={20} />);
    const l4 = (await screen.findByLabelText('Profile (always included)')) as HTMLInputElement;
    const polls = api.getStatus.mock.calls.length;
    // Typed, not yet committed (no change event): the next polls re-render the page.
    fireEvent.input(l4, { target: { value: '600' } });
    await waitFor(() => expect(api.getStatus.mock.calls.length).toBeGreaterThan(polls + 2));
    expect((screen.getByLabelText('Profile (always included)') as HTMLInputElement).value).toBe('600');
    fireEvent.change(screen.getByLabelText('Profile (always included)'), { target: { value: '600' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledWith({ budgets: { l1: 300, l2: 150, l3: 400, l4: 600 } }));
  });

  it('shows model state and progress, switches models and deletes a download', async () => {
    const api = fakeApi({
      getStatus: async () =>
        status({
          models: [
            { id: 'Xenova/all-MiniLM-L6-v2', kind: 'embedding', state: 'ready', sizeBytes: 23_000_000 },
            { id: 'SmolLM2-360M-Instruct-q4f16_1-MLC', kind: 'llm', state: 'downloading', progress: 0.5 },
          ],
        }),
    });
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    expect(await screen.findByText('Downloaded (23 MB)')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Downloading SmolLM2 360M' }).getAttribute('value')).toBe('50');
    expect((screen.getByRole('radio', { name: /MiniLM — English/ }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: /E5 small/ }));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ embedModel: 'Xenova/multilingual-e5-small' }));
    fireEvent.click(screen.getByRole('radio', { name: /Llama 3.2 1B/ }));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ llmModel: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' }));

    fireEvent.click(screen.getByRole('button', { name: 'Delete MiniLM — English download' }));
    await waitFor(() => expect(api.deleteModel).toHaveBeenCalledWith({ id: 'Xenova/all-MiniLM-L6-v2' }));
    expect(await screen.findByText('Removed MiniLM — English from this computer.')).toBeTruthy();
  });

  it('says so when saving fails and reloads the saved settings', async () => {
    const api = fakeApi({
      setSettings: async () => {
        throw new Error('invalid budget');
      },
    });
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    fireEvent.click(await screen.findByLabelText('Phone numbers'));
    expect(await screen.findByText('Not saved: invalid budget')).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('Phone numbers') as HTMLInputElement).checked).toBe(false));
    expect(api.getSettings).toHaveBeenCalledTimes(2);
  });
});

describe('Options: import', () => {
  it('parses the chosen file, sends batches of 20 with progress, and lists skipped items', async () => {
    const conversations = [...Array(45).keys()].map((i) => conversation(i, i < 41 ? 'chatgpt' : 'claude'));
    const parser = vi.fn<ExportParser>(() => ({ conversations, skipped: [{ id: 'x9', reason: 'It had no messages.' }] }));
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const base = fakeApi();
    const api = fakeApi({
      importConversations: async (msg) => {
        if (base.importConversations.mock.calls.length === 1) await gate;
        return base.importConversations(msg);
      },
    });
    render(<Options api={api} parseExport={parser} pollMs={0} />);
    chooseFile(screen.getByLabelText('Choose an export file'), new File(['{"fake":1}'], 'conversations.json'));

    const bar = await screen.findByRole('progressbar', { name: /Importing 20 of 45 conversations/ });
    expect(bar.getAttribute('value')).toBe('44');
    release();
    expect(await screen.findByText(/Imported 45 conversations \(90 new messages\)/)).toBeTruthy();

    expect(parser).toHaveBeenCalledTimes(1);
    const [input, fileName] = parser.mock.calls[0]!;
    expect(fileName).toBe('conversations.json');
    // The File itself is handed to the parser (a worker in the extension), never read into the page.
    expect(input).toBeInstanceOf(Blob);
    expect(await (input as Blob).text()).toBe('{"fake":1}');

    const calls = api.importConversations.mock.calls.map((c) => c[0]);
    expect(calls.map((c) => [c.source, c.conversations.length])).toEqual([
      ['import-chatgpt', 20],
      ['import-chatgpt', 20],
      ['import-chatgpt', 1],
      ['import-claude', 4],
    ]);
    const first = calls[0]!.conversations[0]!;
    expect(first).toEqual({
      site: 'chatgpt',
      conversationId: 'c0',
      url: 'https://chatgpt.com/c/c0',
      title: 'Chat 0',
      createdAt: 1_700_000_000_000,
      turns: [
        { role: 'user', text: 'question 0', ordinal: 0, at: 1_700_000_000_000 },
        { role: 'assistant', text: 'answer 0', ordinal: 1 },
      ],
    });
    expect(calls[3]!.conversations[0]!.site).toBe('claude');
    fireEvent.click(screen.getByText('1 item skipped'));
    expect(screen.getByText(/It had no messages\./).textContent).toBe('x9: It had no messages.');
  });

  it('shows a readable error when the parser throws, and sends nothing', async () => {
    const api = fakeApi();
    const parser: ExportParser = () => {
      throw new Error('This is not a ChatGPT or Claude export.');
    };
    render(<Options api={api} parseExport={parser} pollMs={0} />);
    chooseFile(screen.getByLabelText('Choose an export file'), new File(['nope'], 'notes.zip'));
    const alert = await screen.findByText(/could not be read/);
    expect(alert.textContent).toBe('This file could not be read: This is not a ChatGPT or Claude export.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(api.importConversations).not.toHaveBeenCalled();
  });

  it('reports a failure from the background part-way', async () => {
    const api = fakeApi({
      importConversations: async () => {
        throw new Error('Storage is full');
      },
    });
    render(<Options api={api} parseExport={() => ({ conversations: [conversation(1)], skipped: [] })} pollMs={0} />);
    chooseFile(screen.getByLabelText('Choose an export file'), new File(['{}'], 'conversations.json'));
    expect((await screen.findByRole('alert')).textContent).toBe('The import stopped: Storage is full');
  });
});

/** A backup that never touches a database: what the section does with it is what these tests check. */
function fakeBackup() {
  return {
    exportFile: vi.fn(async () => new Blob(['{"reverie":true}'], { type: 'application/json' })),
    restoreFile: vi.fn(async (_file: Blob) => undefined),
  };
}

describe('Options: backup, restore and wipe', () => {
  it('exports the Markdown document as a dated download', async () => {
    const api = fakeApi();
    const saveFile = vi.fn();
    render(<Options api={api} parseExport={noParser} pollMs={0} save={saveFile} backup={fakeBackup()} />);
    fireEvent.click(screen.getByRole('button', { name: /as a document/ }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    expect(saveFile.mock.calls[0]![0]).toMatch(/^reverie-memories-\d{4}-\d{2}-\d{2}\.md$/);
    expect(saveFile.mock.calls[0]![1]).toBe('# Memories\n');
  });

  it('the default download goes through a Blob URL on an <a download>', async () => {
    const api = fakeApi();
    const created: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push((blob as Blob).type);
      return 'blob:reverie/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    try {
      render(<Options api={api} parseExport={noParser} pollMs={0} backup={fakeBackup()} />);
      fireEvent.click(screen.getByRole('button', { name: /full backup/ }));
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(clicked[0]!.href).toBe('blob:reverie/1');
      expect(clicked[0]!.download).toMatch(/^reverie-backup-\d{4}-\d{2}-\d{2}\.json$/);
      expect(created).toEqual(['application/json']);
      await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:reverie/1'));
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      createObjectURL.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    }
  });

  it('restores a backup on this page, with the engine stopped around it, and shows the result or the error', async () => {
    const api = fakeApi();
    const backup = fakeBackup();
    render(<Options api={api} parseExport={noParser} pollMs={0} backup={backup} />);
    chooseFile(screen.getByLabelText('Restore from a Reverie backup'), new File(['{"v":1}'], 'reverie-backup.json'));
    expect(await screen.findByText(/Restored your memory from reverie-backup\.json\./)).toBeTruthy();
    expect(backup.restoreFile).toHaveBeenCalledTimes(1);

    backup.restoreFile.mockImplementation(async () => {
      throw new Error('This file is not a Reverie backup (it was not exported by Reverie).');
    });
    chooseFile(screen.getByLabelText('Restore from a Reverie backup'), new File(['[]'], 'other.json'));
    expect(await screen.findByText('This file is not a Reverie backup (it was not exported by Reverie).')).toBeTruthy();
  });

  it('wipes only after WIPE is typed', async () => {
    const api = fakeApi();
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    expect(await screen.findByText(/Reverie uses 5.0 MB of the 1.0 GB/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Wipe everything…' }));
    const confirm = screen.getByRole('button', { name: 'Wipe everything' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Type WIPE to confirm'), { target: { value: 'wipe' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(api.wipe).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Type WIPE to confirm'), { target: { value: 'WIPE' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(api.wipe).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/Everything was wiped/)).toBeTruthy();
  });
});

