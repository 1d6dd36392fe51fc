/**
 * "that stuff about dex from the spring, where he was and all of it, please forget it": the matter is named first, as a
 * thing about someone or something, and the request that follows names it only by "it" or "that". The request is the
 * same as "forget what I said about dex" (forget-by-topic.ts) or, with "don't bring it up again", as "never bring up
 * dex" (off-limits.ts); only the order differs, as it often does when someone has to work up to asking.
 *
 * The opening must say the matter is a thing, stuff, business or story about something ("the thing with my landlord —
 * don't bring it up again"), and the request must point back at it by a pronoun with a word that says it is meant
 * ("please", "all of it", "again", "ever"): "the stuff about the move is on the list, forget it" is no request.
 */

/**
 * What a matter is called when it is named first: "that stuff about …", "the whole thing with …". A word to get the
 * assistant's ear may come before it, as it does before any request ("hey that whole thing about …", "look, the stuff
 * with …").
 */
const MATTER_FIRST = /^(?:(?:ok(?:ay)?|so|and|also|oh|btw|anyway|um+|uh+|hmm+|actually|hey|hi|yo|look|listen|well|right)[,\s]+)*(?:all\s+)?(?:that|the|this|those)\s+(?:whole\s+)?(?:stuff|things?|business|story|stories|situation|drama|mess|bits?|parts?|matter)\s+(?:about|with|re|regarding|concerning|involving)\s+(?:my\s+|our\s+)?([^,.;:!?\n—–]{2,50}?)(?=\s*[,;:—–]|\s+-\s|\s+(?:please|pls|plz|just|can you|could you)\b)/iu;

/** A request that names what it means by a pronoun: to forget it, or never to raise it again. */
const BY_A_PRONOUN = new RegExp(
  [
    // "please forget it", "forget all of it", "pls forget about that"
    String.raw`\b(?:please|pls|plz)\s+(?:just\s+)?(?:forget|disregard)\s+(?:about\s+)?(?:(?:all|any|every bit)\s+(?:of\s+)?)?(?:it|that|this|them)\b`,
    String.raw`\b(?:forget|disregard)\s+(?:about\s+)?(?:all|every bit)\s+of\s+(?:it|that|this|them)\b`,
    // "just forget it please", "forget about that pls"
    String.raw`\b(?:forget|disregard)\s+(?:about\s+)?(?:it|that|this|them)\s+(?:please|pls|plz)\b`,
    // "don't bring it up again", "never mention it", "please don't ask about that"
    String.raw`\b(?:never|don'?t|do not|dont|stop)\s+(?:ever\s+)?(?:again\s+)?(?:bring(?:ing)?\s+(?:it|that|this|them)\s+up|(?:mention(?:ing)?|rais(?:e|ing)|discuss(?:ing)?|talk(?:ing)? about|ask(?:ing)?(?: me)? about)\s+(?:it|that|this|them))\b`,
  ].join('|'),
  'iu',
);

/**
 * A statement made of the matter ("the thing with the sourdough starter is sorted, forget it please"): "forget it" then
 * means never mind, and the words are no matter's name.
 */
const SAID_OF_IT = /\b(?:is|are|was|were|has|have|had|seems?|looks?|got|gets)\b/i;
/** "… forget them pls, I got it now", "… forget it please, all sorted": never mind, the question is answered. */
const NEVER_MIND = /\b(?:i (?:get|got|understand) it|got it now|figured it out|i fixed it|fixed it now|(?:it'?s|all|that'?s) (?:sorted|fixed|fine|good|ok(?:ay)?)|never ?mind|nvm|no worries)\b/i;

/** The matter a sentence names first and then asks, by a pronoun, to forget or never raise; undefined otherwise. */
export function matterSaidFirst(sentence: string): string | undefined {
  const named = MATTER_FIRST.exec(sentence);
  if (!named || SAID_OF_IT.test(named[1]!)) return undefined;
  const rest = sentence.slice(named.index + named[0].length);
  return BY_A_PRONOUN.test(rest) && !NEVER_MIND.test(rest) ? named[1]!.trim() : undefined;
}
