import type { MemoryRow, ReverieDb, TurnRow } from '../db/schema';
import { stripPreamble } from '../preamble/delimiters';
import { saysWord, topicRoots, topicWords } from '../preamble/topic-words';
import { forgetVerbInAnotherLanguage, otherLanguageRequestAt, saysPrivateInOtherLanguage } from './forget-requests-other-languages';

/**
 * "Actually, forget I told you that. Please don't remember any of it": the user asks, in the chat itself, that what
 * they just said be forgotten. The dream honours it as the popup's delete would: the exchange it points back to (the
 * user's previous message and the replies to it) and the request itself leave search and the warm-start block, with a
 * diary entry the user can undo for a week, after which their words are erased (lib/engine/erase.ts).
 *
 * Only a request that points back at what was just said is read here, and only when it opens the user's message. A
 * chat opened for nothing but the request ("please forget that whole thing, it was private", the day after) points
 * back at the user's last chat on that site, if it was recent: it is the only thing the request can mean. A
 * topic named ("forget what I said about my salary") is a retraction and a topic kept off (extract.ts, off-limits.ts),
 * since what it means may lie in other chats. "Forget it", "forget that, let's try another recipe" or "don't forget to
 * …" are not requests to forget a disclosure: a bare "forget that" counts only with a word that says the matter was
 * private or said by mistake.
 */

const OBJ = String.raw`(?:that|this|it|all (?:of )?(?:that|this|it)|any of (?:that|this|it)|(?:that|this|the) (?:whole|entire) (?:thing|conversation|chat|story|business)|everything(?: I (?:just )?(?:said|told you|wrote|shared|mentioned|typed))?|anything|what I (?:just )?(?:said|told you|wrote|shared|mentioned|typed))(?: (?:yesterday|earlier|last night|last time|the other day|before))?`;
/** Where the object of the request ends: the clause does ("don't save that file as a PDF" asks something else). */
const ENDS = String.raw`(?=\s*(?:[,.;:!?…)—–-]|$)|\s+(?:please|pls|ok|okay|either|anywhere|at all|ever|again|anymore|for (?:later|the future|next time|good)|(?:in|to|from) (?:your|the) (?:memory|memories|notes|records?))\b)`;
/** Keeping words: what the assistant is asked not to do with them. */
const KEEP = String.raw`(?:remember|save|store|keep|record|memori[sz]e|log)`;
const TOLD = String.raw`(?:said|told you|mentioned|wrote|shared|typed|brought (?:it|that|this) up)`;

/** Requests that say by themselves that something said is to be forgotten. */
const SELF_EVIDENT = new RegExp(
  [
    // "forget I told you that", "forget I ever said anything", "forget that I mentioned it"
    String.raw`\bforget (?:that )?I (?:ever |even )?${TOLD}(?: (?:that|this|it|any of (?:that|this|it)|anything|something|all (?:of )?(?:that|this)))?\b`,
    // "please don't remember any of it", "pls do not save this", "don't keep any of that in your memory": asked of the
    // assistant, by "please" or by where it is kept ("I don't remember any of it" says something else).
    String.raw`\b(?:please|pls|plz)\s+(?:don'?t|do not|dont|never)\s+(?:ever\s+)?${KEEP}\s+${OBJ}${ENDS}`,
    String.raw`\b(?:don'?t|do not|dont|never)\s+(?:ever\s+)?${KEEP}\s+${OBJ}\s+(?:in|to) (?:your|the) (?:memory|memories|notes|records?)\b`,
    // "delete that from your memory", "strike this from the record", "wipe that from your notes"
    String.raw`\b(?:delete|erase|remove|wipe|scrub|strike|scratch)\s+${OBJ}\s+(?:from|out of)\s+(?:your|the)\s+(?:memory|memories|records?|notes|history)\b`,
  ].join('|'),
  'iu',
);

/**
 * "forget that", "please forget all of this", "don't save this": a request only with a reason that the matter was
 * private or a slip ("forget that, try another recipe" drops a request; "don't remember that" may be "I don't"), or
 * someone else's secret ("she'd kill me if she found out").
 */
const BARE = new RegExp(String.raw`\b(?:please\s+)?forget\s+(?:about\s+)?${OBJ}${ENDS}|\b(?:don'?t|do not|dont|never)\s+(?:ever\s+)?${KEEP}\s+${OBJ}${ENDS}`, 'iu');
const PRIVATE = new RegExp(
  String.raw`\b(?:(?:not|n't|wasn'?t|isn'?t) (?:supposed|meant) to (?:say|share|tell|put|paste|go|write|type)|(?:not|isn'?t|wasn'?t) (?:my|mine) (?:story|business|place|news|secret)|shouldn'?t have (?:said|told|shared|written|typed|mentioned|put)|over-?shar|TMI|private|confidential|in confidence|between us|personal stuff|none of (?:my|your) business|(?:it'?s|it is|it was|that'?s|that was) (?:a )?secret|(?:would|'d|will|'ll) (?:literally |actually |totally |honestly )?(?:kill|murder) me|if (?:she|he|they|anyone|anybody|mum|mom|dad|my \p{L}+) (?:ever )?(?:found|finds|find) out)`,
  'iu',
);

