import type { BlockScope } from '../../settings';
import { ChoiceRadios, type Choice } from './ChoiceRadios';

export const BLOCK_SCOPE_CHOICES: Choice<BlockScope>[] = [
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
  legend = 'Memory added on a site comes from',
  ...props
}: {
  name: string;
  value: BlockScope;
  onChange: (scope: BlockScope) => void;
  legend?: string;
  hideLegend?: boolean;
}) {
  return <ChoiceRadios {...props} legend={legend} choices={BLOCK_SCOPE_CHOICES} />;
}
