import { useEffect, useState } from 'preact/hooks';
import type { LastBlock, PreambleLine } from '../../messaging/protocol';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { formatDate, plural } from '../common/format';

const LAYER_NAMES: Record<PreambleLine['layer'], string> = { L1: 'Relevant', L2: 'Recent chats', L3: 'Lately', L4: 'About me' };

/**
 * Which memories went into the last block offered in this tab, with Remove: a memory removed here is deleted (with
 * the usual undo time) and is not offered again. Lines that are not one memory (a recent chat's title) have no Remove.
 */
export function BlockSources({ api, tabId, onChanged }: { api: ReverieApi; tabId: number; onChanged?: () => void }) {
  const [block, setBlock] = useState<LastBlock | null | undefined>(undefined);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.getLastBlock({ tabId }).then(setBlock, (e) => setError(errorMessage(e)));
  }, [api, tabId]);

  if (block === undefined && !error) return null;
  if (!block || block.lines.length === 0) return null;
  const remove = async (memoryId: string) => {
    try {
      await api.deleteMemory({ id: memoryId });
      setRemoved((set) => new Set(set).add(memoryId));
      onChanged?.();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const fromMemories = block.lines.filter((l) => l.memoryId).length;

  return (
    <details class="block-sources card">
      <summary>
        The block offered in this chat ({formatDate(block.at)}): {plural(fromMemories, 'memory', 'memories')}
      </summary>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <ul class="block-lines">
        {block.lines.map((line, i) => (
          <li key={`${line.memoryId ?? 'line'}-${i}`} class={line.memoryId && removed.has(line.memoryId) ? 'is-removed' : ''}>
            <span class="badge">{LAYER_NAMES[line.layer]}</span> <span class="block-line-text">{line.text}</span>
            {line.memoryId &&
              (removed.has(line.memoryId) ? (
                <span class="small muted"> Removed: it will not be offered again.</span>
              ) : (
                <button type="button" class="link-button" onClick={() => void remove(line.memoryId!)}>
                  Remove
                </button>
              ))}
          </li>
        ))}
      </ul>
    </details>
  );
}
