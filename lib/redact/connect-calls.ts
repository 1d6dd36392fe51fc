import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword, UUID } from './values';

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
 * AY's round: MySQL's C API, `mysql_real_connect(conn, host, user, passwd, db, port, …)` (PHP's `mysqli_real_connect`
 * has the same order): the handle comes first, so the password is the fourth argument.
 */
const C_REAL_CONNECT: RegexRule = {
  name: 'c-real-connect-password',
  pattern: new RegExp(
    `(?<![\\w$])mysqli?_real_connect[ \\t]*\\([ \\t]*${NAME}[ \\t]*,[ \\t]*${LITERAL_OR_NAME}[ \\t]*,[ \\t]*${LITERAL_OR_NAME}[ \\t]*,[ \\t]*(?:"([^"\\n]{1,200})"|'([^'\\n]{1,200})')`,
    'dg',
  ),
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    if (span.value.startsWith('$') || isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * AL's round: a Wi-Fi station joined in code with the network's name and its key as the call's two arguments:
 * MicroPython's `wlan.connect('ssid', '…')`, Arduino's and ESP's `WiFi.begin("ssid", "…")`, `network.connect(…)`;
 * BE's round: C SDKs' functions named for it, the Pico W's `cyw43_arch_wifi_connect_timeout_ms("ssid", "…", auth,
 * ms)` and `…_wifi_connect_blocking(…)`, a `wifi_connect("ssid", "…")` of one's own. A WPA key has eight characters
 * or more.
 */
const WIFI_JOIN: RegexRule = {
  name: 'wifi-join-call',
  pattern: /(?<![\w$])(?:(?:wlan|wifi|sta|sta_if|station|network|net|wl)\w{0,12}\.(?:connect|begin)|[A-Za-z]\w{0,30}_wifi_connect\w{0,24}|wifi_connect\w{0,24})[ \t]*\([ \t]*(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|[A-Za-z_][\w.]{0,40})[ \t]*,[ \t]*(?:"([^"\n]{8,63})"|'([^'\n]{8,63})')/dgi,
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    if (isPlaceholder(span.value) || /^\$|^\{\{/.test(span.value)) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * AM's round: more calls whose signature names the password's place, in any language's standard library:
 * a database opened with (source, user, password) — MATLAB's and Octave's `database('db', 'user', '…', …)`, Python's
 * `pymysql.connect`/`psycopg2.connect`/`pyodbc.connect` positional forms, PHP's `pg_connect`/`sqlsrv_connect`/`oci_connect`
 * (user, password, …), R's `dbConnect(drv, …)` — and a credentials object built from (user, password) or, as sbt and
 * Ivy write it, (realm, host, user, password): `Credentials("Sonatype Nexus", "nexus.example", "deploy", "…")`,
 * `NetworkCredential("user", "…")`, `UsernamePasswordCredentials("user", "…")`, `PasswordAuthentication("user",
 * "…".toCharArray())`, a client's `.login("user", "…")`. AP's round: any method named for a logon (Crystal Reports'
 * `rpt.SetDatabaseLogon("user", "…", "server", "db")`, `SetLogonInfo`, `doLogin`), and Groovy's `Sql.newInstance(url,
 * user, "…", driver)` as a (source, user, password) call. All arguments before the password must be literals, so a
 * call with variables reads as code, and the value must look like a password as a key's value must.
 */
const Q = `(?:"[^"\\n]{0,200}"|'[^'\\n]{0,200}')`;
const PASSWORD_ARG = `[ \\t]*(?:"([^"\\n]{1,200})"|'([^'\\n]{1,200})')`;
const THIRD_IS_PASSWORD: RegexRule = {
  name: 'database-call-password',
  pattern: new RegExp(
    `(?<![\\w$])(?:database|(?:[A-Za-z_][\\w]{0,30}\\.)?(?:connect|open_?connection)|[A-Za-z_][\\w]{0,30}\\.newInstance|oci_connect|odbc_connect|sqlsrv_connect)[ \\t]*\\([ \\t]*${Q}[ \\t]*,[ \\t]*${Q}[ \\t]*,${PASSWORD_ARG}`,
    'dg',
  ),
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    if (span.value.startsWith('$') || isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: true })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};
const CREDENTIAL_OBJECT: RegexRule = {
  name: 'credential-object-password',
  pattern: new RegExp(
    `(?<![\\w$])(?:new[ \\t]+)?(?:(?:UsernamePassword|Network|Basic|Password|Plain|Simple|User)?Credentials?|PasswordAuthentication|\\.login|\\.logon|\\.authenticate|\\.simple_bind_s|\\.bind_s)[ \\t]*\\([ \\t]*(?:${Q}[ \\t]*,[ \\t]*${Q}[ \\t]*,[ \\t]*)?${Q}[ \\t]*,${PASSWORD_ARG}[ \\t]*(?:\\)|,|\\.toCharArray)`,
    'dg',
  ),
  judge(m) {
    const span = groupSpan(m, [1, 2])!;
    // A UUID is a tenant's or a client's id (Azure's `ClientSecretCredential(tenant, client, secret)`).
    if (UUID.test(span.value)) return null;
    if (span.value.startsWith('$') || isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: true })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/** AP's round: a method named for a logon, its user first and the password second (`rpt.SetDatabaseLogon("user", "…", …)`). */
const LOGON_METHOD: RegexRule = {
  name: 'logon-method-password',
  pattern: new RegExp(`\\.[A-Za-z]{0,30}(?:Logon|Login|LogOn|LogIn)(?:Info)?[ \\t]*\\([ \\t]*${Q}[ \\t]*,${PASSWORD_ARG}[ \\t]*(?:\\)|,)`, 'dg'),
  judge: CREDENTIAL_OBJECT.judge,
};

export const CONNECT_CALL_FINDERS: readonly Finder[] = [regexFinder(LOGON_METHOD), regexFinder(CONNECT_CALL), regexFinder(C_REAL_CONNECT), regexFinder(WIFI_JOIN), regexFinder(THIRD_IS_PASSWORD), regexFinder(CREDENTIAL_OBJECT)];
