import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AW's round: the DSN of Go's MySQL driver (`go-sql-driver/mysql`), which has no scheme: `user:password@tcp(host:3306)/db`,
 * `user:password@unix(/tmp/mysql.sock)/db`. The URL rules look for `scheme://user:password@`; here the protocol and
 * its bracketed address after the `@` say the part before it is a login and its password. The password may hold any
 * character but `@` (the driver splits at the last one); a placeholder or a `%s` / `${…}` slot is left.
 */
const GO_MYSQL_DSN = /(?<![\w.:/@-])[A-Za-z0-9_.-]{1,64}:([^\s@"'`]{1,128})@(?:tcp|tcp6|unix|udp)\(/g;

function findGoMysqlDsns(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  GO_MYSQL_DSN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = GO_MYSQL_DSN.exec(text)); ) {
    const password = m[1]!;
    if (isPlaceholder(password) || /%[sv]|\$\{|\{\{/.test(password)) continue;
    const start = m.index + m[0].indexOf(':') + 1;
    spans.push({ start, end: start + password.length, label: 'password' });
  }
  return spans;
}

export const GO_MYSQL_DSN_FINDERS: readonly Finder[] = [{ name: 'go-mysql-dsns', find: findGoMysqlDsns, trigger: /@(?:tcp|unix|udp)\(/ }];
