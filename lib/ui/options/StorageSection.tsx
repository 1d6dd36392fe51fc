import { useState } from 'preact/hooks';
import type { ReverieStatus } from '../../messaging/protocol';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { formatBytes, plural } from '../common/format';

const WIPE_WORD = 'WIPE';

/** How much space memory takes, and the one irreversible button, behind typing WIPE. */
export function StorageSection({
  api,
  status,
  onWiped,
}: {
  api: ReverieApi;
  status: ReverieStatus | null;
  onWiped?: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const storage = status?.storage;
  const wipe = async () => {
    if (typed !== WIPE_WORD) return;
    setBusy(true);
    try {
      await api.wipe();
      setMessage({ kind: 'ok', text: 'Everything was wiped. Reverie starts again from nothing. Your browser frees the disk space over the next minutes; downloaded models are kept (remove them under Models).' });
      setConfirming(false);
      setTyped('');
      onWiped?.();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {storage ? (
        <>
          {storage.full && (
            <div class="banner banner-danger" role="alert">
              <strong>Storage is full.</strong> {storage.message ?? 'New chats are not being saved.'}
            </div>
          )}
          <p>
            Reverie uses {formatBytes(storage.usage)}
            {storage.quota > 0 ? ` of the ${formatBytes(storage.quota)} this browser allows` : ''}.
          </p>
          {storage.quota > 0 && (
            <meter min={0} max={storage.quota} value={storage.usage} aria-label="Storage used" high={storage.quota * 0.9} />
          )}
          {status && (
            <p class="muted small">
              {plural(status.counts.memories, 'memory', 'memories')}, {plural(status.counts.conversations, 'conversation')},{' '}
              {plural(status.counts.turns, 'message')}.
            </p>
          )}
        </>
      ) : (
        <p class="muted">Loading…</p>
      )}
      {!confirming ? (
        <button type="button" class="button danger" onClick={() => setConfirming(true)}>
          Wipe everything…
        </button>
      ) : (
        <div class="confirm" role="group" aria-labelledby="wipe-warning">
          <p id="wipe-warning">
            This deletes all saved chats, memories, dreams and settings from this browser, for good. Download a
            backup first if you may want them back.
          </p>
          <label for="wipe-confirm">Type {WIPE_WORD} to confirm</label>
          <input
            id="wipe-confirm"
            type="text"
            autoComplete="off"
            value={typed}
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          />
          <div class="row">
            <button type="button" class="button danger" disabled={busy || typed !== WIPE_WORD} onClick={wipe}>
              Wipe everything
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setConfirming(false);
                setTyped('');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {message && <p class={message.kind === 'ok' ? 'ok-text' : 'error-text'}>{message.text}</p>}
      </div>
    </section>
  );
}
