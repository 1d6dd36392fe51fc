import { visibilityProbe } from './visibility';

/**
 * Readable, markdown-ish text from a chat turn's DOM. A walker over text nodes (no innerText: happy-dom, jsdom and
 * detached trees have no layout). Code blocks become ``` fences with their content verbatim, list items get markers,
 * blocks are separated by blank lines, and everything that is chrome (buttons, screen-reader labels, icons, hidden
 * panels) is left out. Whitespace is collapsed outside code and pre-wrap text, since page snapshots are often
 * re-indented by formatters.
 */

export interface ExtractOptions {
  /** Extra selectors whose subtrees are skipped (thinking panels, citation chips, per-site chrome). */
  exclude?: string;
  /** The site's own custom elements that lay out as blocks (Gemini's `model-response`): they break lines like a div. */
  blockTags?: readonly string[];
  /**
   * The turn is text the user typed: honour the page's own white-space rules (its stylesheet's pre-wrap), since a
   * typed message's line breaks are its structure, and read only what the page shows (`visibleOnly`). Costs a style
   * look-up per leaf, so only for user turns, which are read once, never while an answer streams.
   */
  typedText?: boolean;
  /**
   * Leave out what the user cannot see: off-screen, clipped, zero-sized or style-hidden elements (see visibility.ts).
   * Needs a live page with layout; in a DOM without one (Node tests) nothing is left out. Implied by `typedText`.
   */
  visibleOnly?: boolean;
}

/** How many elements `visibleOnly` reads have left out so far (LiveCapture reads such a turn again later). */
let hiddenSkips = 0;
export function hiddenTextSkips(): number {
  return hiddenSkips;
}

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'button', 'input', 'textarea', 'select', 'option', 'img',
  'picture', 'video', 'audio', 'canvas', 'iframe', 'object', 'mat-icon', 'link', 'meta', 'head', 'title',
]);

/** Screen-reader-only and hidden chrome, common across the sites. */
const HIDDEN_SELECTOR = [
  '.sr-only', '.cdk-visually-hidden', '.visually-hidden', '.screen-reader-only', '[hidden]', '[aria-hidden="true"]',
  '[role="tooltip"]', '.katex-mathml',
].join(',');

const INLINE_TAGS = new Set([
  'span', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'code', 'kbd', 'samp',
  'abbr', 'cite', 'q', 'label', 'font', 'var', 'time',
]);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'figure', 'figcaption',
  'details', 'summary', 'dl', 'dt', 'dd', 'form', 'fieldset', 'address', 'hr', 'table', 'ul', 'ol', 'center',
]);

const CHROME_WORDS = /^(copy|copy code|copied!?|download|run|edit|code|show more|show less|collapse|expand|wrap|preview)$/i;
const LANGUAGE_TOKEN = /^[A-Za-z][\w#+.-]{0,23}$/;

/** Accumulates output with pending line/paragraph breaks and line prefixes (list indentation, quotes). */
class TextWriter {
  private out = '';
  private pendingBreak = 0;
  private pendingSpace = false;
  private marker: string | null = null;
  private prefixes: string[] = [];
  private atLineStart = true;

  get isEmpty(): boolean {
    return this.out.length === 0 && this.marker === null;
  }

  pushPrefix(prefix: string, firstLineMarker?: string): void {
    this.prefixes.push(prefix);
    if (firstLineMarker !== undefined) this.marker = firstLineMarker;
  }

  popPrefix(): void {
    this.prefixes.pop();
    this.marker = null;
  }

  breakLine(level: 1 | 2): void {
    if (this.out.length === 0) return;
    if (level > this.pendingBreak) this.pendingBreak = level;
    this.pendingSpace = false;
  }

  private startContent(): void {
    if (this.pendingBreak > 0 && this.out.length > 0) {
      this.out += '\n'.repeat(this.pendingBreak);
      this.atLineStart = true;
    }
    this.pendingBreak = 0;
    if (this.atLineStart) {
      const prefix = this.prefixes.join('');
      if (this.marker !== null) {
        this.out += prefix.slice(0, prefix.length - this.prefixes[this.prefixes.length - 1]!.length) + this.marker;
        this.marker = null;
      } else this.out += prefix;
      this.atLineStart = false;
      this.pendingSpace = false;
    } else if (this.pendingSpace) {
      this.out += ' ';
      this.pendingSpace = false;
    }
  }

  /** Inline text: runs of whitespace collapse to one space. */
  inline(text: string): void {
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed === ' ' || collapsed === '') {
      if (collapsed === ' ' && !this.atLineStart && this.pendingBreak === 0) this.pendingSpace = true;
      return;
    }
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    const core = collapsed.trim();
    if (leading && !this.atLineStart && this.pendingBreak === 0) this.pendingSpace = true;
    this.startContent();
    this.out += core;
    if (trailing) this.pendingSpace = true;
  }

  /** Verbatim lines (code, pre-wrap text): every line gets the current prefix. */
  lines(text: string): void {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) {
        this.out += '\n';
        this.atLineStart = true;
      }
      this.startContent();
      this.out += line;
    });
  }

  toString(): string {
    return this.out;
  }
}

