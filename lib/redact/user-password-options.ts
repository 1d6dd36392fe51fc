import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, lineAround, looksLikePassword } from './values';

/**
 * `-u USER -p PASS` on a command line of a tool the known-tool rules (`command-lines.ts`) do not list: `xcrun altool
 * -u me@x.dev -p abcd-efgh-ijkl-mnop`, `mongo -u admin -p …`. After a user option, `-p` takes the password. A number
 * there is a port or a process id (`psql -U app -p 5432`, `top -u root -p 1234`), and on MySQL's and sudo's command
 * lines `-p` means something else (a prompt for the password, sudo's prompt text), so those are left alone.
 * BI's round: the pair may share a letter or two before `u` and `p` (`-xu alerts -xp …`, `-gu Administrator -gp …`),
 * as tools that take more than one login name them: the same letters before both say the two go together.
 */
const USER_THEN_P: RegexRule = {
  name: 'user-then-p',
  pattern:
    /(?<![\w-])-(?:([a-z]{0,2})(?:u|U)|-user(?:name)?)(?:[ \t]{1,4}|=)("[^"\n]{1,100}"|'[^'\n]{1,100}'|[^\s"'|;&<>-][^\s"'|;&<>]{0,100})[ \t]{1,4}-\1(?:p|P)[ \t]{1,4}(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"'|;&<>`-][^\s"'|;&<>`]{0,199}))/dg,
  judge(m, text) {
    const span = groupSpan(m, [3, 4, 5])!;
    const v = span.value;
    // `@keychain:NAME`, `@env:NAME` (altool, notarytool), `env:NAME`, `no:cacheprovider` (a plugin spec), a path or a
    // URL: where the password is kept, or another option's argument, not a password.
    if (!/\p{L}/u.test(v) || /^[$@~.]|^[a-z]{2,12}:|\//.test(v) || isPlaceholder(v)) return null;
    // `python -u train.py -p …`: a flag without a value, then a file, is not a user.
    if (/^[^@\s]+\.[a-z]{1,5}$/i.test(m[2]!)) return null;
    if (/\b(?:mysql\w*|mariadb\w*|sudo)\b/.test(lineAround(text, m.index, 200).text)) return null;
    if (!looksLikePassword(v, { quoted: span.group !== 5, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

export const USER_PASSWORD_OPTION_FINDERS: readonly Finder[] = [regexFinder(USER_THEN_P)];
