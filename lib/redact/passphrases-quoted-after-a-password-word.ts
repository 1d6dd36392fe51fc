import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * CB's round: a passphrase of plain words in quotes right after a password's word or a Wi-Fi key's ("the password
 * 'sawdust everywhere' (two words, small letters)", "their wifi is 'PrintShop' password 'riso riso riso'", "the key is
 * 'stroopwafel-op-zondag'" after a Wi-Fi's word). The rules read plain words after a password's word only as a small
 * sentence of four words or more (`word-phrases-after-secret-words.ts`); the quotes here say where the value starts
 * and ends. Two to six words of letters, spaces or hyphens between, eight characters or more; the quote must close
 * the value and the clause (a stop, a comma, a dash, a bracket, "and", the line's end), so a quoted setting's name
 * read on ("the password 'reset' link", "the 'password required' option") is left.
 */
/**
 * Lead's review: quoted words that say where the value is written, not what it is ("the wifi key is 'on the router'",
 * "the password is 'under the keyboard'"); no passphrase opens so.
 */
const SAYS_WHERE_IT_IS = /^(?:on|in|at|under|behind|inside|beside|next to|written|printed|stuck|taped|somewhere)[ -]/iu;
const QUOTED_AFTER_PASSWORD_WORD: RegexRule = {
  name: 'passphrase-quoted-after-a-password-word',
  pattern:
    /(?<![\p{L}])(?:password|passwort|passphrase|pass[ \t]+phrase|(?:wi[-‐‑]?fi|network|wlan)[ \t]+(?:key|password)|(?:wi[-‐‑]?fi)[^\n.!?]{0,60}?(?<![\p{L}])key)(?:[ \t]+(?:is|was|is[ \t]+now))?[ \t]+(['‘"“])(\p{L}{2,}(?:[ -]\p{L}{2,}){1,5})['’"”](?=[ \t]*(?:$|[\n.,;:!?)(—–]|-[ \t]|and[ \t]|or[ \t]))/dgiu,
  judge(m) {
    const value = m[2]!;
    const start = m.indices![2]![0];
    if (value.length < 8 || SAYS_WHERE_IT_IS.test(value)) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

export const PASSPHRASES_QUOTED_AFTER_A_PASSWORD_WORD_FINDERS: readonly Finder[] = [regexFinder(QUOTED_AFTER_PASSWORD_WORD)];
