import { regexFinder, type Finder, type RegexRule } from './rules';
import { classifyKey, isPlaceholder } from './values';

/**
 * Secrets a command line hands to a tool in ways the option tables of `command-lines.ts` do not read:
 * - a password echoed into a process substitution for an option that takes a password or key *file*
 *   (`--vault-password-file <(echo "…")`, `--password-file=<(echo …)`): the file's contents are the secret. The
 *   option's name must say password, secret, key or token; a variable (`$PW`) is not a value.
 * - `config set NAME VALUE` (pulumi, npm, yarn, firebase functions, heroku-style CLIs) where NAME is a secret's name
 *   by the rules every assignment is judged by (`dbPassword`, `aws:secretKey`, `apiToken`); with `--plaintext` or
 *   other options before or between. `--secret` values are still the secret: the command line holds them in clear.
 */
const ECHOED_FILE =
  /(?<![\w-])--?[\w-]*(?:pass|secret|key|token)[\w-]*(?:=|[ \t]+)<\([ \t]*(?:echo|printf)(?:[ \t]+-[neE]{1,3})?[ \t]+(?:(["'])([^"'\n]{3,200})\1|([^\s"'()$`;|&]{3,200}))[ \t]*\)/dgi;

const ECHOED: RegexRule = {
  name: 'echoed-secret-file',
  pattern: ECHOED_FILE,
  judge(m) {
    const group = m[2] !== undefined ? 2 : 3;
    const value = m[group]!;
    if (value.startsWith('$') || value.startsWith('%') || isPlaceholder(value)) return null;
    const start = m.indices![group]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

const CONFIG_SET =
  /(?<![\w-])config[ \t]+set(?:[ \t]+--?[\w-]+)*[ \t]+([\w.:/@-]{2,100})(?:[ \t]+--?[\w-]+)*[ \t]+(?:(["'])([^"'\n]{3,300})\2|([^\s"'$`;|&<>]{3,300}))(?=[ \t]|\r?$|\n|$)/dg;

const SET: RegexRule = {
  name: 'config-set-secret',
  pattern: CONFIG_SET,
  judge(m) {
    const name = m[1]!;
    const kind = classifyKey(name.replace(/^.*:/, ''));
    if (kind !== 'password' && kind !== 'secret') return null;
    const group = m[3] !== undefined ? 3 : 4;
    const value = m[group]!;
    if (value.startsWith('-') || isPlaceholder(value)) return null;
    const start = m.indices![group]![0];
    return { start, end: start + value.length, label: kind === 'password' ? 'password' : 'api key' };
  },
};

export const SHELL_SECRET_INPUT_FINDERS: readonly Finder[] = [regexFinder(ECHOED), regexFinder(SET)];
