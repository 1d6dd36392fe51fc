import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * AY's round: a note that lists keys as `NAME -> value` or `NAME → value` ("WEBFLOW_API_TOKEN -> f864…",
 * "SPOTIFY_CLIENT_SECRET → a2ef…"): an environment variable's name in capitals that ends in a secret's word, an
 * arrow, and one value of sixteen characters or more to the line's end. The name says what the value is, so hex counts
 * too; a name for an id or a public key does not end in those words.
 */
const ARROW: RegexRule = {
  name: 'secret-name-with-arrow',
  pattern:
    /^[ \t]*(?:[-*•][ \t]+)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:TOKEN|SECRET|API_KEY|SECRET_KEY|PRIVATE_KEY|ACCESS_KEY|AUTH_KEY|PASSWORD|PASS|PWD)[ \t]*(?:->|→|⇒)[ \t]*["'`]?([A-Za-z0-9._~+/=:-]{16,512})["'`]?[ \t]*$/dgm,
  judge(m) {
    const value = m[1]!;
    if (isPlaceholder(value) || /^(\w)\1+$/.test(value) || !/\d/.test(value)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'api key' };
  },
};

export const SECRET_NAME_WITH_ARROW_FINDERS: readonly Finder[] = [regexFinder(ARROW)];
