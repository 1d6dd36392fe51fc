import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall, welcomeUrl } from '../../../lib/background/install';

/** The first-run page opens once, when Reverie is installed; updates and browser updates open nothing. */
describe('openWelcomeOnInstall', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page in a new tab on install only', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false } as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false } as never);
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/welcome.html` });
    expect(welcomeUrl()).toBe(`chrome-extension://${fakeBrowser.runtime.id}/welcome.html`);
  });
});
