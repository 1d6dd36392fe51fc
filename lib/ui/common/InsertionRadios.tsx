import type { Settings } from '../../settings';
import { ChoiceRadios, type Choice } from './ChoiceRadios';

type Mode = Settings['insertion'];

const INSERTION_CHOICES: Choice<Mode>[] = [
  { value: 'auto', label: 'Automatically', hint: 'Memory is added to the start of each new chat.' },
  { value: 'click', label: 'When I click', hint: 'A small button offers memory; nothing is added until you click it.' },
  { value: 'off', label: 'Never', hint: 'Reverie keeps remembering but never adds anything to your chats.' },
];

/** The three ways the warm-start block is offered, as one radio group: the options page and the first-run page. */
export function InsertionRadios(props: { name: string; value: Mode; onChange: (mode: Mode) => void; hideLegend?: boolean }) {
  return <ChoiceRadios {...props} legend="Add memory to new chats" choices={INSERTION_CHOICES} />;
}
