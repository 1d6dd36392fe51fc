/**
 * A typo put right the way chats do it, with the right word and a star in the next breath: "signed the least on a
 * place in Mandurah. lease* omg", "meeting at the bank tomorow. *tomorrow". The starred word takes the place of the
 * last word before it that it is a near spelling of (one or two letters apart, same first letter), and the star
 * itself is taken out, so the rules read what the user meant. A phone's autocorrect is often put right in the same
 * sentence, a few words on ("started as a roadside patriot on monday *patrol lol autocorrect"): a word with a star
 * before it, inside a sentence, corrects a near spelling earlier in that sentence only, and only where no star
 * follows on its line (which would make it `*emphasis*`). A starred word with nothing near it before changes
 * nothing; `*emphasis*` (a star on both sides) is no correction.
 */
export function withStarredCorrections(text: string): string {
  if (!text.includes('*')) return text;
  let out = text;
  for (;;) {
    const m = STARRED.exec(out);
    if (!m) return out;
    const word = m[2] ?? m[3]!;
    const start = m.index + m[1]!.length;
    const before = out.slice(0, start);
    // Inside a sentence, only that sentence's words are candidates.
    const inside = m.index > 0 && /[\p{L}\p{N},]/u.test(out[m.index - 1]!);
    const from = inside ? sentenceStart(before) : 0;
    const found = lastNearSpelling(before.slice(from), word);
    const wrong = found && { index: found.index + from, word: found.word };
    const after = out.slice(m.index + m[0].length);
    const rest = before.replace(/\s+$/, '');
    if (!wrong) {
      // Left as typed, but without its star, so the search does not stop at it again.
      out = `${out.slice(0, start)}${word}${after}`;
      continue;
    }
    out = `${rest.slice(0, wrong.index)}${word}${rest.slice(wrong.index + wrong.word.length)}${m[1]}${after.replace(/^\s*[,.;:!]?\s*/, '')}`;
  }
}

/**
 * A word with a star after or before it, standing at the start of a sentence or the message, or a word with a star
 * before it inside a sentence where no other star follows on its line: the correction.
 */
const STARRED =
  /(^|(?<=[.!?\n])\s*|\s*\n\s*|(?<=[\p{L}\p{N},])[ \t]+(?=\*[\p{L}][\p{L}'’-]{2,}(?![\p{L}*])(?![^\n]*\*)))(?:([\p{L}][\p{L}'’-]{2,})\*(?!\*|[\p{L}])|\*(?!\*)([\p{L}][\p{L}'’-]{2,})(?![\p{L}*]))/u;

/** Where the sentence that ends `before` starts. */
function sentenceStart(before: string): number {
  const m = /[.!?\n][^.!?\n]*$/.exec(before);
  return m ? m.index + 1 : 0;
}

function lastNearSpelling(before: string, word: string): { index: number; word: string } | undefined {
  const lower = word.toLowerCase();
  const words = [...before.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]![0];
    const wl = w.toLowerCase();
    if (wl === lower || wl[0] !== lower[0]) continue;
    const limit = lower.length <= 4 ? 1 : 2;
    if (editDistance(wl, lower, limit) <= limit) return { index: words[i]!.index, word: w };
  }
  return undefined;
}

/** Levenshtein distance, given up past `limit` (only "near" matters). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...row) > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
