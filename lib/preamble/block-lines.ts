/**
 * Finding a block Reverie wrote in a text by its content, line by line, so it can be taken out again without taking
 * anything the user typed. Editors re-wrap the block (a paragraph per line, blank lines between, non-breaking
 * spaces), so lines compare whitespace-insensitively; a line the user changed no longer matches and is kept.
 */

/** One line as compared: whitespace runs (non-breaking spaces included) as one space, trimmed. */
export function lineKey(line: string): string {
  return line.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Where a known block stands in a text's lines. */
export interface BlockMatch {
  /** Text line indices that are, whitespace aside, lines of the block (or cut-down copies of them): they go. */
  lines: number[];
  /**
   * A line that holds the block's first or last line plus text the user put on the same line (typed before the start
   * marker, or after the end marker): the columns [from, to) that are the block's; the rest is the user's.
   */
  cuts: Map<number, { from: number; to: number }>;
  /** First and last text line of the block's region (blank lines inside it go too). */
  first: number;
  last: number;
  /** Every line of the block is there, in order, with only blank lines between them: the block as it was written. */
  intact: boolean;
  /** How many of the block's lines were found. */
  found: number;
}

/**
 * The block's lines in `lines`: the longest in-order match of the block's lines (earliest occurrences first, so the
 * block's own lines win over copies further down), cut to the cluster that hangs together. Accepted only when it
 * still carries block content beside one of its markers (or half the block): marker lines alone never count, and the
 * end marker counts only right below matched block lines, so a `⟦/reverie⟧` the user typed after their message
 * stays. Null when the block is not there.
 */
export function matchBlock(lines: readonly string[], block: string): BlockMatch | null {
  const blockKeys = block.split('\n').map(lineKey).filter((k) => k !== '');
  if (blockKeys.length === 0) return null;
  const keys = lines.map(lineKey);
  const best = bestCluster(keys, matchedPairs(keys, blockKeys), blockKeys);
  if (!best) return null;
  const lastBlock = blockKeys.length - 1;
  const { cuts, firstLine, lastLine } = markerCuts(lines, keys, blockKeys, best);

  const found = best.length + cuts.size;
  const hasMarker = best.some((p) => p.block === 0 || p.block === lastBlock) || cuts.size > 0;
  const hasContent = best.some((p) => p.block !== 0 && p.block !== lastBlock);
  if (!hasContent || (!hasMarker && found * 2 < blockKeys.length)) return null;
  const intact =
    best.length === blockKeys.length && best.every((p, i) => i === 0 || nonBlankBetween(keys, best[i - 1]!.text, p.text) === 0);

  const shortened = shortenedLines(keys, blockKeys, best, { first: firstLine, last: lastLine }, cuts);
  return { lines: shortened.removed.sort((a, b) => a - b), cuts, first: shortened.first, last: shortened.last, intact, found };
}

/** A text line matched to a block line: their indices. */
interface LinePair {
  text: number;
  block: number;
}

/** The longest in-order match of the block's lines among the text's lines, earliest occurrences first. */
function matchedPairs(keys: readonly string[], blockKeys: readonly string[]): LinePair[] {
  const wanted = new Set(blockKeys);
  // Only lines equal to some block line can match: the table stays small however long the text is.
  const candidates: number[] = [];
  keys.forEach((k, i) => {
    if (wanted.has(k)) candidates.push(i);
  });
  return longestMatch(candidates.map((i) => keys[i]!), blockKeys).map(([c, b]) => ({ text: candidates[c]!, block: b }));
}

/**
 * Clusters: consecutive matches whose gap of unmatched lines can be explained as edits of the block lines skipped
 * there (one changed or inserted line per skipped line, plus one). The end marker joins only across lines that are
 * edited copies of the block lines skipped there: a `⟦/reverie⟧` the user typed below their own lines is not the
 * block's. The largest cluster (the first of equals), or null when nothing matched.
 */
function bestCluster(keys: readonly string[], pairs: LinePair[], blockKeys: readonly string[]): LinePair[] | null {
  const lastBlock = blockKeys.length - 1;
  const clusters: LinePair[][] = [];
  for (const pair of pairs) {
    const cluster = clusters.at(-1);
    const prev = cluster?.at(-1);
    if (cluster && prev) {
      const gap = nonBlankBetween(keys, prev.text, pair.text);
      const skipped = pair.block - prev.block - 1;
      if (pair.block === lastBlock ? editsOf(keys, prev, pair, blockKeys) : gap <= skipped + 1) {
        cluster.push(pair);
        continue;
      }
    }
    clusters.push([pair]);
  }
  return clusters.reduce<LinePair[] | null>((a, c) => (!a || c.length > a.length ? c : a), null);
}

/**
 * The marker lines that also hold the user's text (typed before the start marker, after the end marker), right next
 * to the cluster: the marker's columns, and the block's region widened to those lines.
 */
function markerCuts(
  lines: readonly string[],
  keys: readonly string[],
  blockKeys: readonly string[],
  best: LinePair[],
): { cuts: BlockMatch['cuts']; firstLine: number; lastLine: number } {
  const lastBlock = blockKeys.length - 1;
  const cuts = new Map<number, { from: number; to: number }>();
  const first = best[0]!;
  const last = best.at(-1)!;
  let firstLine = first.text;
  let lastLine = last.text;
  // The start marker's line with the user's text before it, right above the block.
  if (first.block === 1) {
    const above = previousNonBlank(keys, first.text);
    const head = blockKeys[0]!;
    if (above >= 0 && keys[above]!.endsWith(head) && keys[above] !== head) {
      cuts.set(above, { from: rawIndexOf(lines[above]!, head, 'end'), to: lines[above]!.length });
      firstLine = above;
    }
  }
  // The end marker's line with the user's text after it, right below the block.
  if (last.block === lastBlock - 1) {
    const below = nextNonBlank(keys, last.text);
    const tail = blockKeys[lastBlock]!;
    if (below >= 0 && keys[below]!.startsWith(tail) && keys[below] !== tail) {
      cuts.set(below, { from: 0, to: rawIndexOf(lines[below]!, tail, 'start') });
      lastLine = below;
    }
  }
  return { cuts, firstLine, lastLine };
}

/**
 * The cluster's lines plus lines that only lost characters (a deleted marker, a cut item): they hold nothing the user
 * typed, so they go too. Looked for between the matches and, past a region edge that is no cut marker line, above and
 * below it (widening the region).
 */
function shortenedLines(
  keys: readonly string[],
  blockKeys: readonly string[],
  best: LinePair[],
  region: { first: number; last: number },
  cuts: BlockMatch['cuts'],
): { removed: number[]; first: number; last: number } {
  const lastBlock = blockKeys.length - 1;
  let { first: firstLine, last: lastLine } = region;
  const removed = best.map((p) => p.text);
  for (let i = 1; i < best.length; i++) {
    let next = best[i - 1]!.block + 1;
    for (let t = best[i - 1]!.text + 1; t < best[i]!.text; t++) {
      if (keys[t] === '') continue;
      const from = shortenedFrom(keys[t]!, blockKeys, next, best[i]!.block);
      if (from >= 0) {
        removed.push(t);
        next = from + 1;
      }
    }
  }
  if (!cuts.has(firstLine)) {
    for (let t = previousNonBlank(keys, firstLine), b = best[0]!.block; t >= 0 && b > 0; t = previousNonBlank(keys, t)) {
      const from = shortenedFrom(keys[t]!, blockKeys, 0, b, true);
      if (from < 0) break;
      removed.push(t);
      firstLine = t;
      b = from;
    }
  }
  if (!cuts.has(lastLine)) {
    for (let t = nextNonBlank(keys, lastLine), b = best.at(-1)!.block + 1; t >= 0 && b <= lastBlock; t = nextNonBlank(keys, t)) {
      const from = shortenedFrom(keys[t]!, blockKeys, b, lastBlock + 1);
      if (from < 0) break;
      removed.push(t);
      lastLine = t;
      b = from + 1;
    }
  }
  return { removed, first: firstLine, last: lastLine };
}

/** Every non-blank line between two matches is an edited copy of a block line skipped there, in order. */
function editsOf(
  keys: readonly string[],
  prev: { text: number; block: number },
  next: { text: number; block: number },
  blockKeys: readonly string[],
): boolean {
  let b = prev.block + 1;
  for (let t = prev.text + 1; t < next.text; t++) {
    if (keys[t] === '') continue;
    while (b < next.block && !similar(keys[t]!, blockKeys[b]!)) b++;
    if (b >= next.block) return false;
    b++;
  }
  return true;
}

/** An edited copy: the block line with text added to it, or cut down to at least half of it. */
export function similar(edited: string, original: string): boolean {
  return isSubsequence(original, edited) || (edited.length * 2 >= original.length && isSubsequence(edited, original));
}

/**
 * The index in blockKeys[from, to) of a block line that `key` is a cut-down copy of (its characters, in order, and at
 * least half of them), or -1. `latest`: prefer the last such line (walking upwards), else the first.
 */
function shortenedFrom(key: string, blockKeys: readonly string[], from: number, to: number, latest = false): number {
  for (let k = 0; k < to - from; k++) {
    const b = latest ? to - 1 - k : from + k;
    const full = blockKeys[b]!;
    if (key.length * 2 >= full.length && isSubsequence(key, full)) return b;
  }
  return -1;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (short[i] === long[j]) i++;
  return i === short.length;
}

/** `lines` with the matched block taken out: its lines, the blank lines inside it, the marker parts of trimmed lines. */
export function removeMatch(lines: readonly string[], match: BlockMatch): string[] {
  const gone = new Set(match.lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (gone.has(i)) return;
    const cut = match.cuts.get(i);
    if (cut) {
      const kept = (line.slice(0, cut.from) + ' ' + line.slice(cut.to)).trim();
      if (kept !== '') out.push(kept);
      return;
    }
    if (i > match.first && i < match.last && lineKey(line) === '') return;
    out.push(line);
  });
  return out;
}

