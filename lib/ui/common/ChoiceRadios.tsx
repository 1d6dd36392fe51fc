/** One choice of a radio group: its value, its label and a line saying what it means. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

/**
 * A setting's choices as one radio group, each with its hint: the options page and the first-run page ask the same
 * questions in the same words.
 */
export function ChoiceRadios<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  hideLegend = false,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  hideLegend?: boolean;
}) {
  return (
    <fieldset>
      <legend class={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {choices.map((choice) => (
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
