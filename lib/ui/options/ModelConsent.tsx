import type { Settings } from '../../settings';
import { downloadLabel, dreamModelLabel } from '../common/modelLabels';

/**
 * The options page's consent step, shown until the user agrees to downloads: nothing is fetched before, and agreeing
 * starts the search model's download.
 */
export function ModelConsent({ settings, onAgree }: { settings: Settings; onAgree: () => void }) {
  const dream = dreamModelLabel(settings.llmModel);
  return (
    <div class="consent" role="group" aria-label="Model downloads">
      <p>
        <strong>Nothing has been downloaded yet.</strong> Until you agree, search finds memories by their words and
        dreams use the built-in rules.
      </p>
      {settings.dream.useLlm && (
        <p class="muted small">
          Agreeing also lets Reverie download the dream model ({dream.name}
          {dream.size ? `, ${dream.size}` : ''}) the first time it dreams, if this browser can run it. Switch that off
          under Dreaming with “Use the language model”.
        </p>
      )}
      <button type="button" class="button primary" onClick={onAgree}>
        {settings.embedModel === 'none' ? 'Allow model downloads' : downloadLabel(settings.embedModel)}
      </button>
    </div>
  );
}
