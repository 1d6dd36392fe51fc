import { matchBlockInFlow, removeRanges, type FlowMatch } from './block-flow';
import { matchBlock, removeMatch, type BlockMatch } from './block-lines';

/**
 * Reverie's own markers around text it puts in a composer. Capture takes the block out of user turns (by its content,
 * see stripPreamble), so the preamble is never stored or re-learned (the feedback-loop guard). Plain text so every
 * editor keeps them.
 */
export const PREAMBLE_START = '⟦reverie⟧';
export const PREAMBLE_END = '⟦/reverie⟧';

/**
 * The block's first line after the start marker, and its section headings (format.ts writes them, parsers read them).
 * It says what the block is: notes from the user's past chats.
 */
export const PREAMBLE_INTRO = 'Notes from my past chats (delete this block if not wanted):';
/** Intros earlier versions wrote: a block still in a composer from before is read the same way. */
const LEGACY_INTROS = ['Notes from my past chats (edit or delete freely):', 'Context from my past chats (edit or delete freely):'];
export const PREAMBLE_HEADINGS = {
  L4: 'About me:',
  L3: 'Lately:',
  L2: 'Recent chats:',
  L1: 'Relevant:',
} as const;

// Editors and users mangle markers a little (spaces inside, case); the brackets are what we rely on.
const START_RE = /⟦\s*reverie\s*⟧/i;
const END_RE = /⟦\s*\/\s*reverie\s*⟧/i;
const HEADING_LINES = new Set(Object.values(PREAMBLE_HEADINGS).map((h) => h.toLowerCase()));

/** True for a line that Reverie's format could have written: blank, a heading, the intro, or a "- " item. */
function isPreambleFormatLine(line: string): boolean {
  const t = line.replace(/\u00a0/g, ' ').trim();
  if (t === '') return true;
  if (t.startsWith('- ') || t === '-') return true;
  const lower = t.toLowerCase();
  return HEADING_LINES.has(lower) || [PREAMBLE_INTRO, ...LEGACY_INTROS].some((i) => i.toLowerCase() === lower);
}

/** One block found in text: [start, end) character offsets, and whether its end marker was there. */
export interface PreambleSpan {
  start: number;
  end: number;
  terminated: boolean;
}

/**
 * Every Reverie block in `text`, as far as markers and the block's line format tell: for reading a block into its
 * sections (parsePreamble), never for deciding what to delete (stripPreamble goes by content). A terminated block runs from its start marker through its end marker. An
 * unterminated one (the user deleted the end marker) runs through the lines that still look like the block's format,
 * so the message typed after it survives. An end marker without a start takes the block-format lines before it.
 */
export function findPreambleSpans(text: string): PreambleSpan[] {
  const spans: PreambleSpan[] = [];
  let from = 0;
  for (;;) {
    const rest = text.slice(from);
    const s = rest.search(START_RE);
    const e = rest.search(END_RE);
    if (s < 0 && e < 0) break;
    if (s >= 0 && (e < 0 || s < e)) {
      const start = from + s;
      const afterStart = start + (rest.slice(s).match(START_RE)?.[0].length ?? 0);
      const tail = text.slice(afterStart);
      const endIdx = tail.search(END_RE);
      const nextStart = tail.search(START_RE);
      if (endIdx >= 0 && (nextStart < 0 || endIdx < nextStart)) {
        const endLen = tail.slice(endIdx).match(END_RE)?.[0].length ?? 0;
        const end = afterStart + endIdx + endLen;
        spans.push({ start, end, terminated: true });
        from = end;
      } else {
        const limit = nextStart >= 0 ? afterStart + nextStart : text.length;
        const end = unterminatedEnd(text, afterStart, limit);
        spans.push({ start, end, terminated: false });
        from = Math.max(end, afterStart);
      }
    } else {
      // A lone end marker: take the block-looking lines right before it (never past a previous block).
      const endPos = from + e;
      const endLen = rest.slice(e).match(END_RE)?.[0].length ?? 0;
      const start = orphanEndStart(text, Math.max(from, spans.at(-1)?.end ?? 0), endPos);
      spans.push({ start, end: endPos + endLen, terminated: true });
      from = endPos + endLen;
    }
  }
  return spans;
}

/** The end of an unterminated block: the rest of the start line, then every following block-format line. */
function unterminatedEnd(text: string, afterStart: number, limit: number): number {
  let pos = text.indexOf('\n', afterStart);
  if (pos < 0 || pos >= limit) return limit;
  for (;;) {
    const next = text.indexOf('\n', pos + 1);
    const lineEnd = next < 0 || next > limit ? limit : next;
    const line = text.slice(pos + 1, lineEnd);
    // A blank line followed by non-format text is where the user's message starts.
    if (!isPreambleFormatLine(line) || (line.trim() === '' && !nextNonBlankIsFormat(text, lineEnd, limit))) return pos;
    if (lineEnd >= limit) return limit;
    pos = lineEnd;
  }
}

function nextNonBlankIsFormat(text: string, from: number, limit: number): boolean {
  for (const line of text.slice(from, limit).split('\n')) {
    if (line.trim() !== '') return isPreambleFormatLine(line);
  }
  return false;
}

