import type { MemoryRow } from '../../db/schema';
import { UNDO_WINDOW_MS } from '../../engine/erase';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { plural } from '../common/format';
import type { Entry } from './MemoriesView';
import type { MemoryActions } from './MemoryItem';

type SetEntries = (update: (list: Entry[] | null) => Entry[] | null) => void;

/** What the list's actions read and change: the api, the shown list, its toast, and who hears of changed counts. */
interface MemoryListDeps {
  api: ReverieApi;
  entries: Entry[] | null;
  setEntries: SetEntries;
  showToast: (message: string, actionLabel?: string, onAction?: () => void) => void;
  hideToast: () => void;
  /** Called after a change that alters counts (delete, forget), so the status can refresh. */
  onChanged?: () => void;
}

/** Every change to a memory goes through the api and then updates the list in place; a failure is shown in a toast. */
export function memoryActions(deps: MemoryListDeps): MemoryActions {
  const { api, setEntries, showToast, onChanged } = deps;
  const replace = (row: MemoryRow) =>
    setEntries((list) => list?.map((e) => (e.memory.id === row.id ? { ...e, memory: row } : e)) ?? null);

  const guarded = (action: (m: MemoryRow, ...rest: string[]) => Promise<void>) =>
    async (m: MemoryRow, ...rest: string[]) => {
      try {
        await action(m, ...rest);
      } catch (e) {
        showToast(errorMessage(e));
        throw e; // so the item stays as it was (e.g. keeps the editor open)
      }
    };

  return {
    onSave: guarded(async (memory, text) => {
      replace(await api.updateMemory({ id: memory.id, text }));
    }),
    onTogglePin: guarded(async (memory) => {
      replace(await api.updateMemory({ id: memory.id, pinned: !memory.pinned }));
    }),
    onDelete: guarded((memory) => deleteWithUndo(deps, memory)),
    onForgetConversation: guarded(async (memory) => {
      if (!memory.conversationKey) return;
      const key = memory.conversationKey;
      const { deleted } = await api.forgetConversation({ conversationKey: key });
      setEntries((list) => list?.filter((e) => e.memory.conversationKey !== key) ?? null);
      onChanged?.();
      showToast(`Conversation forgotten: ${plural(deleted, 'memory', 'memories')} deleted for good.`);
    }),
  };
}

/** Deletes the memory and offers Undo while the engine still can; undone, it goes back where it was in the list. */
async function deleteWithUndo({ api, entries, setEntries, showToast, hideToast, onChanged }: MemoryListDeps, memory: MemoryRow) {
  const index = entries?.findIndex((e) => e.memory.id === memory.id) ?? -1;
  const removed = index >= 0 ? entries![index]! : { memory };
  await api.deleteMemory({ id: memory.id });
  setEntries((list) => list?.filter((e) => e.memory.id !== memory.id) ?? null);
  onChanged?.();
  showToast(`Memory deleted. You can undo for ${UNDO_WINDOW_MS / 1000} seconds; then its words are erased from Reverie for good: memories, saved chats, titles and future backups.`, 'Undo', async () => {
    hideToast();
    try {
      const restored = await api.undoDeleteMemory({ id: memory.id });
      setEntries((list) => {
        const next = (list ?? []).filter((e) => e.memory.id !== restored.id);
        next.splice(index < 0 ? 0 : Math.min(index, next.length), 0, { ...removed, memory: restored });
        return next;
      });
      onChanged?.();
      showToast('Memory restored.');
    } catch (e) {
      showToast(errorMessage(e));
    }
  });
}
