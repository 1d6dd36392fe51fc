import Dexie from 'dexie';
import type { MemoryRow, ReverieDb, TurnRow } from '../db/schema';
import { stripPreamble } from '../preamble/delimiters';
import { utcDay } from '../util/utc-day';
import { namesAll, topicRoots, topicWords, type TopicWords } from '../preamble/topic-words';
import type { PlannedForget } from './forget-requests';
import { forgetVerbInAnotherLanguage } from './forget-requests-other-languages';
import { namesPersonAndAPart, partsListedAfter } from './forget-parts-listed';
import { offLimitsTopic, WIPE_WHAT_I_TOLD } from './off-limits';

/**
 * "Forget what I told you about my friend's gambling debts", asked days later in another chat: the user wants that
 * matter gone, not only kept out of the warm-start block. The request keeps the topic off the block as a topic kept off
 * does (off-limits.ts), and what was learned from it is retracted (extract.ts); here the earlier chat turns about it
 * leave search and recall too. They go as the in-chat forget's do (forget-requests.ts, apply-consolidation.ts): hidden
 * at once, with one diary entry that brings them back for a week, after which their words are erased.
 *
 * What is about the matter: each of the user's messages before the request that names every word of the topic, the
 * assistant's replies to it (written from it, they tell it again, often in other words or another language), and an
 * assistant turn that names the topic itself. Other messages of the same chat stay, and so does everything said after
 * the request (the user may raise it again; that is theirs to raise). The request itself stays: it is the user's own
 * standing wish, which keeps the topic off the block and which the popup lists.
 *
 * Only a request to forget or not to remember is read here: "never bring up my divorce again" keeps a topic off the
 * block and leaves the chats where they are (README: it stays in memory and in the popup).
 */

/** The verbs of forgetting, or of not keeping in memory, that make a topic kept off one to forget. */
const FORGET_VERB = new RegExp(
  [
    String.raw`\b(?:forget|disregard)\b`,
    String.raw`\b(?:don'?t|do not|dont|never|stop)\s+(?:ever\s+)?(?:remember(?:ing)?|memori[sz](?:e|ing)|keep(?:ing)?|sav(?:e|ing)|stor(?:e|ing))\b`,
    String.raw`\b(?:delete|erase|wipe|remove|scrub)\b[^.!?\n]{0,60}\b(?:memory|memories|records?|notes)\b`,
    // "Scrub everything I told you about …", "delete what I said about …": a verb of wiping on what the user told.
    String.raw`\b${WIPE_WHAT_I_TOLD}`,
    // Hebrew "forget" (to a man, a woman, many) and Persian "forget it" ("فراموش کن"): read by off-limits rules of theirs.
    String.raw`(?<![\p{L}])(?:תשכח|תשכחי|תשכחו|שכח|שכחי|שכחו)(?![\p{L}])|فراموش\s+(?:کن|کنید)`,
  ].join('|'),
  'iu',
);

/** Splits a message into its sentences (a request is one of them; the topic ends with its sentence). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…。！？])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The matter a message asks to be forgotten, named ("forget what I said about Kyle and his loft" → "Kyle and his
 * loft"); undefined when it asks nothing of the kind, names nothing ("forget what I just told you") or asks only that
 * a topic not be raised.
 */
export function forgetTopicOf(message: string): string | undefined {
  return topicRequest(message)?.topic;
}

/**
 * The request to forget a matter by name, the sentence that asks it, and the matter's parts when the next sentence lists
 * them (forget-parts-listed.ts).
 */
function topicRequest(message: string): { topic: string; sentence: string; parts: TopicWords[] } | undefined {
  const sentences = sentencesOf(stripPreamble(message).replace(/[’‘]/g, "'"));
  for (const [i, sentence] of sentences.entries()) {
    if (!FORGET_VERB.test(sentence) && !forgetVerbInAnotherLanguage(sentence)) continue;
    const topic = matterOf(offLimitsTopic(sentence)) ?? matterOf(offLimitsTopic(AFTER_A_HEADING.exec(sentence)?.[1] ?? ''));
    if (topic) return { topic, sentence, parts: partsListedAfter(sentences, sentence) };
    const kept = FORGET_IT.test(sentence) ? matterKeptOffJustBefore(sentences, i) : undefined;
    if (kept) return { topic: kept.topic, sentence: kept.sentence, parts: partsListedAfter(sentences, kept.sentence) };
  }
  return undefined;
}

/**
 * "Can we never speak of that paycheck mess again? Like, the whole thing with my wages. Please forget all of it.": a
 * request to forget that names its matter by a pronoun only ("forget it", "forget all of that", "forget about it"),
 * after a request of the same message that kept a matter off by name. The pronoun is that matter, and the user asks
 * for more than its keeping off: for it to be forgotten. A bare "forget it" / "forget that" is "never mind" as often, so
 * the pronoun counts with "please" before it or "all" / "the whole" in it.
 */
