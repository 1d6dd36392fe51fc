import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, looksLikeRandomToken } from './values';

/**
 * BW's round (BV left the same family): a provider's key pasted into a message that talks about keys, with no key word
 * right before the value: "Zapier wants a FirstPromoter token. I put <hex> but it says expired??", "do <provider> keys
 * expire? ours is <hex>", "is this a valid <provider> credential or did I copy it wrong? <token>", "<token>\n^ that's
 * the <provider> one, put it in the vault", "I'm sending <token> in the header" after a 401. Most keys carry no prefix
 * of their issuer's, so nothing but the talk around them tells a key from a hash or an id of the same shape.
 *
 * Only a short message in words is read (six hundred characters at most, with no braces, assignment, fence, call or
 * `name:` line): a pasted file, a log or code holds ids, digests and public keys of every shape beside words about keys.
 * The value must be one only a machine writes (`looksLikeRandomToken`: twenty characters or more with letters and
 * digits mixed as chance mixes them; hex of 32 digits or more; or, where a key's noun stands in the value's own
 * sentence, hex of 24 or sixteen letters and digits in random case). The talk is a key's noun or what is done with keys
 * (rotate, revoke, regenerate, a vault, a 401, an auth header) in the value's sentence or the one before or after it,
 * and no word in the message names an identifier or a digest (a hash, a SHA, a commit, a UUID, an id, a trace, a
 * build, a tracking or an order number, a dataset, a fingerprint, a signature, an address, a cache, base64) or calls the
 * value public (CA's round: "client secret" names a secret, and "a public repo", "a public gist" or "a public colab
 * notebook" is where a key leaked, not a public key): a log line's `trace_id` under "invalid api key" and a commit "fixing the key lookup" name what their
 * hex is.
 */

/** Words of the talk about keys. */
const KEY_TALK =
  /(?<![\p{L}\p{N}_])(?:api[ \t_-]?keys?|keys?|tokens?|secrets?|credentials?|creds|apikey|bearer|auth|authori[sz]ation|40[13]|unauthori[sz]ed|rotat(?:e|ed|ing)|revok(?:e|ed|ing)|regenerat(?:e|ed|ing)|vault|1p|1password|bitwarden|keepass|lastpass)(?![\p{L}\p{N}])/iu;
/** A key's own noun: what may stand in the value's sentence for the shorter shapes. */
const KEY_NOUN = /(?<![\p{L}\p{N}])(?:api[ \t_-]?keys?|keys?|tokens?|secrets?|credentials?|creds|apikey)(?![\p{L}\p{N}])/iu;
/** Words that name the value an identifier, a digest, or public. */
const NOT_A_KEY =
  /(?<![\p{L}\p{N}])(?:hash(?:es|ed)?|sha-?\d*|md5|checksums?|digests?|commits?|git|chore|feat|merge|release|tag|fix|fixes|revert|uuids?|guids?|ids?|kid|ref|refs|references?|client(?![ \t_-]?secrets?(?![\p{L}\p{N}]))|identifiers?|trace|traces|traceparent|request|requests|builds?|cache|etag|fingerprints?|gpg|pgp|ssh|signature|signing|jwks|base64|address(?:es)?|wallets?|multisig|accessors?|recipients?|age|conversation|tracking|orders?|invoices?|serials?|dataset|calendar|barcode|ean|imei|versions?|public(?![ \t]+(?:repo|repos|repository|repositories|gist|gists|github|gitlab|notebook|notebooks|colab|channel|chat|forum|discord|slack|server|page|post|paste|pastebin|link|bucket|folder|drive|doc|docs|sheet|spreadsheet|wiki|site|website|commit)(?![\p{L}\p{N}]))|publishable|site[ \t]?key|client[ \t-]side|search[ \t-]only|formats?|style|example|sample|placeholder|dummy|fake)(?![\p{L}\p{N}])|_id(?![\p{L}\p{N}])|(?<![\p{L}])not[ \t]+(?:a|an|the|my|our)?[ \t]*(?:secret|token|key|password)/iu;

/** A run of a key's characters: found whole (no backtracking inside a run), judged by its length and shape after. */
const RUN = /[A-Za-z0-9][A-Za-z0-9_-]*/g;
/** Characters that make a run part of a longer thing: a path, a URL, a name with dots, an e-mail, base64. */
const GLUED = /[A-Za-z0-9_\-./@:+=\\$]/;

/** How far the sentences around a key word are read, each way. */
const REACH = 200;

