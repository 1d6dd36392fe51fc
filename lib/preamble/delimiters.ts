/**
 * Reverie's own markers around text it puts in a composer. Capture strips everything between them from user turns,
 * so the preamble is never stored or re-learned (the feedback-loop guard). Plain text so every editor keeps them.
 */
export const PREAMBLE_START = '⟦reverie⟧';
export const PREAMBLE_END = '⟦/reverie⟧';

/**
 * The block's first line after the start marker, and its section headings (format.ts writes them, parsers read them).
 * It says what the block is: notes from the user's past chats.
 */
export const PREAMBLE_INTRO = 'Notes from my past chats (edit or delete freely):';
/** Intros earlier versions wrote: a block still in a composer from before is read the same way. */
const LEGACY_INTROS = ['Context from my past chats (edit or delete freely):'];
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
 * Every Reverie block in `text`. A terminated block runs from its start marker through its end marker. An
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

/** Removes every Reverie block (terminated, unterminated, or only half there) from text a user sent. */
export function stripPreamble(text: string): string {
  const spans = findPreambleSpans(text);
  if (spans.length === 0) return text.trim();
  let out = '';
  let from = 0;
  for (const span of spans) {
    out += text.slice(from, span.start);
    from = span.end;
  }
  out += text.slice(from);
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/** Removes Reverie's markers (and bracket look-alikes) from untrusted text so it can never open or close a block. */
export function removeDelimiters(text: string): string {
  return text.replace(/⟦\s*\/?\s*reverie\s*⟧/gi, ' ').replace(/[⟦⟧]/g, '');
}
