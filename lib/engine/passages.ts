import { approxTokens } from './text';

/**
 * Splits a turn into passages for retrieval: paragraph- and sentence-aware, ~512 tokens at most, with a one-sentence
 * overlap so a fact that straddles a boundary is still whole in one passage. Fenced code blocks stay in one piece
 * unless they alone exceed the limit.
 */

export interface Passage {
  text: string;
  /** Character offset of the passage within the turn text. */
  offset: number;
}

export interface SplitOptions {
  maxTokens?: number;
  /** Overlap carried into the next passage, at most this many tokens (one trailing sentence). */
  overlapTokens?: number;
}

interface Unit {
  text: string;
  offset: number;
  /** A paragraph break (or code fence) follows; packing prefers to break here. */
  breakAfter: boolean;
  code: boolean;
}

const FENCE = /```[\s\S]*?(?:```|$)/g;

export function splitIntoPassages(text: string, opts: SplitOptions = {}): Passage[] {
  const maxTokens = opts.maxTokens ?? 512;
  const overlapTokens = opts.overlapTokens ?? 64;
  if (approxTokens(text) <= maxTokens) return text.trim() ? [{ text, offset: 0 }] : [];

  const units = toUnits(text, maxTokens);
  const passages: Passage[] = [];
  let current: Unit[] = [];
  let currentTokens = 0;

  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.offset;
    const last = current[current.length - 1]!;
    passages.push({ text: text.slice(start, last.offset + last.text.length).trim(), offset: start });
    // Carry the last sentence over when it is short and not code: context for the next passage.
    const carry = !last.code && approxTokens(last.text) <= overlapTokens && current.length > 1 ? [last] : [];
    current = carry;
    currentTokens = carry.reduce((n, u) => n + approxTokens(u.text), 0);
  };

  for (const unit of units) {
    const tokens = approxTokens(unit.text);
    if (currentTokens + tokens > maxTokens && current.length > 0) flush();
    current.push(unit);
    currentTokens += tokens;
    // Prefer breaking at paragraph ends once the passage is reasonably full.
    if (unit.breakAfter && currentTokens >= maxTokens * 0.75) flush();
  }
  // The trailing carry alone repeats the previous passage's end: only flush when something new was added.
  if (current.length > 0 && !(passages.length > 0 && current.length === 1 && isCarry(current[0]!, passages))) flush();
  return passages.filter((p) => p.text.length > 0);
}

function isCarry(unit: Unit, passages: Passage[]): boolean {
  const prev = passages[passages.length - 1]!;
  return unit.offset >= prev.offset && unit.offset + unit.text.length <= prev.offset + prev.text.length + 1;
}

/** Breaks text into sentence units (code blocks whole), each with its offset. */
function toUnits(text: string, maxTokens: number): Unit[] {
  const units: Unit[] = [];
  let pos = 0;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
    proseUnits(text.slice(pos, m.index), pos, units, maxTokens);
    pushHard(units, m[0], m.index, maxTokens, true);
    pos = m.index + m[0].length;
  }
  proseUnits(text.slice(pos), pos, units, maxTokens);
  return units;
}

function proseUnits(chunk: string, base: number, out: Unit[], maxTokens: number): void {
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let p = paragraphs.exec(chunk); p; p = paragraphs.exec(chunk)) {
    const sentences = splitSentences(p[0]);
    sentences.forEach((s, i) => {
      if (!s.text.trim()) return;
      pushHard(out, s.text, base + p!.index + s.offset, maxTokens, false, i === sentences.length - 1);
    });
  }
}

function splitSentences(paragraph: string): { text: string; offset: number }[] {
  const Segmenter = (Intl as unknown as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    const seg = new Segmenter('en', { granularity: 'sentence' });
    return Array.from(seg.segment(paragraph), (s) => ({ text: s.segment, offset: s.index }));
  }
  const out: { text: string; offset: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+["')\]]*\s*|$)/g;
  for (let m = re.exec(paragraph); m && m[0]; m = re.exec(paragraph)) out.push({ text: m[0], offset: m.index });
  return out;
}

/** Pushes a unit, cutting it by lines and then by characters when it alone exceeds the limit. */
function pushHard(out: Unit[], text: string, offset: number, maxTokens: number, code: boolean, breakAfter = true): void {
  const maxChars = maxTokens * 4;
  if (text.length <= maxChars) {
    out.push({ text, offset, breakAfter, code });
    return;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      const sp = text.lastIndexOf(' ', end);
      const cut = nl > start + maxChars / 2 ? nl : sp > start + maxChars / 2 ? sp : end;
      end = cut;
    }
    out.push({ text: text.slice(start, end), offset: offset + start, breakAfter: end >= text.length, code });
    start = end;
  }
}
