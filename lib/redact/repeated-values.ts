import type { RedactionLabel, SecretSpan } from './rules';

/**
 * A secret found once is a secret wherever else the same text holds it: "Ops gave me <token> for staging" names
 * nothing, but the same token under `'X-Clinic-Token':` two lines below is taken by its key, and masking it there
 * alone would leave it readable in the sentence. Every other occurrence of a found value, standing as a whole word
 * (not inside a longer run of letters and digits), is masked with the same label. Values shorter than eight
 * characters are left to their own rules: a short PIN or code may recur as a count or a time; so are words and names
 * (a password `postgres` is also the scheme and the user of its URL, and the word is no secret there).
 */

const MIN_LENGTH = 8;
/** Labels of values that are secrets wherever they stand (contact details are redacted by option, not by value). */
const REPEATABLE: ReadonlySet<RedactionLabel> = new Set([
  'api key', 'bearer token', 'jwt', 'private key', 'password', 'cookie', 'card number', 'iban', 'ssn', 'national id',
  'bank account', 'recovery code', 'policy number',
]);

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A secret value found in a text, by its label: what `findRepeats` looks for again, here or in a later text. */
export interface FoundValue {
  value: string;
  label: RedactionLabel;
}

/** The kept spans' values that are secrets wherever they stand again (long enough, not words or references). */
export function repeatableValues(text: string, kept: readonly SecretSpan[]): FoundValue[] {
  const out: FoundValue[] = [];
  for (const span of kept) {
    if (!REPEATABLE.has(span.label) || span.end - span.start < MIN_LENGTH) continue;
    const value = text.slice(span.start, span.end);
    // Words and names (`postgres`, `$env:SA_PASSWORD`) are not secrets by their spelling; a value found where a
    // reference stood would be masked again wherever the reference is.
    if (/^[$%{<&@]/.test(value) || (!/\d/.test(value) && /^[\p{L}_.:-]+$/u.test(value))) continue;
    out.push({ value, label: span.label });
  }
  return out;
}

/** Other occurrences of these values (found in this text or an earlier one), where no span or marker has taken the text. */
export function findRepeats(text: string, values: readonly FoundValue[], taken: Uint8Array): SecretSpan[] {
  // Values by their first eight characters, so that one lookup per position finds the candidates.
  const byPrefix = new Map<string, { value: string; label: RedactionLabel }[]>();
  const firstChars = new Set<number>();
  for (const { value, label } of values) {
    if (value.length < MIN_LENGTH) continue;
    const prefix = value.slice(0, MIN_LENGTH);
    const list = byPrefix.get(prefix) ?? [];
    if (!list.some((v) => v.value === value)) list.push({ value, label });
    byPrefix.set(prefix, list);
    firstChars.add(value.charCodeAt(0));
  }
  if (byPrefix.size === 0) return [];
  const spans: SecretSpan[] = [];
  for (let i = 0; i + MIN_LENGTH <= text.length; i++) {
    if (taken[i] || !firstChars.has(text.charCodeAt(i))) continue;
    if (i > 0 && WORD_CHAR.test(text[i - 1]!) && WORD_CHAR.test(text[i]!)) continue;
    const candidates = byPrefix.get(text.slice(i, i + MIN_LENGTH));
    if (!candidates) continue;
    // The longest value that stands here whole.
    let best: { value: string; label: RedactionLabel } | undefined;
    for (const c of candidates) {
      const end = i + c.value.length;
      if (!text.startsWith(c.value, i) || (best && best.value.length >= c.value.length)) continue;
      if (end < text.length && WORD_CHAR.test(text[end]!) && WORD_CHAR.test(text[end - 1]!)) continue;
      if (taken.subarray(i, end).some((t) => t !== 0)) continue;
      best = c;
    }
    if (!best) continue;
    const end = i + best.value.length;
    taken.fill(1, i, end);
    spans.push({ start: i, end, label: best.label });
    i = end - 1;
  }
  return spans;
}
