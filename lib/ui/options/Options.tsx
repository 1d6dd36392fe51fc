import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ReverieStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { BackupSection } from './BackupSection';
import { pageBackup, type PageBackup } from '../../backup/page';
import { ImportSection } from './ImportSection';
import type { ExportParser } from './importFlow';
import { ModelsSection } from './ModelsSection';
import { BudgetsSection, ChatsSection, DreamSection, PrivacySection, type SaveSettings } from './SettingsSections';
import { StorageSection } from './StorageSection';

type Notice = { kind: 'ok' | 'error'; text: string };

/** The page's settings and status: loaded at once, status polled every `pollMs`, and each change saved at once. */
function useOptionsState(api: ReverieApi, pollMs: number) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<ReverieStatus | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await api.getStatus({}));
    } catch {
      // The background may be starting; the next poll tries again.
    }
  }, [api]);

  const loadSettings = useCallback(() => {
    api.getSettings().then(setSettings, (e) => setNotice({ kind: 'error', text: errorMessage(e) }));
  }, [api]);

  useEffect(() => {
    loadSettings();
    void refreshStatus();
    if (pollMs <= 0) return;
    const timer = setInterval(refreshStatus, pollMs);
    return () => clearInterval(timer);
  }, [loadSettings, refreshStatus, pollMs]);

  const save = async (patch: Partial<Settings>) => {
    // Show the change at once; the background's answer (validated settings) replaces it.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    try {
      setSettings(await api.setSettings(patch));
      setNotice({ kind: 'ok', text: 'Saved.' });
    } catch (e) {
      setNotice({ kind: 'error', text: `Not saved: ${errorMessage(e)}` });
      loadSettings();
    }
  };

  return { settings, status, notice, refreshStatus, loadSettings, save };
}

/**
 * The options page. Settings save as soon as they change; status is polled so model downloads and storage stay
 * current. The export parser is injected (lib/import in the extension, a fake in tests).
 */
export function Options({
  api,
  parseExport,
  pollMs = 3000,
  save: saveFile,
  backup,
  welcomeHref = '/welcome.html',
}: {
  api: ReverieApi;
  parseExport: ExportParser;
  pollMs?: number;
  /** The first-run page ("Getting started"): an extension page, so a path from the extension's root. */
  welcomeHref?: string;
  save?: (fileName: string, text: string, mimeType: string) => void;
  /** Backups on this page's own database connection; tests hand a fake. */
  backup?: PageBackup;
}) {
  const pageBackups = useMemo(() => backup ?? pageBackup(api), [backup, api]);
  const { settings, status, notice, refreshStatus, loadSettings, save } = useOptionsState(api, pollMs);

  return (
    <main class="options">
      <OptionsHeader welcomeHref={welcomeHref} />
      <div class="notice" role="status" aria-live="polite">
        {notice && <p class={notice.kind === 'ok' ? 'ok-text' : 'error-text'}>{notice.text}</p>}
      </div>
      {settings ? (
        <SettingsCards api={api} settings={settings} save={save} status={status} refreshStatus={refreshStatus} />
      ) : (
        <p class="muted">Loading settings…</p>
      )}
      <ImportSection api={api} parseExport={parseExport} />
      <BackupSection api={api} backup={pageBackups} {...(saveFile ? { save: saveFile } : {})} />
      <StorageSection
        api={api}
        status={status}
        onWiped={() => {
          loadSettings();
          void refreshStatus();
        }}
      />
    </main>
  );
}

function OptionsHeader({ welcomeHref }: { welcomeHref: string }) {
  return (
    <header>
      <h1>Reverie settings</h1>
      <p class="muted">
        A lasting, private memory for your AI chats, kept entirely in this browser.{' '}
        <a href={welcomeHref}>Getting started</a>
      </p>
    </header>
  );
}

/** The sections that change settings, each saving as it changes; the models' one also refreshes the status. */
function SettingsCards({
  api,
  settings,
  save,
  status,
  refreshStatus,
}: {
  api: ReverieApi;
  settings: Settings;
  save: SaveSettings;
  status: ReverieStatus | null;
  refreshStatus: () => Promise<void>;
}) {
  return (
    <>
      <ChatsSection settings={settings} save={save} />
      <BudgetsSection settings={settings} save={save} />
      <DreamSection settings={settings} save={save} />
      <ModelsSection api={api} settings={settings} save={save} models={status?.models ?? []} onChanged={refreshStatus} />
      <PrivacySection settings={settings} save={save} />
    </>
  );
}
