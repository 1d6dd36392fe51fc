import { isKeyShaped } from './keys-given-when-asked';
import type { Finder, SecretSpan } from './rules';
import { NOT_SECRET_ANYWHERE } from './structured';
import { isPlaceholder } from './values';

/**
 * BJ's round: a random value a short way after a name that says it holds a secret, in whatever language or layout the
 * name and the value are joined: `(define shop-auth-token ::String "…")`, `VAL []BYTE shop.service.key IS "…":`,
 * `key('…').`, "SHOP_PRIVATE_KEY should now read" and the value on the next line, "the WIDGET_API_TOKEN now reads …".
 * The rules that read `name = value` or `name: value` know their layouts; a new language's declaration, or a sentence
 * between the name and the value, is met by reading the name's words and the value's shape together, whatever joins
 * them. The name is one identifier whose words (split at `_`, `-`, `.`, `$` and camel humps) hold a secret's word
 * (key, token, secret, password …) and none that makes it an id, a digest or a public value (`NOT_SECRET_ANYWHERE`:
 * `key_id`, `public_key`, `cache_key`); nor is the word before it one that makes a key public or a lookup's
 * (`public key`, `host key`, `primary key`). Between them stand at most two lines' worth of marks, a type's name and
 * the few words that say "is" or "now reads"; the value is token-shaped (random letters and digits, a UUID, sixteen
 * hex digits or more, a prefix and a random part, or ten to nineteen letters and digits mixed as chance mixes them),
 * never a placeholder.
 */
const SECRET_WORD = /(?:key|token|secret|passw|pwd|passphrase|credential)/gi;
/** A secret's word in the singular: "tokens", "keys" name a list or a count ("sent 10 tokens to …"), not one value. */
const SECRET_PART = /^(?:apikey|token|secret|password|passwd|pwd|passphrase|credential)$/;
/**
 * "key" alone names a search key, a cache key, a signing key's id or fingerprint, a map's or a frontend's public key
 * as often as a secret: only with a word that makes it a secret's (`API_KEY`, `service.key`, `SIGNING_KEY`).
 */
const KEY_QUALIFIER = /^(?:api|private|secret|signing|sign|access|auth|service|master|encryption|hmac|webhook|session)$/;
/**
 * Words that make a name an id, a lookup's, a file's or a builder's, besides `NOT_SECRET_ANYWHERE`: Vault's
 * `token_accessor`, a search-only key, `password.txt` above a list of digests, `RtcTokenBuilder.buildTokenWithUid`.
 */
