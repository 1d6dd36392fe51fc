import type { Settings } from '../../settings';
import { InsertionRadios } from '../common/InsertionRadios';

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
      <InsertionRadios name="welcome-insertion" value={value} onChange={onChange} hideLegend />
      <p class="muted small">You can also turn it off for single sites in Settings.</p>
    </section>
  );
}
