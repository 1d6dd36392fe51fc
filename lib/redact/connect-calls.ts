import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * A database connection opened with the password as a positional argument after the address and the user:
 * `new PDO('mysql:host=…', 'app', '…')`, `mysqli_connect('db', 'app', '…', 'shop')`, `new mysqli(…)`,
 * `MySQLdb.connect("db", "app", "…")`, `DriverManager.getConnection(url, "app", "…")`. The call's signature says which
 * argument is the password, as a key's name does.
 */
const NAME = `[A-Za-z_$][\\w.$>-]{0,40}(?:\\[[^\\]\\n]{1,40}\\])?`;
const LITERAL_OR_NAME = `(?:"[^"\\n]{0,300}"|'[^'\\n]{0,300}'|${NAME})`;

const CONNECT_CALL: RegexRule = {
  name: 'connect-call-password',
  pattern: new RegExp(
    `(?<![\\w$])(?:DBI(?:->|::)connect|new[ \\t]+PDO|new[ \\t]+mysqli|mysqli_connect|mysqli_real_connect|mysql_connect|MySQLdb\\.connect|DriverManager\\.getConnection)[ \\t]*\\([ \\t]*` +
      `${LITERAL_OR_NAME}[ \\t]*,[ \\t]*(?:"([^"\\n]{0,100})"|'([^'\\n]{0,100})'|${NAME})[ \\t]*,[ \\t]*(?:"([^"\\n]{1,200})"|'([^'\\n]{1,200})')`,
    'dg',
  ),
  // A default password on a local host (`'root', 'root'` for localhost) is kept by `notACredential`, as everywhere.
  judge(m) {
    const span = groupSpan(m, [3, 4])!;
    if (span.value.startsWith('$') || isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * AL's round: a Wi-Fi station joined in code with the network's name and its key as the call's two arguments:
 * MicroPython's `wlan.connect('ssid', '…')`, Arduino's and ESP's `WiFi.begin("ssid", "…")`, `network.connect(…)`. A
 * WPA key has eight characters or more.
 */
const WIFI_JOIN: RegexRule = {
  name: 'wifi-join-call',
  pattern: /(?<![\w$])(?:wlan|wifi|sta|sta_if|station|network|net|wl)\w{0,12}\.(?:connect|begin)[ \t]*\([ \t]*(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|[A-Za-z_][\w.]{0,40})[ \t]*,[ \t]*(?:"([^"\n]{8,63})"|'([^'\n]{8,63})')/dgi,
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    if (isPlaceholder(span.value) || /^\$|^\{\{/.test(span.value)) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

export const CONNECT_CALL_FINDERS: readonly Finder[] = [regexFinder(CONNECT_CALL), regexFinder(WIFI_JOIN)];
