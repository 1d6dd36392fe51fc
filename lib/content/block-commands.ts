import type { ControlOutcome } from '../messaging/protocol';
import type { BlockCommands } from './controls';

/** The warm start's entry points for the block shortcuts (lib/composer/warm-start.ts). */
interface WarmStartBlock {
  insertBlockNow(): Promise<{ ok: boolean; error?: string }>;
  removeBlock(): Promise<{ ok: boolean; error?: string }>;
}

/**
 * The block shortcuts in the indicator's words: the warm start does the work (it knows the block it placed and takes
 * out exactly that, keeping what the user typed); this only says what happened.
 */
export function blockCommands(warmStart: WarmStartBlock): BlockCommands {
  return {
    insertNow: async () => said(await warmStart.insertBlockNow(), 'Reverie block inserted: delete it if not wanted.', 'No block was inserted'),
    removeNow: async () => said(await warmStart.removeBlock(), 'Reverie block removed; what you typed stays.', 'Nothing was removed'),
  };
}

function said(result: { ok: boolean; error?: string }, done: string, failed: string): ControlOutcome {
  return result.ok ? { ok: true, message: done } : { ok: false, message: result.error ? `${failed}: ${result.error}.` : `${failed}.` };
}
