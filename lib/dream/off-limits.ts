/**
 * Topics the user asked the assistant not to raise: "please don't bring up my divorce again", "never mention the
 * layoffs", "can you stop asking about my weight?". Such a request is a standing instruction (the dream keeps it), and
 * the warm-start block keeps its word: no other line of the block names the topic (build.ts).
 */

import { topicPhraseIn } from '../preamble/topics-said-many-ways';
import { matterSaidFirst } from './matter-said-first';
import { offLimitsTopicInOtherLanguage, pronounMatterEnd } from './off-limits-other-languages';

const VERB = String.raw`(?:mention(?:ing)?|bring(?:ing)? up|bring(?:ing)? (?:it|that|this) up|rais(?:e|ing)|talk(?:ing)? about|ask(?:ing)?(?: me)? about|remind(?:ing)? me (?:of|about)|discuss(?:ing)?|speak(?:ing)? (?:of|about)|referenc(?:e|ing)|go(?:ing)? on about|dwell(?:ing)? on|remember(?:ing)?|memori[sz](?:e|ing))`;
/** "what" and "about" as they are often typed fast or said aloud: "forget wat i said bout …", "wot i told you abt …". */
const WHAT = String.raw`(?:what|wat|wot|whut)`;
const ABOUT = String.raw`(?:about|bout|'bout|abt|abou)`;
/** "you" as it is often typed fast: "can u forget …", "could ya not mention …". */
const YOU = String.raw`(?:you|u|ya)`;
/**
 * What a request may open with: fillers ("ok so please …"), and a short heading of up to three words before a colon
 * ("quick one: please forget …", "one more thing: never mention …", "PS: don't bring up …"). Before either, a greeting
 * to the assistant ("Hey Gemini, please never …", "hi there, …"), or a few words and a comma that open a heading ("Agent
 * to HQ, new standing order: …", "Morning all, quick rule: …"): a comma alone may close a clause of the request's own
 * ("In the email, never mention the price" is about that email), so the words before it count only with a heading after.
 */
const GREETING = String.raw`(?:(?:hi|hey|hello|heya|hiya|yo|dear|morning|evening|good (?:morning|afternoon|evening|day)|g'day)(?:\s+[\p{L}'’]+){0,2}\s*[,!]\s+|[\p{L}'’]+(?:\s+[\p{L}'’]+){0,3},\s+(?=[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}:\s))`;
const LEAD = String.raw`^${GREETING}?(?:[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}:\s+)?(?:(?:please|pls|plz|and|also|so|oh|ok(?:ay)?|just|hey|btw|one (?:more |last |other |final )?thing|actually|wait|hmm+|um+|sorry|right|from now on|going forward|from here on(?: out)?|in (?:the )?future)[,:\s]+)*`;
/**
 * What the user told, as a request to forget or wipe it names it: "everything I told you about …", "anything I
 * mentioned about …", "whatever I wrote about …", "all I said about …".
 */
const WHAT_I_TOLD = String.raw`(?:everything|anything|all(?: of)?(?: what| that)?|${WHAT}|whatever) I(?:'ve| have)? (?:ever |just |once )?(?:said|told ${YOU}|mentioned|wrote|shared|typed) ${ABOUT}`;
/**
 * A verb of wiping said of what the user told, where "forget" would be: "scrub everything I told you about …", "delete
 * what I said about …", "wipe anything I mentioned about …", and letting it go ("drop everything I told you about …",
 * "ditch whatever I said about …"). What is wiped is the user's own telling, so it is a request to forget that matter
 * (forget-by-topic.ts), not a file or a photo deleted ("delete the photos of …") nor a thing dropped ("drop the pan").
 */
