// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { blockScopeFor } from '../../../lib/settings';
import { SITE_IDS, SITES } from '../../../lib/sites';
import { Options } from '../../../lib/ui/options/Options';
import type { ExportParser } from '../../../lib/ui/options/importFlow';
import { Welcome } from '../../../lib/ui/welcome/Welcome';
import { fakeApi } from './fakes';

/**
 * The block-scope choice in the UI: the first-run page asks it (this site only is chosen until the user picks
 * otherwise), the options page shows it and changes it for every site and site by site.
 */

afterEach(cleanup);

const noParser: ExportParser = () => ({ conversations: [], skipped: [] });

describe('first-run page: which chats a site may draw on', () => {
  it('asks, with every site chosen until the user keeps each site to its own, and saves at once', async () => {
    const api = fakeApi();
    render(<Welcome api={api} pollMs={0} />);
    const section = (await screen.findByRole('heading', { name: /Which chats may a site's memory come from\?/ })).parentElement!;
    expect(section.textContent).toMatch(/pinned or wrote yourself/);
    const own = screen.getByRole('radio', { name: /Only that site's chats/ }) as HTMLInputElement;
    const every = screen.getByRole('radio', { name: /Chats from every site/ }) as HTMLInputElement;
    expect([own.checked, every.checked]).toEqual([false, true]);
    expect(api.setSettings).not.toHaveBeenCalled();

    fireEvent.click(own);
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ blockScope: 'site' }));
    await waitFor(() => expect((screen.getByRole('radio', { name: /Only that site's chats/ }) as HTMLInputElement).checked).toBe(true));
    expect((await api.getSettings()).blockScope).toBe('site');

    fireEvent.click(screen.getByRole('radio', { name: /Chats from every site/ }));
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ blockScope: 'all' }));
  });

  it('says where the block goes and that the page can read it', async () => {
    render(<Welcome api={fakeApi()} pollMs={0} />);
    const where = (await screen.findByRole('heading', { name: 'What stays here, and what goes where' })).parentElement!.textContent!;
    expect(where).toMatch(/can read the block while it sits in the message box/);
  });
});

describe('options: which chats each site may draw on', () => {
  it('changes the choice for every site, and a site\'s own choice, which can go back to the default', async () => {
    const api = fakeApi();
    render(<Options api={api} parseExport={noParser} pollMs={0} />);
    const own = (await screen.findByRole('radio', { name: /Only that site's chats/ })) as HTMLInputElement;
    expect((screen.getByRole('radio', { name: /Chats from every site/ }) as HTMLInputElement).checked).toBe(true);
    for (const site of SITE_IDS) {
      const select = screen.getByLabelText(`Memory on ${SITES[site].name} comes from`) as HTMLSelectElement;
      expect(select.value).toBe('');
      expect(select.selectedOptions[0]!.textContent).toBe('As above (every site)');
    }

    fireEvent.click(own);
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ blockScope: 'site' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Memory on Claude comes from') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('As above (this site only)'),
    );

    fireEvent.change(screen.getByLabelText('Memory on Claude comes from'), { target: { value: 'all' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ blockScopeSites: { claude: 'all' } }));
    fireEvent.change(screen.getByLabelText('Memory on Gemini comes from'), { target: { value: 'site' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ blockScopeSites: { claude: 'all', gemini: 'site' } }));
    const saved = await api.getSettings();
    expect([blockScopeFor(saved, 'claude'), blockScopeFor(saved, 'gemini'), blockScopeFor(saved, 'grok')]).toEqual(['all', 'site', 'site']);

    fireEvent.change(screen.getByLabelText('Memory on Claude comes from'), { target: { value: '' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenLastCalledWith({ blockScopeSites: { gemini: 'site' } }));
    expect((screen.getByLabelText('Memory on Claude comes from') as HTMLSelectElement).value).toBe('');
  });
});