function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  // Back to the previous sentence's start (two stops back) and on to the next one's end, within `REACH`, not across
  // a blank line.
  const head = text.slice(Math.max(0, start - REACH), start);
  const blank = head.lastIndexOf('\n\n');
  let from = blank >= 0 ? start - head.length + blank + 2 : start - head.length;
  const stops = [...text.slice(from, start).matchAll(/[.!?](?=\s)|\n/g)];
  if (stops.length >= 2) from += stops[stops.length - 2]!.index + 1;
  const tail = text.slice(end, end + REACH);
  const tailBlank = tail.indexOf('\n\n');
  let to = tailBlank >= 0 ? end + tailBlank : end + tail.length;
  const next = /[.!?](?=\s)|\n/g;
  next.lastIndex = 0;
  let seen = 0;
  for (let s: RegExpExecArray | null; (s = next.exec(text.slice(end, to))); ) {
    if (++seen === 2) {
      to = end + s.index;
      break;
    }
  }
  return { from, to };
}

/** The value's own sentence: from the last stop before it to the first after it. */
function ownSentence(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - REACH), start);
  const stop = Math.max(head.lastIndexOf('\n'), head.search(/[.!?]\s(?=[^.!?]*$)/));
  const tail = text.slice(end, end + REACH);
  const after = tail.search(/[.!?](?=\s|$)|\n/);
  return head.slice(stop + 1) + tail.slice(0, after < 0 ? tail.length : after);
}

function machineMade(value: string, keyNounInSentence: boolean): boolean {
  if (isPlaceholder(value)) return false;
  if (looksLikeRandomToken(value)) return true;
  if (!keyNounInSentence) return false;
  // Hex of 24 digits or more, both letters and digits in it.
  if (/^[0-9a-f]{24,}$/.test(value) || /^[0-9A-F]{24,}$/.test(value)) return /\d/.test(value) && /[a-f]/i.test(value);
  // Sixteen to nineteen letters and digits, two digits at least, four capitals and four small letters at least, the
  // case changing five times or more (a name in camel case changes once a word).
  if (!/^[A-Za-z0-9]{16,19}$/.test(value) || (value.match(/\d/g)?.length ?? 0) < 2) return false;
  const letters = value.replace(/\d/g, '');
  if ((letters.match(/[A-Z]/g)?.length ?? 0) < 4 || (letters.match(/[a-z]/g)?.length ?? 0) < 4) return false;
  return (letters.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0) >= 5;
}

/** Code, a config or a log around the value: braces, an assignment, a fence, a call. */
const CODE_AROUND = /[{}]|```|[\w\]"')][ \t]*=[ \t]*[\w"'[(]|\w\(|^[ \t]*[\w.-]+:[ \t]|^[ \t]*[$>#]/m;
/** Longest message read: a chat message, not a pasted file. */
const LONGEST = 600;

function findKeysInMessagesAboutKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // A chat message of its own, in words: a pasted file, a log or code holds ids and digests of every shape.
  if (text.length > LONGEST || CODE_AROUND.test(text)) return spans;
  let notAKey: boolean | undefined;
  const talk = new RegExp(KEY_TALK.source, 'giu');
  let scannedTo = 0;
  for (let t: RegExpExecArray | null; (t = talk.exec(text)); ) {
    // The runs around each key word, each stretch of text read once.
    const from = Math.max(scannedTo, t.index - REACH * 2);
    const to = Math.min(text.length, t.index + REACH * 2);
    if (to <= from) continue;
    scannedTo = to;
    RUN.lastIndex = from;
    for (let r: RegExpExecArray | null; (r = RUN.exec(text)) && r.index < to; ) {
      const value = r[0];
      const start = r.index;
      const end = start + value.length;
      if (value.length < 16 || value.length > 128 || !/\d/.test(value) || !/[A-Za-z]/.test(value)) continue;
      if ((start > 0 && GLUED.test(text[start - 1]!)) || (end < text.length && GLUED.test(text[end]!) && !/^[.:](?:\s|$)/.test(text.slice(end, end + 2)))) continue;
      const sentence = ownSentence(text, start, end);
      if (!machineMade(value, KEY_NOUN.test(sentence))) continue;
      const { from: aroundFrom, to: aroundTo } = sentenceBounds(text, start, end);
      const around = text.slice(aroundFrom, start) + ' ' + text.slice(end, aroundTo);
      if (!KEY_TALK.test(around)) continue;
      // Nothing in the whole message names an identifier or a digest, or says the value is no secret ("git log", a
      // list of commits three lines up, "not the token itself").
      notAKey ??= NOT_A_KEY.test(text.replaceAll(value, ' '));
      if (notAKey) continue;
      spans.push({ start, end, label: 'api key' });
    }
  }
  return spans;
}

export const KEYS_IN_A_MESSAGE_ABOUT_KEYS_FINDERS: readonly Finder[] = [{ name: 'keys-in-a-message-about-keys', find: findKeysInMessagesAboutKeys }];
