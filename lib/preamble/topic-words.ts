import { terms } from '../engine/text';
import { arabicRoot } from '../dream/off-limits-arabic';
import { indonesianRoot, maithiliRoot } from '../dream/off-limits-other-languages';
import { hebrewOrUrduRoot } from '../dream/off-limits-nordic-urdu-hebrew';
import { topicWordsSaidManyWays, withTopicsSaidOneWay } from './topics-said-many-ways';

/**
 * How a text is matched against a topic the user keeps off or asked to forget: the same words on both sides, so the
 * request's wording meets the chat's. Shared by the block (build.ts), which leaves such a topic out, and the dream's
 * forget by topic (lib/dream/forget-by-topic.ts), which takes the turns about it out of search.
 */

/**
 * A text's terms, each cut to its root where Indonesian or Malay derived it ("perceraian" → "cerai"), Maithili put it
 * in the genitive ("कर्जाक" → "कर्ज"), Hebrew joined a prefix to it or Urdu gave it an oblique ending
 * (off-limits-nordic-urdu-hebrew.ts), or Arabic joined an article or a possessive to it ("الطلاق", "طلاقي" → "طلاق";
 * off-limits-arabic.ts): a topic kept off is named by its noun in the request and often by its verb, or
 * other words, in the chats about it.
 */
function roots(text: string): string[] {
  return terms(text).map((w) => arabicRoot(hebrewOrUrduRoot(maithiliRoot(indonesianRoot(w)))));
}

/**
 * A line's roots as typed and with every way of saying a topic people keep off read as that topic's word
 * (topics-said-many-ways.ts): "when I was in jail" says "prison", "since we split up" says "divorce".
 */
export function topicRoots(text: string): string[] {
  return [...new Set([...roots(text), ...roots(withTopicsSaidOneWay(text)), ...longNameHeads(text)])];
}

/**
 * A person named in a request by a short form of the name the chats used: "Percy" for Percival, "Alex" for Alexander,
 * "Chris" for Christopher. The short form (four to six letters, capitalised) stands for a name of three or more letters
 * more that starts with it, or, for five letters or more, with all of it but its last ("Percy", "Perc-ival"). Names
 * only, as typed: "percent" or a lower-case word is no name, and "Alexis" is not Alex.
 */
const SHORT_NAME = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{3,5}(?![\p{L}\p{N}])/gu;
/**
 * A short form of three letters ("Ray" for Raymond, "Sam" for Samuel): many long names share its letters, so it is read
 * so only beside other words of the matter ("Ray and the money going missing at work"), which the chats must say too.
 */
const SHORTEST_NAME = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{2}(?![\p{L}\p{N}])/gu;
const LONG_NAME = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{6,}(?![\p{L}\p{N}])/gu;
/**
 * The short form English makes of a name's first sound and a "z" ("Baz" for Barry, "Gaz" for Gary, "Jez" for Jeremy,
 * "Coz" for Cosimo): it keeps only the name's first two letters, so a name of four letters or more offers those as a
 * head of its own, and a three-letter form in "z" looks for it (only beside other words of the matter, as any
 * three-letter form).
 */
const ZED_FORM = /^\p{Lu}\p{Ll}z$/u;
const ZED_NAME = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/gu;
const ZED_HEAD = 'name:z:';
const NAME_HEAD = 'name:';
const SHORTEST_HEAD = 3;
const LETTERS_MORE = 3;

/** The heads a long name offers a short form: "Percival" → "name:perc", "name:perci". */
function longNameHeads(text: string): string[] {
  const out: string[] = [];
  for (const [name] of text.matchAll(LONG_NAME)) {
    const n = name.toLowerCase();
    for (let k = SHORTEST_HEAD; k <= n.length - LETTERS_MORE; k++) out.push(NAME_HEAD + n.slice(0, k));
  }
  for (const [name] of text.matchAll(ZED_NAME)) if (!name.toLowerCase().endsWith('z')) out.push(ZED_HEAD + name.slice(0, 2).toLowerCase());
  return out;
}

