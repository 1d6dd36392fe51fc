import { windowedFinder, type Finder, type RegexRule } from './rules';
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

export const SHOWN_ONCE_FINDERS: readonly Finder[] = [
  // Read only around the words for "again" and "once": far rarer than the nouns, which stand at most 80 characters
  // before them.
  windowedFinder(SHOWN_ONCE_TOKEN, /again|once|einmal|affich|mostrar/gi, 100, 260),
];
