import { anchoredFinder } from './anchored-finder';
import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * A user and a password handed to an HTTP client as two arguments: `requests.post(url, auth=("svc", "…"))`,
 * `Elasticsearch(url, basic_auth=("elastic", "…"))` (and its older `http_auth=`),
 * `HTTPBasicAuth("svc", "…")`, `.basic_auth("svc", Some("…"))`, `new NetworkCredential("svc", "…")`,
 * `.auth("svc", "…")` (supertest, got), `.login("me@…", "…")` (smtplib, ftplib, imaplib), Vonage's
 * `Credentials\Basic("key", "…")`, Twilio's `require('twilio')(sid, "…")` and `Twilio.init(sid, "…")` (AK's round: the
 * first argument may go through a method or two, `"AC…".replace("-", "")`). The second literal is the password (or the
 * API secret, the auth token), the first (a literal or a name) the user (or the key, the account SID).
 */
/**
 * AK's round: Go's `smtp.PlainAuth(identity, user, password, host)`, the password third: `smtp.PlainAuth("", "me@…",
 * "…", "smtp.example.com")`.
 */
const PLAIN_AUTH_CALL: RegexRule = {
  name: 'plain-auth-call',
  pattern: /(?<![\w.])(?:smtp\.)?PlainAuth[ \t]{0,4}\([ \t]{0,4}(?:"[^"\n]{0,100}"|[A-Za-z_]\w{0,40})[ \t]{0,4},[ \t]{0,4}(?:"[^"\n]{1,100}"|[A-Za-z_][\w.]{0,60})[ \t]{0,4},[ \t]{0,4}(?:"([^"\n]{1,200})"|`([^`\n]{1,200})`)/dg,
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    if (!/[\p{L}\p{N}]/u.test(span.value) || isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

const BASIC_AUTH_CALL: RegexRule = {
  name: 'basic-auth-call',
  pattern:
    /(?:(?<![\w.])(?:auth|basic_auth|http_auth)[ \t]{0,4}=[ \t]{0,4}[([]|(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth|basic_auth|basicAuth|setBasicAuth|withBasicAuth|UsernamePasswordCredentials|NetworkCredential|PasswordAuthentication|\.auth|\.login|Credentials\\Basic|require\(['"]twilio['"]\)|twilio\.Client|new[ \t]+Twilio|Twilio\.init|TwilioRestClient)[ \t]{0,4}\()[ \t]{0,4}(?:"[^"\n]{1,100}"|'[^'\n]{1,100}'|[A-Za-z_$][\w.$]{0,60})(?:\.[A-Za-z_]\w{0,30}\([^()\n]{0,40}\)){0,3}[ \t]{0,4},[ \t]{0,4}(?:Some\()?(?:[bBrRuU]{1,2}|@)?(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/dg,
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    // `"…"` in documentation stands for the password; a password has letters or digits.
    if (!/[\p{L}\p{N}]/u.test(span.value) || isPlaceholder(span.value) || span.value.startsWith('$') || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * A user (or client id) and a secret joined by a colon in one string and encoded to base64 for a Basic header, as code
 * writes it in any language: ``Buffer.from(`${CLIENT_ID}:…`).toString('base64')``, ``btoa(`${key}:…`)``,
 * `base64.b64encode(f"{client_id}:…".encode())`, `base64_encode("$user:…")`, `Convert.ToBase64String(Encoding.UTF8
 * .GetBytes($"{id}:…"))`, `Base64.strict_encode64("#{id}:…")`. What follows the colon, written out, is the secret
 * (the user's part may be a name or written out too); one held in a name is not a value.
 */
const ENCODER = String.raw`Buffer\.from|btoa|b64encode|urlsafe_b64encode|base64_encode|ToBase64String|encodeToString|EncodeToString|strict_encode64|encode64|base64\.encode|Base64\.encode|base64Encode`;
const ENCODED_PAIR: RegexRule = {
  name: 'encoded-credential-pair',
  pattern: new RegExp(
    String.raw`(?:${ENCODER})[ \t]*\((?:[^()\n]{0,60}\()?[ \t]*(?:[fbrFBR]{1,2}|\$|@)?(["'\`])(?:\$\{[^}\n]{1,60}\}|#?\{[^}\n]{1,60}\}|\$[A-Za-z_]\w*|[^:\`"'\n{}$]{1,80}):([^\`"'\n{}$]{8,200})\1`,
    'dg',
  ),
  judge(m) {
    const span = groupSpan(m, [2])!;
    if (isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: true })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

export const BASIC_AUTH_CALL_FINDERS: readonly Finder[] = [
  regexFinder(BASIC_AUTH_CALL),
  regexFinder(PLAIN_AUTH_CALL),
  // Tried where an encoder's name stands (`anchored-finder.ts`).
  anchoredFinder(ENCODED_PAIR, new RegExp(ENCODER, 'g')),
];
