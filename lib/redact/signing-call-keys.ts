import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * A literal key handed to a call that signs or verifies with it: a JWT's HMAC secret (`jwt.sign(payload, '<key>', …)`,
 * `jwt.verify(token, …)`, PyJWT's `jwt.encode(payload, '<key>', algorithm=…)`, Ruby's `JWT.encode`, PHP's
 * `JWT::encode($payload, '<key>', 'HS256')`, java-jwt's `Algorithm.HMAC256("<key>")`, Go's
 * `token.SignedString([]byte("<key>"))`), or an HMAC's key (`hmac.new(b'<key>', …)`, `crypto.createHmac('sha256',
 * '<key>')`, `hash_hmac('sha256', $data, '<key>')`, `OpenSSL::HMAC.hexdigest('SHA256', '<key>', data)`). The call's
 * place says what the literal is, as a key's name does, whatever its shape: a passphrase of words ("umber.velvet.karaoke")
 * opens the tokens as well as a random one. A placeholder, a variable or a literal under eight characters (the docs'
 * `'shhhhh'`) is left.
 */

/** Each call and the place (from 0) of its key among its arguments. */
const CALLS: readonly [RegExp, number][] = [
  [/(?<![\w$.])(?:jwt|jsonwebtoken|JWT|pyjwt|PyJWT)(?:\.|::)(?:sign|verify|encode|decode)[ \t]*\($/, 1],
  [/(?<![\w$.])(?:Algorithm|algorithm)\.HMAC(?:256|384|512)[ \t]*\($/, 0],
  [/\.SignedString[ \t]*\($/, 0],
  [/(?<![\w$.])hmac\.new[ \t]*\($/, 0],
  [/(?<![\w$])(?:crypto\.)?createHmac[ \t]*\($/, 1],
  [/(?<![\w$])hash_hmac[ \t]*\($/, 2],
  [/(?<![\w$])OpenSSL::HMAC\.(?:hexdigest|digest|base64digest)[ \t]*\($/, 1],
  [/(?<![\w$])Keys\.hmacShaKeyFor[ \t]*\($/, 0],
];

/** The anchor: where one of the calls' names ends in a text. */
const ANCHOR = /(?:sign|verify|encode|decode|HMAC256|HMAC384|HMAC512|SignedString|hmac\.new|createHmac|hash_hmac|digest|hmacShaKeyFor)[ \t]*\(/g;

/** A literal as an argument: quoted, as bytes (`b'…'`, `[]byte("…")`, `Buffer.from('…')`), or encoded after (`'…'.encode()`). */
const LITERAL = /^[ \t\n]*(?:b|\[\]byte\(|Buffer\.from\(|new[ \t]+TextEncoder\(\)\.encode\()?(["'`])([^"'`\n\\$]{8,200})\1/;

/** How far the arguments are read: a call's payload object before the key is short. */
const REACH = 600;

/** The start of each top-level argument of the call that opens at `open` (the index after its parenthesis). */
function argumentStarts(text: string, open: number): number[] {
  const starts = [open];
  let depth = 0;
  let quote = '';
  const end = Math.min(text.length, open + REACH);
  for (let i = open; i < end; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) starts.push(i + 1);
  }
  return starts;
}

function findSigningKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ANCHOR.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = ANCHOR.exec(text)); ) {
    const open = a.index + a[0].length;
    const head = text.slice(Math.max(0, open - 60), open);
    const call = CALLS.find(([name]) => name.test(head));
    if (!call) continue;
    const at = argumentStarts(text, open)[call[1]];
    if (at === undefined) continue;
    const m = LITERAL.exec(text.slice(at, at + 260));
    if (!m) continue;
    const value = m[2]!;
    if (/\s/.test(value) || isPlaceholder(value) || /^(?:secret|changeme|password|your[-_ ]?\w*|my[-_]?secret\w*)$/i.test(value)) continue;
    const start = at + m[0].length - 1 - value.length;
    spans.push({ start, end: start + value.length, label: 'api key' });
  }
  return spans;
}

export const SIGNING_CALL_KEY_FINDERS: readonly Finder[] = [{ name: 'signing-call-keys', find: findSigningKeys }];
