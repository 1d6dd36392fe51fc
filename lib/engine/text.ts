/**
 * Text utilities shared by ingestion, the lexical index and recall: normalisation, hashing, tokenisation with a
 * light English stemmer, and token-set similarity for near-duplicate suppression.
 */

/** Lowercased, whitespace-collapsed, punctuation-trimmed form used for duplicate and tombstone checks. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .trim();
}

/** cyrb53: a fast, well-mixed 53-bit string hash (synchronous, so it can run inside a Dexie transaction). */
function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hash of the exact text (tells an edit from a re-capture). Two seeds make accidental collisions negligible. */
export function hashText(text: string): string {
  return cyrb53(text).toString(36) + cyrb53(text, 0x9e3779b9).toString(36);
}

/** Hash of the normalised text (duplicates and tombstones ignore case, spacing and edge punctuation). */
export function hashNormalised(text: string): string {
  return hashText(normaliseText(text));
}

// A compact English stop-word list: function words that carry no topic.
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on ' +
    'once only or other our ours ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself yourselves also been ever get got im ive its ' +
    'let lets may might much must oh ok okay really s shall t u us yeah yes hey hi wow well would thats dont didnt ' +
    'doesnt isnt wasnt arent youre theyre weve youve ill id'
  ).split(' '),
);

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/**
 * A light English stemmer: folds the inflections that matter for recall (plurals, possessives, -ing, -ed, -ly,
 * a few derivational endings) without Porter's aggressive conflation. Consistency matters more than linguistics:
 * the same function runs on documents and queries.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3)
    w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));

  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  if (w.endsWith('ful') && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5) + 'e';
  if (w.endsWith('er') && w.length > 5 && !w.endsWith('eer')) w = undouble(w.slice(0, -2));
  // Fold a trailing silent e so "paint/painting", "hike/hiking", "move/moving" meet.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  // "running" → "run", "stopped" → "stop"; keep ll/ss/zz ("fall", "pass", "buzz").
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1]!)) return w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Raw lowercased word tokens (no stop-word removal, no stemming). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Index/query terms: words minus stop words, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    const w = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (!w || STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Jaccard similarity of two term sets (near-duplicate suppression). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Rough token count (≈ GPT-style tokens) without loading a BPE table: ~4 characters per token. */
export function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
