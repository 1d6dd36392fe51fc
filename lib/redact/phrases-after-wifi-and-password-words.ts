import type { Finder, SecretSpan } from './rules';
import { PASSWORD_WORDS } from './password-word-near-value';
import { PASSWORD_WORD_TRIGGER } from './values-after-secret-words';
import { plainPhrase } from './generated-phrases';

/**
 * AL's round: a passphrase of plain words given after a Wi-Fi's or a password's word, in any language's sentence
 * ("phasiwede ya wifi ndi "bounce boss below 79"", "와이파이 비번은 "chimney aisle cause 34"", "the guest wifi is absent
 * atom ceiling 26", "key arm attend angle 36", "shared mailbox password velvet common candy.", "login: office /
 * crutching alcohol admit bench"). Three forms, each tight: the phrase in quotes within a few words after the word; the
 * phrase ended by a number (a generator's form) within a few words after it; the phrase right after the word, or after
 * a login's user and a slash, ended by the line, a stop or "and". Each phrase has two to five words of plain letters
 * and is no sentence (`plainPhrase`: no article, pronoun, auxiliary or small word of the Latin-script languages).
 */
// Not the word of an earlier redaction's marker ("[redacted password]").
const WORD = String.raw`(?<!\[redacted )(?<![\p{L}\p{N}])(?:${PASSWORD_WORDS.source}|wi-?fi|wlan|wpa2?|psk|network[ \t]+key|와이파이|ワイファイ|无线|無線|вай-?фай|phasiwede|pasword\p{L}*|passwort\p{L}*)`;
const PHRASE = String.raw`\p{Ll}{2,14}(?:[ \t]\p{Ll}{2,14}){1,4}`;
// A quote after a space, no bracket or operator between: a call's argument (`getPassword("prompt text")`) is code's.
// German „…“ and French « … » (a space inside) as well as straight and curly double quotes.
const QUOTED = new RegExp(String.raw`${WORD}[^\n"“”«»„(){}=;]{0,40}?(?<=[ \t])["“«„][ \t]?(${PHRASE}(?:[ \t]\d{1,4})?)[ \t]?["”»“]`, 'giu');
/** Where a phrase given on its own ends: the line, a stop, a comma, a quote, a dash or "and" (not more words: "11 karakter"). */
const ENDS = String.raw`(?=[ \t]*(?:$|\r?\n|[.;!?)"'”»](?:\s|$)|,[ \t]|[ \t]and[ \t]|[ \t][-–—][ \t]))`;
/** A Wi-Fi's word: a network's key is the secret people write as a phrase with a number ("guest wifi is absent atom ceiling 26"). */
const WIFI_WORD = String.raw`(?<![\p{L}\p{N}])(?:wi-?fi|vaj-?faj|вај-?фај|wlan|wpa2?|psk|ssid|network[ \t]+key|와이파이|ワイファイ|无线|無線|вай-?фай)`;
// A password's word with a phrase and a number after it is as often a rule's length ("… nibura 12."): not read.
const NUMBER_ENDED = new RegExp(String.raw`${WIFI_WORD}[^\n]{0,48}?(?<![\p{L}\p{N}])(\p{Ll}{3,14}(?:[ \t]\p{Ll}{3,14}){2,4}[ \t]\d{2,4})${ENDS}`, 'gmiu');
// After a user's name: "user stores pass sprintmap comfort awesome", "login: office / crutching alcohol admit bench".
const RIGHT_AFTER = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:user|username|login)(?:[ \t]*:)?[ \t]+[\w.@-]{1,32}[ \t]+(?:pass|password|passphrase|pw|pwd)(?:[ \t]*:)?[ \t]+|(?<![\p{L}])login[ \t]*:[ \t]*[\w.@-]{1,32}[ \t]*/[ \t]*)(\p{Ll}{3,14}(?:[ \t]\p{Ll}{3,14}){2,4}(?:[ \t]\d{1,4})?)(?=[ \t]*(?:$|\r?\n|[.;!?)](?:\s|$)|,[ \t]|[ \t]and[ \t]))`,
  'gmiu',
);

/**
 * BF's round: a network's name, then a password's word, then the phrase bare, in a sentence of any language ("Wifi
 * Brine-Staff ina password goblet nickel harpoon waffle.", "Vajfaj Glowtube-Staff, lozinka lantern otter harpoon
 * paddle.", "Wifi Linen-Staff ka password gravel otter quill nickel hai.", "Wi-FiはGlowtube-Staffで、パスワードは
 * quokka uplink rocket dynamoじゃ。"): with both words before it, three to five plain words are the key. The phrase
 * ends at a stop, the line, another script, or a copula after it ("hai", "ni", "je", "is").
 */
const AFTER_NETWORK_AND_PASSWORD_WORD = new RegExp(
  String.raw`${WIFI_WORD}[^\n]{0,40}?(?<![\p{L}\p{N}])(?:${PASSWORD_WORDS.source}|lozinka|lozinku|암호)[ \t]*(?:[:：=]|は|是|는|은)?[ \t]*(?<![\p{Script=Latin}])(\p{Ll}{3,14}(?:[ \t]\p{Ll}{3,14}){2,4}?)(?=[ \t]*(?:$|\r?\n|[.;!?,)。、]|[ \t](?:hai|ni|je|e|est|ist|is|на)(?![\p{L}]))|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])`,
  'gmiu',
);

const PASSWORD_WORD = new RegExp(PASSWORD_WORDS.source, 'iu');

function findPhrases(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const re of [QUOTED, NUMBER_ENDED, RIGHT_AFTER, AFTER_NETWORK_AND_PASSWORD_WORD]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const value = m[1]!;
      const words = value.replace(/[ \t]\d+$/, '');
      // Lower-case words that name no password themselves (a button's "Forgot password", a toggle's "show password").
      if (!/^[\p{Ll}\p{N} \t]+$/u.test(value) || PASSWORD_WORD.test(words)) continue;
      if (!plainPhrase(words)) continue;
      const start = m.index + m[0].lastIndexOf(value);
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

export const PHRASES_AFTER_WIFI_AND_PASSWORD_WORDS_FINDERS: readonly Finder[] = [
  // Skipped unless the text names a password, a Wi-Fi or a login: each of its regexes needs such a word, or `pw`.
  { name: 'phrases-after-wifi-and-password-words', find: findPhrases, trigger: PASSWORD_WORD_TRIGGER },
];
