import { afterStart, domPoint, placeBlock, textOffset, typingSpot, type BlockPlace, type LinePos } from './block-place';
import { isTextControl, normaliseVisible, type ComposerKind, type TextControl } from './kinds';
import { columnOf, composerLines, lineOf } from './lines';
import { readComposerText } from './read';
import { pointAt } from './text-map';

type InsertMethod = 'execCommand' | 'paste' | 'beforeinput' | 'dom' | 'native-setter';

export interface InsertResult {
  ok: boolean;
  method?: InsertMethod;
  error?: string;
}

export interface InsertOptions {
  /** How long to let the editor react (re-render, revert, reconcile) before reading back. */
  settleMs?: number;
  /**
   * Runs each of Reverie's own synchronous steps (select the target, write): the caret guard (BlockGuard.quietly)
   * stands aside for exactly those, and keeps the user's caret out of the block the rest of the time, while the
   * editor settles too.
   */
  quiet?: <T>(step: () => T) => T;
}

const now = <T>(step: () => T): T => step();

const DEFAULT_SETTLE_MS = 30;

/**
 * Puts `text` at the start of a composer through the editor's own input path, then reads the composer back and
 * succeeds only if the editor shows it. Contenteditables (ProseMirror, tiptap, Quill, Lexical) get execCommand
 * insertText, then a synthetic paste, then beforeinput (and, when no editor claims that, a DOM edit plus `input`, which
 * mutation-driven editors such as Quill read back). React textareas get execCommand, then the native value setter plus
 * an `input` event. Never presses Enter or Send.
 */
export async function insertIntoComposer(
  el: HTMLElement,
  text: string,
  kind: ComposerKind,
  opts: InsertOptions = {},
): Promise<InsertResult> {
  if (!el.isConnected) return { ok: false, error: 'composer is not in the page' };
  const shows = () => normaliseVisible(readComposerText(el, kind)).includes(normaliseVisible(text));
  if (isTextControl(el)) return writeTextControl(el, 0, 0, text, () => el.value.includes(text), opts);
  return writeEditable(el, kind, () => startRange(el), text, shows, opts);
}

/**
 * Replaces the block Reverie wrote (`oldBlock`, found by its content, and only while it is there exactly as written)
 * with `newText`, keeping the user's caret in their message. The caller decides whether the block may be touched
 * (see ComposerSession).
 */
export async function replaceBlock(
  el: HTMLElement,
  oldBlock: string,
  newText: string,
  kind: ComposerKind,
  opts: InsertOptions = {},
): Promise<InsertResult> {
  if (!el.isConnected) return { ok: false, error: 'composer is not in the page' };
  const intact = () => {
    const place = placeBlock(el, oldBlock);
    return place?.intact ? place : null;
  };
  const place = intact();
  if (!place) return { ok: false, error: 'the block is not in the composer as it was written' };
  const shows = () => normaliseVisible(readComposerText(el, kind)).includes(normaliseVisible(newText));
  const span = (p: BlockPlace) => [{ line: p.first, col: 0 }, { line: p.last, col: p.lines[p.last]!.length }] as const;
  if (isTextControl(el)) {
    const [from, to] = span(place);
    return writeTextControl(el, textOffset(place, from), textOffset(place, to), newText, () => el.value.includes(newText), opts);
  }
  const caret = caretBelow(el, place);
  const range = () => {
    const now = intact();
    return now ? rangeOf(el, now, ...span(now)) : null;
  };
  const result = await writeEditable(el, kind, range, newText, shows, opts);
  if (result.ok && caret) restoreCaret(el, caret);
  return result;
}

/**
 * Deletes the block Reverie wrote (found by its content, as far as it is still there) and the blank line after it,
 * through the editor's own input path. Lines the user typed inside the block, and their text on its marker lines,
 * stay. Succeeds only when the block is gone and everything else the composer showed is still there.
 */
