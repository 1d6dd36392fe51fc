import type { BlockScope } from '../../settings';
import { BLOCK_SCOPE_OWN, BlockScopeRadios } from '../common/BlockScopeRadios';

/**
 * What a site's warm-start block may draw on: that site's chats only (the default: a page sees nothing it had not
 * seen), or every site's. Asked here because the choice decides what each chat site is shown. Saved at once.
 */
export function BlockScopeChoice({ value, onChange }: { value: BlockScope; onChange: (scope: BlockScope) => void }) {
  return (
    <section class="card" aria-labelledby="scope-title">
      <h2 id="scope-title">Which chats may a site's memory come from?</h2>
      <BlockScopeRadios name="welcome-block-scope" value={value} onChange={onChange} hideLegend />
      <p class="muted small">{BLOCK_SCOPE_OWN} You can also choose site by site in Settings.</p>
    </section>
  );
}
