import { lineKey, similar } from './block-lines';

/**
 * Finding a block Reverie wrote in text whose line breaks were flattened into spaces (a chat thread that shows the
 * sent message as one paragraph), so it can be taken out without taking anything the user typed. The block's lines
 * are looked for one after another as whole pieces of the text; a line the user changed is not found and stays.
 */

/** Raw [start, end) ranges of `text` that are the block's. */
export interface FlowMatch {
  ranges: [number, number][];
  intact: boolean;
  found: number;
}

/** How much unmatched text may sit between two of the block's lines: the lines skipped there, and one edited line. */
const GAP_SLACK = 80;

/**
 * The block's lines in `text`, whitespace-insensitively, in order: each found where the previous one ended (an edit
 * in between stays as it is), and only as a whole line, one followed by another of the block's lines or by the end
 * of the block. The same acceptance as line matching (block-lines.ts): block content beside one of its markers, or
 * half the block; the end marker only right after the block's other lines. Null when the block is not there.
 */
export function matchBlockInFlow(text: string, block: string): FlowMatch | null {
  const keys = block.split('\n').map(lineKey).filter((k) => k !== '');
  if (keys.length < 2) return null;
  const { flat, raw } = collapse(text);
  const last = keys.length - 1;
  const matches: { line: number; from: number; to: number }[] = [];
  let at = 0;
  let skipped = 0;
  let skippedLines: string[] = [];
  for (let line = 0; line < keys.length; line++) {
    const key = keys[line]!;
    const prev = matches.at(-1);
    // The end marker may have the user's text right after it (typed onto its line): only the marker goes.
    const found = findWhole(flat, key, at, line === 0, line === last, (to) => line === last || keys.slice(line + 1).some((k) => startsAt(flat, k, to)));
    const gap = found < 0 || !prev ? '' : flat.slice(prev.to, found).trim();
    // The end marker only right after the block's lines, or after an edited copy of the line(s) skipped there.
    const near = !prev || (line === last ? gap === '' || (skippedLines.length > 0 && similar(gap, skippedLines.join(' '))) : gap.length <= skipped + GAP_SLACK);
    if (found < 0 || !near) {
      skipped += key.length + 1;
      skippedLines.push(key);
      continue;
    }
    matches.push({ line, from: found, to: found + key.length });
    at = found + key.length;
    skipped = 0;
    skippedLines = [];
  }
  const hasMarker = matches.some((m) => m.line === 0 || m.line === last);
  const hasContent = matches.some((m) => m.line !== 0 && m.line !== last);
  if (!hasContent || (!hasMarker && matches.length * 2 < keys.length)) return null;
  // Neighbouring lines with only whitespace between them go as one range, the whitespace with them.
  const ranges: [number, number][] = [];
  for (const m of matches) {
    const start = raw[m.from]!;
    const end = raw[m.to - 1]! + 1;
    const open = ranges.at(-1);
    if (open && text.slice(open[1], start).trim() === '') open[1] = end;
    else ranges.push([start, end]);
  }
  return { ranges, intact: matches.length === keys.length && ranges.length === 1, found: matches.length };
}

/** `text` without the ranges; what was on either side of a removed range is kept on lines of its own. */
export function removeRanges(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += text.slice(from, start).trimEnd() + '\n';
    from = end;
  }
  return out + text.slice(from).trimStart();
}

/** `text` with every whitespace run as one space, and where each of its characters came from. */
function collapse(text: string): { flat: string; raw: number[] } {
  let flat = '';
  const raw: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/[\s\u00a0]/.test(text[i]!)) {
      if (flat.endsWith(' ')) continue;
      flat += ' ';
    } else flat += text[i];
    raw.push(i);
  }
  return { flat, raw };
}

function startsAt(flat: string, key: string, at: number): boolean {
  const from = flat[at] === ' ' ? at + 1 : at;
  return flat.startsWith(key, from);
}

/**
 * The first index ≥ `from` where `key` stands as a whole line: after a space (or the start; the block's first line
 * may follow what the user typed before it), and before a space or the end (the last line: anything) where
 * `followedBy` holds.
 */
function findWhole(flat: string, key: string, from: number, first: boolean, last: boolean, followedBy: (to: number) => boolean): number {
  for (let at = flat.indexOf(key, from); at >= 0; at = flat.indexOf(key, at + 1)) {
    const to = at + key.length;
    const startsLine = at === 0 || flat[at - 1] === ' ' || first;
    const endsLine = to === flat.length || flat[to] === ' ' || last;
    if (startsLine && endsLine && followedBy(to)) return at;
  }
  return -1;
}
