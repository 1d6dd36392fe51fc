import type { Settings } from '../../settings';

type Mode = Settings['insertion'];

const INSERTION_CHOICES: { value: Mode; label: string; hint: string }[] = [
  { value: 'auto', label: 'Automatically', hint: 'Memory is added to the start of each new chat.' },
  { value: 'click', label: 'When I click', hint: 'A small button offers memory; nothing is added until you click it.' },
  { value: 'off', label: 'Never', hint: 'Reverie keeps remembering but never adds anything to your chats.' },
];

/** The three ways the warm-start block is offered, as one radio group: the options page and the first-run page. */
export function InsertionRadios({
  name,
  value,
  onChange,
  hideLegend = false,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  value: Mode;
  onChange: (mode: Mode) => void;
  hideLegend?: boolean;
}) {
  return (
    <fieldset>
      <legend class={hideLegend ? 'visually-hidden' : undefined}>Add memory to new chats</legend>
      {INSERTION_CHOICES.map((choice) => (
        <label class="choice" key={choice.value}>
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>
            {choice.label}
            <span class="hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
