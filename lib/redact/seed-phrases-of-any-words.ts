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

/** A run of small words, one space between; the finder checks the run is whole and its length. */
const RUN = /(?<![\p{L}\p{N}_'’-])\p{Ll}{3,8}(?: \p{Ll}{3,8}){11,30}(?![\p{L}\p{N}_'’-])/gu;
/** What may stand right before or after a phrase: a line's edge, a quote, a colon, a bracket. */
const EDGE_BEFORE = /(?:^|[\n"“”'‘«:：>\t([]|[:\]"“”'][ \t]|\t[ \t]*)$/u;
const EDGE_AFTER = /^(?:$|[\n"“”'’»)\]\t.,;]|[ \t]+[—–-][ \t])/u;

function findSeedPhrasesOfAnyWords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RUN.exec(text)); ) {
    let words = m[0].split(' ');
    let start = m.index;
    // The word that names it may open the run, no colon after it ("seed frost cactus …", "mnemonic …"): one or two
    // such words before a phrase's length are its label.
    let lead = 0;
    while (!LENGTHS.has(words.length - lead) && lead < 2 && SEED_CONTEXT.test(words[lead]!)) lead++;
    if (lead > 0 && LENGTHS.has(words.length - lead)) {
      start += words.slice(0, lead).join(' ').length + 1;
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
    if ((quoted && listed >= 0.8 && !LIST_WORDS.test(contextOf(text, m.index - 80, m.index))) || (named && listed >= 0.5)) spans.push({ start, end: m.index + m[0].length, label: 'seed phrase' });
  }
  return spans;
}

export const SEED_PHRASE_OF_ANY_WORDS_FINDERS: readonly Finder[] = [{ name: 'seed-phrases-of-any-words', find: findSeedPhrasesOfAnyWords }];
