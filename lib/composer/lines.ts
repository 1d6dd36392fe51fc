import { buildTextMap, offsetOf, type TextMap } from './text-map';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TR', 'TABLE',
]);

/** A DOM boundary point (node, offset), as in a Range. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** One line of a contenteditable as the user sees it: its text, where it begins in the DOM and in the text map. */
export interface ComposerLine {
  text: string;
  /** The boundary point just before the line's first content: every point of the line is at or after it. */
  start: DomPoint;
  /** Where a caret at the line's start goes: inside its paragraph, or its first text. */
  caret: DomPoint;
  /** Offset of the line's first character in the text map's `flat`. */
  flatStart: number;
}

export interface ComposerLines {
  lines: ComposerLine[];
  map: TextMap;
}

/**
 * The lines of a contenteditable, one per paragraph or hard break, the way the user sees them. Our own walk instead of
 * innerText: innerText needs layout (absent in tests and in hidden tabs) and varies between browsers. Each line keeps
 * where it starts in the DOM, so a caret can be told apart by line and put at the start of one.
 */
export function composerLines(el: HTMLElement): ComposerLines {
  const map = buildTextMap(el);
  const lines: ComposerLine[] = [];
  let flat = 0;
  let current: ComposerLine | null = null;
  const open = (node: Node, offset: number, caret: DomPoint = { node, offset }) => {
    current = { text: '', start: { node, offset }, caret, flatStart: flat };
  };
  const flush = () => {
    if (current !== null) lines.push(current);
    current = null;
  };
  const indexIn = (parent: Node, child: Node) => Array.prototype.indexOf.call(parent.childNodes, child) as number;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        // Editors render text pre-wrapped: a newline inside a text node (Lexical writes them) is a line break too.
        let at = 0;
        (child as Text).data.split('\n').forEach((part, i) => {
          if (i > 0) {
            flush();
            flat += 1;
            at += 1;
            open(child, at, { node: child, offset: at });
          } else if (current === null) open(node, indexIn(node, child), { node: child, offset: 0 });
          current!.text += part;
          flat += part.length;
          at += part.length;
        });
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          // A block's last <br> only keeps an empty line open (ProseMirror's trailing break); others end a line.
          if (child === node.lastChild && (node === el || BLOCK_TAGS.has((node as Element).tagName))) {
            if (current === null) open(node, indexIn(node, child));
          } else {
            if (current === null) open(node, indexIn(node, child));
            flush();
            open(node, indexIn(node, child) + 1);
          }
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          open(node, indexIn(node, child), { node: child, offset: 0 });
          walk(child);
          flush();
        } else if (tag !== 'STYLE' && tag !== 'SCRIPT') {
          walk(child);
        }
      }
    }
  };
  walk(el);
  flush();
  for (const line of lines) line.text = line.text.replace(/\u00a0/g, ' ');
  return { lines, map };
}

/** Which line a DOM point inside the composer is on (points before the first line count as on it). */
export function lineOf(lines: readonly ComposerLine[], node: Node, offset: number): number {
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  probe.setStart(node, offset);
  let found = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start } = lines[i]!;
    // The point is at or after this line's start.
    if (probe.comparePoint(start.node, start.offset) <= 0) found = i;
    else break;
  }
  return found;
}

/** The column of a point on line `index` (0 at the line's start). */
export function columnOf(cl: ComposerLines, el: HTMLElement, index: number, node: Node, offset: number): number {
  const line = cl.lines[index];
  if (!line) return 0;
  const at = offsetOf(cl.map, el, node, offset);
  if (at === null) return 0;
  return Math.max(0, Math.min(line.text.length, at - line.flatStart));
}
