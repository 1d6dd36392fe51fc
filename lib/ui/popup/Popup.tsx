import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReverieStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import type { SiteId } from '../../sites';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { Tabs } from '../common/Tabs';
import { DiaryView } from './DiaryView';
import { MemoriesView } from './MemoriesView';
import { BlockSources } from './BlockSources';
import { OverviewView } from './OverviewView';
import { StatusPanel } from './StatusPanel';
import { ThisChat } from './ThisChat';

type PopupTab = 'memories' | 'diary' | 'overview';
const TABS: { id: PopupTab; label: string }[] = [
  { id: 'memories', label: 'Memories' },
  { id: 'diary', label: 'Dream diary' },
  { id: 'overview', label: 'Overview' },
];

/** The status and settings the popup shows, and the last error; the status is polled every `pollMs` (never at 0). */
function usePopupState(api: ReverieApi, site: SiteId | null, pollMs: number) {
  const [status, setStatus] = useState<ReverieStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await api.getStatus(site ? { site } : {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api, site]);

  useEffect(() => {
    void refreshStatus();
    api.getSettings().then(setSettings, (e) => setError(errorMessage(e)));
    if (pollMs <= 0) return;
    const timer = setInterval(refreshStatus, pollMs);
    return () => clearInterval(timer);
  }, [api, refreshStatus, pollMs]);

  const changeSettings = async (patch: Partial<Settings>) => {
    try {
      setSettings(await api.setSettings(patch));
      await refreshStatus();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  /** Runs an action from the status panel: a failure is shown, and the status is refreshed either way. */
  const thenRefresh = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    }
    await refreshStatus();
  };

  return { status, settings, error, refreshStatus, changeSettings, thenRefresh };
}

/**
 * The toolbar popup. `site` is the chat site in the active tab (null elsewhere). Status is polled while the popup
 * is open so download progress and dream results stay current.
 */
export function Popup({
  api,
  site,
  tabId = null,
  pollMs = 3000,
  debounceMs,
  onOpenOptions,
  onOpenWelcome,
}: {
  api: ReverieApi;
  site: SiteId | null;
  /** The active tab, when it is a chat: the popup shows which memories went into the block offered there. */
  tabId?: number | null;
  pollMs?: number;
  debounceMs?: number;
  onOpenOptions?: () => void;
  /** Opens the first-run page ("Getting started") in a tab. */
  onOpenWelcome?: () => void;
}) {
  const { status, settings, error, refreshStatus, changeSettings, thenRefresh } = usePopupState(api, site, pollMs);
  const [tab, setTab] = useState<PopupTab>('memories');

  return (
    <main class="popup">
      <PopupHeader onOpenWelcome={onOpenWelcome} onOpenOptions={onOpenOptions} />
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <StatusPanel
        status={status}
        settings={settings}
        site={site}
        onToggleSite={async (on) => {
          if (site && settings) await changeSettings({ sites: { ...settings.sites, [site]: on } });
        }}
        onTogglePause={(paused) => changeSettings({ paused })}
        onDreamNow={() => thenRefresh(() => api.dreamNow())}
        onRetryModel={(id) => thenRefresh(() => api.retryModel({ id }))}
      />
      {tabId !== null && site && <ThisChat api={api} tabId={tabId} onChanged={refreshStatus} />}
      <Tabs tabs={TABS} selected={tab} onSelect={setTab} idPrefix="popup">
        {tab === 'memories' && tabId !== null && <BlockSources api={api} tabId={tabId} onChanged={refreshStatus} />}
        {tab === 'memories' && <MemoriesView api={api} debounceMs={debounceMs} onChanged={refreshStatus} />}
        {tab === 'diary' && <DiaryView api={api} onChanged={refreshStatus} />}
        {tab === 'overview' && <OverviewView api={api} />}
      </Tabs>
    </main>
  );
}

function PopupHeader({ onOpenWelcome, onOpenOptions }: { onOpenWelcome?: () => void; onOpenOptions?: () => void }) {
  return (
    <header class="popup-header">
      <h1>Reverie</h1>
      <nav class="row" aria-label="Pages">
        {onOpenWelcome && (
          <button type="button" class="link-button" onClick={onOpenWelcome}>
            Getting started
          </button>
        )}
        {onOpenOptions && (
          <button type="button" class="link-button" onClick={onOpenOptions}>
            Settings
          </button>
        )}
      </nav>
    </header>
  );
}
