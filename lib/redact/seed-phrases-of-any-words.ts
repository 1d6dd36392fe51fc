import { wordlist } from '@scure/bip39/wordlists/english.js';
import type { Finder, SecretSpan } from './rules';
import { SEED_CONTEXT } from './seed';
import { contextOf } from './values';

/**
 * A seed phrase whose words are not all on BIP-39's list (AJ's round: phrases written from memory, from another
 * wallet's list, or mistyped, were cut where a word fell off the list, or left): a run of exactly 12, 15, 18, 21 or
 * 24 small words of three to eight letters, one space between, nothing else on either side but a line's edge, a quote,
 * a colon or a stop. Where words about a seed, a wallet or a recovery stand before it (`SEED_CONTEXT`, in some thirty
 * languages), half its words on the list are enough; unnamed, it must stand in quotes, four in five of its words on the
 * list, no word of prose's glue and no word before it that calls it a list.
 */

const LIST = new Set(wordlist);
const LENGTHS = new Set([12, 15, 18, 21, 24]);
/** Small words of prose no phrase is drawn from (the list holds many common nouns and verbs, none of these). */
const GLUE = new Set(['the', 'and', 'for', 'you', 'that', 'with', 'this', 'have', 'but', 'not', 'are', 'was', 'were', 'from', 'they', 'will', 'what', 'when', 'your', 'our', 'its', 'has', 'had', 'can', 'she', 'him', 'her', 'his', 'who', 'which', 'there', 'their', 'them', 'then', 'than', 'been', 'would', 'could', 'should', 'into', 'some', 'just', 'like', 'der', 'die', 'das', 'und', 'les', 'des', 'une', 'est', 'que', 'los', 'las', 'por', 'con', 'para']);

/** Words that call what follows a list of things. */
const LIST_WORDS = /(?<![\p{L}])(?:list\p{L}*|liste\p{L}*|lista\p{L}*|shopping|grocer\p{L}*|ingredients?|einkauf\p{L}*|courses|compras|spesa|vocabular\p{L}*|words?|wörter|mots|palabras|parole)(?![\p{L}])/iu;

/**
 * A run of small words, one space between; the finder checks the run is whole and its length. BL's round: or one
 * other joint throughout, as a note or a card writes a phrase (`word > word > …`, `word · word`, `word | word`,
 * `word / word`, `word - word`).
 */
const RUN = /(?<![\p{L}\p{N}_'’-])\p{Ll}{3,8}(?:( |[ \t]?[>·•|/][ \t]?| - )\p{Ll}{3,8})(?:\1\p{Ll}{3,8}){10,29}(?![\p{L}\p{N}_'’-])/gu;

/** BL's round: words with no Latin letter (Cyrillic, Greek, Armenian …), which no English list can vouch for. */
const NO_LATIN = /^[^\p{Script=Latin}]+$/u;
/** What may stand right before or after a phrase: a line's edge, a quote, a colon, a bracket. */
const EDGE_BEFORE = /(?:^|[\n"“”'‘«:：>\t([]|[:\]"“”'][ \t]|\t[ \t]*)$/u;
const EDGE_AFTER = /^(?:$|[\n"“”'’»)\]\t.,;]|[ \t]+[—–-][ \t])/u;

function findSeedPhrasesOfAnyWords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RUN.exec(text)); ) {
    let words = m[0].split(m[1]!);
    let start = m.index;
    // The word that names it may open the run, no colon after it ("seed frost cactus …", "mnemonic …"): one or two
    // such words before a phrase's length are its label.
    let lead = 0;
    while (!LENGTHS.has(words.length - lead) && lead < 2 && SEED_CONTEXT.test(words[lead]!)) lead++;
    if (lead > 0 && LENGTHS.has(words.length - lead)) {
      start += words.slice(0, lead).join(m[1]!).length + m[1]!.length;
      words = words.slice(lead);
    } else lead = 0;
    if (!LENGTHS.has(words.length) || words.some((w) => GLUE.has(w))) continue;
    if ((lead === 0 && !EDGE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) || !EDGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    if (new Set(words).size < words.length * 0.9) continue;
    const listed = words.filter((w) => LIST.has(w)).length / words.length;
    const named = lead > 0 || SEED_CONTEXT.test(contextOf(text, m.index - 160, m.index));
    // Unnamed, the words must stand in quotes as a copied phrase does ("wrote these down: “…”"); a shopping list or a
    // word list written after its label ("Shopping list: apple banana …") is no phrase.
    const quoted = /["“”'‘«]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^["“”'’»]/.test(text.slice(m.index + m[0].length));
    // BL's round: named, a phrase in another script is taken with all its words distinct (a wallet's list in that
    // language; no English list vouches for it, and prose of twelve words none shorter than three letters, none
    // repeated, between a line's edges, is rare).
    const otherScript = named && words.every((w) => NO_LATIN.test(w)) && new Set(words).size === words.length;
    if ((quoted && listed >= 0.8 && !LIST_WORDS.test(contextOf(text, m.index - 80, m.index))) || (named && listed >= 0.5) || otherScript) {
      spans.push({ start, end: m.index + m[0].length, label: 'seed phrase' });
      const extra = extraWordAfter(text, m.index + m[0].length);
      if (extra) spans.push(extra);
    }
  }
  return spans;
}

/**
 * BL's round: the phrase's extra word (BIP-39's passphrase, "the 25th word") said right after it: "plus the extra word
 * X", "25th word: X", "passphrase X". Only within a line or two after a phrase this finder took.
 */
const EXTRA_WORD_AFTER = /^[^\n]{0,3}\n?[^\n]{0,40}?(?<![\p{L}])(?:extra|additional|optional|secret|13th|25th|twenty-fifth|thirteenth)[ \t]+(?:word|passphrase)(?:[ \t]+(?:is|was))?[ \t]*[:=-]?[ \t]*["'“]?([^\s"'”]{4,64})/iu;

function extraWordAfter(text: string, end: number): SecretSpan | null {
  const m = EXTRA_WORD_AFTER.exec(text.slice(end, end + 160));
  // A label's own words ("25th word (passphrase): …", "the 25th word thing): …") are not the word; the value after
  // them is another rule's to read.
  if (!m || /[()]|:$/.test(m[1]!)) return null;
  // A sentence's stop after it is not the word's; `!` and `?` may be (generated words end in them).
  const value = m[1]!.replace(/[.,;:]+$/, '');
  const start = end + m.index + m[0].length - m[1]!.length;
  return { start, end: start + value.length, label: 'password' };
}

export const SEED_PHRASE_OF_ANY_WORDS_FINDERS: readonly Finder[] = [{ name: 'seed-phrases-of-any-words', find: findSeedPhrasesOfAnyWords }];
