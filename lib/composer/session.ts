import { parsePreamble } from '../preamble/format';
import { insertIntoComposer, replaceBlock, type InsertOptions, type InsertResult } from './insert';
import { normaliseVisible, type ComposerKind } from './kinds';
import { readComposerText } from './read';

/** What became of the block Reverie put in the composer. */
export type BlockState = 'intact' | 'edited' | 'removed';

/** Put after the block so the caret (and the user's message) starts on a fresh paragraph. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * One inserted block in one composer. Remembers exactly what Reverie wrote, so it can tell an untouched block (which
 * it may refresh) from one the user edited or deleted (which it must leave alone from then on).
 */
export class ComposerSession {
  private written: string;
  private userTouched = false;

  private constructor(
    readonly el: HTMLElement,
    readonly kind: ComposerKind,
    block: string,
    private readonly opts: InsertOptions,
  ) {
    this.written = block;
  }

  /** Inserts `block` at the start of the composer; a session when the editor verifiably shows it. */
  static async insert(
    el: HTMLElement,
    kind: ComposerKind,
    block: string,
    opts: InsertOptions = {},
  ): Promise<{ session: ComposerSession | null; result: InsertResult }> {
    const result = await insertIntoComposer(el, block + BLOCK_SEPARATOR, kind, opts);
    return { session: result.ok ? new ComposerSession(el, kind, block, opts) : null, result };
  }

  /** The block as Reverie last wrote it. */
  get blockText(): string {
    return this.written;
  }

  state(): BlockState {
    if (this.userTouched) return 'edited';
    if (!this.el.isConnected) return 'removed';
    const parsed = parsePreamble(readComposerText(this.el, this.kind));
    if (!parsed.found) return 'removed';
    if (!parsed.terminated || normaliseVisible(parsed.block) !== normaliseVisible(this.written)) {
      this.userTouched = true; // once edited, always edited: a later identical text is still the user's
      return 'edited';
    }
    return 'intact';
  }

  /** What the user has typed, without the block. */
  userMessage(): string {
    if (!this.el.isConnected) return '';
    return parsePreamble(readComposerText(this.el, this.kind)).message;
  }

  /** Replaces the block with `next` only while it is exactly as Reverie left it. */
  async refresh(next: string): Promise<InsertResult & { skipped?: 'edited' | 'removed' | 'unchanged' }> {
    const state = this.state();
    if (state !== 'intact') return { ok: false, skipped: state };
    if (next === this.written) return { ok: true, skipped: 'unchanged' };
    const result = await replaceBlock(this.el, next, this.kind, this.opts);
    if (result.ok) this.written = next;
    return result;
  }
}
