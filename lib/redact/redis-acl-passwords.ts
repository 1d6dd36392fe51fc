import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AX's round: Redis ACL rules, where a password is the word after `>` (`ACL SETUSER alice on >s3cret ~cache:* +get`,
 * and the same rules in `users.acl` or redis.conf: `user alice on >s3cret ~* +@all`). `#<sha256>` is the stored hash
 * and `nopass` none; `<pw` removes a password, which names it as much. Only in a line that is an ACL's command or user
 * entry: elsewhere `>` is a prompt or a redirect.
 */
const ACL_LINE = /(?:\bACL[ \t]+SETUSER|^[ \t]*user)[ \t]+\S+[ \t]([^\n]{1,1000})/dgim;
const PASSWORD_RULE = /(?<=^|[ \t])[<>]([^\s<>]{1,200})(?=[ \t]|$)/g;

function findRedisAclPasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ACL_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ACL_LINE.exec(text)); ) {
    const rules = m[1]!;
    // A user entry of the ACL file says `on` or `off`, or holds `~` key patterns or `+`/`-` command rules.
    if (!/^ACL/i.test(m[0].trimStart()) && !/(?:^|[ \t])(?:on|off|~\S*|[+-]@?\w+|allkeys|allcommands|resetpass)(?=[ \t]|$)/.test(rules)) continue;
    const base = m.indices![1]![0];
    PASSWORD_RULE.lastIndex = 0;
    for (let p: RegExpExecArray | null; (p = PASSWORD_RULE.exec(rules)); ) {
      if (isPlaceholder(p[1]!) || /^\$|^\{\{/.test(p[1]!)) continue;
      const start = base + p.index + 1;
      spans.push({ start, end: start + p[1]!.length, label: 'password' });
    }
  }
  return spans;
}

export const REDIS_ACL_PASSWORD_FINDERS: readonly Finder[] = [{ name: 'redis-acl-passwords', find: findRedisAclPasswords, trigger: /SETUSER|^[ \t]*user[ \t]/im }];
