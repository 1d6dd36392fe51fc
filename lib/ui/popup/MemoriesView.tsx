import { useEffect, useRef, useState } from 'preact/hooks';
import type { MemoryRow } from '../../db/schema';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { plural } from '../common/format';
import { Toast, type ToastState } from '../common/Toast';
import { MemoryItem, type MemoryActions } from './MemoryItem';

export const RECENT_LIMIT = 50;
export const SEARCH_K = 30;

/**
 * Search box over a memory list. Empty query: the most recent memories; otherwise search results. Every change
 * to a memory goes through the api and then updates the list in place.
 */
export function MemoriesView({
  api,
  debounceMs = 250,
  onChanged,
}: {
  api: ReverieApi;
  debounceMs?: number;
  /** Called after a change that alters counts (delete, forget), so the status can refresh. */
  onChanged?: () => void;
}) {
  const [query, setQuery] = useState('');
  const [memories, setMemories] = useState<MemoryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The query the shown list answers ('' for recent memories): until a search returns, the old list stays and says so.
  const [listQuery, setListQuery] = useState('');
  const [toast, setToast] = useState<ToastState | null>(null);
  // Only the latest request may fill the list: a slow earlier search must not overwrite a newer one.
  const requestSeq = useRef(0);
  const toastSeq = useRef(0);

  useEffect(() => {
    const seq = ++requestSeq.current;
    const trimmed = query.trim();
    const load = async () => {
      try {
        const rows = trimmed
          ? (await api.searchMemories({ query: trimmed, k: SEARCH_K })).map((hit) => hit.memory)
          : await api.listMemories({ limit: RECENT_LIMIT });
        if (seq !== requestSeq.current) return;
        setMemories(rows.filter((m) => m.status !== 'deleted'));
        setListQuery(trimmed);
        setError(null);
      } catch (e) {
        if (seq === requestSeq.current) setError(errorMessage(e));
      }
    };
    if (!trimmed) {
      void load();
      return;
    }
    const timer = setTimeout(load, debounceMs);
    return () => clearTimeout(timer);
  }, [query, api, debounceMs]);

  const showToast = (message: string, actionLabel?: string, onAction?: () => void) =>
    setToast({ id: ++toastSeq.current, message, actionLabel, onAction });

  const replace = (row: MemoryRow) => setMemories((list) => list?.map((m) => (m.id === row.id ? row : m)) ?? null);

  const guarded = (action: (m: MemoryRow, ...rest: string[]) => Promise<void>) =>
    async (m: MemoryRow, ...rest: string[]) => {
      try {
        await action(m, ...rest);
      } catch (e) {
        showToast(errorMessage(e));
        throw e; // so the item stays as it was (e.g. keeps the editor open)
      }
    };

  const actions: MemoryActions = {
    onSave: guarded(async (memory, text) => {
      replace(await api.updateMemory({ id: memory.id, text }));
    }),
    onTogglePin: guarded(async (memory) => {
      replace(await api.updateMemory({ id: memory.id, pinned: !memory.pinned }));
    }),
    onDelete: guarded(async (memory) => {
      const index = memories?.findIndex((m) => m.id === memory.id) ?? -1;
      await api.deleteMemory({ id: memory.id });
      setMemories((list) => list?.filter((m) => m.id !== memory.id) ?? null);
      onChanged?.();
      showToast('Memory deleted for good.', 'Undo', async () => {
        setToast(null);
        try {
          const restored = await api.undoDeleteMemory({ id: memory.id });
          setMemories((list) => {
            const next = (list ?? []).filter((m) => m.id !== restored.id);
            next.splice(index < 0 ? 0 : Math.min(index, next.length), 0, restored);
            return next;
          });
          onChanged?.();
          showToast('Memory restored.');
        } catch (e) {
          showToast(errorMessage(e));
        }
      });
    }),
    onForgetConversation: guarded(async (memory) => {
      if (!memory.conversationKey) return;
      const key = memory.conversationKey;
      const { deleted } = await api.forgetConversation({ conversationKey: key });
      setMemories((list) => list?.filter((m) => m.conversationKey !== key) ?? null);
      onChanged?.();
      showToast(`Conversation forgotten: ${plural(deleted, 'memory', 'memories')} deleted for good.`);
    }),
  };

  const searching = listQuery.length > 0;

  return (
    <div class="memories">
      <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
        <label for="memory-search">Search your memories</label>
        <input
          id="memory-search"
          type="search"
          value={query}
          placeholder="e.g. travel plans, my dog's name"
          autoComplete="off"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </form>
      <h2 class="section-title">{searching ? 'Results' : 'Recent memories'}</h2>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {memories === null && !error && <p class="muted">Loading…</p>}
      {memories && memories.length === 0 && (
        <p class="muted">{searching ? 'Nothing found.' : 'No memories yet. Chat on a supported site and they will appear here.'}</p>
      )}
      {memories && memories.length > 0 && (
        <ul class="memory-list" aria-label={searching ? 'Search results' : 'Recent memories'}>
          {memories.map((memory) => (
            <MemoryItem key={memory.id} memory={memory} actions={actions} />
          ))}
        </ul>
      )}
      <Toast toast={toast} onDismiss={() => setToast(null)} />
    </div>
  );
}