function orphanEndStart(text: string, floor: number, endPos: number): number {
  let start = endPos;
  // The marker's own line may hold block text before it.
  const lineStart = text.lastIndexOf('\n', endPos - 1) + 1;
  if (lineStart >= floor && isPreambleFormatLine(text.slice(lineStart, endPos))) start = lineStart;
  else return endPos;
  while (start > floor) {
    const prevStart = text.lastIndexOf('\n', start - 2) + 1;
    if (prevStart < floor) break;
    if (!isPreambleFormatLine(text.slice(prevStart, start - 1))) break;
    start = prevStart;
  }
  return start;
}

/**
 * Takes Reverie's block out of text a user sent, by its content, never by markers alone: whatever the user typed
 * stays, a `⟦/reverie⟧` they typed included.
 * - `known`: blocks Reverie wrote (this page's composer, this tab's recent blocks). The one that matches best is
 *   removed line by line: only lines that are still, whitespace aside, lines of that block; a line the user changed
 *   is theirs now and stays (lib/preamble/block-lines.ts).
 * - Any other block is removed only when it is whole and has Reverie's shape: a start-marker line, then "- " items
 *   (at least one), headings, its intro line and blank lines only, then an end-marker line (an export of chats sent before, a block from another
 *   tab). A half block of unknown content is left as it is: it cannot be told from what the user wrote.
 */
export function stripPreamble(text: string, known: readonly string[] = []): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  let lines = normalised.split('\n');
  const match = bestMatch(lines, known);
  if (match) lines = removeMatch(lines, match);
  else {
    // A thread may show the sent message with its line breaks flattened: look for the block's lines in the flow.
    const flow = bestFlowMatch(normalised, known);
    if (flow) lines = removeRanges(normalised, flow.ranges).split('\n');
  }
  lines = removeWholeBlocks(lines).map(removeWholeBlockInLine);
  const out = lines.join('\n');
  if (out === normalised) return text.trim();
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

function bestFlowMatch(text: string, known: readonly string[]): FlowMatch | null {
  let best: FlowMatch | null = null;
  for (const block of known) {
    const m = matchBlockInFlow(text, block);
    if (m && (!best || (m.intact !== best.intact ? m.intact : m.found >= best.found))) best = m;
  }
  return best;
}

/** The known block that stands best in `lines`: a whole one first, then the one with most lines still there. */
function bestMatch(lines: readonly string[], known: readonly string[]): BlockMatch | null {
  let best: BlockMatch | null = null;
  for (const block of known) {
    const m = matchBlock(lines, block);
    if (m && (!best || (m.intact !== best.intact ? m.intact : m.found >= best.found))) best = m;
  }
  return best;
}

const START_LINE_RE = /^⟦\s*reverie\s*⟧/i;
const END_LINE_RE = /^⟦\s*\/\s*reverie\s*⟧/i;

/** Removes whole blocks of Reverie's shape (see stripPreamble); text after an end marker on its line stays. */
function removeWholeBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = START_LINE_RE.test(lines[i]!.trim()) ? wholeBlockEnd(lines, i) : -1;
    if (end < 0) {
      out.push(lines[i]!);
      continue;
    }
    const after = lines[end]!.trim().replace(END_LINE_RE, '').trim();
    if (after !== '') out.push(after);
    i = end;
  }
  return out;
}

const HEADINGS_ALT = [...HEADING_LINES].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** A whole block flattened onto one line: start marker, a heading followed by a "- " item, end marker; no marker inside. */
const BLOCK_IN_LINE_RE = new RegExp(`⟦\\s*reverie\\s*⟧[^⟦⟧]*?(?:^|\\s)(?:${HEADINGS_ALT})\\s+-\\s[^⟦⟧]*?⟦\\s*\\/\\s*reverie\\s*⟧`, 'gi');

/** A line with a whole block of Reverie's shape flattened into it (see stripPreamble): the block goes, the rest stays. */
function removeWholeBlockInLine(line: string): string {
  if (!line.includes('⟦')) return line;
  const out = line.replace(BLOCK_IN_LINE_RE, '\u0000');
  return out === line ? line : out.split('\u0000').map((part) => part.trim()).filter((part) => part !== '').join(' ');
}

/** An intro line in any wording Reverie has used ("Notes from my past chats on Claude (delete this block if not wanted):" and the like). */
const INTRO_LIKE_RE = /^(?:notes|context)\b.*\bchats?\b.*:$/i;

/** The end-marker line of a whole block starting at `start`, or -1 when what follows is not Reverie's shape. */
function wholeBlockEnd(lines: readonly string[], start: number): number {
  let items = 0;
  for (let i = start + 1; i < lines.length; i++) {
    const t = lines[i]!.replace(/\u00a0/g, ' ').trim();
    if (END_LINE_RE.test(t)) return items > 0 ? i : -1;
    if (t.startsWith('- ')) items++;
    else if (!isPreambleFormatLine(t) && !INTRO_LIKE_RE.test(t)) return -1;
  }
  return -1;
}

/** Removes Reverie's markers (and bracket look-alikes) from untrusted text so it can never open or close a block. */
export function removeDelimiters(text: string): string {
  return text.replace(/⟦\s*\/?\s*reverie\s*⟧/gi, ' ').replace(/[⟦⟧]/g, '');
}
