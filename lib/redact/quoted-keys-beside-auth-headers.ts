import { isKeyShaped } from './keys-given-when-asked';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, looksLikeRandomToken, UUID } from './values';

/**
 * BK's round: a snippet in any language that builds an HTTP authorisation header ("Authorization: Bearer " joined to a
 * variable) holds the key it sends as a quoted literal somewhere in it, under whatever name the language gives it
 * (`INIT <'…'>`, `Calculate iX as '…'`, `"…" var, x`, `Set K = "…"`). Where such a header is built, a quoted value of
 * twenty characters or more shaped like a key (random, or a short prefix and a random or hex part) is that key. A name
 * just before it that says an id, a digest, a public value or a link keeps it, and so does a UUID or a digest alone.
 */
const BUILDS_AUTH_HEADER = /Authorization['"]?[ \t]*[:,=][ \t]*['"]?[ \t]*(?:Bearer|Token|Basic)\b|['"](?:Bearer|Token)[ \t]['"]/i;
const QUOTED = /(['"])([A-Za-z0-9][A-Za-z0-9_.~:/+=-]{18,300}[A-Za-z0-9=])\1/g;
const NOT_A_KEY_NAME = /(?<![A-Za-z])(?:ids?|uuid|guid|sha\d*|hash|digest|checksum|commit|etag|nonce|public|pub|publishable|version|url|uri|href|endpoint|host|path|user(?:name)?|account|email|trace|span|request|correlation|preset|template)(?![a-z])['"`]?[ \t]*[:=,(]?[ \t]*(?:as|is)?[ \t]*$/i;

/** A key's shape, or a short prefix and parts of which the longest is random or sixteen hex digits or more. */
function keyInSnippet(value: string): boolean {
  if (UUID.test(value) || /^[0-9a-f]+$/i.test(value) || /^(?:pk|pub|public)[_-]/i.test(value) || /:\/\/|^\/|\.(?:com|org|net|io|json|js|ts|py|html?)$/i.test(value)) return false;
  if (isPlaceholder(value)) return false;
  // A form's field with its value (`"preset=…"`), or a resource's path of words (`projects/x/traces/…`).
  if (/^[A-Za-z_][\w.-]*=[^=]/.test(value) || /^[a-z]{3,}\/[a-z]/.test(value)) return false;
  if (isKeyShaped(value)) return true;
  const parts = value.split(/[._~/|:-]+/);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return parts.length <= 8 && longest.length >= 16 && (/^[0-9a-f]+$/i.test(longest) || looksLikeRandomToken(longest));
}

function findQuotedKeysBesideAuthHeaders(text: string): SecretSpan[] {
  if (!BUILDS_AUTH_HEADER.test(text)) return [];
  const spans: SecretSpan[] = [];
  QUOTED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUOTED.exec(text)); ) {
    const value = m[2]!;
    if (!keyInSnippet(value)) continue;
    // The name before it on its line, read from a short window.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_A_KEY_NAME.test(before.slice(before.lastIndexOf('\n') + 1))) continue;
    spans.push({ start: m.index + 1, end: m.index + 1 + value.length, label: 'api key' });
  }
  return spans;
}

export const QUOTED_KEYS_BESIDE_AUTH_HEADERS_FINDERS: readonly Finder[] = [
  { name: 'quoted-keys-beside-auth-headers', find: findQuotedKeysBesideAuthHeaders, trigger: /Authorization|Bearer|Token/i },
];
