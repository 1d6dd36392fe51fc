import { useState } from 'preact/hooks';
import type { ReverieStatus } from '../../messaging/protocol';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { formatBytes, plural } from '../common/format';

const WIPE_WORD = 'WIPE';

type Message = { kind: 'ok' | 'error'; text: string };

/** The wipe's confirm step (open, what was typed, busy) and what came of the wipe for the section's status line. */
function useWipe(api: ReverieApi, onWiped: (() => void) | undefined) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const cancel = () => {
    setConfirming(false);
    setTyped('');
  };

  const wipe = async () => {
    if (typed !== WIPE_WORD) return;
    setBusy(true);
    try {
      await api.wipe();
      setMessage({ kind: 'ok', text: 'Everything was wiped. Reverie starts again from nothing. Your browser frees the disk space over the next minutes; downloaded models are kept (remove them under Models).' });
      cancel();
      onWiped?.();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return { confirming, open: () => setConfirming(true), cancel, typed, setTyped, busy, wipe, message };
}

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
  const wiping = useWipe(api, onWiped);
  const { message } = wiping;

  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {status?.storage ? <StorageUse status={status} /> : <p class="muted">Loading…</p>}
      {!wiping.confirming ? (
        <button type="button" class="button danger" onClick={wiping.open}>
          Wipe everything…
        </button>
      ) : (
        wipeConfirm(wiping)
      )}
      <div role="status" aria-live="polite">
        {message && <p class={message.kind === 'ok' ? 'ok-text' : 'error-text'}>{message.text}</p>}
      </div>
    </section>
  );
}

/** The full-storage banner, the space used (and of how much), and how many memories, conversations and messages. */
function StorageUse({ status }: { status: ReverieStatus }) {
  const { storage } = status;
  return (
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
      <p class="muted small">
        {plural(status.counts.memories, 'memory', 'memories')}, {plural(status.counts.conversations, 'conversation')},{' '}
        {plural(status.counts.turns, 'message')}.
      </p>
    </>
  );
}

/**
 * The confirm step: what a wipe deletes, the WIPE word to type, and the buttons to wipe or step back. Called as a
 * function, not mounted as a component: its <div> then takes the button's place exactly as before (Preact matches
 * unkeyed siblings by element type, so a component there would change which existing nodes are reused).
 */
function wipeConfirm({ typed, setTyped, busy, wipe, cancel }: ReturnType<typeof useWipe>) {
  return (
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
        <button type="button" class="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
