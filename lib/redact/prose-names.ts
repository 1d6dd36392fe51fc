import { regexFinder, type Finder, type RegexRule } from './rules';
import { classifyKey, looksLikeGenericSecret, trimTrailingPunctuation } from './values';

/**
 * A secret named in a sentence by its own name and then given: "my PHPSESSID is …", "our JSESSIONID was …", "der
 * Zugangsschlüssel für unsere interne API lautet …". The name is a credential's (a session cookie's, a token's, a
 * key's, by `classifyKey`, or a German compound ending in -schlüssel or -token); a few words saying what it is for may
 * come between; the value must look machine-made.
 */
const NAMED_IN_PROSE: RegexRule = {
  name: 'named-in-prose',
  pattern:
    /(?<![\p{L}\p{N}_])(?:my|our|your|his|her|their|the|mein|meine|unser|unsere|der|die|das|dein|deine)[ \t]+([\p{L}_][\p{L}\p{N}_.-]{2,60})(?:[ \t]+(?:for|of|to|für|von|zu|zur|zum)[ \t]+[^\n.,;:!?"'`]{1,60}?)?[ \t]+(?:is|was|lautet|ist|war|heißt)[ \t]*:?[ \t]+(?:"([^"\s]{12,300})"|'([^'\s]{12,300})'|`([^`\s]{12,300})`|([^\s"'`<>()[\]{}]{12,300}))/dgiu,
  judge(m) {
    const name = m[1]!;
    if (classifyKey(name) !== 'secret' && !/(?:schlüssel|token)$/iu.test(name)) return null;
    const group = [2, 3, 4, 5].find((g) => m[g] !== undefined)!;
    const value = group === 5 ? trimTrailingPunctuation(m[group]!) : m[group]!;
    if (!looksLikeGenericSecret(value)) return null;
    const start = m.indices![group]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
};

export const PROSE_NAME_FINDERS: readonly Finder[] = [regexFinder(NAMED_IN_PROSE)];
