import type { Finder, SecretSpan } from './rules';

/**
 * AL's round: an LDIF entry's password given base64-encoded (`userPassword:: QjB1bmN5…=`): LDIF writes any value with
 * non-ASCII characters or a leading space after two colons, in base64, so the password is readable by anyone who
 * decodes it. The attribute's name says what it is (userPassword, unicodePwd, sambaNTPassword, any name ending in a
 * password's word). A stored hash encoded the same way starts with its scheme in braces (`{SSHA}…`, `{CRYPT}…`) once
 * decoded: the older corpora count stored hashes as look-alikes, and so does this rule.
 */
const LDIF_PASSWORD = /^([A-Za-z][\w-]{0,40}(?:Password|Passwd|Pwd|Secret))::[ \t]*([A-Za-z0-9+/]{4,400}={0,2})[ \t]*\r?$/gim;

function findLdifPasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('::')) return spans;
  LDIF_PASSWORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LDIF_PASSWORD.exec(text)); ) {
    const value = m[2]!;
    if (value.length % 4 !== 0) continue;
    let decoded: string;
    try {
      decoded = atob(value);
    } catch {
      continue;
    }
    if (decoded.startsWith('{') || decoded.length < 4) continue;
    const start = m.index + m[0].indexOf(value, m[1]!.length + 2);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const LDIF_PASSWORD_FINDERS: readonly Finder[] = [{ name: 'ldif-passwords', find: findLdifPasswords }];
