import { useState } from 'preact/hooks';
import type { ReverieStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import type { SiteId } from '../../sites';
import { ModelNotice } from '../common/ModelNotice';
import { ProgressBar } from '../common/ProgressBar';
import { captureLine, countsLine, dreamLine, modelLine } from '../common/statusText';
import { siteName } from '../common/format';

/** The top of the popup: what Reverie is doing here, and the three controls that change it. */
export function StatusPanel(props: {
  status: ReverieStatus | null;
  settings: Settings | null;
  site: SiteId | null;
  onToggleSite: (on: boolean) => Promise<void>;
  onTogglePause: (paused: boolean) => Promise<void>;
  onDreamNow: () => Promise<void>;
  /** Tries a failed model again (retryModel). */
  onRetryModel?: (id: string) => Promise<void>;
}) {
  const { status, settings, site } = props;
  const [dreaming, setDreaming] = useState(false);

  if (!status) return <p class="muted" role="status">Loading…</p>;

  const capture = captureLine(status, site);
  const dreamNow = async () => {
    setDreaming(true);
    try {
      await props.onDreamNow();
    } finally {
      setDreaming(false);
    }
  };

  return (
    <section class="status" aria-label="Status">
      {status.storage.full && (
        <div class="banner banner-danger" role="alert">
          <strong>Storage is full.</strong>{' '}
          {status.storage.message ?? 'New chats are not being saved. Free some space or delete old memories.'}{' '}
          Search and the warm-start block keep working with what is already saved.
        </div>
      )}
      <div role="status" aria-live="polite" class="status-lines">
        <p class={`status-capture ${capture.active ? 'is-on' : 'is-off'}`}>
          <span class="dot" aria-hidden="true" />
          {capture.text}
        </p>
        {capture.detail && <p class="muted small">{capture.detail}</p>}
        {status.models.map((model) =>
          model.state === 'downloading' ? (
            <ProgressBar key={model.id} value={model.progress} label={modelLine(model)} />
          ) : model.state === 'ready' ? (
            <p key={model.id} class="small muted">
              {modelLine(model)}
            </p>
          ) : (
            <ModelNotice key={model.id} model={model} consent={settings?.modelConsent ?? false} onRetry={props.onRetryModel} />
          ),
        )}
        <p class="small muted">{countsLine(status)}</p>
        <p class="small">{dreaming ? 'Dreaming…' : dreamLine(status.lastDream)}</p>
      </div>
      <div class="controls">
        <label class="switch">
          <input
            type="checkbox"
            checked={site ? (settings?.sites[site] ?? true) : false}
            disabled={!site || !settings}
            onChange={(e) => props.onToggleSite((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{site ? `Save chats on ${siteName(site)}` : 'Save chats on this site'}</span>
        </label>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings?.paused ?? status.paused}
            disabled={!settings}
            onChange={(e) => props.onTogglePause((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>Pause everything</span>
        </label>
        <button type="button" class="button" onClick={dreamNow} disabled={dreaming}>
          {dreaming ? 'Dreaming…' : 'Dream now'}
        </button>
      </div>
    </section>
  );
}

