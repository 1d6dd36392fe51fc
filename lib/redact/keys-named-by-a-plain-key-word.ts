import { DATA_KEY } from './labelled';
import type { Finder, SecretSpan } from './rules';
import { lineAround, looksLikeRandomToken, trimTrailingPunctuation, UUID_SHAPE } from './values';

/**
 * BZ's round: a service's key named by the plain word "key", "token" or "secret", with no word that says what kind
 * ("the key we use is YWNj…", "Key on file: b8bd4b56-…", "that Magic Eden key (b3bc4e25-…)", "key=b8b93a71-…"). The
 * key rules read such a word only with a qualifier that makes it a secret's ("api key", "secret key"), since "key"
 * alone names a musical key, a door key, a map's or a cache's key as often; BW's, BX's and BY's rounds left the same
 * shape. What makes it a secret here is the value: machine-made (`looksLikeRandomToken`: twenty characters or more,
 * random in its cases and digits) or a UUID, which many services issue their keys as, given to the word by a colon,
 * an `=`, a verb for "is" (a few words may stand before it: "the key we use is …") or a bracket; with a space alone
 * between, a UUID is a row's id as often, and is left. Never after a word that makes the key public or data's ("public key", "partition key", "host key"), before
 * one that makes the value the key's name or id ("Key ID: …", BitLocker's), nor on a line about digests and ids.
 */
