import type { BlockScope } from '../../settings';

export const BLOCK_SCOPE_CHOICES: { value: BlockScope; label: string; hint: string }[] = [
  {
    value: 'site',
    label: "Only that site's chats",
    hint: 'On Claude, memory from your Claude chats; on ChatGPT, from your ChatGPT chats. A chat site can read what is in its message box, so it is shown nothing it has not seen before.',
  },
  {
    value: 'all',
    label: 'Chats from every site',
    hint: 'A new chat on Claude can bring up what you discussed on ChatGPT. The site you are typing to can read those lines once they are in its message box, even if you do not send them.',
  },
];

/** What counts as yours wherever you chat; the same words on the first-run page and in the options. */
export const BLOCK_SCOPE_OWN =
  "Either way, memories you pinned or wrote yourself, and learned facts you approved in the dream diary, are yours and can appear on every site. The block's first line says which chats it drew on.";

/** What a site's memory block may draw on, as one radio group: the options page and the first-run page. */
export function BlockScopeRadios({
  name,
  value,
  onChange,
  legend = 'Memory added on a site comes from',
  hideLegend = false,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  value: BlockScope;
  onChange: (scope: BlockScope) => void;
  legend?: string;
  hideLegend?: boolean;
}) {
  return (
    <fieldset>
      <legend class={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {BLOCK_SCOPE_CHOICES.map((choice) => (
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