export const WIPE_WHAT_I_TOLD = String.raw`(?:delete|erase|wipe|remove|scrub|purge|clear|strike|scratch|drop|ditch|bin|toss|dump|let go of)(?: out| away)? ${WHAT_I_TOLD}`;
/** The request, its topic in group 1 (up to where the sentence goes on about something else). */
const REQUEST = new RegExp(
  String.raw`${LEAD}(?:(?:please\s+)?(?:don'?t|do not|never|dont|stop|no need to|(?:can|could|would) ${YOU} (?:please\s+)?(?:not|stop)|I'?d (?:rather|prefer) you (?:didn'?t|not|never)|I (?:don'?t|do not) want you to)\s+(?:ever\s+)?(?:again\s+)?${VERB}|(?:let'?s|(?:can|could|shall) we(?: please)?) (?:not|never)\s+(?:ever\s+)?${VERB}|I(?:'d| must| have to| would| need to| want to)?(?: like to)? (?:ask|beg)(?: of)? (?:that )?you(?:,?\s+(?:most |very |quite )?(?:sincerely|kindly|politely|respectfully|please),?)?\s+(?:never|not)\s+(?:ever\s+)?(?:to\s+)?(?:ever\s+)?(?:again\s+)?${VERB}|(?:(?:can|could|would|will) ${YOU}\s+)?(?:please\s+)?(?:forget|disregard) (?:${WHAT_I_TOLD}|(?:all )?(?:that|the|those) (?:bit|part|stuff|things)(?: (?:that )?I (?:said|told ${YOU}|mentioned|wrote))? ${ABOUT})|(?:(?:can|could|would|will) ${YOU}\s+)?(?:please\s+)?${WIPE_WHAT_I_TOLD}|I (?:don'?t|do not) want to (?:talk about|discuss|be reminded (?:of|about)|hear about)(?=[^.!?\n]*\b(?:again|anymore|any more|ever)\b))\s+(?:(?:my|the|that|this|about|anything about|any of|any more of|her|his|their|our)\s+)*([^,.;!?\n]{2,50}?)(?=\s+(?:again|anymore|any more|unless|ever|please|pls|ok|okay|in (?:any|future|your)|from now on|going forward|thanks|thx|it'?s|it is|that'?s|that is|this is|which is|he'?s|she'?s|they'?re|i'?m|because|cause|since)\b|\s*[,.:;!?\n(]|\s+[-–—]\s|\s*\p{Extended_Pictographic}|$)`,
  'iu',
);
/**
 * The verb split round its topic: "please don't bring the divorce up again", "I'd rather you never bring Dan's drinking
 * back up", and said of the topic: "I don't want the bankruptcy brought up again", "Mum doesn't want her surgery
 * mentioned". The topic runs to the last "up" before the request closes ("never bring my son being locked up back up
 * again" keeps "being locked up" whole). A subject named in place of "I" is the user's own way of speaking of
 * themselves, or someone whose matter the user passes on: either way the assistant is asked not to raise it.
 */
const REQUEST_CLOSES = String.raw`(?=\s+(?:again|anymore|any more|unless|ever|please|pls|in (?:any|future|your)|from now on|going forward|with me|thanks|thx)\b|\s*[,.;!?\n(]|\s+[-–—]\s|\s*\p{Extended_Pictographic}|$)`;
const SPLIT_REQUEST = new RegExp(
  String.raw`${LEAD}(?:please\s+)?(?:don'?t|do not|dont|never|stop|(?:can|could|would) ${YOU} (?:please\s+)?(?:not|stop|never)|I'?d (?:rather|prefer) (?:you|ya) (?:didn'?t|not|never)|I (?:don'?t|do not) want (?:you|ya) to)\s+(?:ever\s+)?(?:again\s+)?bring(?:ing)?\s+(?:(?:my|the|that|this|her|his|their|our)\s+)*((?!(?:it|that|this|him|her|them|me|us)\s)[^,.;!?\n]{2,50}?)\s+(?:back\s+)?up(?:\s+(?:again|ever))?${REQUEST_CLOSES}`,
  'iu',
);
const NOT_WANTED_RAISED = new RegExp(
  String.raw`${LEAD}([\p{L}'’-]+)\s+(?:don'?t|doesn'?t|dont|doesnt|do not|does not|never)\s+wants?\s+(?:(?:my|the|that|this|her|his|their|our)\s+)*((?!(?:it|that|this|him|her|them|me|us)\s)[^,.;!?\n]{2,50}?)\s+(?:brought\s+(?:back\s+)?up|mentioned|raised|talked about|discussed)(?:\s+(?:again|ever))?${REQUEST_CLOSES}`,
  'iu',
);
/** The topic a request said of it names, where its subject is the user or a person named ("Gord", not "they"). */
function notWantedRaised(s: string): string | undefined {
  const m = NOT_WANTED_RAISED.exec(s);
  if (!m) return undefined;
  const subject = m[1]!;
  return /^(?:I|we)$/i.test(subject) || (/^\p{Lu}\p{Ll}/u.test(subject) && !NOT_A_PERSON.test(subject)) ? m[2] : undefined;
}
/** "the divorce is off limits", "my weight is off-limits": the same request said of the topic. */
const OFF_LIMITS = /^(?:(?:my|the|our)\s+)?([^,.;!?\n]{2,40}?)\s+(?:is|are)\s+(?:completely\s+|totally\s+|strictly\s+)?off[- ]limits\b/iu;

