/**
 * "Don't bring up my brother, or how he died": a relative kept off by the word for them (off-limits.ts). The chats
 * that told of them name them as often by name ("the anniversary of Mikey's OD") as by the word, and a line that
 * names them is about them. So where a topic kept off is a relative's word alone, the names the user gave that
 * relative ("my little brother Mikey", "Mikey, my brother", the learned "User's brother is Mikey.") are kept off too.
 * Only the user's own relative ("my", "our"), and only a capitalised word that is no sentence opener or time.
 */

import { KIN_WORDS } from '../dream/kin-words';

/** The words for a relative a topic kept off may be, each with the forms it is said in. */
const RELATIVE = KIN_WORDS;
const RELATIVE_ALONE = new RegExp(String.raw`^(?:(?:my|our|little|baby|big|older|younger|late|twin|kid)\s+)*(${RELATIVE})$`, 'iu');
/** What may stand between "my" and the relative's word: how old, how near, or that they have died. */
const BESIDE = String.raw`(?:(?:little|baby|big|older|younger|oldest|youngest|late|twin|kid|half|step|dear)[- ]?)*`;
/** Capitalised words that open a sentence or name a time, not a person. */
const NOT_A_NAME =
  /^(?:The|A|An|My|Our|We|I|It|This|That|He|She|They|His|Her|So|And|But|Well|Ok|Okay|Yes|No|Oh|Hi|Hey|Please|Thanks|Sorry|Just|Also|Then|Now|Today|Yesterday|Tomorrow|Last|Next|After|Before|When|If|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$/;

/** A relative's word written with a capital, as a name is ("me, my brother, Mom and Dad"): another relative, no name. */
const KIN_WORD_ALONE = new RegExp(String.raw`^${KIN_WORDS}$`, 'iu');
/** Holidays a relative's word may stand before ("my sister Thanksgiving dinner"): no name. */
const HOLIDAY = /^(?:Thanksgiving|Halloween|Passover|Hanukkah|Diwali|Eid|Ramadan)$/;

/** The relative's word a topic kept off is, when it is that word alone ("my little brother" → "brother"). */
export function relativeKeptOff(topic: string): string | undefined {
  return RELATIVE_ALONE.exec(topic.trim())?.[1]?.toLowerCase();
}

/** The names a text gives the user's relative of that word ("my little brother Mikey" → Mikey). */
export function namesOfRelative(text: string, relative: string): string[] {
  const word = relative.replace(/[-\s]+/g, String.raw`[-\s]+`);
  const ways = [
    new RegExp(String.raw`\b(?:my|our) ${BESIDE}${word},? (\p{Lu}\p{Ll}+)(?![\p{L}])`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+), (?:my|our) ${BESIDE}${word}\b`, 'gu'),
    new RegExp(String.raw`\bUser's ${word} is (\p{Lu}\p{Ll}+)(?![\p{L}])`, 'gu'),
  ];
  const names = new Set<string>();
  for (const way of ways) for (const m of text.matchAll(way)) if (!NOT_A_NAME.test(m[1]!) && !KIN_WORD_ALONE.test(m[1]!) && !HOLIDAY.test(m[1]!)) names.add(m[1]!);
  return [...names];
}
