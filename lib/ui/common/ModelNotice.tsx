import { useEffect, useState } from 'preact/hooks';
import type { ModelStatus } from '../../messaging/protocol';
import { modelNotice } from './modelState';

/**
 * One model that is not working, in plain words: what happened, what still works, and a Retry button where trying again
 * can help. Renders nothing while the model downloads or is ready. The browser's own error message goes to the console
 * for developers, once per message, not on screen.
 */
export function ModelNotice({
  model,
  consent,
  onRetry,
}: {
  model: ModelStatus;
  /** The user agreed to downloads (settings.modelConsent). */
  consent: boolean;
  /** Retries the model; without it no Retry button is shown. */
  onRetry?: (id: string) => Promise<void>;
}) {
  const [retrying, setRetrying] = useState(false);
  const error = model.state === 'error' ? model.error : undefined;
  useEffect(() => {
    if (error) console.warn(`[reverie] model ${model.id} failed:`, error);
  }, [model.id, error]);
  const notice = modelNotice(model, consent);
  if (!notice) return null;
  const failed = model.state === 'error' || model.state === 'unsupported';
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry!(model.id);
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div class={`model-notice small ${failed ? 'is-failed' : ''}`} data-problem={notice.problem}>
      <p class={failed ? 'error-text' : undefined}>{notice.headline}</p>
      <p class="muted">{notice.stillWorks}</p>
      {notice.canRetry && onRetry && (
        <button type="button" class="button" onClick={() => void retry()} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Retry'}
        </button>
      )}
    </div>
  );
}
