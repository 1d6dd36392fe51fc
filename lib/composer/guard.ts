import { afterStart, domPoint, placeBlock, textOffset, textPos, typingSpot, zoneOf, type BlockPlace, type LinePos } from './block-place';
import { isTextControl, type TextControl } from './kinds';
import { columnOf, lineOf } from './lines';

/**
 * Keeps the user's caret out of Reverie's block, so the block is one unit: it can be kept or deleted whole, never
 * typed into. The editors (ProseMirror, tiptap, Quill, Lexical) own their DOM, so nothing is marked non-editable in
 * it; the rule is held from outside, on the browser's own events:
 * - a caret or selection that lands in the block (click, arrow keys, a page script) is moved to the start of the
 *   user's text below it; a selection reaching from the block into the user's text keeps only the user's part; a
 *   selection over the whole block (select all) is left, so the block can be deleted or typed over whole;
 * - an edit that would still start in the block (a key pressed before the browser reported the click) is moved there
 *   first, and the editor is told at once (a `selectionchange`) so its own model moves too;
 * - Backspace or Delete inside the block, or Backspace at the start of the user's text below it, selects the whole
 *   block: a second press deletes it;
 * - drops into the block are refused, and so is any other edit aimed inside it (a spelling correction).
 * Only the user's own (trusted) key, input, paste and drop events are acted on. The block is found by its content
 * each time (`blocks()`), so a refresh or an edit elsewhere never confuses it; once it is gone the guard does nothing.
 */
export class BlockGuard {
  private readonly listeners = new AbortController();
  private paused = 0;
  private pointerDown = false;

  /**
   * `blocks`: the texts the block may stand as right now (what Reverie wrote, and what it is writing over it during a
   * refresh); the first one found is guarded.
   */
  constructor(
    private readonly el: HTMLElement,
    private readonly blocks: () => readonly string[],
    signal?: AbortSignal,
  ) {
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    const opts = { capture: true, signal: this.listeners.signal };
    signal?.addEventListener('abort', () => this.detach(), { once: true });
    doc.addEventListener('selectionchange', this.onSelectionChange, opts);
    // Textareas report their own selection changes (and older browsers only through these).
    if (isTextControl(el)) for (const type of ['selectionchange', 'select', 'focus', 'keyup']) el.addEventListener(type, this.onSelectionChange, opts);
    el.addEventListener('mousedown', this.onPointerDown, opts);
    win?.addEventListener('mouseup', this.onPointerUp, opts);
    // On the window, capturing: before the editor's own handlers on the composer.
    win?.addEventListener('keydown', this.onKeyDown, opts);
    win?.addEventListener('beforeinput', this.onBeforeInput, opts);
    win?.addEventListener('paste', this.onPasteOrComposition, opts);
    win?.addEventListener('compositionstart', this.onPasteOrComposition, opts);
    win?.addEventListener('drop', this.onDrop, opts);
  }

  detach(): void {
    this.listeners.abort();
  }

  /** Reverie's own synchronous steps select the block on purpose: the guard stands aside for `step` only. */
  readonly quietly = <T>(step: () => T): T => {
    this.paused++;
    try {
      return step();
    } finally {
      this.paused--;
    }
  };

  /** Where the block stands now, as any of the texts it may have. */
  private place(): BlockPlace | null {
    for (const block of this.blocks()) {
      const place = placeBlock(this.el, block);
      if (place) return place;
    }
    return null;
  }

  /**
   * Whether the user's selection holds the whole block (Backspace selected it to delete it, or they selected it
   * themselves): a refresh now would write over what they are about to delete or type over.
   */
  holdsWholeBlock(): boolean {
    if (!this.el.isConnected || !this.selectionInside()) return false;
    const place = this.place();
    if (!place) return false;
    const blockStart = { line: place.first, col: place.cuts.get(place.first)?.from ?? 0 };
    const covers = (a: LinePos, b: LinePos) =>
      a.line === blockStart.line && a.col === blockStart.col && zoneOf(place, b) === 'after';
    if (isTextControl(this.el)) {
      const start = this.el.selectionStart ?? 0;
      const end = this.el.selectionEnd ?? start;
      return start !== end && covers(textPos(place, start), textPos(place, end));
    }
    const sel = this.el.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return false;
    const range = sel.getRangeAt(0);
    if (!this.el.contains(range.startContainer) || !this.el.contains(range.endContainer)) return false;
    return covers(this.posOf(place, range.startContainer, range.startOffset), this.posOf(place, range.endContainer, range.endOffset));
  }

