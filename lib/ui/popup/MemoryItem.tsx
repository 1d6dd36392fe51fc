import { useState } from 'preact/hooks';
import type { MemoryRow } from '../../db/schema';
import { formatDate, kindLabel, safeHttpUrl, siteName } from '../common/format';
import { Markdown } from '../common/Markdown';

export interface MemoryActions {
  onSave: (memory: MemoryRow, text: string) => Promise<void>;
  onTogglePin: (memory: MemoryRow) => Promise<void>;
  onDelete: (memory: MemoryRow) => Promise<void>;
  onForgetConversation: (memory: MemoryRow) => Promise<void>;
}

const PIN_HINT = 'Pinned memories are always included in your Profile, in every new chat.';

/**
 * One memory. Its text is captured chat content: shown as Markdown formatting built from text nodes (never as HTML),
 * folded with "Show more" when long. The conversation link is shown only for http(s) urls. `why`: for a search
 * result, in words, why it matched.
 */
export function MemoryItem({ memory, actions, why }: { memory: MemoryRow; actions: MemoryActions; why?: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(memory.text);
  const [confirmingForget, setConfirmingForget] = useState(false);
  const [busy, setBusy] = useState(false);
  const link = safeHttpUrl(memory.url);
  const editId = `edit-${memory.id}`;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch {
      // The list has already told the user what went wrong.
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class={`memory ${memory.pinned ? 'is-pinned' : ''}`} data-memory-id={memory.id}>
      {editing ? (
        <div class="memory-edit">
          <label for={editId} class="visually-hidden">
            Edit memory
          </label>
          <textarea
            id={editId}
            value={draft}
            rows={4}
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <div class="row">
            <button
              type="button"
              class="button primary"
              disabled={busy || !draft.trim()}
              onClick={() =>
                run(async () => {
                  await actions.onSave(memory, draft.trim());
                  setEditing(false);
                })
              }
            >
              Save
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setDraft(memory.text);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="memory-text">
          <Markdown text={memory.text} />
        </div>
      )}
      {why && <p class="memory-why small">{why}</p>}
      <p class="memory-meta small muted">
        <span class="badge">{kindLabel(memory.kind)}</span>
        {memory.pinned && (
          <span class="badge badge-accent" title={PIN_HINT}>
            Pinned
          </span>
        )}
        <span>{!memory.site && memory.origin?.startsWith('dream') ? 'From dreaming' : siteName(memory.site)}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={new Date(memory.occurredAt).toISOString()} title="When it happened">
          {formatDate(memory.occurredAt)}
        </time>
        {link && (
          <>
            <span aria-hidden="true">·</span>
            <a href={link} target="_blank" rel="noopener noreferrer">
              Open conversation
            </a>
          </>
        )}
      </p>
      {!editing && (
        <div class="memory-actions row">
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setDraft(memory.text);
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button
            type="button"
            class="link-button"
            title={PIN_HINT}
            aria-pressed={memory.pinned}
            disabled={busy}
            onClick={() => run(() => actions.onTogglePin(memory))}
          >
            {memory.pinned ? 'Unpin' : 'Pin'}
          </button>
          <button
            type="button"
            class="link-button danger"
            disabled={busy}
            title="Deleted for good: Reverie will not learn it again."
            onClick={() => run(() => actions.onDelete(memory))}
          >
            Delete
          </button>
          {memory.conversationKey && !confirmingForget && (
            <button type="button" class="link-button danger" onClick={() => setConfirmingForget(true)}>
              Forget this conversation
            </button>
          )}
        </div>
      )}
      {confirmingForget && (
        <div class="confirm" role="group" aria-label="Confirm forgetting the conversation">
          <p class="small">
            Forget everything from this whole conversation? This deletes it for good and can't be undone.
          </p>
          <div class="row">
            <button
              type="button"
              class="button danger"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  await actions.onForgetConversation(memory);
                  setConfirmingForget(false);
                })
              }
            >
              Forget conversation
            </button>
            <button type="button" class="button" onClick={() => setConfirmingForget(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
