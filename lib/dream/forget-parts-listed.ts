import { namesAll, topicWords, type TopicWords } from '../preamble/topic-words';

/**
 * "Could you please forget what I told you about Dash and his trouble with the bosses? What came back from the clinic,
 * the paper he had to sign, the counseling, all of it.": a request to forget a matter often names it by a polite
 * round-about ("his trouble with the bosses") that the chats never said, and then says what it meant in a list of its
 * parts that sums up at its end ("all of it", "any of that", "everything"). The chats named the parts ("the EAP
 * counselor", "the retest"), so a message that names the request's person and every word of one part is about the
 * matter, as one that names the whole matter is (forget-by-topic.ts). Only with a person: a part alone ("the
 * counseling") may be anyone's, and a chat about it with no one of the matter is another chat.
 */

/** The summing-up that closes a list of a matter's parts, and what may follow it ("none of it, unless i bring it up first"). */
const SUMMED_UP = /,\s*(?:(?:and|or)\s+)?(?:all of (?:it|that|this)|any of (?:it|that|this)|everything(?: else)?|the whole (?:thing|lot|story)|the lot|all that|none of (?:it|that))(?:,?\s+(?:unless|until|except)\b[^.!?]*)?\s*[.!]?$/iu;
/** Most words one part may have: a list's part is a short name, not a clause of its own. */
const PART_WORDS = 7;

/** The parts a request's next sentence lists, when it is such a list; none otherwise. */
export function partsListedAfter(sentences: readonly string[], request: string): TopicWords[] {
  const next = sentences[sentences.indexOf(request) + 1];
  if (!next || !SUMMED_UP.test(next)) return [];
  const items = next
    .replace(SUMMED_UP, '')
    .split(/\s*[,;]\s*|\s+(?:and|or)\s+/iu)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // One part said alone is no list: "Forget it, all of it." closes nothing.
  if (items.length < 2 || items.some((s) => s.split(/\s+/u).length > PART_WORDS)) return [];
  return items.map((s) => topicWords(s)).filter((w) => w.length > 0);
}

/** Whether a message's roots name the request's person and every word of one listed part. */
export function namesPersonAndAPart(said: Set<string>, person: TopicWords, parts: readonly TopicWords[]): boolean {
  return person.length > 0 && namesAll(said, person) && parts.some((p) => namesAll(said, p));
}
