import { terms } from '../engine/text';
import { tokenCount } from './tokens';

/**
 * The part of a remembered passage that bears on what the user is typing: a long passage (a whole answer, a long
 * message) brought in by a few of its sentences shows those sentences, with their neighbours as room allows, instead
 * of its opening. Sentences keep their order; a gap is marked "…". A passage that fits, or that no sentence of matches
 * (found by meaning alone), is left as it is (the caller cuts it at a word).
 */
const BACK_REFERENCE = /^(?:he|she|they|it|his|her|their|its|him|them|this|that|these|those)\b|^(?:he|she|they|it)['’](?:s|re|d|ll)\b/i;

/**
 * A sentence that mends the one before it in the same breath: "no wait — vegetarian", "sorry, I mean Tuesday", "não,
 * pera — vegetariano", "non, attends, à Lyon". Shown without it, the sentence before reads as what the user meant.
 */
const MENDS_PREVIOUS =
  /^(?:(?:no|nope|sorry|oops|wait|não|nao|non|nein|nee|espera|warte|wacht|perdón|aspetta)\s*[,.!:—–-]|(?:no wait|I mean|I meant|pera|attends)(?![\p{L}])|correction\s*:)/iu;

export function snippet(text: string, queryTerms: ReadonlySet<string>, maxTokens: number): string {
  if (queryTerms.size === 0 || tokenCount(text) <= maxTokens) return text;
  const parts = text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length < 2) return text;
  const score = parts.map((p) => new Set(terms(p).filter((t) => queryTerms.has(t))).size);
  const best = Math.max(...score);
  if (best === 0) return text;
  const first = score.indexOf(best);
  const cost = parts.map((p) => tokenCount(p) + 1);
  // The best sentence, then the other matching ones (most matches first), then the best one's neighbours.
  // A sentence that opens on a pronoun ("he's a pilot with easyJet") needs the one before it to say who: without it the
  // line reads as the user's ("my brother Kwame turns 40" was cut off).
  const antecedent = first > 0 && BACK_REFERENCE.test(parts[first]!) ? [first - 1] : [];
  const order = [
    first,
    ...antecedent,
    ...score
      .map((s, i) => ({ s, i }))
      .filter((x) => x.s > 0 && x.i !== first && !antecedent.includes(x.i))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map((x) => x.i),
  ];
  for (let d = 1; d < parts.length; d++) for (const i of [first + d, first - d]) if (i >= 0 && i < parts.length && !order.includes(i)) order.push(i);
  const kept = new Set<number>();
  let used = 2; // room for the gap marks
  for (const i of order) {
    if (kept.has(i)) continue;
    // A sentence goes with the one that mends it, or not at all.
    const unit = i + 1 < parts.length && !kept.has(i + 1) && MENDS_PREVIOUS.test(parts[i + 1]!) ? [i, i + 1] : [i];
    const unitCost = unit.reduce((sum, u) => sum + cost[u]!, 0);
    if (used + unitCost > maxTokens) {
      if (kept.size === 0) return text; // even the best sentence does not fit: cut the passage at a word instead
      continue;
    }
    for (const u of unit) kept.add(u);
    used += unitCost;
  }
  const out: string[] = [];
  let last = -1;
  for (let i = 0; i < parts.length; i++) {
    if (!kept.has(i)) continue;
    if (i !== last + 1) out.push('…');
    out.push(parts[i]!);
    last = i;
  }
  if (last !== parts.length - 1) out.push('…');
  return out.join(' ');
}