/** Final clean-up: trailing spaces, at most one blank line in a row, trimmed ends. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Drops blank edge lines and the indentation every line shares (a formatter's re-indent). */
function dedent(text: string): string {
  const lines = text.replace(/\u00a0/g, ' ').replace(/\t/g, '    ').split('\n');
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  let indent = Infinity;
  for (const line of lines) if (line.trim()) indent = Math.min(indent, indentOf(line));
  if (!Number.isFinite(indent)) indent = 0;
  // A formatter that wrapped text right after the opening tag leaves line 1 flush and the rest deeply indented.
  let restIndent = Infinity;
  for (const line of lines.slice(1)) if (line.trim()) restIndent = Math.min(restIndent, indentOf(line));
  const rewrapped = indent === 0 && indentOf(lines[0] ?? '') === 0 && Number.isFinite(restIndent) && restIndent >= 8;
  return lines
    .map((line, i) => (line.trim() ? line.slice(rewrapped && i > 0 ? restIndent : indent).trimEnd() : ''))
    .join('\n');
}

function isPreWrap(el: Element, typedText = false): boolean {
  const cls = el.getAttribute('class') ?? '';
  if (/(^|\s)(whitespace-pre-wrap|whitespace-pre-line|whitespace-pre)(\s|$)/.test(cls)) return true;
  const style = el.getAttribute('style') ?? '';
  if (/white-space:\s*pre(-wrap|-line)?\b/.test(style)) return true;
  // Sites with hashed class names (DeepSeek) set pre-wrap in their stylesheets: in a live page ask the browser, for
  // leaf text holders of typed text only.
  if (typedText && el.childElementCount === 0 && el.isConnected) {
    const view = el.ownerDocument?.defaultView;
    const ws = view?.getComputedStyle?.(el).whiteSpace ?? '';
    return /^(pre|pre-wrap|pre-line|break-spaces)$/.test(ws);
  }
  return false;
}

function isInlineDisplayNone(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && /display:\s*none/.test(style);
}

/** Raw text of a code element: text nodes verbatim, <br> as newline, chrome skipped. */
function codeText(el: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const tag = child.localName;
    if (tag === 'br') {
      out += '\n';
      return;
    }
    if (SKIP_TAGS.has(tag) || child.matches('.sr-only,[aria-hidden="true"]')) return;
    for (let c = child.firstChild; c; c = c.nextSibling) visit(c);
    // Line-per-element renderers (CodeMirror, some highlighters) keep lines in block children.
    if ((tag === 'div' || tag === 'p') && child.parentElement && !out.endsWith('\n')) out += '\n';
  };
  for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  return out.replace(/\u00a0/g, ' ').replace(/\n+$/, '').replace(/^\n+/, '');
}

/** Text of `root` outside `skip`, buttons and icons included out; used to find a code block's language label. */
function residualText(root: Element, skip: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node === skip) return;
    if (node.nodeType === 3) out += ' ' + (node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP_TAGS.has(el.localName) || el.matches(HIDDEN_SELECTOR)) return;
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    }
  };
  visit(root);
  return out.replace(/\s+/g, ' ').trim();
}

interface CodeBlock {
  code: string;
  language: string;
}

