import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * A value written into a file that its name says holds a secret: `echo '…' > config/master.key` (Rails), `printf %s
 * '…' > ~/.vault-token`, `echo '…' >> secrets/api_token.txt`. The file's name says what the value is, as a key's
 * name does in an assignment.
 */

/** A file name that says it holds a key, token, secret or password (`master.key`, `.vault-token`, `db_password.txt`, `tls.pem`). */
export const SECRET_FILE = /(?:^|[._-])(?:key|secret|secrets|token|credentials?|password|passwd|pass|apikey|api_key|pat)(?:$|[._-])|\.(?:key|pem)$/i;
const PASSWORD_FILE = /pass/i;

const WRITTEN_TO_SECRET_FILE: RegexRule = {
  name: 'written-to-secret-file',
  pattern:
    /(?:echo|printf)(?<=(?<![\w-])(?:echo|printf))[ \t]{1,4}(?:-[neE]{1,3}[ \t]{1,4}|["']?%s["']?[ \t]{1,4})?(?:"([^"\n]{8,400})"|'([^'\n]{8,400})'|([^\s|;&'"<>]{8,400}))[ \t]{0,4}>>?[ \t]{0,4}["']?([^\s;|&"'<>]{1,200})/dg,
  judge(m) {
    const span = groupSpan(m, [1, 2, 3])!;
    const file = m[4]!.slice(m[4]!.lastIndexOf('/') + 1);
    if (!SECRET_FILE.test(file) || span.value.startsWith('$')) return null;
    const value = span.value.replace(/\\n$/, '');
    const isPassword = PASSWORD_FILE.test(file);
    const ok = isPassword ? looksLikePassword(value, { quoted: span.group !== 3, strict: false }) : looksLikeGenericSecret(value);
    return ok ? { start: span.start, end: span.start + value.length, label: isPassword ? 'password' : 'api key' } : null;
  },
};

export const KEY_FILE_FINDERS: readonly Finder[] = [regexFinder(WRITTEN_TO_SECRET_FILE)];