/** Index pairs [a, b] of a longest common subsequence, each element matched as early as it can be. */
function longestMatch(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // suffix[i][j] = length of the longest match of a[i..] and b[j..]
  const suffix: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffix[i]![j] = a[i] === b[j] ? suffix[i + 1]![j + 1]! + 1 : Math.max(suffix[i + 1]![j]!, suffix[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j] && suffix[i]![j] === suffix[i + 1]![j + 1]! + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (suffix[i + 1]![j]! >= suffix[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function nonBlankBetween(keys: readonly string[], from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (keys[i] !== '') count++;
  return count;
}

function previousNonBlank(keys: readonly string[], from: number): number {
  for (let i = from - 1; i >= 0; i--) if (keys[i] !== '') return i;
  return -1;
}

function nextNonBlank(keys: readonly string[], from: number): number {
  for (let i = from + 1; i < keys.length; i++) if (keys[i] !== '') return i;
  return -1;
}

/**
 * Where the marker part of a raw line begins ('end': the head is the line's end) or ends ('start': the tail is its
 * start), mapping the whitespace-collapsed key back onto the raw line.
 */
function rawIndexOf(raw: string, key: string, side: 'start' | 'end'): number {
  if (side === 'start') {
    // Walk the raw line until `key`'s characters (whitespace runs as one) are consumed.
    let k = 0;
    let i = 0;
    while (i < raw.length && /[\s\u00a0]/.test(raw[i]!)) i++;
    while (i < raw.length && k < key.length) {
      if (/[\s\u00a0]/.test(raw[i]!)) {
        while (i < raw.length && /[\s\u00a0]/.test(raw[i]!)) i++;
        if (key[k] === ' ') k++;
      } else {
        i++;
        k++;
      }
    }
    return i;
  }
  const reversed = rawIndexOf([...raw].reverse().join(''), [...key].reverse().join(''), 'start');
  return raw.length - reversed;
}