  /** Moves a caret or selection that reaches into the block out of it; true when it moved one. */
  enforce(): boolean {
    if (this.paused > 0 || !this.el.isConnected || !this.selectionInside()) return false;
    const place = this.place();
    if (!place) return false;
    return isTextControl(this.el) ? this.enforceText(this.el, place) : this.enforceEditable(place);
  }

  private readonly onSelectionChange = (): void => {
    if (!this.el.isConnected) {
      this.detach();
      return;
    }
    // While the user drags a selection, let them; it is settled when the button comes up.
    if (!this.pointerDown) this.enforce();
  };

  private readonly onPointerDown = (): void => {
    this.pointerDown = true;
  };

  private readonly onPointerUp = (): void => {
    if (!this.pointerDown) return;
    this.pointerDown = false;
    if (this.enforce()) this.tellEditor();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted || !this.focused() || !editsText(event)) return;
    this.pointerDown = false;
    // Deleting into the block selects it whole: the next Backspace or Delete takes it away as one unit.
    if ((event.key === 'Backspace' || event.key === 'Delete') && this.selectBlockToDelete(event.key)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.enforce()) this.tellEditor();
  };

  private readonly onBeforeInput = (event: InputEvent): void => {
    if (!event.isTrusted || !this.focused()) return;
    if (this.enforce()) this.tellEditor();
    // Whatever still aims inside the block (a spelling correction's target) is refused.
    if (event.cancelable && this.targetsBlock(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  private readonly onPasteOrComposition = (event: Event): void => {
    if (!event.isTrusted || !this.focused()) return;
    if (this.enforce()) this.tellEditor();
  };

  private readonly onDrop = (event: DragEvent): void => {
    // A textarea gives no point for coordinates; its caret rule catches what a drop would type into the block.
    if (!event.isTrusted || isTextControl(this.el) || !this.el.contains(event.target as Node | null)) return;
    const place = this.place();
    if (!place || this.paused > 0) return;
    const at = pointFromCoordinates(this.el.ownerDocument, event.clientX, event.clientY);
    if (at && this.el.contains(at.node) && this.inBlock(place, at.node, at.offset)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  /** Cheap first: most selection changes on a page are nowhere near the composer. */
  private selectionInside(): boolean {
    if (isTextControl(this.el)) return this.el.ownerDocument.activeElement === this.el;
    const sel = this.el.ownerDocument.getSelection();
    return !!sel && sel.rangeCount > 0 && !!sel.anchorNode && this.el.contains(sel.anchorNode);
  }

  private focused(): boolean {
    const doc = this.el.ownerDocument;
    const active = doc.activeElement;
    return !!active && (active === this.el || this.el.contains(active) || (active as HTMLElement).isContentEditable && active.contains(this.el));
  }

  /** Editors keep their own selection, read from the DOM on `selectionchange`: tell them now, not a task later. */
  private tellEditor(): void {
    this.el.ownerDocument.dispatchEvent(new Event('selectionchange'));
  }

  // ---- where things are ----

  private posOf(place: BlockPlace, node: Node, offset: number): LinePos {
    const line = lineOf(place.dom!.lines, node, offset);
    return { line, col: columnOf(place.dom!, this.el, line, node, offset) };
  }

  private inBlock(place: BlockPlace, node: Node, offset: number): boolean {
    return zoneOf(place, this.posOf(place, node, offset)) === 'block';
  }

  /** What to do with a selection from `a` to `b` (document order): leave it, keep its part below the block, or move it. */
  private static verdict(place: BlockPlace, a: LinePos, b: LinePos): 'leave' | 'clamp' | 'move' {
    const collapsed = a.line === b.line && a.col === b.col;
    // A selection that starts right at the block's first character takes all of it with it.
    const atStart = a.line === place.first && a.col === (place.cuts.get(place.first)?.from ?? 0);
    const za = !collapsed && atStart ? 'before' : zoneOf(place, a);
    const zb = zoneOf(place, b);
    if (za !== 'block' && zb !== 'block') return 'leave'; // outside it, or over all of it (select all)
    if (za === 'block' && zb === 'after' && !collapsed) return 'clamp';
    return 'move';
  }

  // ---- textareas ----

  private enforceText(el: TextControl, place: BlockPlace): boolean {
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? start;
    const verdict = BlockGuard.verdict(place, textPos(place, start), textPos(place, end));
    if (verdict === 'leave') return false;
    if (verdict === 'clamp') el.setSelectionRange(textOffset(place, clampStart(place, textPos(place, end))), end, el.selectionDirection ?? 'none');
    else {
      const to = textOffset(place, typingSpot(place));
      el.setSelectionRange(to, to);
    }
    return true;
  }

  // ---- contenteditables ----

  private enforceEditable(place: BlockPlace): boolean {
    const sel = this.el.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return false;
    if (!this.el.contains(sel.anchorNode) || !this.el.contains(sel.focusNode)) return false;
    const range = sel.getRangeAt(0);
    const a = this.posOf(place, range.startContainer, range.startOffset);
    const b = this.posOf(place, range.endContainer, range.endOffset);
    const verdict = BlockGuard.verdict(place, a, b);
    if (verdict === 'leave') return false;
    if (verdict === 'clamp') {
      // Across the block's end: keep the part in the user's text, in the direction the user made it.
      const from = domPoint(place, clampStart(place, b));
      if (!from) return false;
      const backwards = sel.focusNode === range.startContainer && sel.focusOffset === range.startOffset;
      if (backwards) sel.setBaseAndExtent(range.endContainer, range.endOffset, from.node, from.offset);
      else sel.setBaseAndExtent(from.node, from.offset, range.endContainer, range.endOffset);
      return true;
    }
    const to = domPoint(place, typingSpot(place));
    if (!to) return false;
    sel.setBaseAndExtent(to.node, to.offset, to.node, to.offset);
    return true;
  }

  /**
   * Backspace or Delete with the caret inside the block, or Backspace right at the start of the user's text below it:
   * select the whole block instead (true when it did).
   */
  private selectBlockToDelete(key: string): boolean {
    if (this.paused > 0) return false;
    const place = this.place();
    if (!place) return false;
    const start = afterStart(place);
    const blockStart = { line: place.first, col: place.cuts.get(place.first)?.from ?? 0 };
    const wanted = (at: LinePos) =>
      zoneOf(place, at) === 'block' || (key === 'Backspace' && at.line === start.line && at.col === start.col);
    if (isTextControl(this.el)) {
      const el = this.el;
      const at = el.selectionStart ?? 0;
      if (at !== el.selectionEnd || !wanted(textPos(place, at))) return false;
      el.setSelectionRange(textOffset(place, blockStart), textOffset(place, start), 'backward');
      return true;
    }
    const sel = this.el.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !sel.focusNode || !this.el.contains(sel.focusNode)) return false;
    if (!wanted(this.posOf(place, sel.focusNode, sel.focusOffset))) return false;
    const from = domPoint(place, blockStart);
    const to = domPoint(place, start);
    if (!from || !to) return false;
    sel.setBaseAndExtent(to.node, to.offset, from.node, from.offset);
    this.tellEditor();
    return true;
  }

  private targetsBlock(event: InputEvent): boolean {
    if (isTextControl(this.el) || typeof event.getTargetRanges !== 'function') return false;
    const place = this.place();
    if (!place) return false;
    for (const r of event.getTargetRanges()) {
      if (!this.el.contains(r.startContainer) || !this.el.contains(r.endContainer)) continue;
      const verdict = BlockGuard.verdict(place, this.posOf(place, r.startContainer, r.startOffset), this.posOf(place, r.endContainer, r.endOffset));
      if (verdict !== 'leave') return true;
    }
    return false;
  }
}

/**
 * Where a selection reaching up into the block starts instead: at the user's first line, leaving the blank line that
 * separates it from the block (Firefox, typing over a selection that starts right after a line break, takes the break
 * too, and the user's text would join the end marker's line); on that blank line only when the selection ends on it.
 */
function clampStart(place: BlockPlace, end: LinePos): LinePos {
  const spot = typingSpot(place);
  return end.line > spot.line || (end.line === spot.line && end.col >= spot.col) ? spot : afterStart(place);
}

/** Keys whose default action changes the text at the caret (or replaces the selection). */
function editsText(event: KeyboardEvent): boolean {
  if (event.isComposing) return false;
  if (event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter' || event.key === 'Tab') return true;
  if (event.ctrlKey || event.metaKey) return event.key === 'v' || event.key === 'V' || event.key === 'x' || event.key === 'X';
  return event.key.length === 1 || event.key === 'Unidentified' || event.key === 'Process';
}

function pointFromCoordinates(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const p = withPosition.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const r = typeof withRange.caretRangeFromPoint === 'function' ? withRange.caretRangeFromPoint(x, y) : null;
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
