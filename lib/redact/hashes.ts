import type { SecretSpan } from './rules';

/**
 * Values in a secret's place that are digests, not secrets: a password's stored hash (an htpasswd line, a bcrypt or
 * SHA-512 crypt string: it logs no one in, and questions about "which algorithm is this?" quote them), and a name
 * with a content digest appended (`node-modules-<sha256>`), which CI caches use as their keys.
 */

/** Modular crypt strings (`$2b$12$…`, `$6$salt$…`, `$apr1$…`, `$argon2id$…`) and LDAP's `{SSHA}…`, perhaps after `user:`. */
const STORED_HASH =
  /^(?:[^:\s]{1,64}:)?(?:\$(?:1|2[abxy]|5|6|7|y|gy|apr1|argon2(?:i|d|id)|pbkdf2(?:-sha\d{1,3})?|scrypt)\$[^\s]{8,400}|\{(?:SSHA|SHA|SSHA256|SSHA512|SMD5|MD5|CRYPT|bcrypt)\}[A-Za-z0-9+/=.$]{8,400})$/;

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
