import { useState } from 'preact/hooks';
import type { MemoryRow } from '../../db/schema';
import type { SearchHit } from '../../messaging/protocol';
import { formatDate, kindLabel, safeHttpUrl, siteName } from '../common/format';
import { Markdown } from '../common/Markdown';

export interface MemoryActions {
  onSave: (memory: MemoryRow, text: string) => Promise<void>;
  onTogglePin: (memory: MemoryRow) => Promise<void>;
  onDelete: (memory: MemoryRow) => Promise<void>;
  onForgetConversation: (memory: MemoryRow) => Promise<void>;
}

const PIN_HINT = 'Pinned memories are always included in your Profile, in every new chat.';

/** Runs one action at a time: `busy` while it runs, which disables the buttons that would start another. */
function useBusy() {
  const [busy, setBusy] = useState(false);
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
  return { busy, run };
}

/** The editor's state: open or not, and its draft, which starts from the memory's text each time it opens. */
function useMemoryEditor(memory: MemoryRow) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(memory.text);
  const open = () => {
    setDraft(memory.text);
    setEditing(true);
  };
  const cancel = () => {
    setDraft(memory.text);
    setEditing(false);
  };
  return { editing, draft, setDraft, open, cancel, close: () => setEditing(false) };
}

/**
 * One memory. Its text is captured chat content: shown as Markdown formatting built from text nodes (never as HTML),
 * folded with "Show more" when long. The conversation link is shown only for http(s) urls. `why`: for a search
 * result, in words, why it matched.
 */
export function MemoryItem({
  memory,
  actions,
  why,
  correction,
  makeBelieve,
}: {
  memory: MemoryRow;
  actions: MemoryActions;
  why?: string;
  correction?: string;
  makeBelieve?: SearchHit['makeBelieve'];
}) {
  const editor = useMemoryEditor(memory);
  const [confirmingForget, setConfirmingForget] = useState(false);
  const { busy, run } = useBusy();

  return (
    <li class={`memory ${memory.pinned ? 'is-pinned' : ''}`} data-memory-id={memory.id}>
      {editor.editing ? (
        <MemoryEditForm
          editId={`edit-${memory.id}`}
          draft={editor.draft}
          busy={busy}
          onDraft={editor.setDraft}
          onSave={() =>
            run(async () => {
              await actions.onSave(memory, editor.draft.trim());
              editor.close();
            })
          }
          onCancel={editor.cancel}
        />
      ) : (
        <div class="memory-text">
          <Markdown text={memory.text} />
        </div>
      )}
      {correction && <p class="memory-correction small">{correction}</p>}
      {makeBelieve && <p class="memory-make-believe small">{makeBelieve === 'story' ? 'Said in a story you asked for' : 'Said in a role-play'}: not about you.</p>}
      {why && <p class="memory-why small">{why}</p>}
      <MemoryMeta memory={memory} />
      {!editor.editing && (
        <MemoryRowActions
          memory={memory}
          busy={busy}
          offerForget={!confirmingForget}
          onEdit={editor.open}
          onTogglePin={() => run(() => actions.onTogglePin(memory))}
          onDelete={() => run(() => actions.onDelete(memory))}
          onForget={() => setConfirmingForget(true)}
        />
      )}
      {confirmingForget && (
        <ForgetConfirm
          busy={busy}
          onConfirm={() =>
            run(async () => {
              await actions.onForgetConversation(memory);
              setConfirmingForget(false);
            })
          }
          onCancel={() => setConfirmingForget(false)}
        />
      )}
    </li>
  );
}

function MemoryEditForm({
  editId,
  draft,
  busy,
  onDraft,
  onSave,
  onCancel,
}: {
  editId: string;
  draft: string;
  busy: boolean;
  onDraft: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="memory-edit">
      <label for={editId} class="visually-hidden">
        Edit memory
      </label>
      <textarea id={editId} value={draft} rows={4} onInput={(e) => onDraft((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="button" class="button primary" disabled={busy || !draft.trim()} onClick={onSave}>
          Save
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Kind, pinned, where and when it came from, and a link back to its conversation. */
function MemoryMeta({ memory }: { memory: MemoryRow }) {
  const link = safeHttpUrl(memory.url);
  return (
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
  );
}

/** Edit, Pin or Unpin, Delete, and "Forget this conversation" while that is not already being confirmed. */
function MemoryRowActions({
  memory,
  busy,
  offerForget,
  onEdit,
  onTogglePin,
  onDelete,
  onForget,
}: {
  memory: MemoryRow;
  busy: boolean;
  offerForget: boolean;
  onEdit: () => void;
  onTogglePin: () => void;
  onDelete: () => void;
  onForget: () => void;
}) {
  return (
    <div class="memory-actions row">
      <button type="button" class="link-button" onClick={onEdit}>
        Edit
      </button>
      <button
        type="button"
        class="link-button"
        title={PIN_HINT}
        aria-pressed={memory.pinned}
        disabled={busy}
        onClick={onTogglePin}
      >
        {memory.pinned ? 'Unpin' : 'Pin'}
      </button>
      <button
        type="button"
        class="link-button danger"
        disabled={busy}
        title="Deleted for good: Reverie will not learn it again."
        onClick={onDelete}
      >
        Delete
      </button>
      {memory.conversationKey && offerForget && (
        <button type="button" class="link-button danger" onClick={onForget}>
          Forget this conversation
        </button>
      )}
    </div>
  );
}

function ForgetConfirm({ busy, onConfirm, onCancel }: { busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div class="confirm" role="group" aria-label="Confirm forgetting the conversation">
      <p class="small">
        Forget everything from this whole conversation? This deletes it for good and can't be undone.
      </p>
      <div class="row">
        <button type="button" class="button danger" disabled={busy} onClick={onConfirm}>
          Forget conversation
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