export async function removeBlockFromComposer(
  el: HTMLElement,
  block: string,
  kind: ComposerKind,
  opts: InsertOptions = {},
): Promise<InsertResult> {
  if (!el.isConnected) return { ok: false, error: 'composer is not in the page' };
  const place = placeBlock(el, block);
  if (!place) return { ok: false, error: 'no Reverie block in the composer' };
  const { from, to, keep } = removal(place);
  const text = place.lines.join('\n');
  const at = (pos: LinePos) => textOffset(place, pos);
  const rest = normaliseVisible(text.slice(0, at(from)) + keep + text.slice(at(to)));
  const gone = () => placeBlock(el, block) === null && normaliseVisible(readComposerText(el, kind)) === rest;
  if (isTextControl(el)) return writeTextControl(el, at(from), at(to), keep, gone, opts);
  return writeEditable(el, kind, () => rangeOf(el, placeNow(el, place), from, to), keep, gone, opts);
}

/**
 * What removing the block replaces, and with what: from the block's start to the user's text below it (past the
 * blank line Reverie wrote), replaced by the lines the user typed inside the block, if any.
 */
function removal(place: BlockPlace): { from: LinePos; to: LinePos; keep: string } {
  const head = place.cuts.get(place.first);
  const from = { line: place.first, col: head && head.from > 0 ? head.from : 0 };
  const spot = typingSpot(place);
  const to = spot.line > place.last ? spot : afterStart(place);
  const theirs = new Set(place.blockLines);
  const kept: string[] = [];
  for (let i = place.first; i <= place.last; i++) {
    if (!theirs.has(i) && !place.cuts.has(i) && place.lines[i]!.trim() !== '') kept.push(place.lines[i]!);
  }
  let keep = kept.join('\n');
  if (keep !== '' && to.col === 0 && to.line > place.last) keep += '\n';
  if (from.col > 0) keep = '\n' + keep; // the user's text before the start marker keeps its own line
  return { from, to, keep };
}

/** The composer's DOM lines now, with the line numbers found before the editor re-rendered. */
function placeNow(el: HTMLElement, place: BlockPlace): BlockPlace {
  return { ...place, dom: composerLines(el) };
}

// ---- textareas ----

