import type { Settings } from '../../settings';
import { INSERTION_CHOICES } from '../options/SettingsSections';

/** How the warm-start block is offered in a new chat: automatically, on click, or never. Saved at once. */
export function InsertionChoice({
  value,
  onChange,
}: {
  value: Settings['insertion'];
  onChange: (mode: Settings['insertion']) => void;
}) {
  return (
    <section class="card" aria-labelledby="insertion-title">
      <h2 id="insertion-title">How should the warm start be offered?</h2>
      <fieldset>
        <legend class="visually-hidden">Add memory to new chats</legend>
        {INSERTION_CHOICES.map((choice) => (
          <label class="choice" key={choice.value}>
            <input
              type="radio"
              name="welcome-insertion"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>
              {choice.label}
              <span class="hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p class="muted small">You can also turn it off for single sites in Settings.</p>
    </section>
  );
}