const NOT_SECRET_HERE = /^(?:accessor|search|searchkey|uid|builder|build|type|url|uri|endpoint|expiry|expires|ttl|length|txt|json|ya?ml|csv|log|md|pem|pub|crt|cer|asc|gpg|pgp|sig|sha\d*)$/;
const NAME_CHAR = /[\w.$-]/;
/** What may join a name to its value: marks, a type (`::String`, `[]BYTE`) and the words for "is" and "now reads". */
const JOIN =
  /^["'`\]]?(?:[ \t]*(?:::?[ \t]*[A-Za-z]\w{0,15}|\[\][ \t]*[A-Za-z]\w{0,15}|:=|=>|->|[:=(,]|(?:is|IS|are|now|should|will|must|read|reads|be|set|to|equals|became|becomes|changed)(?![\w])|\n))*[ \t]*["'`]?$/;
const VALUE = /^[A-Za-z0-9][A-Za-z0-9_\-.+/~]{15,300}={0,2}/;
/** A word before the name that makes the key public or a lookup's: "public key", "host key", "primary key". */
const PUBLIC_BEFORE = /(?:^|[^\p{L}])(?:public|publishable|pub|host|primary|foreign|sort|partition|cache|idempotency|object|lookup|ssh|gpg|pgp|verification|verify)[ \t]+$/iu;
/** Reach from the name's end to the value's start. */
const REACH = 48;

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function findRandomValuesAfterSecretNames(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  SECRET_WORD.lastIndex = 0;
  let after = 0;
  for (let m: RegExpExecArray | null; (m = SECRET_WORD.exec(text)); ) {
    if (m.index < after) continue;
    // The identifier around the word, read no more than 64 characters either way.
    let start = m.index;
    while (start > 0 && m.index - start < 64 && NAME_CHAR.test(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && end - m.index < 64 && NAME_CHAR.test(text[end]!)) end++;
    // A name ends before a trailing `.` or `-` (a sentence's stop, a dash before a remark).
    while (end > start && /[.-]/.test(text[end - 1]!)) end--;
    SECRET_WORD.lastIndex = Math.max(end, m.index + 1);
    // A name stands on its own: after `=` it is the value of another (`X_KEY=CHANGE_ME_X_KEY`).
    if (/[=:]/.test(text[start - 1] ?? '') && !/[ \t]/.test(text[start - 2] ?? ' ')) continue;
    const words = nameWords(text.slice(start, end));
    const keyed = words.includes('key') && words.some((w) => KEY_QUALIFIER.test(w));
    if (!(keyed || words.some((w) => SECRET_PART.test(w))) || words.some((w) => NOT_SECRET_ANYWHERE.test(w) || NOT_SECRET_HERE.test(w))) continue;
    // The words before on the name's line, 40 characters at most (no search back to the line's start, which a text
    // without line breaks would make quadratic).
    const lead = text.slice(Math.max(0, start - 40), start);
    if (PUBLIC_BEFORE.test(lead.slice(lead.lastIndexOf('\n') + 1))) continue;
    const ahead = text.slice(end, end + REACH + 301);
    // The value starts where the join ends: the first letter or digit after the name.
    const at = ahead.search(/[A-Za-z0-9]/);
    if (at < 0 || at > REACH) continue;
    // A word of the join ("should now read") is read past, one at a time, up to the value.
    let v = at;
    let value: RegExpExecArray | null = null;
    for (let hops = 0; hops < 6 && v <= REACH; hops++) {
      const gap = ahead.slice(0, v);
      if ((gap.match(/\n/g) ?? []).length > 1 || !JOIN.test(gap)) break;
      value = VALUE.exec(ahead.slice(v));
      if (value && /^(?:$|[\s"'`)\],;:]|\.(?:\s|$))/.test(ahead.slice(v + value[0].length))) break;
      value = null;
      const word = /^[A-Za-z]+/.exec(ahead.slice(v));
      if (!word) break;
      const next = ahead.slice(v + word[0].length).search(/[A-Za-z0-9]/);
      if (next < 0) break;
      v += word[0].length + next;
    }
    if (!value) continue;
    const join = ahead.slice(0, v);
    // LDIF's `attr:: <base64>` is the LDIF rule's, which decodes it and keeps a stored hash (`{SSHA}…`).
    if (/^::[ \t]*$/.test(join)) continue;
    // A file's name with nothing but space after it (`cat master.key` and a line below): what the line below holds is
    // the command rules' to judge, not a value the name is given.
    if (/\.(?:key|pub|pem|txt|json|ya?ml|env|cfg|conf|ini|xml|csv|log|md)$/i.test(text.slice(start, end)) && /^\s*$/.test(join)) continue;
    // A class's or a method's call (`new ClientSecretCredential("…"`, `Builder.buildToken('…'`): its first argument is
    // whatever the call takes first, a tenant's or an app's id as often; a plain name's call (`key('…')`) is a fact.
    if (join.includes('(') && /^[A-Z]|[a-z][A-Z]|\./.test(text.slice(start, end))) continue;
    const token = value[0].replace(/[.=~+-]+$/, (tail) => (tail.includes('=') ? tail : ''));
    // Sixteen zeros, or `ffff…`, fill a slot in a template: a random value draws eight kinds of character at least.
    if (isPlaceholder(token) || new Set(token).size < 8 || !isKeyShaped(token)) continue;
    const from = end + v;
    // Under a password's name it is a password (`X_PASSWORD` set to it); under any other, a key.
    spans.push({ start: from, end: from + token.length, label: words.some((w) => /^(?:password|passwd|pwd|passphrase)$/.test(w)) ? 'password' : 'api key' });
    after = from + token.length;
    SECRET_WORD.lastIndex = after;
  }
  return spans;
}

export const RANDOM_VALUES_AFTER_SECRET_NAMES_FINDERS: readonly Finder[] = [
  { name: 'random-values-after-secret-names', find: findRandomValuesAfterSecretNames },
];