const FORGET_IT = /\b(?:(?:please|pls|plz)\s+(?:just\s+)?(?:forget|disregard)\s+(?:about\s+)?(?:(?:all|any|every bit)\s+(?:of\s+)?)?(?:it|that|this|them|those)|(?:forget|disregard)\s+(?:about\s+)?(?:(?:all|every bit)\s+of\s+(?:it|that|this|them|those)|(?:it|that|this|them|those)\s+all|all (?:that|this)|the whole (?:thing|lot|story)))\b(?!\s+(?:I|you|he|she|we|they)\b)/iu;
/** How many sentences back the request that named the matter may stand. */
const NAMED_WITHIN = 2;

/** The matter an off-limits request shortly before sentence `at` named, and that request. */
function matterKeptOffJustBefore(sentences: readonly string[], at: number): { topic: string; sentence: string } | undefined {
  for (let j = at - 1; j >= Math.max(0, at - NAMED_WITHIN); j--) {
    const topic = matterOf(offLimitsTopic(sentences[j]!));
    if (topic) return { topic, sentence: sentences[j]! };
  }
  return undefined;
}

/**
 * A request to forget after a heading of any length ("Conclusion of an experiment in oversharing: please forget
 * everything I told you about …"): the request itself says it is the assistant who is to forget ("what I told you"),
 * so what stands before the colon, however long, only introduces it. (A request kept off without forgetting takes a
 * heading of three words at most, off-limits.ts: a longer one may report what someone else was told.)
 */
const AFTER_A_HEADING = /:\s+((?:(?:please|pls|plz|and|also|so|ok(?:ay)?|just)[,\s]+)*(?:(?:can|could|would|will) (?:you|u|ya)\s+)?(?:please\s+)?(?:forget|disregard)\b.*)$/iu;

/** A month's name, as a matter may end with when it was told ("what I told you about Dash in December"). */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;

/**
 * When a matter was told, said after it ("what I said about my salary the other night", "… about dex from the spring"):
 * no word of the matter.
 */
const WHEN_TOLD = new RegExp(
  String.raw`\s+(?:the other (?:day|night|week)|(?:yesterday|last) (?:morning|evening|night)|yesterday|last (?:night|week|time|month)|earlier(?: today)?|before|a while (?:back|ago)|back then|in (?:that|the|our) (?:last )?(?:chat|conversation)|(?:in|back in|from|last|during) ${MONTH}(?: \d{4})?|(?:in|back in|from|over|during|last|this past) (?:the )?(?:spring|summer|fall|autumn|winter))$`,
  'iu',
);
/** A topic read where the user said how, not what ("don't remember that as mine"): no matter named. */
const NOT_A_MATTER = /^(?:as|like|for|from|with|by)\s/iu;
const POSSESSIVE_PRONOUNS = new Set(['mine', 'yours', 'ours', 'theirs', 'hers', 'his', 'its']);

/** The matter a topic kept off names, without when it was told; undefined when it names none. */
function matterOf(topic: string | undefined): string | undefined {
  const matter = topic?.replace(WHEN_TOLD, '').trim();
  if (!matter || NOT_A_MATTER.test(matter)) return undefined;
  return topicWords(matter).some((ways) => ways.some((w) => !POSSESSIVE_PRONOUNS.has(w))) ? matter : undefined;
}

/** Longest sentence, in words, that may stand beside the request in a message that asks nothing else (a reason). */
const REASON_WORDS = 12;

/**
 * Whether the message asks only to forget: its other sentences are short and ask nothing ("it's not mine to tell", "dont
 * remember that pls"). Such a request names the matter and says nothing else, so it leaves search with what it names;
 * one that goes on to ask or tell something else stays.
 */
function onlyTheRequest(message: string, request: string): boolean {
  return sentencesOf(stripPreamble(message).replace(/[’‘]/g, "'"))
    .filter((s) => s !== request)
    .every((s) => !/[?？]/u.test(s) && s.split(/\s+/u).length <= REASON_WORDS);
}

/**
 * Whether a memory is the user's standing request to forget a matter by name. It stays in force (the block keeps the
 * matter off by it) and is listed with the memories, where the user can delete it; but it names the matter, so it is
 * restated neither in the profile paragraph nor brought up by a search, as nothing else about the matter is.
 */
export function asksToForgetAMatter(m: Pick<MemoryRow, 'kind' | 'text'>): boolean {
  return m.kind === 'instruction' && forgetTopicOf(m.text) !== undefined;
}

