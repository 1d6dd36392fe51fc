import { matchBlock } from '../preamble/block-lines';
import { isTextControl } from './kinds';
import { composerLines, type ComposerLines, type DomPoint } from './lines';
import { pointAt } from './text-map';

/**
 * Where the block Reverie wrote stands in a composer right now, found by its content (the exact text written), never
 * by its markers: the lines it covers, the user's text on its marker lines if any, and where the user's own text
 * begins below it. Positions are (line, column) in the composer's lines, the same for textareas and contenteditables.
 */
export interface BlockPlace {
  /** The composer's lines (a textarea's value split at newlines). */
  lines: string[];
  /** First and last line of the block (a line the user typed inside it counts as inside). */
  first: number;
  last: number;
  /** Lines that are the block's (untouched, or only cut down): what removing it takes. */
  blockLines: number[];
  /** Marker lines the user also typed on: the columns [from, to) that are the block's. */
  cuts: Map<number, { from: number; to: number }>;
  /** The block is there exactly as written. */
  intact: boolean;
  /** Contenteditables: the DOM lines. */
  dom?: ComposerLines;
}

export interface LinePos {
  line: number;
  col: number;
}

/** Which side of the block a position is on: the user's text above or below it, or inside it. */
export type Zone = 'before' | 'block' | 'after';

export function placeBlock(el: HTMLElement, block: string): BlockPlace | null {
  if (!el.isConnected) return null;
  let lines: string[];
  let dom: ComposerLines | undefined;
  if (isTextControl(el)) lines = el.value.split('\n');
  else {
    dom = composerLines(el);
    lines = dom.lines.map((l) => l.text);
  }
  const match = matchBlock(lines, block);
  if (!match) return null;
  return {
    lines,
    first: match.first,
    last: match.last,
    blockLines: match.lines,
    cuts: match.cuts,
    intact: match.intact,
    ...(dom ? { dom } : {}),
  };
}

/** Some line follows the block: the user's text goes there, not onto the end marker's line. */
function hasLineBelow(place: BlockPlace): boolean {
  return place.last + 1 < place.lines.length;
}

export function zoneOf(place: BlockPlace, pos: LinePos): Zone {
  if (pos.line < place.first) return 'before';
  if (pos.line > place.last) return 'after';
  const head = place.cuts.get(place.first);
  if (pos.line === place.first && head && head.from > 0 && pos.col <= head.from) return 'before';
  const tail = place.cuts.get(place.last);
  if (pos.line === place.last && tail && tail.from === 0 && pos.col >= tail.to) return 'after';
  if (pos.line === place.last && !hasLineBelow(place) && pos.col >= place.lines[place.last]!.length) return 'after';
  return 'block';
}

/** The first position of the user's text below the block. */
export function afterStart(place: BlockPlace): LinePos {
  const tail = place.cuts.get(place.last);
  if (tail && tail.from === 0) return { line: place.last, col: tail.to };
  if (hasLineBelow(place)) return { line: place.last + 1, col: 0 };
  return { line: place.last, col: place.lines[place.last]!.length };
}

/**
 * Where a caret put inside the block goes: the start of the user's text below it, past the blank line Reverie wrote
 * to separate them when that is still there.
 */
export function typingSpot(place: BlockPlace): LinePos {
  const start = afterStart(place);
  const next = start.line + 1;
  if (start.col === 0 && start.line > place.last && next < place.lines.length && place.lines[start.line]!.trim() === '') {
    return { line: next, col: 0 };
  }
  return start;
}

// ---- textareas: character offsets ----

export function textOffset(place: BlockPlace, pos: LinePos): number {
  let offset = 0;
  for (let i = 0; i < pos.line && i < place.lines.length; i++) offset += place.lines[i]!.length + 1;
  return offset + pos.col;
}

export function textPos(place: BlockPlace, offset: number): LinePos {
  let start = 0;
  for (let i = 0; i < place.lines.length; i++) {
    const end = start + place.lines[i]!.length;
    if (offset <= end) return { line: i, col: offset - start };
    start = end + 1;
  }
  const last = place.lines.length - 1;
  return { line: last, col: place.lines[last]!.length };
}

// ---- contenteditables: DOM points ----

/** The DOM point at (line, column): inside the line's text, or inside its paragraph when it is empty. */
export function domPoint(place: BlockPlace, pos: LinePos): DomPoint | null {
  const line = place.dom?.lines[pos.line];
  if (!line || !place.dom) return null;
  if (line.text === '') return line.caret;
  const col = Math.max(0, Math.min(pos.col, line.text.length));
  // At column 0 the line's own first text node, not the end of the line before.
  return pointAt(place.dom.map, line.flatStart + col, col > 0) ?? line.caret;
}
