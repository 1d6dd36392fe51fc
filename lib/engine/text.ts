import { porter2 } from './porter2';

/**
 * Text utilities shared by ingestion, the lexical index and recall: normalisation, hashing, tokenisation with an
 * English (Porter2) stemmer, and token-set similarity for near-duplicate suppression.
 */

/** Lowercased, whitespace-collapsed, punctuation-trimmed form used for duplicate and tombstone checks. */
function normaliseText(text: string): string {
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


const STEMS = new Map<string, string>();

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

// Words that frame a question rather than name its topic ("What kind of …", "How likely would …"): dropped from
// queries only. A document that says "kind" or "type" still indexes them.
const QUESTION_WORDS = new Set(
  (
    'what when where which who whom whose why how did does do done kind kinds type types sort likely would could ' +
    'should might think thing things ever has have had was were is are'
  ).split(' '),
);

/**
 * A query without its question framing. Falls back to the original when nothing else is left, so a short popup query
 * ("kind words") still searches for something.
 */
export function stripQuestionWords(query: string): string {
  const kept = query.split(/\s+/).filter((w) => {
    const bare = w.toLowerCase().replace(/[^\p{L}\p{N}'’]/gu, '');
    return !QUESTION_WORDS.has(bare);
  });
  const text = kept.join(' ');
  return terms(text).length > 0 ? text : query;
}

/**
 * The English stem of a lowercased word (Snowball "Porter2", possessive dropped): "gaming/games/game" and
 * "hiking/hike" meet, which the earlier light stemmer missed. The same function runs on documents and queries.
 * Memoised (bounded): chat vocabulary repeats, and stemming runs on every indexed and queried word.
 */
export function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = porter2(word.replace(/['’]s$/, ''));
    if (STEMS.size >= 50_000) STEMS.clear();
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

/**
 * A word as written: letters and digits with the marks that belong to them. Without the marks (\p{M}) a word in an
 * Indic script, Thai or pointed Hebrew split at every vowel sign ("नमस्ते" became "नमस" and "त"), and a decomposed
 * accent cut a Latin word in two.
 */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}]*)?/gu;

/** Raw lowercased word tokens (no stop-word removal, no stemming), composed (NFC) so a decomposed accent matches. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD_PATTERN) ?? [];
}

// Scripts written without spaces between words: a run of them is one "word" to WORD_PATTERN, so searching for a word
// inside it found nothing. Chinese and Japanese are indexed as overlapping character pairs (with each Han character
// alone as well, since many Chinese words are one character), the way search engines index them without a dictionary;
// Thai, Lao, Khmer and Burmese are split by the runtime's word segmenter (Intl.Segmenter), kept whole where it is
// missing. The prolonged sound mark (ー) belongs to the kana around it.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const HAN = /\p{Script=Han}/u;
const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUNS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+|[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{M}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;

// Hebrew vowel points and cantillation, Arabic short vowels and the tatweel stretch: written in some texts and left out
// in most, so "שָׁלוֹם" must find "שלום". (Indic vowel signs are letters' parts, never optional: they stay.)
const OPTIONAL_POINTS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670]|\u0640/u;
const OPTIONAL_POINTS_ALL = new RegExp(OPTIONAL_POINTS.source, 'gu');

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

function cjkUnits(run: string, out: string[]): void {
  const chars = [...run];
  if (chars.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i < chars.length; i++) {
    if (HAN.test(chars[i]!)) out.push(chars[i]!);
    if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
  }
}

function southeastAsianWords(run: string, out: string[]): void {
  const seg = wordSegmenter();
  if (!seg) {
    out.push(run);
    return;
  }
  for (const s of seg.segment(run)) if (s.isWordLike) out.push(s.segment);
}

/** Whether a word is (partly) in a script written without spaces, which `indexWords` splits into smaller units. */
export function isUnspacedScript(word: string): boolean {
  return CJK.test(word) || SOUTHEAST_ASIAN.test(word);
}

/**
 * Words as the search indexes and queries them: `words`, with runs of scripts written without spaces split into
 * searchable units. The lexical index, its queries and every term overlap (`terms`) use this, so they agree.
 */
export function indexWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (!isUnspacedScript(w)) {
      out.push(OPTIONAL_POINTS.test(w) ? w.replace(OPTIONAL_POINTS_ALL, '') : w);
      continue;
    }
    for (const run of w.match(UNSPACED_RUNS) ?? []) {
      if (CJK.test(run[0]!)) cjkUnits(run, out);
      else if (SOUTHEAST_ASIAN.test(run)) southeastAsianWords(run, out);
      else out.push(run);
    }
  }
  return out;
}

const ELIDED = /^(?:j|l|d|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|un)['’](?=[aeiouyhàâäéèêëîïôöûüœ])/;

/**
 * A lower-cased word as it is indexed, before stop words and stemming: no possessive 's, no apostrophes. French and
 * Italian elide an article or pronoun into the next word ("j'habite", "l'hôpital", "dell'anno"): the word is what
 * follows ("jhabit" matched nothing). Only before a vowel or h, as elision is; "c'mon" keeps its letters.
 */
export function bareWord(raw: string): string {
  return raw
    .replace(/['’]s$/, '')
    .replace(ELIDED, '')
    .replace(/['’]/g, '');
}

/** Index/query terms: words minus stop words, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of indexWords(text)) {
    const w = bareWord(raw);
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

/** The text with its first letter capitalised: a name typed in lower case ("bosse" → "Bosse"), a sentence's start. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
