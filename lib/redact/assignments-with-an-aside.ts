import type { Finder, SecretSpan } from './rules';
import { classifyKey, looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * BA's round: a variable's listing that puts the variable's kind in brackets between its name and its value, as env0,
 * Spacelift and Terraform Cloud list a workspace's variables ("- hcloud_token (terraform) = …", "db_admin_password
 * (env) = …"): the name says a secret as `NAME = value` would, the aside only says where it goes. The value must have
 * a secret's or a password's shape, as for a plain assignment.
 */
const NAME_ASIDE_VALUE = /^[ \t]*(?:[-*•][ \t]+)?([A-Za-z_][\w.-]{1,60})[ \t]+\([^()\n]{1,30}\)[ \t]*[=:][ \t]*["']?([^\s"']{6,200})["']?[ \t]*$/dgm;

function findAssignmentsWithAnAside(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NAME_ASIDE_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NAME_ASIDE_VALUE.exec(text)); ) {
    const kind = classifyKey(m[1]!);
    const value = m[2]!;
    if (kind === null) continue;
    const ok = kind === 'password' ? looksLikePassword(value, { quoted: false, strict: true }) : looksLikeGenericSecret(value);
    if (!ok) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: kind === 'password' ? 'password' : 'api key' });
  }
  return spans;
}

export const ASSIGNMENTS_WITH_AN_ASIDE_FINDERS: readonly Finder[] = [{ name: 'assignments-with-an-aside', find: findAssignmentsWithAnAside, trigger: /\)[ \t]*[=:]/ }];