/**
 * "Jason and I broke up last week. Please don't bring him up again": a person kept off, named by a pronoun. The sentence
 * before names whom it means; the request is kept with the name beside the pronoun, "bring him [Jason] up", so that
 * the block can keep the name out (the user's words stay as typed around it).
 */
const PRONOUN_REQUEST = new RegExp(
  String.raw`${LEAD}(?:please\s+)?(?:don'?t|do not|never|dont|stop)\s+(?:ever\s+)?(?:again\s+)?(?:bring(?:ing)?\s+(him|her|them)\s+up|(?:mention(?:ing)?|talk(?:ing)? about|ask(?:ing)?(?: me)? about|rais(?:e|ing)|discuss(?:ing)?)\s+(him|her|them))\b(?!\s*\[)`,
  'iu',
);
/** Capitalised words that open a sentence or name a time, not a person. */
const NOT_A_PERSON =
  /^(?:The|A|An|My|Our|We|I|It|It's|This|That|He|She|They|His|Her|Their|So|And|But|Well|Ok|Okay|Yes|No|Oh|Hi|Hey|Please|Thanks|Sorry|Just|Also|Then|Now|Today|Yesterday|Tomorrow|Last|Next|After|Before|When|If|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$/;
const GLOSSED = /\b(?:him|her|them)\s+\[(\p{Lu}[\p{L}'’-]+)\]/u;

/**
 * "The matter of my brother's will has been settled. I must ask you never to raise it again": a matter kept off, named
 * by "it". The sentence before names it as its subject ("the matter of …", "my divorce is …"); the request is kept with
 * the matter beside "it", as a person's name is beside "him".
 */
const IT_REQUEST = new RegExp(
  String.raw`\b(?:never|not|don'?t|do not|dont|stop)\s+(?:ever\s+)?(?:to\s+)?(?:ever\s+)?(?:again\s+)?(?:bring(?:ing)?\s+(it)\s+up|(?:mention(?:ing)?|talk(?:ing)? about|ask(?:ing)?(?: me)? about|rais(?:e|ing)|discuss(?:ing)?)\s+(it))\b(?!\s*\[)`,
  'iu',
);
/** The subject a sentence opens with, when it is a matter of the user's: "The matter of Desmond's will has …", "My divorce is …". */
const MATTER_BEFORE =
  /^(?:(?:so|well|anyway|now|ok(?:ay)?)[,\s]+)?(?:the|my|our) (?:(?:whole )?(?:matter|business|question|issue|subject) of (?:the |my |our )?)?((?:[\p{L}'’-]+ ){0,3}?[\p{L}'’-]+) (?:has|have|had|is|are|was|were)\b/iu;
const GLOSSED_MATTER = /\bit\s+\[([^\]]{2,50})\]/iu;
/** Words that close a request, never its topic ("please don't bring it up ever"). */
const CLOSING_WORD = /^(?:again|ever|anymore|any more|please|pls|ok|okay|thanks|thx)$/i;

/** The request with the person it means beside its pronoun, when the sentence before names one person; else as typed. */
export function withPersonNamed(sentence: string, before: string | undefined): string {
  const m = before ? PRONOUN_REQUEST.exec(sentence.replace(/[’‘]/g, "'")) : null;
  if (!m) return withMatterNamed(sentence, before);
  const names = new Set((before!.match(/(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}])/gu) ?? []).filter((w) => !NOT_A_PERSON.test(w)));
  if (names.size !== 1) return sentence;
  const pronoun = m[1] ?? m[2]!;
  const at = m.index + m[0].toLowerCase().lastIndexOf(pronoun.toLowerCase()) + pronoun.length;
  return `${sentence.slice(0, at)} [${[...names][0]}]${sentence.slice(at)}`;
}

/**
 * The request with the matter it means beside its "it", when the sentence before opens with one; else as typed. Where
 * that sentence opens otherwise but says one of the topics people keep off ("My brother spent two years inside. Please
 * never bring it up again."), or the request is in another language and names its matter by a pronoun ("… कोर्ट केस
 * चल रहा है। इस बात का ज़िक्र दोबारा मत करना"), the matter is that topic as the sentence said it (topics-said-many-ways.ts).
 */
function withMatterNamed(sentence: string, before: string | undefined): string {
  if (!before) return sentence;
  const s = sentence.replace(/[’‘]/g, "'");
  const said = before.trim().replace(/[’‘]/g, "'");
  const m = IT_REQUEST.exec(s);
  // "Don't mention it" alone is "you're welcome": only a request for good ("never", "again", "unless I do") keeps a matter off.
  if (m && /\b(?:never|again|ever|anymore|any more|unless I)\b/i.test(sentence)) {
    const subject = MATTER_BEFORE.exec(said)?.[1];
    const matter = subject && !PRONOUN_TOPIC.test(subject) && !/^(?:it|this|that|he|she|they|I|we|you)\b/i.test(subject) ? subject : topicPhraseIn(said);
    if (!matter) return sentence;
    const at = m.index + m[0].length - (m[2] ? 0 : ' up'.length);
    return `${sentence.slice(0, at)} [${matter}]${sentence.slice(at)}`;
  }
  const at = pronounMatterEnd(s);
  const matter = at === undefined ? undefined : topicPhraseIn(said);
  return matter ? `${sentence.slice(0, at)} [${matter}]${sentence.slice(at)}` : sentence;
}

/** A topic that names nothing by itself. */
const PRONOUN_TOPIC = /^(?:it|that|this|them|those|these|him|her|me|us|you|myself|anything|everything|stuff|things|so much|too much|yourself)$/i;
/** What a pronoun stood for, said after it: "…, the Callum thing", "…, that whole business with my landlord". */
const THING_NAMED = /,\s*(?:the|that|this|my|our)\s+(?:whole\s+)?([^,.;!?\n]{2,40}?)\s+(?:thing|stuff|story|business|situation|drama|mess)(?=\s*(?:[,.;!?]|$))/iu;

/** Whether a sentence asks the assistant not to raise a topic. */
export function isOffLimitsRequest(sentence: string): boolean {
  return offLimitsTopic(sentence) !== undefined;
}

/** The topic a request asks the assistant not to raise ("my divorce" → "divorce"), if the sentence is one. */
export function offLimitsTopic(sentence: string): string | undefined {
  const s = sentence.trim().replace(/[’‘]/g, "'");
  // "Please don't bring him [Jason] up again" (withPersonNamed): the person is the topic.
  const glossed = GLOSSED.exec(s);
  const person = glossed && PRONOUN_REQUEST.test(s.replace(/\s*\[[^\]]*\]/, '')) ? glossed[1] : undefined;
  const matter = person ? undefined : GLOSSED_MATTER.exec(s);
  if (matter && IT_REQUEST.test(s.replace(/\s*\[[^\]]*\]/, ''))) return matter[1]!.trim();
  // "इस बात [कोर्ट केस] का ज़िक्र दोबारा मत करना": a request in another language, its pronoun glossed by withMatterNamed.
  const gloss = /\s\[([^\]]{2,50})\]/u.exec(s);
  if (gloss && pronounMatterEnd(s.replace(gloss[0], '')) !== undefined) return gloss[1]!.trim();
  const said = (REQUEST.exec(s)?.[1] ?? OFF_LIMITS.exec(s)?.[1] ?? SPLIT_REQUEST.exec(s)?.[1] ?? notWantedRaised(s))?.trim();
  const topic = person ?? (said && CLOSING_WORD.test(said) ? undefined : said);
  // "that stuff about dex from the spring, …, please forget it": the matter named first, the request by a pronoun.
  // Asked in another language: each form there says "never" or "again" itself.
  if (!topic) return matterSaidFirst(s) ?? offLimitsTopicInOtherLanguage(s);
  // "please don't remember any of it, the Callum thing": a pronoun, then what it is, named after a comma.
  const named = topic && PRONOUN_TOPIC.test(topic) ? THING_NAMED.exec(s)?.[1] : undefined;
  if (named) return /\b(?:my|our|never|stop|again|anymore|any more|ever|unless I|from now on|going forward|forget|disregard|remember)\b/i.test(s) ? named : undefined;
  // "don't mention it", "stop talking about that": nothing named, nothing to leave out.
  if (!topic || PRONOUN_TOPIC.test(topic)) return undefined;
  // "so no products are off-limits", "nothing is off limits": the opposite of a request.
  if (/^(?:so |and |but )?(?:no|nothing|none|not|any|every|all)\b/i.test(topic)) return undefined;
  // "don't mention the price" in a request for an email is about that email. A topic kept off for good is the user's own
  // ("my divorce"), asked for always ("never", "stop", "again", "unless I ask"), or said to be off limits.
  // "forget what I said about Colby and rehab": what the user wants gone is not to come back either.
  const standing = /\b(?:my|our|never|stop|again|anymore|any more|ever|unless I|from now on|going forward|off[- ]limits|forget|disregard|remember)\b/i.test(s) || new RegExp(WIPE_WHAT_I_TOLD, 'i').test(s);
  if (!standing) return undefined;
  return topic;
}