/** Whether a text names every word of a topic, as the block matches a topic kept off (topic-words.ts). */
function namesTopic(text: string, topic: TopicWords): boolean {
  return namesAll(new Set(topicRoots(stripPreamble(text))), topic);
}

/**
 * The forgets by topic the new user turns ask for: each names the earlier turns about the matter (none when nothing
 * earlier names it). Turns already hidden or deleted are left to what hid them; the memories that stand for the turns
 * named go in apply-consolidation.ts.
 */
export async function planTopicForgets(db: ReverieDb, turns: TurnRow[]): Promise<PlannedForget[]> {
  const out: PlannedForget[] = [];
  for (const request of turns) {
    if (request.role !== 'user') continue;
    const asked = topicRequest(request.text);
    if (!asked) continue;
    const words = topicWords(asked.topic);
    const turnIds = await turnsAbout(db, request, words, asked.topic, asked.parts);
    if (turnIds.length === 0) continue;
    // The request names the matter too: when it is all the message says, it leaves search with what it names (its
    // words kept, since the instruction keeping the matter off stands on them), and so does a reply that names it.
    const keptWords = onlyTheRequest(request.text, asked.sentence) ? await requestAndRepliesNamingIt(db, request, words) : [];
    out.push({
      requestTurnId: request.id,
      conversationKey: request.conversationKey,
      turnIds: [...turnIds, ...keptWords],
      occurredAt: request.capturedAt,
      byTopic: true,
      keptWords,
      matter: asked.topic,
    });
  }
  return out;
}

/** The request's turn and the replies to it (up to the user's next message) that name the topic. */
async function requestAndRepliesNamingIt(db: ReverieDb, request: TurnRow, words: TopicWords): Promise<string[]> {
  const after = await db.turns
    .where('[conversationKey+ordinal]')
    .between([request.conversationKey, request.ordinal], [request.conversationKey, Dexie.maxKey], false, true)
    .toArray();
  const next = after.find((t) => t.role === 'user')?.ordinal ?? Infinity;
  return [request.id, ...after.filter((t) => t.ordinal < next && namesTopic(t.text, words)).map((t) => t.id)];
}

/** The turns said before the request that are about the topic: messages naming it with their replies, and replies naming it. */
async function turnsAbout(db: ReverieDb, request: TurnRow, words: TopicWords, topic: string, parts: readonly TopicWords[]): Promise<string[]> {
  const earlier = await db.turns
    .where('capturedAt')
    .belowOrEqual(request.capturedAt)
    .filter((t) => t.id !== request.id && (t.conversationKey !== request.conversationKey || t.ordinal < request.ordinal))
    .toArray();
  const byChat = new Map<string, TurnRow[]>();
  for (const t of earlier) {
    const chat = byChat.get(t.conversationKey);
    if (chat) chat.push(t);
    else byChat.set(t.conversationKey, [t]);
  }
  const person = personOf(words, topic);
  const namesAPart = (t: TurnRow) => parts.length > 0 && namesPersonAndAPart(new Set(topicRoots(stripPreamble(t.text))), person, parts);
  const told = new Set(earlier.filter((t) => t.role === 'user' && (namesTopic(t.text, words) || namesAPart(t))).map((t) => t.id));
  for (const id of toldLater(earlier, told, words, topic)) told.add(id);
  const about: string[] = [];
  for (const chat of byChat.values()) {
    chat.sort((a, b) => a.ordinal - b.ordinal);
    let replyingToIt = false;
    for (const t of chat) {
      if (t.role === 'user') replyingToIt = told.has(t.id);
      if (replyingToIt || (t.role === 'assistant' && namesTopic(t.text, words))) about.push(t.id);
    }
  }
  return about.sort();
}

/** The roots of the capitalised names a matter says ("Ray and the money going missing at work": Ray). */
function namedIn(topic: string): Set<string> {
  return new Set((topic.match(/(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}])/gu) ?? []).flatMap((n) => topicRoots(n)));
}

/** The words of a matter that name its person, each with its short forms; none when it names no one. */
function personOf(words: TopicWords, topic: string): TopicWords {
  const named = namedIn(topic);
  return words.filter((ways) => ways.some((w) => named.has(w) || w.startsWith('name:')));
}

/** Shared words, of four letters or more, that make another message a part of the same story. */
const STORY_WORDS = 3;
/** A word that more messages than this say is no detail of one story. */
const STORY_WORD_MESSAGES = 3;

/**
 * Words of four letters or more that tell no story's detail: everyday words any message may say, and what the person is
 * to the user ("my friend Dashiell", "my buddy Dashiell"). In a few weeks of chats they are as rare as the footage or
 * the voided sales, but a chat about the same friend helping with the winter work says them as well.
 */
