/**
 * A long message is mostly something pasted in for the assistant to work on: an article to summarise, a news story to
 * script, a CV, a product sheet, a contract clause, a video's transcript, a brief with its word counts. Its sentences
 * are that text's, not news from the user: "Ford sold 15 million of this model before ceasing production", "the
 * company's equipment was used to produce …", "- 100% cotton", "sales up 14%". Read as changes, they put "[update …]"
 * notes from an article on the user's own older chats that share one rare word with it (a pasted airline policy on a
 * chat about booking a seat). Over LongMemEval's dev split 834 of the 2,849 changes the rules read came from user
 * messages of 1,000 characters or more, all but a handful from such pastes.
 *
 * Values "taken back" in them are the same: "not in its palaces, but in its roads", "a certification of completed
 * works, not a part of the works" retired nothing of the user's only because nothing matched.
 *
 * So in a long message a sentence is read as a change, a new count or a value taken back only where the user speaks of
 * themselves in it ("I", "my", "me", and the same words in the languages the rules read): the user's own story told at
 * length ("I quit my job at the bank to …", "my sister moved to Leeds") still is, and so is what the user asks of the
 * assistant. A change told of someone else in a short chat message ("Dev's stepping down from the podcast") is read as
 * before.
 */

/** The length from which a message is read as mostly pasted text: well past what a chat line telling news runs to. */
export const LONG_MESSAGE_CHARS = 1000;

/**
 * The user speaking of themselves: English, the Romance and Germanic languages, Slavic, Turkish, Hindi and Arabic
 * pronouns and possessives, and the Chinese and Japanese first-person characters. A word missed here only keeps a
 * long message's sentence from being read as a change.
 */
const SPEAKS_OF_SELF = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’])(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself|im|ive` +
    String.raw`|je|j['’]|moi|mon|ma|mes|ich|mich|mir|mein\p{L}*|yo|mi|mis|mí|conmigo|io|mio|mia|miei|mie|eu|meu|minha|meus|minhas` +
    String.raw`|ik|mij|mijn|jag|jeg|mig|meg|min|mitt|mina|ja|mnie|mój|moja|moje|já|mě|můj|я|меня|мне|мой|моя|моё|мои|ben|benim|bana|beni` +
    String.raw`|मैं|मेरा|मेरी|मेरे|मुझे|أنا)(?![\p{L}\p{N}])|[我私僕俺]`,
  'iu',
);

/** Whether a sentence of a message of `messageChars` characters may be read as a change the user tells. */
export function mayTellAChange(sentence: string, messageChars: number): boolean {
  return messageChars < LONG_MESSAGE_CHARS || SPEAKS_OF_SELF.test(sentence);
}