/**
 * One more topic of a list the request goes on with: "never bring up the eviction, housing court or the old flat",
 * "don't mention my ex, not the wedding, not the house". An item is a short noun phrase; a clause after the comma ("…,
 * it's painful", "…, thanks") is none. What befell the first topic, said of it by a pronoun ("…, or anything about it
 * going under"), is an item too, where the "-ing" says one of the matters people keep off (topics-said-many-ways.ts).
 */
const LISTED_NEXT =
  /^(?:\s*,\s*(?:(?:or|nor|and)\s+)?|\s+(?:or|nor)\s+|\s*[.!]\s+(?=not\s))(?:not\s+)?(?:(?:the|my|our|that|this|his|her|their|any|anything about)\s+)*(?:(it|that|them)\s+(?=\p{L}+ing\b))?((?=[\p{L}\p{N}])(?!(?:it|it's|its|that's|this|I|I'm|I'll|I've|we|we're|you|you're|he|she|they|please|pls|thanks|thank|thx|ok|okay|because|cause|since|unless|ever|again|anymore|none|nothing|or|and|not|so|but|even|especially|which|who|if|when|just|across|anywhere|whatsoever|at all|for good|from now on|going forward|in (?:any|every|all|each|other|future|the future|your|our|new|a new|this|these|those))\b)[^,.;!?\n]{2,40}?)(?=\s*[,.;!?\n]|\s+(?:or|nor|again|anymore|any more|ever|please|pls|unless|from now on)\b|\s+[-–—]\s|$)/iu;

/**
 * Every topic a request keeps off, where it names several: the first (offLimitsTopic) and the items of the list it goes
 * on with; "the eviction or housing court" is two topics, either of which a line may name.
 */
export function offLimitsTopicsListed(sentence: string): string[] {
  const first = offLimitsTopic(sentence);
  if (!first) return [];
  const s = sentence.trim().replace(/[’‘]/g, "'");
  const at = s.toLowerCase().indexOf(first.toLowerCase());
  // "or" in capitals within a topic typed in ordinary case is a short form ("the whole OR cabinet business": an operating
  // room's), not a second topic.
  const topics = first.split(/\s+(?:[Oo]r|[Nn]or)\s+/u).filter((t) => t.trim().length >= 2);
  if (at < 0) return topics;
  // "never bring up the fire again, not the duplex, …": the list may follow the words that close the request.
  // "…, with me", "… around me" after it says to whom the request is made, not one more matter.
  let rest = s
    .slice(at + first.length)
    // "bring the driving thing up again": the "up" of "bring … up" closes the request too.
    .replace(/^\s+(?:up\b(?:\s+(?:again|anymore|any more|ever)\b)?|(?:again|anymore|any more|ever)\b)/iu, '')
    .replace(/^\s*,?\s*(?:with|to|around|in front of) (?:me|us)\b/iu, '');
  for (let m = LISTED_NEXT.exec(rest); m && topics.length < 8; m = LISTED_NEXT.exec(rest)) {
    const item = m[2]!.trim();
    if (item.split(/\s+/).length > 4) break;
    rest = rest.slice(m[0].length);
    // "…, or anything about it going under": only where the "-ing" says a matter people keep off ("about it ending"
    // would keep off every line that says "end").
    if (m[1] && !topicPhraseIn(item)) continue;
    topics.push(item);
  }
  return topics;
}

/**
 * A request to keep a matter off, then a sentence that only lists what else it means, each with its "not": "Please
 * never bring up the collision again. Not the crosswalk, not the hospital, not the insurance." The list is part of the
 * request (offLimitsTopicsListed reads it after the full stop), so the two are read as one. Only a list of things: an
 * item that opens with a preposition or is an adverb says how or when ("not in passing, not to be kind, not ever"), and
 * with such an item in it the sentence is left as typed; a pronoun for the matter's person ("Not him, not the court,
 * not his truck") may stand among two things or more.
 */
const NOT_ITEM = /^not\s+(?!(?:him|her|them|it|me|us|you|in|on|at|to|for|with|by|from|even|ever|once|now|today|yet|really|just|only|because|that'?s|this is)\b)(?:(?:the|my|our|that|this|his|her|their|any)\s+)*[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,3}$/iu;
/** An item of such a list that is the matter's person, by a pronoun: "Not him", "not her". */
const NOT_THE_PERSON = /^not\s+(?:him|her|them)$/iu;
/** How a thing listed without "not" opens: "the arrest", "my license", "Kara's night". */
const THING_NAMED_IN_A_LIST = /^(?:(?:the|my|our|that|this|his|her|their)\s+|\p{L}+['’]s\s+)\p{L}/iu;
/** The words that close a list by summing up what it meant: "…, none of it", "…, any of that", "…, all of it". */
const SUMMED_UP = /\s*,\s*(?:(?:or|and)\s+)?(?:none of it|none of that|any of it|any of that|nothing about it|all of it)$/iu;

export function withNotListsJoined(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const before = out.at(-1);
    // "Not the test, not the scores, none of it.": the list may close by summing up what it meant.
    const trimmed = s.trim().replace(/[.!]+$/u, '');
    const summedUp = SUMMED_UP.test(trimmed);
    const said = trimmed.replace(SUMMED_UP, '').split(/\s*,\s*(?:(?:or|nor|and)\s+)?/u);
    // "the arrest, the court stuff, the license, none of it.": summed up so, the list needs no "not" before each thing,
    // and is read as if it had one; two things at least, as a list with "not". The "not" may also stand before only some
    // ("not the crash, not the hospital, the cast, any of it.").
    // Each thing then opens as a thing is named ("the …", "my …", "Kara's …"), so a sentence of clauses is no such list.
    const items =
      summedUp && said.every((i) => NOT_ITEM.test(i) || THING_NAMED_IN_A_LIST.test(i))
        ? said.map((i) => (NOT_ITEM.test(i) ? i : `not ${i}`))
        : said;
    // "Not him, not the court, not his truck": the person the matter is about may be one of the list, by a pronoun; it
    // names no words, and the things beside it are what the list adds.
    const things = items.filter((i) => NOT_ITEM.test(i));
    const listed = things.length >= 2 && items.every((i) => NOT_ITEM.test(i) || NOT_THE_PERSON.test(i));
    if (before !== undefined && /[.!]$/u.test(before.trim()) && listed && isOffLimitsRequest(before))
      out[out.length - 1] = `${before.trim()} ${items === said ? s.trim() : `${items.join(', ')}.`}`;
    else out.push(s);
  }
  return out;
}
