import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, randomCaseLetters } from './values';

/**
 * BG's round: a secret shorter than the twelve characters the generic rules ask for, where its name leaves no doubt:
 * an env or config line whose name ends in a secret's words (`HUBTEL_CLIENT_SECRET=edcgsq2s`, `FYERS_SECRET_KEY=…`,
 * `SMSA_PASSKEY=…`, `merchant_key: "…"`, `SECRET_WORD=…`), the whole value eight to eleven letters and digits; and a
 * security code's hex under its name (`RATEPAY_SECURITY_CODE=` and 16 to 64 hex digits), which elsewhere reads as a
 * digest. A word and a number (`secret123`, `changeme1`) or one letter case with no digit is a stand-in, left.
 */
const SECRET_NAME_LAST = /(?:^|[_.-])(?:secret|secret[_-]?key|api[_-]?secret|client[_-]?secret|app[_-]?secret|passkey|secret[_-]?word|merchant[_-]?key|security[_-]?code)$/i;
/** BH's round: the line may be a chat message's, after its time and speaker ("20:08 Ana: X_CLIENT_SECRET=…"). */
const LINE =
  /^[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+[A-Za-z][A-Za-z ._'-]{0,30}:[ \t]+)?(?:export[ \t]+)?([A-Za-z][A-Za-z0-9_.-]{0,60})[ \t]*(?:=|:)[ \t]*(["']?)([A-Za-z0-9]{8,64})\2[ \t]*,?[ \t]*$/dgm;

function shortSecretShaped(v: string): boolean {
  // BM's round: letters alone in random case, of any length (`fyQZHaOUbgnT`), as some providers draw a client secret:
  // the generic rules ask a digit of a value that long.
  if (/^[A-Za-z]{12,64}$/.test(v)) return randomCaseLetters(v) && !isPlaceholder(v);
  if (v.length > 11 || isPlaceholder(v) || /^[a-z]+\d{1,4}$|^[A-Z]+\d{1,4}$/i.test(v)) return false;
  const digits = (v.match(/\d/g) ?? []).length;
  if (digits === v.length) return false;
  return (digits >= 1 && /[A-Za-z]/.test(v)) || (/[A-Z]/.test(v) && /[a-z]/.test(v) && /[A-Z].*[A-Z].*[A-Z]/.test(v));
}

function findShortSecretsUnderSecretNames(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LINE.exec(text)); ) {
    const name = m[1]!;
    const value = m[3]!;
    if (!SECRET_NAME_LAST.test(name)) continue;
    const hexCode = /security[_-]?code$/i.test(name) && /^[0-9a-f]{16,64}$/i.test(value);
    if (!hexCode && !shortSecretShaped(value)) continue;
    const [start, end] = m.indices![3]!;
    spans.push({ start, end, label: 'api key' });
  }
  return spans;
}

export const SHORT_SECRETS_UNDER_SECRET_NAMES_FINDERS: readonly Finder[] = [
  { name: 'short-secrets-under-secret-names', find: findShortSecretsUnderSecretNames, trigger: /secret|passkey|merchant|security/i },
];
