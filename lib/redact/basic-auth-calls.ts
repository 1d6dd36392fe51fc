import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * A user and a password handed to an HTTP client as two arguments: `requests.post(url, auth=("svc", "…"))`,
 * `Elasticsearch(url, basic_auth=("elastic", "…"))` (and its older `http_auth=`),
 * `HTTPBasicAuth("svc", "…")`, `.basic_auth("svc", Some("…"))`, `new NetworkCredential("svc", "…")`,
 * `.auth("svc", "…")` (supertest, got), `.login("me@…", "…")` (smtplib, ftplib, imaplib), Vonage's
 * `Credentials\Basic("key", "…")`, Twilio's `require('twilio')(sid, "…")`. The second literal is the password (or the
 * API secret, the auth token), the first (a literal or a name) the user (or the key, the account SID).
 */
const BASIC_AUTH_CALL: RegexRule = {
  name: 'basic-auth-call',
  pattern:
    /(?:(?<![\w.])(?:auth|basic_auth|http_auth)[ \t]{0,4}=[ \t]{0,4}[([]|(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth|basic_auth|basicAuth|setBasicAuth|withBasicAuth|UsernamePasswordCredentials|NetworkCredential|PasswordAuthentication|\.auth|\.login|Credentials\\Basic|require\(['"]twilio['"]\)|twilio\.Client|new[ \t]+Twilio)[ \t]{0,4}\()[ \t]{0,4}(?:"[^"\n]{1,100}"|'[^'\n]{1,100}'|[A-Za-z_$][\w.$]{0,60})[ \t]{0,4},[ \t]{0,4}(?:Some\()?(?:[bBrRuU]{1,2}|@)?(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/dg,
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    // `"…"` in documentation stands for the password; a password has letters or digits.
    if (!/[\p{L}\p{N}]/u.test(span.value) || isPlaceholder(span.value) || span.value.startsWith('$') || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

export const BASIC_AUTH_CALL_FINDERS: readonly Finder[] = [regexFinder(BASIC_AUTH_CALL)];
