/**
 * The DOM-to-text walk behind extractText (text.ts): one method or function per element kind (code block, math,
 * heading, list item, list, quote, table row, ARIA table, inline code, pre-wrap text, generic element), each writing
 * to a TextWriter.
 */

import { type CodeBlock, codeText, findCodeBlocks } from './code-blocks';
import {
  BLOCK_TAGS, HIDDEN_SELECTOR, INLINE_TAGS, SKIP_TAGS, isInlineDisplayNone, isPreWrap, mathSource,
} from './element-kinds';
import type { ExtractOptions } from './text';
import { TextWriter, dedent, tidy } from './text-writer';
import type { VisibilityProbe } from './visibility';

/** What the walker leaves to extractText, which keeps the count of hidden elements and reads each table cell. */
interface WalkerHooks {
  /** An element `visibleOnly` left out (see hiddenTextSkips). */
  countHidden(): void;
  /** A table cell's text, read like a turn of its own. */
  cellText(cell: Element): string;
}

// Deeper than MAX_WALK_DEPTH a subtree is read as plain text: hostile markup nested thousands deep would
// otherwise exhaust the stack and, with it, every later capture of the conversation.
const MAX_WALK_DEPTH = 500;

/** Text read by walkPreserve, whitespace and all. */
class TextWriterPreserve {
  text = '';
}

/** Walks one root; a walker is used once (`read`), and table cells get walkers of their own. */
export class TextWalker {
  private readonly root: Element;
  private readonly options: ExtractOptions;
  private readonly probe: VisibilityProbe | null;
  private readonly hooks: WalkerHooks;
  private readonly codeBlocks: Map<Element, CodeBlock>;
  private depth = 0;

  constructor(root: Element, options: ExtractOptions, probe: VisibilityProbe | null, hooks: WalkerHooks) {
    this.root = root;
    this.options = options;
    this.probe = probe;
    this.hooks = hooks;
    this.codeBlocks = root.querySelector('pre') ? findCodeBlocks(root) : new Map<Element, CodeBlock>();
  }

  /** The root's readable text. */
  read(): string {
    const writer = new TextWriter();
    this.walk(this.root, writer);
    return tidy(writer.toString().replace(/\u200b|\u200c|\u200d|\ufeff/g, ''));
  }

  private isBlock(tag: string): boolean {
    return BLOCK_TAGS.has(tag) || (this.options.blockTags?.includes(tag) ?? false);
  }

  /** Out of the user's sight? Asked after the cheap selector checks, so chrome hidden on purpose is not counted. */
  private hidden(el: Element): boolean {
    if (!this.probe || el === this.root || !this.probe.hidden(el)) return false;
    this.hooks.countHidden();
    return true;
  }

  private walkChildren(el: Element, w: TextWriter): void {
    if (this.depth >= MAX_WALK_DEPTH) {
      w.inline(el.textContent ?? '');
      return;
    }
    this.depth++;
    try {
      for (let c = el.firstChild; c; c = c.nextSibling) this.walk(c, w);
    } finally {
      this.depth--;
    }
  }

