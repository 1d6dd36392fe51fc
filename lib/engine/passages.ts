import { EMBEDDING_MODELS, embeddingModelInfo, type EmbeddingModelInfo } from './models';
import { approxTokens } from './text';

/**
 * Splits a turn into passages for retrieval: paragraph- and sentence-aware, no longer than the embedding model reads
 * (passageTokensFor), with a one-sentence overlap so a fact that straddles a boundary is still whole in one passage.
 * Fenced code blocks stay in one piece unless they alone exceed the limit.
 */

/**
 * Approximate tokens (text.ts: 4 characters each) per real model token, taken at the dense end of chat text so that a
 * passage of N approximate tokens fits N / 0.75 real ones. Measured with MiniLM's WordPiece tokenizer: LongMemEval's
 * turns run 4.4 characters a token overall, 3.8 at the 5th percentile, 3.2 at the 1st; at 3 characters a token, 0.2% of
 * its passages still run past 256 real tokens (by a few tokens), against 33% when passages were 512 approximate tokens.
 */
const APPROX_PER_MODEL_TOKEN = 0.75;
/** [CLS] and [SEP] (BERT-style models): inside the model's window, not text. */
const SPECIAL_TOKENS = 2;

/**
 * The longest passage, in approximate tokens, that the model embeds whole: its window less the special tokens and the
 * passage prefix (one real token per 3 characters at most), in approximate tokens.
 */
export function passageTokensForModel(model: Pick<EmbeddingModelInfo, 'maxTokens' | 'passagePrefix'>): number {
  const prefixTokens = Math.ceil((model.passagePrefix ?? '').length / 3);
  return Math.floor((model.maxTokens - SPECIAL_TOKENS - prefixTokens) * APPROX_PER_MODEL_TOKEN);
}

/**
 * Passage length for the embedder a database is written under: its catalog entry's window; without one (no model
 * loaded yet: the host opens the engine before the model, and a test or benchmark model) the shortest window of the
 * catalog, so text split before a model loads is read whole by whichever catalog model embeds it later.
 */
export function passageTokensFor(modelId?: string): number {
  const info = modelId === undefined ? undefined : embeddingModelInfo(modelId);
  return info ? passageTokensForModel(info) : Math.min(...EMBEDDING_MODELS.map(passageTokensForModel));
}

export interface Passage {
  text: string;
  /** Character offset of the passage within the turn text. */
  offset: number;
}

export interface SplitOptions {
  /** Longest passage in approximate tokens; default: the shortest window of the catalog (passageTokensFor()). */
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
  const maxTokens = opts.maxTokens ?? passageTokensFor();
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
