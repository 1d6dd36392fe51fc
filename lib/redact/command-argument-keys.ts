import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { looksLikeGenericSecret } from './values';

/**
 * A key passed as a bare argument to a script: `$ node scripts/notify.js <40 random characters> "+358…"`, `./backup
 * bucket sk_…`. Scripts take many random-looking arguments that are harmless (a commit SHA, a UUID, a digest, a
 * content id), so only what is beyond doubt is taken: an argument with a secret's prefix (`sk_`, `secret_`, `token_`
 * …), or one of 32 or more letters and digits in both cases that no hash or id alphabet writes (hex, in either case,
 * and base64 with its `+/=` are left alone). A usage line naming the argument's place is `usage-slots.ts`' rule.
 */

/** A command line: a prompt, or a script runner or a path to a script at the line's start. */
const COMMAND_LINE =
  /^[ \t]*(?:[$>#%][ \t]+)?(?:(?:sudo[ \t]+)?(?:node|deno|bun|python3?|ruby|php|perl|bash|sh|zsh|npx|tsx|ts-node)[ \t]+\S+|\.{1,2}\/\S+|[\w./-]+\.(?:sh|py|js|mjs|rb|php|pl))([^\n]*)$/dgm;

/** An argument, unquoted or quoted, set apart by spaces. */
const ARGUMENT = /(?<=[ \t])["']?([A-Za-z0-9_-]{24,200})["']?(?=[ \t]|$)/g;

/** A prefix that names a secret: `sk_`, `sk-`, `rk_`, `secret_`, `token_`, `key_`, `pat_`. */
const SECRET_PREFIX = /^(?:sk|rk|secret|token|key|pat|api[_-]?key)[_-](?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{20,}$/;

/** Random in both cases: upper, lower and a digit, at least one letter hex does not write, no dash or underscore. */
function randomMixedCase(value: string): boolean {
  return value.length >= 32 && /^[A-Za-z0-9]+$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value) && /[g-zG-Z]/.test(value);
}

const USAGE_LINE = /(?:^|\n)[ \t]*usage:/i;
const USAGE_REACH = 2000;

const ARGUMENT_KEY: RegexRule = {
  name: 'command-argument-key',
  pattern: COMMAND_LINE,
  judge(m, text) {
    // Where a usage line stands near, it says what each place holds: `usage-slots.ts` decides from it. (Looked for
    // within a bounded reach, so that a long text of command lines is not read again for each.)
    if (USAGE_LINE.test(text.slice(Math.max(0, m.index - USAGE_REACH), m.index + m[0].length + USAGE_REACH))) return null;
    const args = m[1]!;
    const argsStart = m.indices![1]![0];
    const spans: SecretSpan[] = [];
    for (const a of args.matchAll(ARGUMENT)) {
      const value = a[1]!;
      if (!(SECRET_PREFIX.test(value) || randomMixedCase(value)) || !looksLikeGenericSecret(value)) continue;
      const start = argsStart + a.index! + a[0].indexOf(value);
      spans.push({ start, end: start + value.length, label: 'api key' });
    }
    return spans.length > 0 ? spans : null;
  },
};

export const COMMAND_ARGUMENT_KEY_FINDERS: readonly Finder[] = [regexFinder(ARGUMENT_KEY)];
