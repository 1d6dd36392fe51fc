import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * AY's round: a login handed over as "Use USER / PASSWORD for the booking system" ("try admin / K3stral!9 on the
 * till", "log in with j.okafor / Velvet%52 at the portal"): a verb of using or logging in, a user name, a slash, the
 * password, then what it opens. The slash between two words and the verb make it a login; the password must still
 * be a password's shape (letters with digits or symbols), so "use TCP / UDP for …" stays. AZ's round: the pair may end
 * the line instead ("guests on the barge use Harbour_Guest / reed-otter-lamp7").
 */
const USE_PAIR: RegexRule = {
  name: 'use-login-slash-password',
  pattern:
    /(?<![\p{L}])(?:use|try|log[ \t]?in[ \t]+(?:with|as)|sign[ \t]+in[ \t]+with)[ \t]+[\w.@+-]{2,64}[ \t]+\/[ \t]+([^\s/]{4,100}?)(?:[ \t]+(?:for|to|on|at|in|into)(?![\p{L}])|(?=[.,]?[ \t]*(?:\r?\n|$)))/dgiu,
  judge(m) {
    const value = m[1]!;
    if (isPlaceholder(value) || !/\d/.test(value) || !/\p{L}/u.test(value) || !looksLikePassword(value, { quoted: false, strict: false })) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'password' };
  },
};

export const USE_LOGIN_SLASH_PASSWORD_FINDERS: readonly Finder[] = [regexFinder(USE_PAIR)];
