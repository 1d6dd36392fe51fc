import { stripPreamble } from '../preamble/delimiters';
import { placeBlock } from './block-place';
import { BlockGuard } from './guard';
import { insertIntoComposer, removeBlockFromComposer, replaceBlock, type InsertOptions, type InsertResult } from './insert';
import { rememberInsertedBlock } from './inserted-blocks';
import type { ComposerKind } from './kinds';
import { readComposerText } from './read';

/** What became of the block Reverie put in the composer. */
export type BlockState = 'intact' | 'edited' | 'removed';

/** Put after the block so the caret (and the user's message) starts on a fresh paragraph. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * One inserted block in one composer. Remembers exactly what Reverie wrote, so it can find the block by its content,
 * keep the user's caret out of it (BlockGuard), tell an untouched block (which it may refresh) from one the user
 * edited or deleted (which it must leave alone from then on), and take it out again without touching the user's text.
 */
export class ComposerSession {
  private written: string;
  /** The block being written over the current one (a refresh in flight). */
  private writing: string | null = null;
  private userTouched = false;
  private readonly guard: BlockGuard;

  private constructor(
    readonly el: HTMLElement,
    readonly kind: ComposerKind,
    block: string,
    private readonly opts: InsertOptions,
    signal?: AbortSignal,
  ) {
    this.written = block;
    this.guard = new BlockGuard(el, () => (this.writing === null ? [this.written] : [this.writing, this.written]), signal);
  }

  /**
   * Inserts `block` at the start of the composer; a session when the editor verifiably shows it. The session's guard
   * listens from the moment the block is written (not once the editor has settled: the user may already be typing)
   * until `signal` aborts, the composer leaves the page, or `detach()`.
   */
  static async insert(
    el: HTMLElement,
    kind: ComposerKind,
    block: string,
    opts: InsertOptions = {},
    signal?: AbortSignal,
  ): Promise<{ session: ComposerSession | null; result: InsertResult }> {
    const session = new ComposerSession(el, kind, block, opts, signal);
    rememberInsertedBlock(block); // before it can be sent
    const result = await insertIntoComposer(el, block + BLOCK_SEPARATOR, kind, { ...opts, quiet: session.guard.quietly });
    if (!result.ok) {
      session.detach();
      return { session: null, result };
    }
    return { session, result };
  }

  /** The block as Reverie last wrote it. */
  get blockText(): string {
    return this.written;
  }

  state(): BlockState {
    if (!this.el.isConnected) return 'removed';
    const place = placeBlock(this.el, this.written);
    if (!place) return 'removed';
    if (this.userTouched || !place.intact) {
      this.userTouched = true; // once edited, always edited: a later identical text is still the user's
      return 'edited';
    }
    return 'intact';
  }

  /** What the user has typed, without the block (taken out by its content: nothing the user typed goes). */
  userMessage(): string {
    if (!this.el.isConnected) return '';
    return stripPreamble(readComposerText(this.el, this.kind), [this.written]);
  }

  /** Replaces the block with `next` only while it is exactly as Reverie left it. */
  async refresh(next: string): Promise<InsertResult & { skipped?: 'edited' | 'removed' | 'unchanged' | 'selected' }> {
    const state = this.state();
    if (state !== 'intact') return { ok: false, skipped: state };
    if (next === this.written) return { ok: true, skipped: 'unchanged' };
    // The user holds the whole block selected (to delete it, or type over it): writing now would take that away.
    if (this.guard.holdsWholeBlock()) return { ok: true, skipped: 'selected' };
    this.writing = next;
    rememberInsertedBlock(next); // before it can be sent
    try {
      const result = await replaceBlock(this.el, this.written, next, this.kind, { ...this.opts, quiet: this.guard.quietly });
      if (result.ok) this.written = next;
      return result;
    } finally {
      this.writing = null;
    }
  }

  /** Takes the block (and the blank line after it) out of the composer; the user's text stays as it is. */
  async removeBlock(): Promise<InsertResult> {
    const result = await removeBlockFromComposer(this.el, this.written, this.kind, { ...this.opts, quiet: this.guard.quietly });
    if (result.ok) this.guard.detach();
    return result;
  }

  /** Stops guarding the caret (the block is gone, or the page moved on). */
  detach(): void {
    this.guard.detach();
  }
}
