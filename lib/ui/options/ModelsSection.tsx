import { useState } from 'preact/hooks';
import type { ModelStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { formatBytes } from '../common/format';
import { ProgressBar } from '../common/ProgressBar';
import { EMBED_MODEL_CHOICES, LLM_MODEL_CHOICES, type ModelChoice } from './catalog';
import type { SaveSettings } from './SettingsSections';

function stateText(model: ModelStatus | undefined): string {
  if (!model) return 'Not downloaded';
  switch (model.state) {
    case 'ready':
      return model.sizeBytes ? `Downloaded (${formatBytes(model.sizeBytes)})` : 'Downloaded';
    case 'downloading':
      return 'Downloading';
    case 'absent':
      return 'Not downloaded';
    case 'unsupported':
      return "Can't run in this browser";
    case 'error':
      return `Failed: ${model.error ?? 'unknown error'}`;
  }
}

/** Model choice, with each model's download state and a button to free its space. */
export function ModelsSection({
  api,
  settings,
  save,
  models,
  onDeleted,
}: {
  api: ReverieApi;
  settings: Settings;
  save: SaveSettings;
  models: ModelStatus[];
  onDeleted?: () => void;
}) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const remove = async (choice: ModelChoice) => {
    try {
      await api.deleteModel({ id: choice.id });
      setMessage({ kind: 'ok', text: `Removed ${choice.name} from this computer.` });
      onDeleted?.();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };

  const group = (
    title: string,
    name: string,
    choices: readonly ModelChoice[],
    selected: string,
    onSelect: (id: string) => void,
  ) => (
    <fieldset>
      <legend>{title}</legend>
      {choices.map((choice) => {
        const model = models.find((m) => m.id === choice.id);
        const downloadable = choice.id !== 'none';
        return (
          <div class="model-choice" key={choice.id}>
            <label class="choice">
              <input
                type="radio"
                name={name}
                value={choice.id}
                checked={selected === choice.id}
                onChange={() => onSelect(choice.id)}
              />
              <span>
                {choice.name} <span class="muted">({choice.sizeLabel})</span>
                <span class="hint">{choice.description}</span>
              </span>
            </label>
            {downloadable && (
              <div class="model-state small">
                {model?.state === 'downloading' ? (
                  <ProgressBar value={model.progress} label={`Downloading ${choice.name}`} />
                ) : (
                  <span class={model?.state === 'error' ? 'error-text' : 'muted'}>{stateText(model)}</span>
                )}
                {model?.state === 'ready' && (
                  <button
                    type="button"
                    class="link-button danger"
                    aria-label={`Delete ${choice.name} download`}
                    onClick={() => void remove(choice)}
                  >
                    Delete download
                  </button>
                )}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );

  return (
    <section class="card" aria-labelledby="models-title">
      <h2 id="models-title">Models</h2>
      <p class="muted">
        Models are downloaded once and run on this computer; your chats never leave it.
      </p>
      {group('For finding memories', 'embed-model', EMBED_MODEL_CHOICES, settings.embedModel, (id) =>
        void save({ embedModel: id }),
      )}
      {group('For dreaming', 'llm-model', LLM_MODEL_CHOICES, settings.llmModel, (id) => void save({ llmModel: id }))}
      <div role="status" aria-live="polite">
        {message && <p class={message.kind === 'ok' ? 'ok-text' : 'error-text'}>{message.text}</p>}
      </div>
    </section>
  );
}
