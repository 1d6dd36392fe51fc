import { groupSpan, NOT_A_CREDENTIAL_LINE, regexFinder, type Finder, type RegexRule } from './rules';
import { lineAround, looksLikeRandomToken, trimTrailingPunctuation } from './values';

/**
 * A key or token that a sentence names by its noun, in apposition: "I hardcoded the key `…` in the script", "ich hab
 * den Schlüssel … bekommen", "use the token … for CI"; Turkish has no article and puts "my" in a suffix, so "API
 * anahtarım …" and "gizli anahtar …" (secret key) stand in for it. The article ties the noun to the value right after it; the value
 * must look machine-made (`looksLikeRandomToken`, or base62 by `base62Like`), so words after "the key" are left alone, and a line about hashes,
 * caches or ids (`NOT_A_CREDENTIAL_LINE`) names other keys.
 */
const ARTICLE_KEY: RegexRule = {
  name: 'article-key',
  pattern:
    /(?<![\p{L}\p{N}_])(?:(?:the|my|our|your|this|that|a|an|der|den|dem|die|das|einen|meinen|unseren|le|la|mon|ma|notre|el|mi|nuestra|il|o)[ \t]{1,4}(?:api[ -]?)?(?:key|token|secret|schlüssel|api-schlüssel|clé|clave|chave|chiave|sleutel|nyckel)|(?:api|gizli)[ \t]{1,4}anahtar\p{L}{0,4})[ \t]{1,4}(?:"([^"\n]{20,512})"|'([^'\n]{20,512})'|`([^`\n]{20,512})`|([^\s"'`<>()[\]{}]{20,512}))/dgiu,
  judge(m, text) {
    const span = groupSpan(m, [1, 2, 3, 4])!;
    const value = span.group === 4 ? trimTrailingPunctuation(span.value) : span.value;
    if (!(looksLikeRandomToken(value) || base62Like(value)) || text[span.start + value.length] === '(') return null;
    if (NOT_A_CREDENTIAL_LINE.test(lineAround(text, m.index, 160).text)) return null;
    return { start: span.start, end: span.start + value.length, label: 'api key' };
  },
};

/**
 * Letters of both cases and digits only, switching between the three as often as chance switches them (at least once
 * every three characters): a base62 key with few capitals (`5Mfzof…`) that the mixed-case test of
 * `looksLikeRandomToken` turns down, and never a camel-cased name (`getUserAccountSettings2024`), which switches once
 * a word.
 */
function base62Like(value: string): boolean {
  if (!/^[A-Za-z0-9]{24,128}$/.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value) || (value.match(/\d/g)?.length ?? 0) < 3) return false;
  const kind = (c: string) => (c >= 'a' ? 0 : c >= 'A' ? 1 : 2);
  let switches = 0;
  for (let i = 1; i < value.length; i++) if (kind(value[i]!) !== kind(value[i - 1]!)) switches++;
  return switches * 3 >= value.length;
}

export const PROSE_KEY_FINDERS: readonly Finder[] = [regexFinder(ARTICLE_KEY)];
