/**
 * A word of address dropped into a sentence, as many people talk to the assistant ("no emojis ever brah, they bum me
 * out", "scratch the three sentences thing dude, go long", "keep the hammer down on that one good buddy"): it stands
 * at a clause's end, before a comma or a stop, and says nothing of what the sentence tells. The rules read an
 * instruction or a rule taken back to the clause's end, so the word left in made "ever brah" and "thing dude" no
 * instruction and no rule's name. It is read without the word; what the user typed is kept as typed.
 *
 * Only words that are nothing else in that place: "man", "chef" or "friend" at a clause's end are as often what the
 * sentence is about ("I'm a family man.", "ask the chef", "my best friend"), and a word of address a word or two after
 * "my", "a" or "the" is a person ("my mate, Dave", "a good buddy of mine", "I don't have a workout buddy, but …").
 */

const ADDRESS = String.raw`(?:dude|dudes|brah|bruh|bro|mate|buddy|good buddy|pal|fam|homie)`;
const SAID_TO_THE_ASSISTANT = new RegExp(
  String.raw`(?<!\b(?:my|our|your|his|her|their|a|an|the|this|that|best|old|good|of)(?:\s+[\p{L}'’-]+)?)\s+${ADDRESS}(?=\s*(?:[,.!?;:]|$))`,
  'gimu',
);

/** The text without the words of address that close its clauses. */
export function withoutWordsOfAddress(text: string): string {
  return text.replace(SAID_TO_THE_ASSISTANT, '');
}