async function writeTextControl(
  el: TextControl,
  start: number,
  end: number,
  text: string,
  shows: () => boolean,
  opts: InsertOptions,
): Promise<InsertResult> {
  const before = el.value;
  const caretFromEnd = before.length - (el.selectionEnd ?? before.length);
  const wanted = before.slice(0, start) + text + before.slice(end);
  const quiet = opts.quiet ?? now;
  const caret = () => placeTextCaret(el, start + text.length, caretFromEnd, end, before.length);
  el.focus({ preventScroll: true });

  const doc = el.ownerDocument;
  if (typeof doc.execCommand === 'function') {
    const ran = quiet(() => {
      el.setSelectionRange(start, end);
      try {
        const done = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
        // The caret goes back where the user had it at once: a key pressed while the editor settles goes there too.
        if (done && shows()) caret();
        return done;
      } catch {
        return false;
      }
    });
    await settle(opts);
    if (ran && shows()) return { ok: true, method: 'execCommand' };
    if (el.value !== before && !shows()) return { ok: false, error: 'the composer changed but does not show the text' };
  }

  // React tracks `el.value = …`; the prototype's setter bypasses the tracker so the input event reads as a change.
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  quiet(() => {
    if (setter) setter.call(el, wanted);
    else el.value = wanted;
    const inputType = text === '' ? 'deleteContentBackward' : 'insertText';
    el.dispatchEvent(new (doc.defaultView?.InputEvent ?? InputEvent)('input', { bubbles: true, inputType, data: text || null }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    if (shows()) caret();
  });
  await settle(opts);
  if (shows()) {
    caret();
    return { ok: true, method: 'native-setter' };
  }
  return { ok: false, error: 'the composer did not keep the text' };
}

/** After an insert at the start the caret goes after it; after a replace it stays where the user had it. */
function placeTextCaret(el: TextControl, afterInsert: number, caretFromEnd: number, end: number, oldLength: number) {
  const caretWasAfterBlock = oldLength - caretFromEnd >= end && end > 0;
  const pos = caretWasAfterBlock ? el.value.length - caretFromEnd : afterInsert;
  try {
    el.setSelectionRange(pos, pos);
  } catch {
    /* inputs of some types have no selection */
  }
}

// ---- contenteditables ----

async function writeEditable(
  el: HTMLElement,
  kind: ComposerKind,
  target: () => Range | null,
  text: string,
  shows: () => boolean,
  opts: InsertOptions,
): Promise<InsertResult> {
  const doc = el.ownerDocument;
  const before = readComposerText(el, kind);
  // '' deletes the target: the editor's delete command, then beforeinput as a Backspace over the selection.
  const methods: { name: InsertMethod; run: () => boolean }[] =
    text === ''
      ? [
          { name: 'execCommand', run: () => typeof doc.execCommand === 'function' && doc.execCommand('delete', false) },
          { name: 'beforeinput', run: () => dispatchDelete(el) },
        ]
      : kind === 'lexical' || kind === 'quill'
        ? // A multi-line insertText is half taken by these two (Lexical keeps the first line; Quill in Firefox drops
          // the line breaks the browser inserts as <br>), and they handle a paste whole.
          [
            { name: 'paste', run: () => dispatchPaste(el, text) },
            { name: 'beforeinput', run: () => dispatchBeforeInput(el, text) },
          ]
        : [
            { name: 'execCommand', run: () => execInsert(doc, text) },
            { name: 'paste', run: () => dispatchPaste(el, text) },
            { name: 'beforeinput', run: () => dispatchBeforeInput(el, text) },
          ];
  const quiet = opts.quiet ?? now;
  const tried: string[] = [];
  for (const method of methods) {
    const handled = quiet(() => {
      if (!select(el, target())) return null;
      try {
        return method.run();
      } catch {
        return false;
      }
    });
    if (handled === null) return { ok: false, error: 'could not place the caret in the composer' };
    await settle(opts);
    if (shows()) return { ok: true, method: method.name };
    if (method.name === 'beforeinput' && !handled) {
      // No editor claimed the event: do what the browser would, then tell mutation-driven editors with `input`.
      const placed = quiet(() => {
        if (!select(el, target())) return false;
        if (text === '') {
          const sel = doc.getSelection();
          if (sel && sel.rangeCount > 0) deleteSelection(el, sel.getRangeAt(0));
        } else domInsert(el, text);
        const inputType = text === '' ? 'deleteContentBackward' : 'insertText';
        el.dispatchEvent(new (doc.defaultView?.InputEvent ?? InputEvent)('input', { bubbles: true, inputType, data: text || null }));
        return true;
      });
      if (!placed) break;
      await settle(opts);
      if (shows()) return { ok: true, method: 'dom' };
    }
    tried.push(method.name);
    // Half an insertion must not be stacked under another attempt.
    if (readComposerText(el, kind) !== before) {
      return { ok: false, error: `the editor changed but does not show the text (after ${tried.join(', ')})` };
    }
  }
  return { ok: false, error: `the editor did not accept the text (tried ${tried.join(', ')})` };
}

function execInsert(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  return doc.execCommand('insertText', false, text);
}

function dataTransferWith(text: string): DataTransfer | null {
  try {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    return dt;
  } catch {
    return null;
  }
}

/** A synthetic paste: editors with paste handlers (ProseMirror, Quill, Lexical) insert the plain text themselves. */
function dispatchPaste(el: HTMLElement, text: string): boolean {
  const dt = dataTransferWith(text);
  if (!dt) return false;
  const Ctor = el.ownerDocument.defaultView?.ClipboardEvent ?? ClipboardEvent;
  const event = new Ctor('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
  // Firefox gives a constructed paste event an empty clipboard: an editor would replace the selection with nothing.
  if (event.clipboardData?.getData('text/plain') !== text) return false;
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/** beforeinput as the browser would send it for a paste, then as typed text; true when an editor handled one. */
function dispatchBeforeInput(el: HTMLElement, text: string): boolean {
  const Ctor = el.ownerDocument.defaultView?.InputEvent ?? InputEvent;
  const dt = dataTransferWith(text);
  const asPaste = new Ctor('beforeinput', {
    inputType: 'insertFromPaste',
    data: text,
    dataTransfer: dt,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  el.dispatchEvent(asPaste);
  if (asPaste.defaultPrevented) return true;
  const asText = new Ctor('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(asText);
  return asText.defaultPrevented;
}

/** beforeinput as the browser sends it for Backspace over a selection; true when an editor handled it. */
function dispatchDelete(el: HTMLElement): boolean {
  const Ctor = el.ownerDocument.defaultView?.InputEvent ?? InputEvent;
  const event = new Ctor('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The browser's own effect of inserting text at the selection: one paragraph per line, like Enter would make. */
function domInsert(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const range = deleteSelection(el, sel.getRangeAt(0));
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const block = closestBlock(range.startContainer, el);
  let caretNode: Node;
  let caretOffset: number;
  if (block) {
    // Move what follows the caret out of its paragraph, then build new paragraphs for lines 2..n.
    const tail = doc.createRange();
    tail.setStart(range.startContainer, range.startOffset);
    tail.setEnd(block, block.childNodes.length);
    const rest = tail.extractContents();
    const paragraphs: Element[] = [block];
    for (let i = 1; i < lines.length; i++) {
      const p = doc.createElement(block.tagName);
      paragraphs.at(-1)!.after(p);
      paragraphs.push(p);
    }
    let lastText: Text | null = null;
    lines.forEach((line, i) => {
      if (line === '') return;
      lastText = doc.createTextNode(line);
      paragraphs[i]!.appendChild(lastText);
    });
    const last = paragraphs.at(-1)!;
    const lastLineText = lines.at(-1) === '' ? null : lastText;
    last.appendChild(rest);
    for (const p of paragraphs) fillEmptyBlock(p);
    if (lastLineText) {
      caretNode = lastLineText;
      caretOffset = (lastLineText as Text).data.length;
    } else {
      caretNode = last;
      caretOffset = 0;
    }
  } else {
    const frag = doc.createDocumentFragment();
    lines.forEach((line, i) => {
      if (i > 0) frag.appendChild(doc.createElement('br'));
      frag.appendChild(doc.createTextNode(line));
    });
    const last = frag.lastChild!;
    range.insertNode(frag);
    caretNode = last;
    caretOffset = last.nodeType === 3 ? (last as Text).data.length : 0;
  }
  const caret = doc.createRange();
  caret.setStart(caretNode, caretOffset);
  caret.collapse(true);
  sel.removeAllRanges();
  sel.addRange(caret);
}

/**
 * Deletes the selected content; across paragraphs the first and last are joined, as the browser does. Done by hand
 * because Range.deleteContents differs between engines on partially selected blocks. Returns the collapsed range.
 */
function deleteSelection(el: HTMLElement, range: Range): Range {
  const doc = el.ownerDocument;
  if (range.collapsed) return range;
  const startBlock = closestBlock(range.startContainer, el);
  const endBlock = closestBlock(range.endContainer, el);
  if (!startBlock || !endBlock || startBlock === endBlock || startBlock.parentNode !== endBlock.parentNode) {
    range.deleteContents();
    return range;
  }
  for (let n = startBlock.nextSibling; n && n !== endBlock; ) {
    const next = n.nextSibling;
    n.remove();
    n = next;
  }
  const head = doc.createRange();
  head.setStart(range.startContainer, range.startOffset);
  head.setEnd(startBlock, startBlock.childNodes.length);
  head.deleteContents();
  const tail = doc.createRange();
  tail.setStart(endBlock, 0);
  tail.setEnd(range.endContainer, range.endOffset);
  tail.deleteContents();
  for (const n of Array.from(startBlock.childNodes)) if (n.nodeName === 'BR') n.remove();
  const join = startBlock.childNodes.length;
  startBlock.append(...Array.from(endBlock.childNodes));
  endBlock.remove();
  const collapsed = doc.createRange();
  collapsed.setStart(startBlock, join);
  collapsed.collapse(true);
  return collapsed;
}

function fillEmptyBlock(block: Element): void {
  // Drop empty text nodes and stray trailing breaks; an empty paragraph keeps one <br> so it has height.
  for (const n of Array.from(block.childNodes)) if (n.nodeType === 3 && (n as Text).data === '') n.remove();
  const hasText = (block.textContent ?? '') !== '';
  if (hasText) {
    const last = block.lastChild;
    if (last && last.nodeName === 'BR' && last.previousSibling) last.remove();
  } else if (!block.querySelector('br')) block.appendChild(block.ownerDocument.createElement('br'));
}

function closestBlock(node: Node, root: HTMLElement): Element | null {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n !== root) {
    if (n.nodeType === 1 && /^(P|DIV|LI|H[1-6]|PRE|BLOCKQUOTE)$/.test((n as Element).tagName)) return n as Element;
    n = n.parentNode;
  }
  return null;
}

/** A collapsed range at the very start of the editor's first line. */
function startRange(el: HTMLElement): Range {
  const range = el.ownerDocument.createRange();
  let node: Node = el;
  while (node.firstChild && !(node.firstChild.nodeType === 1 && (node.firstChild as Element).tagName === 'BR')) {
    node = node.firstChild;
    if (node.nodeType === 3) break;
  }
  range.setStart(node, 0);
  range.collapse(true);
  return range;
}

/** The DOM range between two (line, column) positions of a composer. */
function rangeOf(el: HTMLElement, place: BlockPlace, from: LinePos, to: LinePos): Range | null {
  const a = domPoint(place, from);
  const b = domPoint(place, to);
  if (!a || !b) return null;
  const range = el.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The user's caret below the block, as (lines from the end, column): what a new block above leaves unchanged. */
function caretBelow(el: HTMLElement, place: BlockPlace): { fromEnd: number; column: number } | null {
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.focusNode || !el.contains(sel.focusNode)) return null;
  const dom = place.dom!;
  const line = lineOf(dom.lines, sel.focusNode, sel.focusOffset);
  if (line <= place.last) return null;
  return { fromEnd: dom.lines.length - line, column: columnOf(dom, el, line, sel.focusNode, sel.focusOffset) };
}

/** Puts the caret back on the user's line and keeps it in view: a longer block must not push the message away. */
function restoreCaret(el: HTMLElement, caret: { fromEnd: number; column: number }): void {
  const dom = composerLines(el);
  const line = dom.lines[dom.lines.length - caret.fromEnd];
  if (!line) return;
  const point =
    caret.column === 0 || line.text === '' ? line.caret : pointAt(dom.map, line.flatStart + Math.min(caret.column, line.text.length), true);
  if (!point) return;
  select(el, collapsedAt(el, point.node, point.offset));
  const holder = point.node.nodeType === 1 ? (point.node as Element) : point.node.parentElement;
  holder?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

function collapsedAt(el: HTMLElement, node: Node, offset: number): Range {
  const r = el.ownerDocument.createRange();
  r.setStart(node, offset);
  r.collapse(true);
  return r;
}

function select(el: HTMLElement, range: Range | null): boolean {
  if (!range) return false;
  const doc = el.ownerDocument;
  el.focus({ preventScroll: true });
  const sel = doc.getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  // Editors read the DOM selection into their own on `selectionchange`, which the browser fires a task later: a paste
  // handled before then would go where their old selection was.
  doc.dispatchEvent(new Event('selectionchange'));
  return true;
}

function settle(opts: InsertOptions): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, opts.settleMs ?? DEFAULT_SETTLE_MS));
}
