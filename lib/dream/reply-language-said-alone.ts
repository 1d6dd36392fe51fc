import { LANGUAGES_IN_ENGLISH } from './language-names';

/**
 * A reply language asked for with the verb left out, as a postscript after a request in that language: "Always
 * Welsh, not English.", "always in Gujarati pls, not Hindi". It is the standing instruction "Always reply in …" said
 * short, and is read as that. One of the two names must be a language the rules know, so that the other, set against
 * it, is a language too ("Always Tuesdays, not Mondays" names none); a name alone ("Always Welsh.") stays as typed.
 */
const KNOWN = LANGUAGES_IN_ENGLISH.map((l) => l.replace(/\s+/g, ' ')).join('|');
const SAID_ALONE = new RegExp(
  String.raw`^(\s*)always,? (?:in )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?: (?:please|pls|plz))?,? (?:and )?not (?:in )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?: (?:please|pls|plz))?\s*([.!]*)\s*$`,
  'u',
);
const IS_KNOWN = new RegExp(String.raw`^(?:${KNOWN})$`, 'u');

/** The sentence with its reply language spelled out as an instruction, when it says one short; otherwise as typed. */
export function withReplyLanguageSpelledOut(sentence: string): string {
  const m = SAID_ALONE.exec(sentence.replace(/^(\s*)A(?=lways\b)/u, '$1a'));
  if (!m || !(IS_KNOWN.test(m[2]!) || IS_KNOWN.test(m[3]!))) return sentence;
  return `${m[1]}Always reply in ${m[2]}, not ${m[3]}${m[4] || '.'}`;
}
