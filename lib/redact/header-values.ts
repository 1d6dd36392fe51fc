import { anchoredFinder } from './anchored-finder';
import type { Finder, RegexRule } from './rules';
import { looksLikeRandomToken, UUID_SHAPE } from './values';

/**
 * A value the sentence says goes in a header that carries a credential: "using RGAPI-8812…-f7cc in the X-Riot-Token
 * header", "I pass abc… as the X-API-Key header", "sending <token> in the Authorization header". The header's name
 * says what the value is (a token, a key, a secret, an auth header), whatever the value's own prefix; the value must
 * be machine-made: a random token, or one that holds a UUID.
 */
const HEADER_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:using|use|used|with|pass(?:ing|ed)?|send(?:ing)?|sent|set(?:ting)?|put(?:ting)?)[ \t]+[\x60'"]?([A-Za-z0-9_\-.+/=~]{20,256}?)[\x60'"]?` +
    String.raw`[ \t]+(?:in|as|into|via)[ \t]+(?:the[ \t]+|an?[ \t]+|my[ \t]+)?[\x60'"]?(?:X-[\w-]{0,40}?(?:Token|Key|Secret|Auth[\w]*|Signature)|Authorization|Api-?Key)[\x60'"]?[ \t]+header`,
  'dgiu',
);

const UUID_INSIDE = new RegExp(UUID_SHAPE);

const VALUE_IN_HEADER: RegexRule = {
  name: 'value-in-credential-header',
  pattern: HEADER_VALUE,
  judge(m) {
    const value = m[1]!;
    if (!UUID_INSIDE.test(value) && !looksLikeRandomToken(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
};

export const HEADER_VALUE_FINDERS: readonly Finder[] = [
  anchoredFinder(VALUE_IN_HEADER, /using|use|used|with|pass|send|sent|set|put/gi),
];
