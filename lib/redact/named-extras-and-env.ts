import type { Finder, SecretSpan } from './rules';
import { classifyKey, isPlaceholder } from './values';

/**
 * Secrets whose name stands apart from the usual `name=value` of a config:
 *
 * - an Android intent's or a broadcast's typed extras, `--es <name> <value>` (`adb shell am start … --es wifi_psk
 *   "…"`, `--ei admin_pin 4412`): the extra's name says what the value is, as a key's does (`classifyKey`);
 * - a variable a command is told to read its password from (`bw unlock --passwordenv BW_MASTER`, `--password-env
 *   NAME`, `--password-file`'s variable form), then set anywhere in the text (`BW_MASTER='…'`, `export NAME=…`): the
 *   command names the variable a password whatever the variable is called.
 *
 * A variable (`$X`), a placeholder or a value under three characters is left.
 */
const EXTRA = /(?<![\w-])--e[sil](?:a)?[ \t]+([A-Za-z_][\w.]{1,60})[ \t]+(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"']{1,200}))/g;

const PASSWORD_ENV = /(?<![\w-])--?(?:password-?env|passwordenv|pass-?env|passenv|password-from-env|secret-env)(?:[ \t]+|=)["']?([A-Za-z_]\w{1,60})/gi;

/** `NAME=value`, `NAME='value'`, `export NAME="value"`. */
const ASSIGNMENT = /(?<![\w$])([A-Za-z_]\w{1,60})[ \t]*=[ \t]*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"';]{1,200}))/g;

function usable(value: string): boolean {
  return value.length >= 3 && !value.startsWith('$') && !isPlaceholder(value);
}

function findNamedExtras(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('--e')) return spans;
  EXTRA.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EXTRA.exec(text)); ) {
    const kind = classifyKey(m[1]!);
    const value = m[2] ?? m[3] ?? m[4]!;
    if (kind === null || !usable(value)) continue;
    const start = m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    spans.push({ start, end: start + value.length, label: kind === 'password' ? 'password' : 'api key' });
  }
  return spans;
}

function findPasswordEnvValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/env/i.test(text)) return spans;
  const names = new Set<string>();
  PASSWORD_ENV.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PASSWORD_ENV.exec(text)); ) names.add(m[1]!);
  if (names.size === 0) return spans;
  // One scan of every assignment, kept where the name is one of them: a regex per name would read the text once each.
  ASSIGNMENT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASSIGNMENT.exec(text)); ) {
    if (!names.has(m[1]!)) continue;
    const value = m[2] ?? m[3] ?? m[4]!;
    if (!usable(value)) continue;
    const start = m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const NAMED_EXTRA_AND_ENV_FINDERS: readonly Finder[] = [
  { name: 'intent-extras', find: findNamedExtras },
  { name: 'password-env-values', find: findPasswordEnvValues },
];