/** The head a short name in a request looks for: "Percy" → "name:perc", "Alex" → "name:alex". */
function shortNameHead(name: string): string {
  const n = name.toLowerCase();
  if (ZED_FORM.test(name)) return ZED_HEAD + n.slice(0, 2);
  return NAME_HEAD + (n.length >= 5 ? n.slice(0, -1) : n);
}

/** A kept-off topic's words, each with the words that may stand for it: "my time inside" is any way of saying prison. */
export type TopicWords = string[][];

export function topicWords(topic: string): TopicWords {
  const named = topic.replace(VAGUE_LEAD, '').replace(VAGUE_HEAD, '');
  const words = topicWordsSaidManyWays(roots(named).length > 0 ? named : topic, roots);
  // A short name may be a long one's short form: its word may be said as that too.
  for (const [name] of [...topic.matchAll(SHORT_NAME), ...(words.length > 1 ? topic.matchAll(SHORTEST_NAME) : [])]) {
    const own = roots(name);
    const at = own.length === 1 ? words.findIndex((ways) => ways.length === 1 && ways[0] === own[0]) : -1;
    if (at >= 0) words[at] = [...words[at]!, shortNameHead(name)];
  }
  return words;
}

/**
 * When a matter happened, said after its name: "the hospital thing from march", "that mess last spring", "the
 * court business back in 2023". The time keeps its own word (the chats said "in march"), but it does not stop the
 * vague word before it from being only a word for a matter.
 */
const SEASON_OR_MONTH = String.raw`(?:spring|summer|fall|autumn|winter|christmas|easter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:19|20)\d\d)`;
const WHEN = String.raw`\s+(?:(?:from|in|back in|during|over|last|this past)\s+)(?:the\s+|last\s+|this\s+)?${SEASON_OR_MONTH}\b`;

/**
 * A word after a matter's name that says only that it is a matter ("his court business", "the visa saga", "the
 * Callum thing", "the hospital thing from march"): the chats about it rarely say it, and they need not. Not when
 * nothing else names it ("my business").
 */
const VAGUE_HEAD = new RegExp(
  // Not after money's words: "his money mess" is his debts, a matter topics-said-many-ways.ts knows by its other words.
  String.raw`(?<=[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+)(?:business|thing|stuff|matter|saga|situation|drama|(?<!\b(?:money|financial|cash)\s+)mess|affair)s?(?=(?:${WHEN})?\s*$|\s+(?:and|with)\s)`,
  'giu',
);

/**
 * The same word before what the matter is with or about: "the thing with my kid", "that whole business with the
 * landlord", "the stuff about my brother". The chats say the kid, the landlord, the brother; not the thing. Not when
 * nothing follows.
 */
const VAGUE_LEAD = /^(?:(?:the|that|this|whole)\s+)*(?:business|thing|stuff|matter|saga|situation|drama|mess|affair)s?\s+(?:with|about|around|involving|concerning)\s+(?=[\p{L}\p{N}])/iu;

/** Whether a text's roots say every word of a topic, each as itself or as a word that stands for it. */
export function namesAll(said: Set<string>, topic: TopicWords): boolean {
  return topic.every((ways) => ways.some((w) => saysWord(said, w)));
}

/** Letters two words must share at their start to be one word's forms: a compound's head or a derivation's stem. */
const SHARED_HEAD = 7;

/**
 * Whether a text's roots hold a topic's word, as it is or as the head of a longer word: Norwegian, Danish, Swedish,
 * German and Dutch make one word of a compound ("alkoholfri", "Scheidungsanwalt") and derive others from the same
 * head ("alkoholisme", "alkoholiker"), which no stemmer joins.
 */
export function saysWord(said: Set<string>, word: string): boolean {
  if (said.has(word)) return true;
  // A name's head ("name:perc") is matched whole: a long name offers each of its heads itself (longNameHeads).
  if (word.length < SHARED_HEAD || word.startsWith(NAME_HEAD)) return false;
  const head = word.slice(0, SHARED_HEAD);
  for (const w of said) if (w.startsWith(head)) return true;
  return false;
}
