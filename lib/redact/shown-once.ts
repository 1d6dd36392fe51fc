import { regexFinder, windowedFinder, type Finder, type RegexRule } from './rules';
import { looksLikeRandomToken } from './values';

/**
 * A token an issuer prints once: "Store this token; it will not be shown again:", "Copy your key now. You won't be
 * able to see it again.", "Dieser Schlüssel wird nur einmal angezeigt". Whatever its prefix (`dtm_…`, a vendor's
 * own), the first random token (`looksLikeRandomToken`) on the same line or opening the next is the secret the message hands
 * over. The words must name a token, key or secret and say it is shown only once or not again.
 */
const SHOWN_ONCE = new RegExp(
  String.raw`(?<![\p{L}])(?:token|key|secret|password|credential|schlüssel|clé|clave|chave|chiave|sleutel)s?(?![\p{L}])[^\n]{0,80}?` +
    String.raw`(?:(?:will|won'?t|cannot|can'?t|not)[ \t]+(?:be[ \t]+)?(?:able[ \t]+to[ \t]+)?(?:see|view|shown|displayed|show|display|retrieve)[ \t]+(?:it[ \t]+)?again|(?:shown|displayed|visible)[ \t]+(?:only[ \t]+)?once|only[ \t]+(?:be[ \t]+)?(?:shown|displayed)[ \t]+once|nur[ \t]+einmal[ \t]+angezeigt|ne[ \t]+sera[ \t]+plus[ \t]+affich[ée]e?|no[ \t]+se[ \t]+(?:volverá[ \t]+a[ \t]+)?mostrar[áa])` +
    // The token stands on the same line within 40 characters, or opens the next line.
    String.raw`[^\n]{0,40}?(?:\r?\n[ \t]{0,20})?(?<![\w\-.+/=~])([A-Za-z0-9_\-.+/=~]{20,256})(?![\w\-.+/=~])`,
  'dgiu',
);

const SHOWN_ONCE_TOKEN: RegexRule = {
  name: 'token-shown-once',
  pattern: SHOWN_ONCE,
  judge(m) {
    const value = m[1]!;
    if (!looksLikeRandomToken(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
};

/**
 * AK's round: a token a tool hands over on the lines below its words, a blank line between or not ("✔ Success! Use
 * this token to login on a CI server:\n\n<token>", "Here is your new API key:\n<key>", "Your access token:"). The words
 * hand a token over (use this, here is your, your new), end their line with a colon, and a random token
 * (`looksLikeRandomToken`) stands alone on the next line or the one after.
 */
const HANDED_OVER: RegexRule = {
  name: 'token-handed-over',
  pattern:
    /(?<![\p{L}])(?:use[ \t]+(?:this|the[ \t]+following)|here(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+(?:your|the)|this[ \t]+is[ \t]+your|your(?:[ \t]+new)?)[ \t]+(?:new[ \t]+|personal[ \t]+|api[ \t]+|access[ \t]+|auth[ \t]+|refresh[ \t]+|ci[ \t]+)*(?:token|key|secret)s?(?![\p{L}])[^\n:]{0,60}:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]{0,20}([A-Za-z0-9_\-.+/=~]{20,256})[ \t]*(?=\r?\n|$)/dgiu,
  judge(m) {
    const value = m[1]!;
    if (!looksLikeRandomToken(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
};

export const SHOWN_ONCE_FINDERS: readonly Finder[] = [
  // Read only around the words for "again" and "once": far rarer than the nouns, which stand at most 80 characters
  // before them.
  windowedFinder(SHOWN_ONCE_TOKEN, /again|once|einmal|affich|mostrar/gi, 100, 260),
  regexFinder(HANDED_OVER),
];
