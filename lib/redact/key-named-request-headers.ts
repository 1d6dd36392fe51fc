import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * AY's round: a request header named for a key or a token, set on a command line (`curl -H "Key: 6f0d…"` as
 * AbuseIPDB asks, `-H 'X-Api-Key: …'`, `--header "Private-Token: …"`): the header's name says what the value is, so a
 * key in hex counts as well, where a hex value elsewhere is read as a digest. Sixteen characters or more of a token's
 * alphabet; a variable or a placeholder is left.
 */
const HEADER: RegexRule = {
  name: 'key-named-request-header',
  pattern:
    /(?<![\w-])(?:-H|--header)[ \t]*=?[ \t]*["']?(?:[A-Za-z]+-){0,3}(?:Key|Token|ApiKey|AccessKey|AuthKey|Secret)[ \t]*:[ \t]*([A-Za-z0-9._~+/=-]{16,512})(?=["'\s]|$)/dgi,
  judge(m) {
    const value = m[1]!;
    if (isPlaceholder(value) || /^(\w)\1+$/.test(value) || !/\d/.test(value)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'api key' };
  },
};

export const KEY_NAMED_REQUEST_HEADER_FINDERS: readonly Finder[] = [regexFinder(HEADER)];