const WORD = /key|token|secret/gi;
const JOIN =
  /^(?:[ \t]*[:=][ \t]*|[ \t]+(?:on[ \t]+file|in[ \t]+use|we[ \t]+use|we[ \t]+have|I[ \t]+have|I[ \t]+got|they[ \t]+sent)[ \t]*(?::|,[ \t]*(?:it['’]s|it[ \t]+is))?[ \t]+|(?:[ \t]+[\p{L}'’]{1,12}){0,3}[ \t]+(?:is|was|reads)[ \t]*:?[ \t]+|(?:[ \t]+(?:in|from)[ \t]+(?:the[ \t]+)?[\p{L}]{2,12})[ \t]*[:=][ \t]*|[ \t]*\([ \t]*)(?=[A-Za-z0-9_])/iu;
/**
 * CA's round: "with" or "to" after the key word, where a key is replaced or set ("replaced the key with …", "changed
 * the token to …"): only for a machine-made value, never a UUID ("a row with key <uuid>" names a record).
 */
const WITH_OR_TO = /^[ \t]+(?:with|to)[ \t]+(?=[A-Za-z0-9_])/i;
/** Before the key word, with the words between on the same clause: the key was replaced, set or changed. */
const REPLACED_BEFORE = /(?<![\p{L}])(?:replaced|replace|replacing|swapped|swap|changed|change|set|updated|update|rotated|rotate)(?:[ \t]+[\p{L}.'’-]{1,20}){0,3}[ \t]+$/iu;
const VALUE = /^[A-Za-z0-9_][A-Za-z0-9_\-.+/=~]{19,300}/;
/** A UUID at the value's start, not run on into a longer word. */
const UUID_FIRST = new RegExp(String.raw`^${UUID_SHAPE}(?![\w-])`);
/** A word before the key word that makes the key public, a place's, a record's or a host's. */
const PUBLIC_BEFORE =
  /(?<![\p{L}])(?:public|publishable|pub|anon|site|host|widget|sdk|write|browser|client-side|frontend|maps?|ssh|gpg|pgp|verification|verify|license|licence|product|activation|recovery|bitlocker|music|musical|door|car|house|room|spare|keyboard|hot|answer|test|sample|example|demo|dummy|fake|old|revoked|expired|deleted|refresh[ \t]+the|csrf|xsrf|captcha|recaptcha|invite|invitation)[ \t-]+$/iu;
/** A word right before the key word that makes it a service's credential: "API key", "app key", "access token". */
const SECRET_KIND_BEFORE = /(?<![\p{L}])(?:api|app|application|access|auth|developer|dev|secret|private|subscription|integration)[ \t_-]*$/iu;
/** Words in the key's clause or after its value on its line that say the key is public. */
const PUBLIC_ANYWHERE = /(?<![\p{L}])(?:public|publishable|fine[ \t]+to[ \t]+(?:share|ship|publish)|safe[ \t]+to[ \t]+(?:share|ship|publish)|not[ \t]+secret|well-known|published)(?![\p{L}])/iu;
/** After the key word: its id, number or name, or a plural: the value names the key or a list. */
const NAME_OF_THE_KEY = /^(?:[ \t_-]*(?:id|ids|identifier|number|no|nr|name|serial|label|alias|fingerprint|type|version|hash|format|formats|style|pattern|shape|length|prefix)(?![\p{L}])|s(?![\p{L}]))/iu;
const NOT_A_CREDENTIAL_LINE = /(?<![\p{L}])(?:hash(?:es|ed)?|sha-?\d*|md5|digest|checksum|integrity|commit|etag|fingerprint|nonce|uuid|guid|request[ _-]?id|trace[ _-]?id|correlation|idempotency|example|placeholder)(?![\p{L}])/iu;

/**
 * The line around the key word, at most 120 characters before it and 200 after, read from the text as written: the
 * bounds are values.ts's `lineAround`, the text is not its marker-blanked context, as this rule has always read it.
 */
function lineAroundKeyWord(text: string, at: number): string {
  const line = lineAround(text, at, 200);
  return text.slice(Math.max(line.start, at - 120), line.end);
}

function findKeysNamedByAPlainKeyWord(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  WORD.lastIndex = 0;
  for (let w: RegExpExecArray | null; (w = WORD.exec(text)); ) {
    // A whole word: "monkey", "keyboard", "tokens", "secretary" are others.
    if (/[\p{L}\p{N}_]/u.test(text[w.index - 1] ?? '') || /[\p{L}\p{N}_]/u.test(text[w.index + w[0].length] ?? '')) continue;
    const end = w.index + w[0].length;
    const after = text.slice(end, end + 360);
    if (NAME_OF_THE_KEY.test(after)) continue;
    const before = text.slice(Math.max(0, w.index - 60), w.index);
    const clause = before.split(/[\n.!?;,]/).pop()!;
    // A link's query (`?key=…&token=…`): the rules that read links know their keys; a map's key there is public.
    if (/[?&]$/.test(before) || PUBLIC_BEFORE.test(before) || DATA_KEY.test(clause) || PUBLIC_ANYWHERE.test(clause)) continue;
    let join = JOIN.exec(after);
    let replaced = false;
    if (!join && REPLACED_BEFORE.test(clause)) {
      join = WITH_OR_TO.exec(after);
      replaced = join !== null;
    }
    // With a space alone between, a UUID is a row's or a record's id as often ("see the key … in the table"); CB's
    // round: not after a word that makes the key a service's credential ("IntelX API key a66d58ed-…", "app key …").
    if (!join && SECRET_KIND_BEFORE.test(clause)) join = /^[ \t]+(?=[0-9a-fA-F]{8}-)/.exec(after);
    if (!join) continue;
    const at = join[0].length;
    const rest = after.slice(at);
    const uuid = replaced ? null : UUID_FIRST.exec(rest);
    let value: string | null = null;
    if (uuid) value = uuid[0];
    else {
      const v = VALUE.exec(rest);
      const candidate = v ? trimTrailingPunctuation(v[0]) : '';
      if (candidate && looksLikeRandomToken(candidate)) value = candidate;
    }
    if (!value || /[\p{L}\p{N}_@]/u.test(rest[value.length] ?? '')) continue;
    // Hexadecimal alone is as often a commit, a digest or a crash report's id; public words after it on its line
    // ("(public one)", "fine to share") say it is published.
    if (!uuid && /^(?:0x)?[0-9a-f]+$/i.test(value)) continue;
    const lineRest = rest.slice(value.length, value.length + 80).split('\n')[0]!;
    if (PUBLIC_ANYWHERE.test(lineRest)) continue;
    if (NOT_A_CREDENTIAL_LINE.test(lineAroundKeyWord(text, w.index))) continue;
    const start = end + at;
    spans.push({ start, end: start + value.length, label: 'api key' });
    WORD.lastIndex = start + value.length;
  }
  return spans;
}

export const KEYS_NAMED_BY_A_PLAIN_KEY_WORD_FINDERS: readonly Finder[] = [
  { name: 'keys-named-by-a-plain-key-word', find: findKeysNamedByAPlainKeyWord, trigger: /key|token|secret/i },
];
