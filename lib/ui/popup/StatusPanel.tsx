import { useState } from 'preact/hooks';
import type { ReverieStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import type { SiteId } from '../../sites';
import { ModelNotice } from '../common/ModelNotice';
import { ProgressBar } from '../common/ProgressBar';
import { captureLine, countsLine, dreamLine, modelLine } from '../common/statusText';
import { siteName } from '../common/format';

type StatusPanelProps = {
  status: ReverieStatus | null;
  settings: Settings | null;
  site: SiteId | null;
  onToggleSite: (on: boolean) => Promise<void>;
  onTogglePause: (paused: boolean) => Promise<void>;
  onDreamNow: () => Promise<void>;
  /** Tries a failed model again (retryModel). */
  onRetryModel?: (id: string) => Promise<void>;
};

/** "Dream now", and whether a dream it started is still running (the dream line and the button say so meanwhile). */
function useDreamNow(onDreamNow: () => Promise<void>) {
  const [dreaming, setDreaming] = useState(false);
  const dreamNow = async () => {
    setDreaming(true);
    try {
      await onDreamNow();
    } finally {
      setDreaming(false);
    }
  };
  return { dreaming, dreamNow };
}

/** The top of the popup: what Reverie is doing here, and the three controls that change it. */
export function StatusPanel(props: StatusPanelProps) {
  const { status } = props;
  const { dreaming, dreamNow } = useDreamNow(props.onDreamNow);

  if (!status) return <p class="muted" role="status">Loading…</p>;

  return (
    <section class="status" aria-label="Status">
      {status.storage.full && (
        <div class="banner banner-danger" role="alert">
          <strong>Storage is full.</strong>{' '}
          {status.storage.message ?? 'New chats are not being saved. Free some space or delete old memories.'}{' '}
          Search and the warm-start block keep working with what is already saved.
        </div>
      )}
      <StatusLines {...props} status={status} dreaming={dreaming} />
      <StatusControls {...props} status={status} dreaming={dreaming} dreamNow={dreamNow} />
    </section>
  );
}

/** Whether chats here are saved, each model's state, what memory holds, and the last (or running) dream. */
function StatusLines({
  status,
  settings,
  site,
  onRetryModel,
  dreaming,
}: StatusPanelProps & { status: ReverieStatus; dreaming: boolean }) {
  const capture = captureLine(status, site);
  return (
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
          <ModelNotice key={model.id} model={model} consent={settings?.modelConsent ?? false} onRetry={onRetryModel} />
        ),
      )}
      <p class="small muted">{countsLine(status)}</p>
      <p class="small">{dreaming ? 'Dreaming…' : dreamLine(status.lastDream)}</p>
    </div>
  );
}

/** Saving on this site, pausing everything, and dreaming now. */
function StatusControls({
  status,
  settings,
  site,
  onToggleSite,
  onTogglePause,
  dreaming,
  dreamNow,
}: StatusPanelProps & { status: ReverieStatus; dreaming: boolean; dreamNow: () => Promise<void> }) {
  return (
    <div class="controls">
      <label class="switch">
        <input
          type="checkbox"
          checked={site ? (settings?.sites[site] ?? true) : false}
          disabled={!site || !settings}
          onChange={(e) => onToggleSite((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{site ? `Save chats on ${siteName(site)}` : 'Save chats on this site'}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings?.paused ?? status.paused}
          disabled={!settings}
          onChange={(e) => onTogglePause((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>Pause everything</span>
      </label>
      <button type="button" class="button" onClick={dreamNow} disabled={dreaming}>
        {dreaming ? 'Dreaming…' : 'Dream now'}
      </button>
    </div>
  );
}