const EVERYDAY_WORDS = new Set([
  'work', 'help', 'need', 'thing', 'want', 'know', 'like', 'make', 'time', 'good', 'realli', 'think', 'still', 'just', 'year', 'week', 'today', 'could', 'would', 'should', 'with', 'this', 'that', 'what',
  'friend', 'buddi', 'mate', 'colleagu', 'cowork', 'neighbour', 'neighbor',
]);

function isStoryWord(w: string): boolean {
  return w.length >= 4 && !w.startsWith('name:') && !EVERYDAY_WORDS.has(w);
}

/** Whether a word is the request's person's name said longer ("Dashiell" where the request said "Dash"). */
function isPersonsName(w: string, person: TopicWords): boolean {
  return person.some((ways) => ways.some((x) => x.startsWith('name:') && !x.startsWith('name:z:') && w.startsWith(x.slice('name:'.length))));
}

/**
 * A matter told over several chats: "my coworker Raymond has been skimming from the register" and, weeks later in
 * another, "the owner pulled the camera footage, matched it to the voided sales … interviewed Raymond". The later
 * message names the person the request names but not what the matter was called; it is part of the matter where it
 * also says three or more of the rarer words of the messages found and their replies (the footage, the voided sales),
 * as a chat about something else with the same person would not. Only where the request names a person beside the
 * matter ("Ray and the money going missing at work"): a request for a thing alone has no one to follow.
 */
function toldLater(earlier: TurnRow[], told: Set<string>, words: TopicWords, topic: string): string[] {
  if (told.size === 0 || words.length < 2) return [];
  const named = namedIn(topic);
  const person = personOf(words, topic);
  if (person.length === 0) return [];
  const topicOwn = new Set(words.flat());
  const rootsOf = new Map(earlier.map((t) => [t.id, new Set(topicRoots(stripPreamble(t.text)))]));
  const messages = new Map<string, number>();
  for (const r of rootsOf.values()) for (const w of r) messages.set(w, (messages.get(w) ?? 0) + 1);
  // The story's words: what the messages found and the replies in their chats say.
  const chats = new Set(earlier.filter((t) => told.has(t.id)).map((t) => t.conversationKey));
  const story = new Set<string>();
  for (const t of earlier) if (told.has(t.id) || (t.role === 'assistant' && chats.has(t.conversationKey))) for (const w of rootsOf.get(t.id)!) story.add(w);
  return earlier
    .filter((t) => t.role === 'user' && !told.has(t.id) && namesAll(rootsOf.get(t.id)!, person))
    .filter((t) => [...rootsOf.get(t.id)!].filter((w) => story.has(w) && isStoryWord(w) && !topicOwn.has(w) && !named.has(w) && !isPersonsName(w, person) && (messages.get(w) ?? 0) <= STORY_WORD_MESSAGES).length >= STORY_WORDS)
    .map((t) => t.id);
}

/**
 * The diary's line for a forget by topic, in words a user reads: how many messages went and from which days, what else
 * went with them, whether the request left search too, and until when undo brings it all back. It quotes nothing and
 * names no topic: the diary is shown in the popup, and the topic is what the user wants out of sight.
 */
export function topicForgetSummary(gone: readonly MemoryRow[], requestTurns: readonly string[], askedAt: number, eraseAt: number): string {
  const ofRequest = new Set(requestTurns);
  const isRequest = (m: MemoryRow) => m.sourceTurnIds.every((id) => ofRequest.has(id));
  const passages = gone.filter((m) => m.kind === 'passage' && !isRequest(m));
  const requestLeft = gone.some((m) => m.kind === 'passage' && isRequest(m));
  const messages = new Set(passages.flatMap((m) => m.sourceTurnIds)).size;
  const days = [...new Set(passages.map((m) => utcDay(m.occurredAt)))].sort();
  const learned = gone.filter((m) => m.kind !== 'passage' && m.kind !== 'episode').length;
  const summaries = gone.filter((m) => m.kind === 'episode').length;
  const from = days.length === 0 ? '' : days.length === 1 ? ` from your chat of ${days[0]}` : ` from your chats of ${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
  const also = [learned > 0 ? `${learned} thing${learned === 1 ? '' : 's'} learned from them` : '', summaries > 0 ? `${summaries} chat summar${summaries === 1 ? 'y' : 'ies'}` : '']
    .filter(Boolean)
    .join(' and ');
  const what = messages > 0 ? `${messages} message${messages === 1 ? '' : 's'}${from}${also ? `, with ${also}` : ''}` : also;
  const request = requestLeft ? ' Your request, which names it, stays as a rule but leaves search too.' : '';
  return (
    `Forgot what you asked on ${utcDay(askedAt)} to forget: ${what}.${request} ` +
    `None of it shows in search or in a new chat's block. Undo brings it back until ${utcDay(eraseAt)}; after that the words are erased.`
  );
}
