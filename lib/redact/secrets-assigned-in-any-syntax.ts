import { isTokenShaped } from './keys-given-when-asked';
import type { Finder, SecretSpan } from './rules';
import { NOT_SECRET_ANYWHERE } from './structured';

/**
 * BH's round: a token in quotes handed to a variable whose name says key, token, secret or password, by an operator
 * the key-value rules do not read as one: APL's and Uiua's `←`, R's `<-`, Prolog-like and Simula's `:-`, Smalltalk's
 * and Magik's `<<`, an array's `NAME[] =`, and the rightward assignments of ChucK and others
 * (`"…" => string api_token;`, `"…" -> secret_key`). The value must be token-shaped (`isTokenShaped`: random, a UUID,
 * sixteen hex digits or more); a name for an id, a digest or a public value (`public_key`, `cache_key`) is passed over.
 */
const LITERAL = /(["'])([A-Za-z0-9][A-Za-z0-9+/_\-.=~:]{15,300})\1/g;
/** A name and one of those operators right before the literal. */
const NAME_BEFORE = /([A-Za-z_$][\w$]{1,80})(?:\[\])?[ \t]*(?:←|<<|:-|<-|\[\][ \t]*=)[ \t]*$/u;
/** A rightward operator after the literal, at most a type word, and the name. */
const NAME_AFTER = /^[ \t]*(?:=>|->|→)[ \t]*(?:[A-Za-z]+[ \t]+)?([A-Za-z_$][\w$]{1,80})/u;
/** The name's last word says it holds a secret; "key" alone needs a word before it that makes it one. */
const SECRET_LAST = /^(?:token|secret|password|passwd|pwd|passphrase|passkey|apikey|credential|credentials)$/;
const KEY_KIND = /^(?:api|secret|private|access|auth|client|app|signing|master|hmac|encryption|service|subscription|webhook|merchant|bot|integration|admin|license|licence)$/;

function secretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0 || words.some((w) => NOT_SECRET_ANYWHERE.test(w))) return false;
  const last = words[words.length - 1]!;
  if (SECRET_LAST.test(last)) return true;
  return last === 'key' && words.length >= 2 && KEY_KIND.test(words[words.length - 2]!);
}

function findSecretsAssignedInAnySyntax(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  LITERAL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LITERAL.exec(text)); ) {
    const value = m[2]!;
    // The literal's line around it, read within a fixed reach (a search to the line's ends would be quadratic on a
    // text of one long line).
    const lead = text.slice(Math.max(0, m.index - 120), m.index);
    const before = lead.slice(lead.lastIndexOf('\n') + 1);
    const afterAt = m.index + m[0].length;
    const tail = text.slice(afterAt, afterAt + 120);
    const after = tail.includes('\n') ? tail.slice(0, tail.indexOf('\n')) : tail;
    const name = NAME_BEFORE.exec(before)?.[1] ?? NAME_AFTER.exec(after)?.[1];
    if (!name || !secretName(name) || !isTokenShaped(value)) continue;
    const start = m.index + 1;
    spans.push({ start, end: start + value.length, label: 'api key' });
  }
  return spans;
}

export const SECRETS_ASSIGNED_IN_ANY_SYNTAX_FINDERS: readonly Finder[] = [
  { name: 'secrets-assigned-in-any-syntax', find: findSecretsAssignedInAnySyntax, trigger: /←|<<|:-|<-|\[\]|=>|->|→/ },
];
