import type { SecretSpan } from './rules';

/**
 * BM's round: a second person's ID of the same kind, said right after a found one ("my cédula is … and my partner's
 * is 1712345678", "mine is …, my wife's: …"): the owner's possessive and "is" or a colon stand before it, and it has
 * the found ID's own number of digits and its layout (digits and separators in the same places). A sentence that
 * gives one ID gives the second in the same words; another number there (a phone's, an order's) has another length or
 * another layout, or no possessive before it.
 */
const OWNER_THEN_VALUE =
  /^[ \t,;]*(?:and|&|plus|also)?[ \t]*(?:(?:my|his|her|their|our|the)[ \t]+)?[\p{L}-]{2,20}['’]s?(?:[ \t]+(?:one|number|no\.?))?[ \t]*(?:is|=|:)[ \t]*([\dA-Z][\dA-Z .-]{5,24}[\dA-Z])(?![\p{L}\p{N}])/u;
const MAX_FOUND = 50;

function layout(v: string): string {
  return v.replace(/\d/g, '9').replace(/[A-Z]/g, 'A');
}

export function findIdsBesideFoundIds(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = MAX_FOUND;
  for (const found of kept) {
    if (found.label !== 'national id') continue;
    if (--budget < 0) break;
    const m = OWNER_THEN_VALUE.exec(text.slice(found.end, found.end + 80));
    if (!m) continue;
    const value = m[1]!.replace(/[ .-]+$/, '');
    if (layout(value) !== layout(text.slice(found.start, found.end))) continue;
    const start = found.end + m[0].length - m[1]!.length;
    if (taken.subarray(start, start + value.length).some((t) => t !== 0)) continue;
    taken.fill(1, start, start + value.length);
    spans.push({ start, end: start + value.length, label: 'national id' });
  }
  return spans;
}
