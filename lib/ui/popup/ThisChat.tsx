import { useEffect, useState } from 'preact/hooks';
import type { TabChat } from '../../messaging/protocol';
import { FORGET_CHAT_EXPLAINED, FORGET_CHAT_LABEL } from '../../content/indicator';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';

/**
 * "Don't remember this chat" for the conversation open in the active tab (the same as in the page's indicator menu):
 * asked to confirm, saying exactly what happens; once excluded, the chat can be saved again from now on.
 */
export function ThisChat({ api, tabId, onChanged }: { api: ReverieApi; tabId: number; onChanged?: () => void }) {
  const [chat, setChat] = useState<TabChat | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getTabChat({ tabId }).then(
      (found) => live && setChat(found),
      () => live && setChat(null),
    );
    return () => {
      live = false;
    };
  }, [api, tabId]);

  if (!chat) return null;

  const change = async (excluded: boolean) => {
    setBusy(true);
    try {
      const { deleted } = await api.setTabChatExcluded({ tabId, excluded });
      setChat({ ...chat, excluded });
      setMessage(
        excluded
          ? `This chat is not remembered from now on; what was saved of it is erased (${deleted} ${deleted === 1 ? 'memory' : 'memories'}).`
          : 'This chat is saved again from now on. What was erased before stays erased.',
      );
      onChanged?.();
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section class="this-chat" aria-label="This chat">
      {chat.excluded ? (
        <p class="small">
          Reverie is not remembering this chat.{' '}
          <button type="button" class="link-button" disabled={busy} onClick={() => change(false)}>
            Remember this chat again
          </button>
        </p>
      ) : confirming ? (
        <div role="group" aria-label={FORGET_CHAT_LABEL}>
          <p class="small">{FORGET_CHAT_EXPLAINED}</p>
          <div class="row">
            <button type="button" class="button danger" disabled={busy} onClick={() => change(true)}>
              Forget this chat
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="link-button danger" onClick={() => setConfirming(true)}>
          {FORGET_CHAT_LABEL}
        </button>
      )}
      {message && (
        <p class="small muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
