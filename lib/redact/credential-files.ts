import { generatedPhrase } from './generated-phrases';
import { byKind, groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { classifyKey, contextOf, isPlaceholder, looksLikePassword, looksLikeRandomToken } from './values';

/**
 * Files and printouts with a fixed layout for their credentials, where no `key = value` says which field is secret:
 * password-manager XML and property lists, Wi-Fi QR codes, `netsh wlan show profile … key=clear`, `.pgpass` lines,
 * Oracle JDBC connect strings, Caddy's DNS-challenge directive.
 */

/**
 * A name and its value as sibling elements: KeePass's `<Key>Password</Key><Value ProtectInMemory="True">…</Value>`,
 * a property list's `<key>password</key><string>…</string>`. The name says what the value is.
 */
const KEY_THEN_VALUE_ELEMENTS: RegexRule = {
  name: 'key-then-value-elements',
  pattern: /<key>([^<>\n]{1,64})<\/key>[ \t]*(?:\r?\n[ \t]*)?<(value|string|data)(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,400})<\/\2>/dgi,
  judge(m) {
    const kind = classifyKey(m[1]!.trim());
    const span = groupSpan(m, [3]);
    if (!kind || !span || isPlaceholder(span.value)) return null;
    return byKind(kind, span.value, span.start);
  },
};

/** A Wi-Fi QR code's text (`WIFI:T:WPA;S:<ssid>;P:<password>;;`): `P:` holds the password, `\;` escapes a semicolon. */
const WIFI_QR: RegexRule = {
  name: 'wifi-qr',
  pattern: /WIFI:(?:[A-Z]{1,2}:(?:\\.|[^;\\\n]){0,64};){0,6}?P:((?:\\.|[^;\\\n]){1,63});/dg,
  judge(m) {
    const span = groupSpan(m, [1])!;
    return isPlaceholder(span.value) ? null : { start: span.start, end: span.end, label: 'password' };
  },
};

/** `netsh wlan show profile name=… key=clear` prints the Wi-Fi password as "Key Content : …". */
const NETSH_KEY_CONTENT: RegexRule = {
  name: 'netsh-key-content',
  pattern: /Key Content[ \t]*:[ \t]*([^\s](?:[^\r\n]{0,62}[^\s])?)[ \t]*(?=\r?\n|$)/dg,
  judge(m) {
    const span = groupSpan(m, [1])!;
    // netsh's own words for whether a key is stored.
    if (/^(?:present|absent)$/i.test(span.value) || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * A PostgreSQL password file line, `host:port:database:user:password`, where the text names the file or the port is
 * PostgreSQL's (or pgbouncer's, or any: `*`).
 */
const PGPASS_LINE: RegexRule = {
  name: 'pgpass-line',
  // AI's round: or a passphrase of small words with spaces (`…:deploy7:cricket camel maple prism ember`).
  pattern: /(?<=^|\n)[ \t]*[^:\s#]{1,253}:(\d{1,5}|\*):[^:\s]{1,63}:[^:\s]{1,63}:(\S{1,200}|[a-z]{3,12}(?: [a-z]{3,12}){2,5})[ \t]*(?=\r?\n|$)/dg,
  judge(m, text) {
    const span = groupSpan(m, [2])!;
    const port = m[1]!;
    if (port !== '5432' && port !== '6432' && port !== '*' && !/pgpass/i.test(contextOf(text, m.index - 500, m.index))) return null;
    if (span.value.includes(' ') ? !generatedPhrase(span.value) : !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * Oracle's connect strings with the credentials before the `@`: the JDBC thin driver's `jdbc:oracle:thin:user/pass@…`
 * (also `oci`/`oci8`), which has no `//` and so no URL's user info.
 */
const ORACLE_JDBC: RegexRule = {
  name: 'oracle-jdbc',
  pattern: /jdbc:oracle:(?:thin|oci8?):([\w$#.]{1,64})\/([^@\s"'`]{1,128})@/dg,
  judge(m) {
    const span = groupSpan(m, [2])!;
    if (isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * Caddy's DNS challenge: `dns <provider> <token>` (in a `tls { … }` block or a global `acme_dns`) takes the provider's
 * API token as its argument; `{env.CF_API_TOKEN}` is the placeholder that keeps it out of the file.
 */
const CADDY_DNS_TOKEN: RegexRule = {
  name: 'caddy-dns-token',
  pattern: /(?<![\w.-])(?:dns|acme_dns)[ \t]+[a-z][\w.-]{1,30}[ \t]+([^\s{}"'`]{16,256})(?=[ \t]*(?:[}\n]|$))/dg,
  judge(m) {
    const span = groupSpan(m, [1])!;
    if (isPlaceholder(span.value) || !looksLikeRandomToken(span.value)) return null;
    return { start: span.start, end: span.end, label: 'api key' };
  },
};

export const CREDENTIAL_FILE_FINDERS: readonly Finder[] = [
  regexFinder(ORACLE_JDBC),
  regexFinder(CADDY_DNS_TOKEN),
  regexFinder(KEY_THEN_VALUE_ELEMENTS),
  regexFinder(WIFI_QR),
  regexFinder(NETSH_KEY_CONTENT),
  regexFinder(PGPASS_LINE),
];
