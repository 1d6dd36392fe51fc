import { findPreambleSpans } from '../preamble/delimiters';
import { isTextControl, normaliseVisible, type ComposerKind, type TextControl } from './kinds';
import { readComposerText } from './read';
import { buildTextMap, offsetOf, pointAt } from './text-map';

type InsertMethod = 'execCommand' | 'paste' | 'beforeinput' | 'dom' | 'native-setter';

export interface InsertResult {
  ok: boolean;
  method?: InsertMethod;
  error?: string;
}

export interface InsertOptions {
  /** How long to let the editor react (re-render, revert, reconcile) before reading back. */
  settleMs?: number;
}

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
  if (isTextControl(el)) return writeTextControl(el, 0, 0, text, text, opts);
  return writeEditable(el, kind, () => startRange(el), text, opts);
}

/**
 * Replaces the Reverie block already in the composer with `newText` (select the old block, insert over it), keeping
 * the user's caret in their message. The caller decides whether the block may be touched (see ComposerSession).
 */
export async function replaceBlock(
  el: HTMLElement,
  newText: string,
  kind: ComposerKind,
  opts: InsertOptions = {},
): Promise<InsertResult> {
  if (!el.isConnected) return { ok: false, error: 'composer is not in the page' };
  if (isTextControl(el)) {
    const span = findPreambleSpans(el.value).find((s) => s.terminated);
    if (!span) return { ok: false, error: 'no Reverie block in the composer' };
    return writeTextControl(el, span.start, span.end, newText, newText, opts);
  }
  const located = locateBlock(el);
  if (!located) return { ok: false, error: 'no Reverie block in the composer' };
  const map = buildTextMap(el);
  const sel = el.ownerDocument.getSelection();
  const caret = sel && sel.rangeCount > 0 ? offsetOf(map, el, sel.focusNode!, sel.focusOffset) : null;
  const fromEnd = caret !== null && caret >= located.end ? map.flat.length - caret : null;
  const result = await writeEditable(el, kind, () => blockRange(el), newText, opts);
  if (result.ok && fromEnd !== null) restoreCaret(el, fromEnd);
  return result;
}

// ---- textareas ----

async function writeTextControl(
  el: TextControl,
  start: number,
  end: number,
  text: string,
  expect: string,
  opts: InsertOptions,
): Promise<InsertResult> {
  const before = el.value;
  const caretFromEnd = before.length - (el.selectionEnd ?? before.length);
  const wanted = before.slice(0, start) + text + before.slice(end);
  const shows = () => el.value.includes(expect);
  el.focus({ preventScroll: true });

  const doc = el.ownerDocument;
  if (typeof doc.execCommand === 'function') {
    el.setSelectionRange(start, end);
    let ran = false;
    try {
      ran = doc.execCommand('insertText', false, text);
    } catch {
      ran = false;
    }
    await settle(opts);
    if (ran && shows()) {
      placeTextCaret(el, start + text.length, caretFromEnd, end, before.length);
      return { ok: true, method: 'execCommand' };
    }
    if (el.value !== before && !shows()) return { ok: false, error: 'the composer changed but does not show the text' };
  }

  // React tracks `el.value = …`; the prototype's setter bypasses the tracker so the input event reads as a change.
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, wanted);
  else el.value = wanted;
  el.dispatchEvent(new (doc.defaultView?.InputEvent ?? InputEvent)('input', { bubbles: true, inputType: 'insertText', data: text }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(opts);
  if (shows()) {
    placeTextCaret(el, start + text.length, caretFromEnd, end, before.length);
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
  opts: InsertOptions,
): Promise<InsertResult> {
  const doc = el.ownerDocument;
  const before = readComposerText(el, kind);
  const expected = normaliseVisible(text);
  const shows = () => normaliseVisible(readComposerText(el, kind)).includes(expected);
  const methods: { name: InsertMethod; run: () => boolean }[] = [
    { name: 'execCommand', run: () => execInsert(doc, text) },
    { name: 'paste', run: () => dispatchPaste(el, text) },
    { name: 'beforeinput', run: () => dispatchBeforeInput(el, text) },
  ];
  const tried: string[] = [];
  for (const method of methods) {
    if (!select(el, target())) return { ok: false, error: 'could not place the caret in the composer' };
    let handled: boolean;
    try {
      handled = method.run();
    } catch {
      handled = false;
    }
    await settle(opts);
    if (shows()) return { ok: true, method: method.name };
    if (method.name === 'beforeinput' && !handled) {
      // No editor claimed the event: do what the browser would, then tell mutation-driven editors with `input`.
      if (!select(el, target())) break;
      domInsert(el, text);
      el.dispatchEvent(new (doc.defaultView?.InputEvent ?? InputEvent)('input', { bubbles: true, inputType: 'insertText', data: text }));
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
  if (!event.clipboardData) return false; // browsers that ignore clipboardData in the constructor
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

/** Flat-text offsets of the first complete block (start marker through end marker). */
function locateBlock(el: HTMLElement): { start: number; end: number } | null {
  const span = findPreambleSpans(buildTextMap(el).flat).find((s) => s.terminated);
  return span ? { start: span.start, end: span.end } : null;
}

function blockRange(el: HTMLElement): Range | null {
  const located = locateBlock(el);
  if (!located) return null;
  const map = buildTextMap(el);
  const a = pointAt(map, located.start);
  const b = pointAt(map, located.end, true);
  if (!a || !b) return null;
  const range = el.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

function restoreCaret(el: HTMLElement, fromEnd: number): void {
  const map = buildTextMap(el);
  const point = pointAt(map, Math.max(0, map.flat.length - fromEnd), true);
  if (!point) return;
  select(el, collapsedAt(el, point.node, point.offset));
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
  return true;
}

function settle(opts: InsertOptions): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, opts.settleMs ?? DEFAULT_SETTLE_MS));
}