function languageFrom(codeEl: Element, residual: string): string {
  const cls = codeEl.getAttribute('class') ?? '';
  const fromClass = /(?:^|\s)(?:language|lang)-([\w#+.-]+)/.exec(cls);
  if (fromClass) return fromClass[1]!;
  const words = residual.split(' ').filter((w) => w && !CHROME_WORDS.test(w));
  return words.length === 1 && LANGUAGE_TOKEN.test(words[0]!) ? words[0]!.toLowerCase() : '';
}

/**
 * Maps each code block's outermost wrapper (the pre, or the card around it holding only a language label and
 * copy buttons) to its code, so the walker emits one fence and skips the card's chrome.
 */
function findCodeBlocks(root: Element): Map<Element, CodeBlock> {
  const blocks = new Map<Element, CodeBlock>();
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    if (pre.parentElement?.closest('pre') && root.contains(pre.parentElement.closest('pre'))) continue;
    const inner = Array.from(pre.querySelectorAll('pre'));
    const codeHost = inner.length ? inner[inner.length - 1]! : pre;
    const codeEl = codeHost.querySelector('code') ?? codeHost;
    let wrapper: Element = pre;
    let residual = residualText(pre, codeEl);
    for (let depth = 0; depth < 4; depth++) {
      const parent = wrapper.parentElement;
      if (!parent || parent === root || !root.contains(parent)) break;
      if (parent.querySelectorAll('pre').length !== 1 + inner.length) break;
      const parentResidual = residualText(parent, codeEl);
      if (parentResidual.length > 40) break;
      wrapper = parent;
      residual = parentResidual;
    }
    blocks.set(wrapper, { code: codeText(codeEl), language: languageFrom(codeEl, residual) });
  }
  return blocks;
}

function mathSource(el: Element): string | null {
  const data = el.getAttribute('data-math');
  if (data) return data;
  const annotation = el.querySelector('annotation[encoding="application/x-tex"]');
  return annotation ? (annotation.textContent ?? '').trim() : null;
}

const MAX_WALK_DEPTH = 500;

/** Walks `root` and returns its readable text. */
export function extractText(root: Element, options: ExtractOptions = {}): string {
  const probe = options.typedText || options.visibleOnly ? visibilityProbe(root) : null;
  if (probe?.hidden(root)) {
    hiddenSkips++;
    return '';
  }
  const writer = new TextWriter();
  const codeBlocks = root.querySelector('pre') ? findCodeBlocks(root) : new Map<Element, CodeBlock>();
  const exclude = options.exclude;
  const isBlock = (tag: string): boolean => BLOCK_TAGS.has(tag) || (options.blockTags?.includes(tag) ?? false);
  /** Shown to the user? Asked after the cheap selector checks, so chrome hidden on purpose is not counted. */
  const hidden = (el: Element): boolean => {
    if (!probe || el === root || !probe.hidden(el)) return false;
    hiddenSkips++;
    return true;
  };

  // Deeper than MAX_WALK_DEPTH a subtree is read as plain text: hostile markup nested thousands deep would
  // otherwise exhaust the stack and, with it, every later capture of the conversation.
  let depth = 0;
  const walkChildren = (el: Element, w: TextWriter): void => {
    if (depth >= MAX_WALK_DEPTH) {
      w.inline(el.textContent ?? '');
      return;
    }
    depth++;
    try {
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, w);
    } finally {
      depth--;
    }
  };

  const walk = (node: Node, w: TextWriter): void => {
    if (node.nodeType === 3) {
      w.inline(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    // Live user turns: nothing the page keeps out of sight (chrome hidden on purpose is skipped below, uncounted).
    if (probe && tag !== 'br' && !SKIP_TAGS.has(tag) && !el.matches(HIDDEN_SELECTOR) && !(exclude && el.matches(exclude)) && hidden(el)) return;

    const code = codeBlocks.get(el);
    if (code) {
      w.breakLine(2);
      w.lines('```' + code.language + '\n' + code.code + '\n```');
      w.breakLine(2);
      return;
    }
    if (tag === 'br') {
      w.breakLine(1);
      return;
    }
    if (el.classList.contains('katex') || el.classList.contains('math-inline') || el.classList.contains('math-block')) {
      const tex = mathSource(el);
      if (tex !== null) {
        const display = el.closest('.katex-display') !== null || el.classList.contains('math-block');
        if (display) {
          w.breakLine(2);
          w.inline(`$$${tex}$$`);
          w.breakLine(2);
        } else w.inline(`$${tex}$`);
        return;
      }
    }
    if (SKIP_TAGS.has(tag) || el.matches(HIDDEN_SELECTOR) || isInlineDisplayNone(el)) return;
    if (exclude && el.matches(exclude)) return;

    if (/^h[1-6]$/.test(tag) && el !== root) {
      w.breakLine(2);
      w.inline('#'.repeat(Number(tag[1])) + ' ');
      walkChildren(el, w);
      w.breakLine(2);
      return;
    }
    if (tag === 'li' && el !== root) {
      const list = el.parentElement;
      let marker = '- ';
      if (list?.localName === 'ol') {
        const start = Number(list.getAttribute('start') ?? '1') || 1;
        let index = 0;
        for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === 'li') index++;
        marker = `${start + index}. `;
      }
      w.breakLine(1);
      w.pushPrefix(' '.repeat(marker.length), marker);
      walkChildren(el, w);
      w.popPrefix();
      w.breakLine(1);
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      // Nested lists sit on the lines right after their item; top-level lists are their own paragraph.
      const nested = el.parentElement?.closest('li') && root.contains(el.parentElement.closest('li'));
      w.breakLine(nested ? 1 : 2);
      walkChildren(el, w);
      w.breakLine(nested ? 1 : 2);
      return;
    }
    if (tag === 'blockquote') {
      w.breakLine(2);
      w.pushPrefix('> ');
      walkChildren(el, w);
      w.popPrefix();
      w.breakLine(2);
      return;
    }
    if (tag === 'tr') {
      const cells = Array.from(el.children).filter((c) => c.localName === 'td' || c.localName === 'th');
      writeRow(w, cells, cells.length > 0 && cells.every((c) => c.localName === 'th'));
      return;
    }
    if (el.getAttribute('role') === 'table' && !el.querySelector('tr')) {
      // ARIA grid tables (div cells, sortable header buttons): rows are [role=row] or runs of header-count cells.
      const headers = Array.from(el.querySelectorAll('[role="columnheader"]'));
      const rows = Array.from(el.querySelectorAll('[role="row"]'));
      w.breakLine(2);
      if (rows.length) {
        for (const row of rows) {
          const cells = Array.from(row.querySelectorAll('[role="columnheader"], [role="cell"], [role="gridcell"]'));
          writeRow(w, cells, cells.every((c) => c.getAttribute('role') === 'columnheader'));
        }
      } else {
        const width = Math.max(1, headers.length);
        if (headers.length) writeRow(w, headers, true);
        const cells = Array.from(el.querySelectorAll('[role="cell"], [role="gridcell"]'));
        for (let i = 0; i < cells.length; i += width) writeRow(w, cells.slice(i, i + width), false);
      }
      w.breakLine(2);
      return;
    }
    if (tag === 'code') {
      const code = codeText(el).replace(/\s+/g, ' ').trim();
      if (code) w.inline(`\`${code}\``);
      return;
    }
    if ((isPreWrap(el, options.typedText) && !INLINE_TAGS.has(tag)) || tag === 'pre') {
      const sub = new TextWriterPreserve();
      walkPreserve(el, sub);
      const text = dedent(sub.text);
      if (text) {
        w.breakLine(tag === 'pre' ? 2 : 1);
        w.lines(text);
        w.breakLine(1);
      }
      return;
    }
    const block = isBlock(tag) || tag === 'td' || tag === 'th';
    if (block) w.breakLine(tag === 'p' || tag === 'hr' || tag === 'table' ? 2 : 1);
    walkChildren(el, w);
    if (block) w.breakLine(tag === 'p' || tag === 'table' ? 2 : 1);
  };

  function writeRow(w: TextWriter, cells: Element[], isHeader: boolean): void {
    const texts = cells.map((c) => {
      // Sortable headers put their label in a button; fall back to the raw text.
      const text = extractText(c, options) || (c.textContent ?? '');
      return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
    });
    w.breakLine(1);
    w.inline('| ' + texts.join(' | ') + ' |');
    if (isHeader) {
      w.breakLine(1);
      w.inline('|' + cells.map(() => ' --- |').join(''));
    }
    w.breakLine(1);
  }

  /** Pre-wrap text: whitespace kept, blocks still break lines, chrome still skipped. */
  const walkPreserve = (el: Element, sub: TextWriterPreserve): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) sub.text += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const child = c as Element;
        const tag = child.localName;
        if (tag === 'br') sub.text += '\n';
        else if (SKIP_TAGS.has(tag) || child.matches(HIDDEN_SELECTOR) || (exclude && child.matches(exclude)) || hidden(child)) continue;
        else if (codeBlocks.has(child) || tag === 'ul' || tag === 'ol' || tag === 'table') {
          // Rich content inside a pre-wrap bubble: render it with the normal walker.
          const inner = new TextWriter();
          walk(child, inner);
          sub.text += '\n' + tidy(inner.toString()) + '\n';
        } else if (depth >= MAX_WALK_DEPTH) {
          sub.text += child.textContent ?? '';
        } else {
          const block = isBlock(tag);
          if (block && sub.text && !sub.text.endsWith('\n')) sub.text += '\n';
          depth++;
          try {
            walkPreserve(child, sub);
          } finally {
            depth--;
          }
          if (block && !sub.text.endsWith('\n')) sub.text += '\n';
        }
      }
    }
  };

  walk(root, writer);
  return tidy(writer.toString().replace(/\u200b|\u200c|\u200d|\ufeff/g, ''));
}

class TextWriterPreserve {
  text = '';
}