/** What may stand before the request at the opening of its message: "ok actually, you know what, …". */
const OPENING = /^[\s,.!…—–-]*(?:(?:actually|you know what|wait|ok(?:ay)?|hmm+|um+|uh+|erm|sorry|oh|oops|ugh|no|ah|on second thought|hold on|hang on|scratch that|never ?mind|also|and|so|please|pls|yeah|god|jeez|omg|hey|bon|bueno|pues|vale|allora|dai|na ja|ну|слушай|ладно|tamam|pardon|perdón|perdona|scusa|désolé|désolée|entschuldigung|извини|maaf|aduh|eh)[\s,.!…—–-]*)*$/iu;

export interface ForgetRequest {
  /** The sentences of the message that ask to forget or give the reason. */
  sentences: string[];
  /** Whether the message is nothing but the request (and its reasons): then it goes too. */
  wholeMessage: boolean;
}

/** Splits a message into sentences, keeping each sentence's own words (no trimming of inner spaces). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Whether the message gives, anywhere, a reason that the matter was private (in English, in another language): what a
 * bare "forget that" needs. Read once per message, not per sentence: a pasted log of thousands of lines made reading
 * it per sentence take minutes.
 */
interface Reasons {
  english: boolean;
  other: boolean;
}

function reasonsIn(message: string): Reasons {
  const m = message.replace(/[’‘]/g, "'");
  return { english: PRIVATE.test(m), other: saysPrivateInOtherLanguage(m) };
}

function asksToForget(sentence: string, reasons: Reasons): boolean {
  return requestAt(sentence, reasons) >= 0;
}

/** Where in the sentence its request to forget starts (English or another language), or -1. */
function requestAt(sentence: string, reasons: Reasons): number {
  const s = sentence.replace(/[’‘]/g, "'");
  const english = SELF_EVIDENT.exec(s) ?? (reasons.english ? BARE.exec(s) : null);
  return english ? english.index : otherLanguageRequestAt(s, reasons.other);
}

function saysPrivate(sentence: string): boolean {
  const s = sentence.replace(/[’‘]/g, "'");
  return PRIVATE.test(s) || saysPrivateInOtherLanguage(s);
}

/**
 * The request to forget what was just said, when the user's message opens with one; else undefined. The message is
 * "whole" when every other sentence is short and asks nothing (a reason, an apology: "it's not my story to tell").
 */
export function forgetRequest(message: string): ForgetRequest | undefined {
  const text = message.trim();
  const sentences = sentencesOf(text);
  const reasons = reasonsIn(text);
  const first = sentences.findIndex((s) => asksToForget(s, reasons));
  if (first < 0) return undefined;
  // Only what opens the message: the words before the request (in its sentence and before it) are fillers.
  const s = sentences[first]!.replace(/[’‘]/g, "'");
  const before = [...sentences.slice(0, first), s.slice(0, Math.max(0, requestAt(s, reasons)))].join(' ');
  // "oops, that wasn't supposed to go in here, please forget that": a short reason may come first.
  const short = !before.includes('?') && before.split(/\s+/).length <= 14;
  const reason = short && saysPrivate(before);
  const saidTwice = short && forgetVerbInAnotherLanguage(before);
  // "さっき言ったことは忘れて", "Honestly though, forget …": a word or two of no question may open the message too.
  const aWordOrTwo = !/[?？.!。]/u.test(before) && before.trim().split(/\s+/).filter(Boolean).length <= 2;
  if (!OPENING.test(before) && !reason && !saidTwice && !aWordOrTwo) return undefined;
  const request: string[] = [];
  let wholeMessage = true;
  for (const [i, sentence] of sentences.entries()) {
    if (i < first || asksToForget(sentence, reasons) || saysPrivate(sentence)) request.push(sentence);
    else if (sentence.includes('?') || sentence.split(/\s+/).length > 8) wholeMessage = false;
    else request.push(sentence);
  }
  return { sentences: request, wholeMessage };
}

export interface PlannedForget {
  /** The user's message that asked. */
  requestTurnId: string;
  conversationKey: string;
  /** The turns to forget whole: the exchange the request points back to, and the request when it is the whole message. */
  turnIds: string[];
  /** The request as read in the message, so the rest of the message is learned from without it (none by topic). */
  request?: ForgetRequest;
  occurredAt: number;
  /**
   * Asked by the matter it names ("forget what I told you about …", forget-by-topic.ts): the turns are the earlier ones
   * about it, and the request stays, to be learned from as a topic kept off.
   */
  byTopic?: boolean;
  /**
   * Turns among `turnIds` that leave search but keep their words, and are learned from: a forget by topic's own request
   * (and the replies to it), which names the matter and on which the instruction keeping it off stands.
   */
  keptWords?: string[];
  /** A forget by topic's matter as asked ("Coz and his marriage"): what the user said of themselves beside it stays. */
  matter?: string;
}

