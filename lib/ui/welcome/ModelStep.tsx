import { useState } from 'preact/hooks';
import type { ModelStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import { downloadLabel, dreamModelLabel, searchModelLabel } from '../common/modelLabels';
import { ModelNotice } from '../common/ModelNotice';
import { ProgressBar } from '../common/ProgressBar';

/**
 * The explicit download step: what the search model is for, its size, where it comes from. Nothing is downloaded
 * until "Download" is pressed (it saves modelConsent, which starts the download); "Not now" keeps word search. After
 * consent it shows the download's live progress, then ready, or what failed with Retry.
 */
export function ModelStep({
  settings,
  model,
  onAgree,
  onRetry,
  onUseDreamModel,
}: {
  settings: Settings;
  /** The search model's status from getStatus, if known. */
  model: ModelStatus | undefined;
  onAgree: () => Promise<void>;
  onRetry: (id: string) => Promise<void>;
  onUseDreamModel: (on: boolean) => void;
}) {
  const [notNow, setNotNow] = useState(false);
  const [agreeing, setAgreeing] = useState(false);
  const search = searchModelLabel(settings.embedModel);
  const dream = dreamModelLabel(settings.llmModel);

  const agree = async () => {
    setAgreeing(true);
    try {
      await onAgree();
    } finally {
      setAgreeing(false);
    }
  };

  let body;
  if (settings.embedModel === 'none') {
    body = <p>You chose word matching only in Settings, so there is no search model to download.</p>;
  } else if (!settings.modelConsent) {
    body = (
      <>
        <p>
          To find memories by what they mean, not only by the words they share with your question, Reverie uses a
          small search model: {search.name}
          {search.size ? `, ${search.size}` : ''}. It is downloaded once from huggingface.co and then runs on this
          computer.
        </p>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.dream.useLlm}
            onChange={(e) => onUseDreamModel((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>
            Also download the dream model ({dream.name}
            {dream.size ? `, ${dream.size}` : ''}) the first time Reverie dreams
            <span class="hint">
              It writes better summaries. It runs on the graphics card (WebGPU) where the browser allows; where
              Chrome offers its own built-in model, that one is used instead. Otherwise dreams use built-in rules.
            </span>
          </span>
        </label>
        {notNow ? (
          <p role="status">
            Nothing was downloaded. Word search works without the model: it finds memories that share words with
            your question. You can download the search model here or in Settings at any time.
          </p>
        ) : (
          <p class="muted">Nothing has been downloaded yet.</p>
        )}
        <div class="row wrap">
          <button type="button" class="button primary" onClick={() => void agree()} disabled={agreeing}>
            {downloadLabel(settings.embedModel)}
          </button>
          {!notNow && (
            <button type="button" class="button" onClick={() => setNotNow(true)}>
              Not now
            </button>
          )}
        </div>
      </>
    );
  } else if (model?.state === 'downloading') {
    body = <ProgressBar value={model.progress} label="Downloading the search model" />;
  } else if (model?.state === 'ready') {
    body = <p class="ok-text">The search model is ready: search now finds memories by meaning too.</p>;
  } else if (model && (model.state === 'error' || model.state === 'unsupported')) {
    body = <ModelNotice model={model} consent onRetry={onRetry} />;
  } else {
    body = <p class="muted">Starting the download…</p>;
  }

  return (
    <section class="card" aria-labelledby="model-title">
      <h2 id="model-title">Download the search model</h2>
      {settings.modelConsent ? (
        <div role="status" aria-live="polite">
          {body}
        </div>
      ) : (
        body
      )}
    </section>
  );
}
