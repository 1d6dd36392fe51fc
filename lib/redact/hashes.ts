import type { SecretSpan } from './rules';

/**
 * Values in a secret's place that are digests, not secrets: a password's stored hash (an htpasswd line, a bcrypt or
 * SHA-512 crypt string: it logs no one in, and questions about "which algorithm is this?" quote them), and a name
 * with a content digest appended (`node-modules-<sha256>`), which CI caches use as their keys.
 */

/**
 * Modular crypt strings (`$2b$12$…`, `$6$salt$…`, `$apr1$…`, `$argon2id$…`) and LDAP's `{SSHA}…`, perhaps after `user:`.
 * BA's round: Django's stored hashes (`pbkdf2_sha256$870000$salt$hash`, `argon2$argon2id$…`, `bcrypt_sha256$$2b$…`,
 * `scrypt$16384$…`) and Werkzeug's (`pbkdf2:sha256:600000$salt$hash`, `scrypt:32768:8:1$salt$hash`): the scheme, then `$`.
 */
const STORED_HASH =
  /^(?:[^:\s]{1,64}:)?(?:\$(?:1|2[abxy]|5|6|7|y|gy|apr1|argon2(?:i|d|id)|pbkdf2(?:-sha\d{1,3})?|scrypt)\$[^\s]{8,400}|(?:pbkdf2_sha(?:1|256)|argon2|bcrypt_sha256|scrypt|pbkdf2:sha\d{1,3}(?::\d{1,7})?|scrypt:\d{1,7}:\d{1,3}:\d{1,3})\$[^\s$]{0,60}\$[^\s]{8,400}|\{(?:SSHA|SHA|SSHA256|SSHA512|SMD5|MD5|CRYPT|bcrypt)\}[A-Za-z0-9+/=.$]{8,400})$/;

/**
 * A hash scheme's prefix with SQL or glob wildcards, as a query looks for hashes of one kind
 * (`WHERE password_hash LIKE '$argon2id$%'`, `'$2b$%'`): a pattern, no hash and no password.
 */
const HASH_PREFIX_PATTERN = /^\$(?:1|2[abxy]|5|6|7|y|gy|apr1|argon2(?:i|d|id)|pbkdf2(?:-sha\d{1,3})?|scrypt)\$(?:[\w=,.$]{0,40}?)[%*_?]+$/;

/** Whether a value is a password's stored hash (optionally as an htpasswd line's `user:hash`), or a pattern for some. */
export function isStoredPasswordHash(value: string): boolean {
  return STORED_HASH.test(value) || HASH_PREFIX_PATTERN.test(value);
}

/** Small words joined by `-`, `_` or `.`, then a SHA-1 or SHA-256 digest in hex: `node-modules-<sha256>`. */
const DIGEST_NAME = /^[a-z][a-z0-9]*(?:[-_.][a-z][a-z0-9]*)*[-_.](?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The value's line (200 characters either side at most). */
function lineOf(text: string, span: SecretSpan): string {
  const from = Math.max(0, span.start - 200);
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, span.end + 200);
  return before.slice(before.lastIndexOf('\n') + 1) + after.split('\n')[0];
}

/** Whether a value is a cache's key: a name with a digest appended, on a line that speaks of a cache. */
export function isCacheKeyDigest(text: string, span: SecretSpan): boolean {
  return DIGEST_NAME.test(text.slice(span.start, span.end)) && /\bcach(?:e|es|ed|ing)\b/i.test(lineOf(text, span));
}

/**
 * AV's round: a value under a name that says it is a hash (`WebUI\Password_PBKDF2=…`, `password_digest:`,
 * `PasswordHash =`, `pin_sha256`): what is stored is the digest a login is checked against, not the secret, as a
 * modular crypt string is (above). The name ends in a hash's word, joined to the rest by `_`, `-`, `.` or a capital;
 * not an HMAC's key, which signs. qBittorrent writes its salt and digest as `@ByteArray(<base64>:<base64>)`.
 */
const HASH_WORD = String.raw`(?:hash(?:ed)?|digest|pbkdf2(?:_?sha\d{1,3})?|bcrypt|scrypt|argon2(?:i|d|id)?|sha\d{1,3}|md5|crypt)["']?[ \t]*[:=][ \t]*["']?$`;
const HASH_NAME_BEFORE = new RegExp(String.raw`[_.-]${HASH_WORD}`, 'i');
const HASH_NAME_CAMEL = new RegExp(String.raw`[a-z](?:Hash(?:ed)?|Digest|Pbkdf2|PBKDF2|Bcrypt|Scrypt|Argon2\w{0,2}|Sha\d{1,3}|SHA\d{1,3}|Md5|MD5)["']?[ \t]*[:=][ \t]*["']?$`);
const HASH_NAME_HEAD = /(?<![\w-])(?:hash(?:ed)?|digest)[_.-]?(?:password|passwd|pass|pwd|pin|secret|token|key)["']?[ \t]*[:=][ \t]*["']?$/i;
const BYTE_ARRAY_DIGEST = /^@ByteArray\([A-Za-z0-9+/]{8,}={0,2}:[A-Za-z0-9+/]{16,}={0,2}\)$/;

export function isHashNamedValue(text: string, span: SecretSpan): boolean {
  if (BYTE_ARRAY_DIGEST.test(text.slice(span.start, span.end))) return true;
  const before = text.slice(Math.max(0, span.start - 64), span.start);
  if (/hmac/i.test(before.slice(before.search(/[\w.-]*["']?[ \t]*[:=][ \t]*["']?$/)))) return false;
  return HASH_NAME_BEFORE.test(before) || HASH_NAME_CAMEL.test(before) || HASH_NAME_HEAD.test(before);
}
