import type { Finder, SecretSpan } from './rules';

/**
 * AN's round: a value whose scheme prefix says it is stored in the clear or only obfuscated, whatever the file:
 * Dovecot's and OpenLDAP's `{PLAIN}`, `{CLEAR}`, `{CLEARTEXT}` (a passwd-file's `user:{PLAIN}secret:uid:gid::home`),
 * and Jetty's `OBF:` (reversible by anyone: `guest: OBF:1v2j1uum…, user`). A hash scheme (`{SHA512-CRYPT}`,
 * `{SSHA}`, `MD5:`, `CRYPT:`) is a stored hash, a look-alike, and is left.
 */
const PLAIN_SCHEME = /\{(?:PLAIN|CLEAR|CLEARTEXT)\}([^\s:]{1,200}(?:[ \t][^\s:]{1,40}){0,7})(?=:|[ \t]*$|[ \t]*\n)/gim;
const OBFUSCATED = /(?<![\w-])OBF:[0-9a-z]{8,400}(?![\w])/g;

function findPlainSchemes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (text.includes('}')) {
    PLAIN_SCHEME.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = PLAIN_SCHEME.exec(text)); ) {
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + m[1]!.length, label: 'password' });
    }
  }
  if (text.includes('OBF:')) {
    OBFUSCATED.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = OBFUSCATED.exec(text)); ) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  return spans;
}

export const PLAINTEXT_SCHEME_FINDERS: readonly Finder[] = [{ name: 'plaintext-schemes', find: findPlainSchemes }];