/**
 * Whether a forget takes a memory: an episode holding any of its turns, anything else learned only from them. What the
 * user wrote themselves stays, and a forget by topic leaves the instructions said in its turns (one may be the very
 * wish to keep the matter off). The dream applies this (apply-consolidation.ts), and search and the block judge by it
 * until the dream has run (awaiting-forget.ts), so the two cannot disagree.
 */
export function forgetTakes(
  m: Pick<MemoryRow, 'kind' | 'origin' | 'sourceTurnIds'> & Partial<Pick<MemoryRow, 'text'>>,
  f: { readonly turnIds: ReadonlySet<string>; readonly byTopic?: boolean; readonly matter?: string },
): boolean {
  if (m.origin === 'user' || m.sourceTurnIds.length === 0) return false;
  if (f.byTopic && m.kind === 'instruction') return false;
  if (f.matter && saidOfThemselvesBeside(m, f.matter)) return false;
  return m.kind === 'episode' ? m.sourceTurnIds.some((id) => f.turnIds.has(id)) : m.sourceTurnIds.every((id) => f.turnIds.has(id));
}

/**
 * A fact the user stated about themselves in a message about a matter they later ask to forget ("Cosimo plays drums with
 * me in our wedding band, I play synth. He told me he's having an affair …", then "forget what I told you about Coz and
 * his marriage"): what they play, where they work, what they are allergic to is no part of the matter, and stays. Only
 * a fact about the user themselves ("User plays synth.", not "User's friend …") that says no word of the matter; one that
 * names it or its person goes.
 */
function saidOfThemselvesBeside(m: Partial<Pick<MemoryRow, 'kind' | 'text'>>, matter: string): boolean {
  if (m.kind !== 'fact' || !m.text?.startsWith('User ')) return false;
  const said = new Set(topicRoots(m.text));
  return !topicWords(matter).some((ways) => ways.some((w) => saysWord(said, w)));
}

/**
 * The forgets the new user turns ask for. The request points back at the user's previous message in the same chat and
 * every reply to it, or, opening a chat with nothing else said, at the whole of the user's last chat on that site in
 * the three days before; a message that is only the request goes too, with the replies to it.
 */
export async function planForgets(db: ReverieDb, turns: TurnRow[]): Promise<PlannedForget[]> {
  const out: PlannedForget[] = [];
  for (const t of turns) {
    if (t.role !== 'user') continue;
    const request = forgetRequest(stripPreamble(t.text));
    if (!request) continue;
    const chat = (await db.turns.where('conversationKey').equals(t.conversationKey).toArray()).sort((a, b) => a.ordinal - b.ordinal);
    const previous = chat.filter((c) => c.role === 'user' && c.ordinal < t.ordinal).at(-1);
    let turnIds: string[];
    if (previous) turnIds = chat.filter((c) => c.ordinal >= previous.ordinal && c.ordinal < t.ordinal).map((c) => c.id);
    else {
      // Nothing said before it in this chat: a chat opened only to ask this means the last one on this site.
      const earlier = request.wholeMessage ? await lastChatBefore(db, t) : [];
      if (earlier.length === 0) continue;
      turnIds = earlier.map((c) => c.id);
    }
    if (request.wholeMessage) {
      const next = chat.find((c) => c.role === 'user' && c.ordinal > t.ordinal);
      turnIds.push(...chat.filter((c) => c.ordinal >= t.ordinal && (!next || c.ordinal < next.ordinal)).map((c) => c.id));
    }
    out.push({ requestTurnId: t.id, conversationKey: t.conversationKey, turnIds, request, occurredAt: t.capturedAt });
  }
  return out;
}

/** How far back a chat opened only to ask for a forget may point: past this it is not clear what it means. */
const EARLIER_CHAT_MS = 3 * 86_400_000;

/** Every turn of the user's last chat on the request's site before it, when that chat was recent; else none. */
async function lastChatBefore(db: ReverieDb, request: TurnRow): Promise<TurnRow[]> {
  const recent = await db.turns
    .where('capturedAt')
    .between(request.capturedAt - EARLIER_CHAT_MS, request.capturedAt, true, false)
    .filter((c) => c.site === request.site && c.conversationKey !== request.conversationKey && c.role === 'user')
    .toArray();
  const last = recent.sort((a, b) => a.capturedAt - b.capturedAt).at(-1);
  if (!last) return [];
  return db.turns.where('conversationKey').equals(last.conversationKey).filter((c) => c.capturedAt < request.capturedAt).toArray();
}

/** A message with its forget request left out, for the rules that learn from what else it says. */
export function withoutForgetRequest(message: string, request: ForgetRequest): string {
  let text = message;
  for (const s of request.sentences) text = text.replace(s, ' ');
  return text.replace(/\s{2,}/g, ' ').trim();
}
