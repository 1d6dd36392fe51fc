import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReverieStatus } from '../../messaging/protocol';
import type { Settings, SettingsPatch } from '../../settings';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { BlockScopeChoice } from './BlockScopeChoice';
import { InsertionChoice } from './InsertionChoice';
import { ModelStep } from './ModelStep';
import { WhatItDoes } from './WhatItDoes';
import { WhereThingsGo } from './WhereThingsGo';

/**
 * The page's settings and status, and what went wrong last. Status is polled only while a download the user agreed to
 * is under way, so its progress stays live.
 */
function useWelcomeState(api: ReverieApi, pollMs: number) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<ReverieStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await api.getStatus({}));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api]);

  useEffect(() => {
    api.getSettings().then(setSettings, (e) => setError(errorMessage(e)));
    void refreshStatus();
  }, [api, refreshStatus]);

  const searchModel = settings ? status?.models.find((m) => m.kind === 'embedding' && m.id === settings.embedModel) : undefined;
  const waiting = Boolean(settings?.modelConsent) && settings?.embedModel !== 'none' && (!searchModel || searchModel.state === 'absent' || searchModel.state === 'downloading');

  useEffect(() => {
    if (!waiting || pollMs <= 0) return;
    const timer = setInterval(refreshStatus, pollMs);
    return () => clearInterval(timer);
  }, [waiting, pollMs, refreshStatus]);

  const save = async (patch: SettingsPatch) => {
    try {
      setSettings(await api.setSettings(patch));
      setError(null);
    } catch (e) {
      setError(`Not saved: ${errorMessage(e)}`);
    }
  };

  const agreeToDownload = async () => {
    await save({ modelConsent: true });
    await refreshStatus();
  };

  const retryModel = async (id: string) => {
    try {
      await api.retryModel({ id });
    } catch (e) {
      setError(errorMessage(e));
    }
    await refreshStatus();
  };

  return { settings, error, searchModel, save, agreeToDownload, retryModel };
}

/**
 * The first-run page, opened when Reverie is installed and from "Getting started": what Reverie does, what stays
 * local and what goes where, the insertion mode, which chats a site's block may draw on, and the search model's
 * download step.
 */
export function Welcome({ api, pollMs = 1500, optionsUrl }: { api: ReverieApi; pollMs?: number; optionsUrl?: string }) {
  const { settings, error, searchModel, save, agreeToDownload, retryModel } = useWelcomeState(api, pollMs);

  return (
    <main class="welcome">
      <header>
        <h1>Welcome to Reverie</h1>
        <p class="muted">A lasting, private memory for your AI chats, kept in this browser.</p>
      </header>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <WhatItDoes />
      <WhereThingsGo />
      {settings ? (
        <>
          <InsertionChoice value={settings.insertion} onChange={(insertion) => void save({ insertion })} />
          <BlockScopeChoice value={settings.blockScope} onChange={(blockScope) => void save({ blockScope })} />
          <ModelStep
            settings={settings}
            model={searchModel}
            onAgree={agreeToDownload}
            onRetry={retryModel}
            onUseDreamModel={(useLlm) => void save({ dream: { ...settings.dream, useLlm } })}
          />
        </>
      ) : (
        <p class="muted">Loading your settings…</p>
      )}
      <WelcomeFooter optionsUrl={optionsUrl} />
    </main>
  );
}

function WelcomeFooter({ optionsUrl }: { optionsUrl: string | undefined }) {
  return (
    <footer class="muted small">
      You can change all of this later in {optionsUrl ? <a href={optionsUrl}>Settings</a> : 'Settings'}. Reverie's
      toolbar button shows what it is doing and opens this page again from “Getting started”.
    </footer>
  );
}
