import { lastBreakBefore } from './line-starts';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * A password set for a database user in SQL, in each dialect's words: MySQL's and MariaDB's `IDENTIFIED BY '…'`
 * (and `IDENTIFIED WITH <plugin> BY '…'`), `SET PASSWORD … = '…'` or `PASSWORD('…')`, PostgreSQL's `CREATE|ALTER
 * ROLE|USER … [ENCRYPTED] PASSWORD '…'`, SQL Server's `WITH PASSWORD = N'…'`, Snowflake's `PASSWORD = '…'`, Oracle's
 * `IDENTIFIED BY <word>` unquoted or in double quotes. The statement's words say what the literal is, whatever its
 * shape. A stored hash (`IDENTIFIED BY PASSWORD '*…'`, `'md5…'`, `'SCRAM-SHA-256$…'`), a bind parameter (`?`, `:pw`,
 * `%s`, `$1`) or a placeholder is left.
 */
const SQL_PASSWORD =
  /(?<![\p{L}\p{N}_])(?:IDENTIFIED(?:[ \t]+WITH[ \t]+["'`]?\w+["'`]?)?[ \t]+BY(?![ \t]+PASSWORD\b)|SET[ \t]+PASSWORD(?:[ \t]+FOR[ \t]+[^\n=;]{1,80}?)?[ \t]*=(?:[ \t]*PASSWORD[ \t]*\()?|(?:ENCRYPTED[ \t]+|UNENCRYPTED[ \t]+|WITH[ \t]+(?:LOGIN[ \t]+)?)?PASSWORD(?:[ \t]*=)?[ \t]*N?(?=['"]))[ \t]*N?(?:'([^'\n]{1,200})'|"([^"\n]{1,200})"|([A-Za-z][^\s;'"]{5,64}))/giu;

/** The statements these words stand in: a password word in prose ("password 'x' works") is another rule's. */
const STATEMENT = /(?<![\p{L}])(?:CREATE|ALTER|GRANT|SET|mysql>|postgres[=#]>|SQL>)(?![\p{L}])/u;

function findSqlPasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/IDENTIFIED|PASSWORD/i.test(text)) return spans;
  // Each statement's line start, found without searching back over the line for each (quadratic on a long line).
  const breakBefore = lastBreakBefore(text);
  SQL_PASSWORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SQL_PASSWORD.exec(text)); ) {
    const value = m[1] ?? m[2] ?? m[3]!;
    // The statement: the line up to the words, which must open with a statement's verb.
    const lineStart = breakBefore(m.index) + 1;
    if (!STATEMENT.test(text.slice(Math.max(lineStart, m.index - 200), m.index))) continue;
    // Unquoted is Oracle's own form, and only after IDENTIFIED BY.
    if (m[3] !== undefined && !/^IDENTIFIED/i.test(m[0])) continue;
    if (value.length < 4 || /^(?:\*[0-9A-F]{40}|md5[0-9a-f]{32}|SCRAM-SHA-256\$.*|\$\w+\$.*|[?]|:\w+|%s|\$\d+|@\w+|\{\{.*\}\})$/i.test(value) || isPlaceholder(value)) continue;
    const start = m.index + m[0].length - value.length - (m[3] !== undefined ? 0 : 1);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const SQL_USER_PASSWORD_FINDERS: readonly Finder[] = [{ name: 'sql-user-passwords', find: findSqlPasswords }];
