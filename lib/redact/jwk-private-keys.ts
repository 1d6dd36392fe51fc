import type { Finder, SecretSpan } from './rules';

/**
 * AY's round: a JSON Web Key that holds its private part (RFC 7518: `"d"` for an EC or OKP key and an RSA key's
 * private exponent, with `p`, `q`, `dp`, `dq`, `qi` beside it in RSA), taken whole as PEM blocks are: the object from
 * its `{` to its `}` around the `"kty"` member. A public JWK (only `x`, `y` or `n`, `e`) holds no `"d"` and is left, as
 * a JWKS endpoint prints it.
 */
const PRIVATE_MEMBER = /"d"[ \t\r\n]*:[ \t\r\n]*"[A-Za-z0-9_-]{16,}"/;
const KTY = /"kty"[ \t\r\n]*:/g;

function findJwkPrivateKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let after = 0;
  // The next `}` is looked for once per stretch of the text, not once per `"kty"`: the scan stays linear.
  let close = -1;
  KTY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KTY.exec(text)); ) {
    if (m.index < after) continue;
    const from = Math.max(after, m.index - 4000);
    const head = text.slice(from, m.index);
    const open = head.lastIndexOf('{');
    if (open < 0 || head.lastIndexOf('}') > open) continue;
    if (close < m.index) close = text.indexOf('}', m.index);
    if (close < 0) break;
    const start = from + open;
    if (close - start > 8000) continue;
    const body = text.slice(start, close + 1);
    if (body.includes('{', 1) || !PRIVATE_MEMBER.test(body)) continue;
    spans.push({ start, end: close + 1, label: 'private key' });
    after = close + 1;
  }
  return spans;
}

export const JWK_PRIVATE_KEY_FINDERS: readonly Finder[] = [{ name: 'jwk-private-keys', find: findJwkPrivateKeys, trigger: /"kty"/ }];
