import { useState } from 'preact/hooks';
import type { ModelStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import { downloadLabel, dreamModelLabel, searchModelLabel } from '../common/modelLabels';
import { ModelNotice } from '../common/ModelNotice';
import { ProgressBar } from '../common/ProgressBar';

/** The consent step's own state: whether "Not now" was pressed, and whether the agreement is being saved. */
function useConsentChoice(onAgree: () => Promise<void>) {
  const [notNow, setNotNow] = useState(false);
  const [agreeing, setAgreeing] = useState(false);

  const agree = async () => {
    setAgreeing(true);
    try {
      await onAgree();
    } finally {
      setAgreeing(false);
    }
  };

  return { notNow, sayNotNow: () => setNotNow(true), agreeing, agree };
}

type ConsentChoice = ReturnType<typeof useConsentChoice>;

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
  // Held here, not in the consent form, so it lasts while the form comes and goes.
  const choice = useConsentChoice(onAgree);

  let body;
  if (settings.embedModel === 'none') {
    body = <p>You chose word matching only in Settings, so there is no search model to download.</p>;
  } else if (!settings.modelConsent) {
    body = <ConsentAsk settings={settings} choice={choice} onUseDreamModel={onUseDreamModel} />;
  } else {
    body = downloadState(model, onRetry);
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

/** Before consent: what the search model is for and where it comes from, the dream model's box, and the choice. */
function ConsentAsk({
  settings,
  choice,
  onUseDreamModel,
}: {
  settings: Settings;
  choice: ConsentChoice;
  onUseDreamModel: (on: boolean) => void;
}) {
  const search = searchModelLabel(settings.embedModel);
  const { notNow, sayNotNow, agreeing, agree } = choice;
  return (
    <>
      <p>
        To find memories by what they mean, not only by the words they share with your question, Reverie uses a
        small search model: {search.name}
        {search.size ? `, ${search.size}` : ''}. It is downloaded once from huggingface.co and then runs on this
        computer.
      </p>
      <DreamModelChoice settings={settings} onUseDreamModel={onUseDreamModel} />
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
          <button type="button" class="button" onClick={sayNotNow}>
            Not now
          </button>
        )}
      </div>
    </>
  );
}

/** The box to also download the dream model, with what it does and what dreams use without it. */
function DreamModelChoice({ settings, onUseDreamModel }: { settings: Settings; onUseDreamModel: (on: boolean) => void }) {
  const dream = dreamModelLabel(settings.llmModel);
  return (
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
  );
}

/**
 * After consent: the download's progress, then ready, or what failed with Retry. A function, not a component, so each
 * of these takes the status box's one place directly, as the other bodies do (Preact then reuses nodes as before).
 */
function downloadState(model: ModelStatus | undefined, onRetry: (id: string) => Promise<void>) {
  if (model?.state === 'downloading') return <ProgressBar value={model.progress} label="Downloading the search model" />;
  if (model?.state === 'ready') return <p class="ok-text">The search model is ready: search now finds memories by meaning too.</p>;
  if (model && (model.state === 'error' || model.state === 'unsupported')) return <ModelNotice model={model} consent onRetry={onRetry} />;
  return <p class="muted">Starting the download…</p>;
}
