import { useState } from 'preact/hooks';
import type { ModelStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { formatBytes } from '../common/format';
import { ModelNotice } from '../common/ModelNotice';
import { ProgressBar } from '../common/ProgressBar';
import { EMBED_MODEL_CHOICES, LLM_MODEL_CHOICES, type ModelChoice } from './catalog';
import { ModelConsent } from './ModelConsent';
import type { SaveSettings } from './SettingsSections';

/** The state of a model that is downloading, ready or not there; failures are shown by ModelNotice. */
function stateText(model: ModelStatus | undefined): string {
  if (model?.state === 'ready') return model.sizeBytes ? `Downloaded (${formatBytes(model.sizeBytes)})` : 'Downloaded';
  if (model?.state === 'downloading') return 'Downloading';
  return 'Not downloaded';
}

type Message = { kind: 'ok' | 'error'; text: string };

/** Freeing a model's space and retrying a failed download, with what came of it for the section's status line. */
function useModelActions(api: ReverieApi, onChanged: (() => void) | undefined) {
  const [message, setMessage] = useState<Message | null>(null);

  const remove = async (choice: ModelChoice) => {
    try {
      await api.deleteModel({ id: choice.id });
      setMessage({ kind: 'ok', text: `Removed ${choice.name} from this computer.` });
      onChanged?.();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };

  const retry = async (id: string) => {
    try {
      await api.retryModel({ id });
      setMessage(null);
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
    onChanged?.();
  };

  return { message, remove, retry };
}

/**
 * Model choice, with each model's download state, a button to free its space, and — until the user agrees to
 * downloads — the consent step. A model that failed says what still works, with Retry for the search model in use.
 */
export function ModelsSection({
  api,
  settings,
  save,
  models,
  onChanged,
}: {
  api: ReverieApi;
  settings: Settings;
  save: SaveSettings;
  models: ModelStatus[];
  /** Called after a change the status shows (a download deleted or retried): refreshes it. */
  onChanged?: () => void;
}) {
  const { message, remove, retry } = useModelActions(api, onChanged);
  const shared = { models, settings, onRemove: remove, onRetry: retry };

  return (
    <section class="card" aria-labelledby="models-title">
      <h2 id="models-title">Models</h2>
      <p class="muted">
        Models are downloaded once from huggingface.co, then run on this computer (where Chrome offers its own
        built-in model for dreaming, that one comes with Chrome). Only the model files are fetched: nothing you write
        is sent there.
      </p>
      {!settings.modelConsent && <ModelConsent settings={settings} onAgree={() => void save({ modelConsent: true })} />}
      <ModelGroup
        {...shared}
        title="For finding memories"
        name="embed-model"
        choices={EMBED_MODEL_CHOICES}
        selected={settings.embedModel}
        onSelect={(id) => void save({ embedModel: id })}
      />
      <ModelGroup
        {...shared}
        title="For dreaming"
        name="llm-model"
        choices={LLM_MODEL_CHOICES}
        selected={settings.llmModel}
        onSelect={(id) => void save({ llmModel: id })}
      />
      <div role="status" aria-live="polite">
        {message && <p class={message.kind === 'ok' ? 'ok-text' : 'error-text'}>{message.text}</p>}
      </div>
    </section>
  );
}

/** What every model row needs besides its own choice: the models' states, the settings, and the row's actions. */
interface ModelRowDeps {
  models: ModelStatus[];
  settings: Settings;
  onRemove: (choice: ModelChoice) => Promise<void>;
  onRetry: (id: string) => Promise<void>;
}

/** One kind of model (search or dreaming): a radio per choice, under its title. */
function ModelGroup({
  title,
  name,
  choices,
  selected,
  onSelect,
  ...deps
}: ModelRowDeps & {
  title: string;
  name: string;
  choices: readonly ModelChoice[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  return (
    <fieldset>
      <legend>{title}</legend>
      {choices.map((choice) => (
        <ModelChoiceRow
          key={choice.id}
          {...deps}
          choice={choice}
          name={name}
          checked={selected === choice.id}
          onSelect={() => onSelect(choice.id)}
        />
      ))}
    </fieldset>
  );
}

/** A model's radio, then its state: a failure notice, or its download state with a button to free its space. */
function ModelChoiceRow({
  choice,
  name,
  checked,
  onSelect,
  models,
  settings,
  onRemove,
  onRetry,
}: ModelRowDeps & { choice: ModelChoice; name: string; checked: boolean; onSelect: () => void }) {
  const model = models.find((m) => m.id === choice.id);
  const downloadable = choice.id !== 'none';
  return (
    <div class="model-choice">
      <label class="choice">
        <input type="radio" name={name} value={choice.id} checked={checked} onChange={onSelect} />
        <span>
          {choice.name} <span class="muted">({choice.sizeLabel})</span>
          <span class="hint">{choice.description}</span>
        </span>
      </label>
      {downloadable && (model?.state === 'error' || model?.state === 'unsupported') && (
        <div class="model-state">
          <ModelNotice
            model={model}
            consent={settings.modelConsent}
            onRetry={choice.id === settings.embedModel ? onRetry : undefined}
          />
        </div>
      )}
      {downloadable && model?.state !== 'error' && model?.state !== 'unsupported' && (
        <div class="model-state small">
          {model?.state === 'downloading' ? (
            <ProgressBar value={model.progress} label={`Downloading ${choice.name}`} />
          ) : (
            <span class="muted">{stateText(model)}</span>
          )}
          {model?.state === 'ready' && (
            <button
              type="button"
              class="link-button danger"
              aria-label={`Delete ${choice.name} download`}
              onClick={() => void onRemove(choice)}
            >
              Delete download
            </button>
          )}
        </div>
      )}
    </div>
  );
}
