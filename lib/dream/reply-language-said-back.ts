import { LANGUAGES_IN_ENGLISH } from './language-names';

/**
 * A reply language asked for again, with the verb left out: "ok the spanish experiment is over, english again please",
 * "back to English pls", "German from now on". It is the standing instruction "Reply in …" said short, and like it
 * takes the place of the reply language asked for before. The name must be one the rules know and must close its
 * clause, with a word that says it is a change ("back to", "again", "from now on"): "English again?" asks, "back to
 * French class tomorrow" goes on to something else, "English again was my worst grade" is a statement.
 */
const LANGUAGE = `(${LANGUAGES_IN_ENGLISH.join('|')})`;
const PLEASE = String.raw`(?:,?\s+(?:please|pls|plz|thanks|thx|ty))?`;
/** Where the clause ends: punctuation, an emoji or the end, never a word that goes on ("back to French class"). */
const CLAUSE_ENDS = String.raw`(?=\s*(?:[,.;!—–]|\p{Extended_Pictographic}|$))`;

export const REPLY_LANGUAGE_SAID_BACK = new RegExp(
  String.raw`(?:^|(?<=[,;.!—–:]\s*))(?:(?:ok(?:ay)?|so|and|now|just)[,\s]+)*(?:` +
    // "back to English pls", "switch back to english", "english again please", "German from now on"
    String.raw`(?:(?:please|pls|plz)\s+)?(?:(?:go|switch|get|come) )?(?:back to (?:in )?${LANGUAGE}(?: again| from now on| now)?|(?:in )?${LANGUAGE} (?:again|from now on|only from now on|from here on(?: out)?))${PLEASE}${CLAUSE_ENDS}` +
    // "can you go back to english now?": asked, the question mark closes it too.
    String.raw`|(?:can|could) (?:you|u) (?:please |pls )?(?:go|switch|get|come) back to (?:in )?${LANGUAGE}(?: again| now)?${PLEASE}(?=\s*(?:[,.;!?—–]|$)))`,
  'iu',
);

/** The language a sentence asks replies in again, as the rules know its name; undefined where it asks none. */
export function replyLanguageSaidBack(sentence: string): string | undefined {
  const m = REPLY_LANGUAGE_SAID_BACK.exec(sentence);
  const said = m?.[1] ?? m?.[2] ?? m?.[3];
  return said ? LANGUAGES_IN_ENGLISH.find((l) => l.toLowerCase() === said.toLowerCase()) : undefined;
}
