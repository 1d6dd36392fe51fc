import { countTokens } from 'gpt-tokenizer';

/** Token counts with a real BPE tokenizer (o200k_base, GPT-4o's), close to what the chat sites' models see. */
export function tokenCount(text: string): number {
  return text === '' ? 0 : countTokens(text);
}

const ELLIPSIS = '…';

/**
 * The longest word-boundary prefix of `text` (plus "…" when cut) that fits in `maxTokens`; '' when not even one word
 * fits. Text that already fits comes back unchanged.
 */
export function truncateToTokens(text: string, maxTokens: number, count: (s: string) => number = tokenCount): string {
  if (maxTokens <= 0) return '';
  if (count(text) <= maxTokens) return text;
  const words = text.split(' ');
  // Binary search on the number of words kept: token counts grow with the prefix.
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (count(cut(words, mid)) <= maxTokens) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return '';
  const result = cut(words, lo);
  return count(result) <= maxTokens ? result : '';
}

function cut(words: string[], n: number): string {
  return words.slice(0, n).join(' ').replace(/[\s,;:.\-–—]+$/u, '') + ELLIPSIS;
}