  /** Text, code blocks, line breaks and math; chrome, hidden and excluded elements left out; the rest by kind. */
  private walk(node: Node, w: TextWriter): void {
    if (node.nodeType === 3) {
      w.inline(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    const exclude = this.options.exclude;
    // Live user turns: nothing the page keeps out of sight (chrome hidden on purpose is skipped below, uncounted).
    if (this.probe && tag !== 'br' && !SKIP_TAGS.has(tag) && !el.matches(HIDDEN_SELECTOR) && !(exclude && el.matches(exclude)) && this.hidden(el)) return;

    const code = this.codeBlocks.get(el);
    if (code) {
      writeCodeBlock(code, w);
      return;
    }
    if (tag === 'br') {
      w.breakLine(1);
      return;
    }
    if (writeMath(el, w)) return;
    if (SKIP_TAGS.has(tag) || el.matches(HIDDEN_SELECTOR) || isInlineDisplayNone(el)) return;
    if (exclude && el.matches(exclude)) return;
    this.walkElement(el, tag, w);
  }

  /** One branch per element kind; anything else is a generic inline or block element. */
  private walkElement(el: Element, tag: string, w: TextWriter): void {
    if (/^h[1-6]$/.test(tag) && el !== this.root) this.walkHeading(el, tag, w);
    else if (tag === 'li' && el !== this.root) this.walkListItem(el, w);
    else if (tag === 'ul' || tag === 'ol') this.walkList(el, w);
    else if (tag === 'blockquote') this.walkQuote(el, w);
    else if (tag === 'tr') this.writeTableRow(el, w);
    else if (el.getAttribute('role') === 'table' && !el.querySelector('tr')) this.writeAriaTable(el, w);
    else if (tag === 'code') writeInlineCode(el, w);
    else if (this.keepsWhitespace(el, tag)) this.writePreserved(el, tag, w);
    else this.walkGeneric(el, tag, w);
  }

  private walkHeading(el: Element, tag: string, w: TextWriter): void {
    w.breakLine(2);
    w.inline('#'.repeat(Number(tag[1])) + ' ');
    this.walkChildren(el, w);
    w.breakLine(2);
  }

  private walkListItem(el: Element, w: TextWriter): void {
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
    this.walkChildren(el, w);
    w.popPrefix();
    w.breakLine(1);
  }

  private walkList(el: Element, w: TextWriter): void {
    // Nested lists sit on the lines right after their item; top-level lists are their own paragraph.
    const nested = el.parentElement?.closest('li') && this.root.contains(el.parentElement.closest('li'));
    w.breakLine(nested ? 1 : 2);
    this.walkChildren(el, w);
    w.breakLine(nested ? 1 : 2);
  }

  private walkQuote(el: Element, w: TextWriter): void {
    w.breakLine(2);
    w.pushPrefix('> ');
    this.walkChildren(el, w);
    w.popPrefix();
    w.breakLine(2);
  }

  private writeTableRow(el: Element, w: TextWriter): void {
    const cells = Array.from(el.children).filter((c) => c.localName === 'td' || c.localName === 'th');
    this.writeRow(w, cells, cells.length > 0 && cells.every((c) => c.localName === 'th'));
  }

  /** ARIA grid tables (div cells, sortable header buttons): rows are [role=row] or runs of header-count cells. */
  private writeAriaTable(el: Element, w: TextWriter): void {
    const headers = Array.from(el.querySelectorAll('[role="columnheader"]'));
    const rows = Array.from(el.querySelectorAll('[role="row"]'));
    w.breakLine(2);
    if (rows.length) {
      for (const row of rows) {
        const cells = Array.from(row.querySelectorAll('[role="columnheader"], [role="cell"], [role="gridcell"]'));
        this.writeRow(w, cells, cells.every((c) => c.getAttribute('role') === 'columnheader'));
      }
    } else {
      const width = Math.max(1, headers.length);
      if (headers.length) this.writeRow(w, headers, true);
      const cells = Array.from(el.querySelectorAll('[role="cell"], [role="gridcell"]'));
      for (let i = 0; i < cells.length; i += width) this.writeRow(w, cells.slice(i, i + width), false);
    }
    w.breakLine(2);
  }

  private writeRow(w: TextWriter, cells: Element[], isHeader: boolean): void {
    const texts = cells.map((c) => {
      // Sortable headers put their label in a button; fall back to the raw text.
      const text = this.hooks.cellText(c) || (c.textContent ?? '');
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

  /** A pre, or a pre-wrap element that is not an inline tag. */
  private keepsWhitespace(el: Element, tag: string): boolean {
    return (isPreWrap(el, this.options.typedText) && !INLINE_TAGS.has(tag)) || tag === 'pre';
  }

  /** A pre or pre-wrap element: its lines as the page lays them out, less a formatter's shared indentation. */
  private writePreserved(el: Element, tag: string, w: TextWriter): void {
    const sub = new TextWriterPreserve();
    this.walkPreserve(el, sub);
    const text = dedent(sub.text);
    if (text) {
      w.breakLine(tag === 'pre' ? 2 : 1);
      w.lines(text);
      w.breakLine(1);
    }
  }

  /** Pre-wrap text: whitespace kept, blocks still break lines, chrome still skipped. */
  private walkPreserve(el: Element, sub: TextWriterPreserve): void {
    const exclude = this.options.exclude;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) sub.text += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const child = c as Element;
        const tag = child.localName;
        if (tag === 'br') sub.text += '\n';
        else if (SKIP_TAGS.has(tag) || child.matches(HIDDEN_SELECTOR) || (exclude && child.matches(exclude)) || this.hidden(child)) continue;
        else if (this.codeBlocks.has(child) || tag === 'ul' || tag === 'ol' || tag === 'table') {
          // Rich content inside a pre-wrap bubble: render it with the normal walker.
          const inner = new TextWriter();
          this.walk(child, inner);
          sub.text += '\n' + tidy(inner.toString()) + '\n';
        } else if (this.depth >= MAX_WALK_DEPTH) {
          sub.text += child.textContent ?? '';
        } else {
          const block = this.isBlock(tag);
          if (block && sub.text && !sub.text.endsWith('\n')) sub.text += '\n';
          this.depth++;
          try {
            this.walkPreserve(child, sub);
          } finally {
            this.depth--;
          }
          if (block && !sub.text.endsWith('\n')) sub.text += '\n';
        }
      }
    }
  }

  private walkGeneric(el: Element, tag: string, w: TextWriter): void {
    const block = this.isBlock(tag) || tag === 'td' || tag === 'th';
    if (block) w.breakLine(tag === 'p' || tag === 'hr' || tag === 'table' ? 2 : 1);
    this.walkChildren(el, w);
    if (block) w.breakLine(tag === 'p' || tag === 'table' ? 2 : 1);
  }
}

/** A code block as one ``` fence, its own paragraph. */
function writeCodeBlock(code: CodeBlock, w: TextWriter): void {
  w.breakLine(2);
  w.lines('```' + code.language + '\n' + code.code + '\n```');
  w.breakLine(2);
}

/** KaTeX and math-inline/-block elements as $tex$ or a $$tex$$ paragraph; false when they carry no TeX source. */
function writeMath(el: Element, w: TextWriter): boolean {
  const classes = el.classList;
  if (!classes.contains('katex') && !classes.contains('math-inline') && !classes.contains('math-block')) return false;
  const tex = mathSource(el);
  if (tex === null) return false;
  const display = el.closest('.katex-display') !== null || el.classList.contains('math-block');
  if (display) {
    w.breakLine(2);
    w.inline(`$$${tex}$$`);
    w.breakLine(2);
  } else w.inline(`$${tex}$`);
  return true;
}

function writeInlineCode(el: Element, w: TextWriter): void {
  const code = codeText(el).replace(/\s+/g, ' ').trim();
  if (code) w.inline(`\`${code}\``);
}
