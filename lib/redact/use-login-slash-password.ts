import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword, randomCaseLetters } from './values';

/**
 * AY's round: a login handed over as "Use USER / PASSWORD for the booking system" ("try admin / K3stral!9 on the
 * till", "log in with j.okafor / Velvet%52 at the portal"): a verb of using or logging in, a user name, a slash, the
 * password, then what it opens. The slash between two words and the verb make it a login; the password must still
 * be a password's shape (letters with digits or symbols), so "use TCP / UDP for …" stays. AZ's round: the pair may end
 * the line instead ("guests on the barge use Harbour_Guest / reed-otter-lamp7").
 *
 * CA's round: the pair after a login's own word ("Student login s.nakamura / PqRZoAfsyi.", "Club email: treasurer /
 * …", "credentials: …") or after "is" ("the garage PC is tomasz / kolo$Zebate77"), and ended by a sentence's stop as
 * well as by the line's end. There the user must hold a letter and the password must be one beyond doubt (the strict
 * shape with a symbol in it, or letters in random case, as a portal's letter prints a generated one; "my email: work /
 * Personal2024" names two accounts), and after "is" a symbol of a password's own.
 */
const USE_PAIR: RegexRule = {
  name: 'use-login-slash-password',
  pattern:
    /(?<![\p{L}])(?:(use|try|log[ \t]?in[ \t]+(?:with|as)|sign[ \t]+in[ \t]+with)[ \t]+|(login|log-in|sign-in|credentials|creds|e-?mail)(?:[ \t]*:[ \t]*|[ \t]+)|(is)[ \t]+)([\w.@+-]{2,64})[ \t]+\/[ \t]+([^\s/]{4,100}?)(?:[ \t]+(?:for|to|on|at|in|into)(?![\p{L}])|(?=[.,]?[ \t]*(?:\r?\n|$))|(?=[.,;!?][ \t]))/dgiu,
  judge(m) {
    const value = m[5]!;
    if (isPlaceholder(value) || !/\p{L}/u.test(value)) return null;
    if (m[1] !== undefined) {
      if (!/\d/.test(value) || !looksLikePassword(value, { quoted: false, strict: false })) return null;
    } else {
      // Judged without a sentence's closing marks: "… is London / Paris2024!" ends a sentence, its "!" is no symbol.
      const bare = value.replace(/[.,;:!?]+$/, '');
      // After "is" a slash joins two of anything ("the route is London / Paris2024"): a symbol must say password.
      if (!/\p{L}/u.test(m[4]!) || (m[3] !== undefined && !/[!@#$%^&*+=?~]/.test(bare))) return null;
      if (!((/\d/.test(bare) && /[^\p{L}\p{N}]/u.test(bare) && looksLikePassword(bare, { quoted: false, strict: true })) || randomCaseLetters(bare))) return null;
    }
    const [start, end] = m.indices![5]!;
    return { start, end, label: 'password' };
  },
};

export const USE_LOGIN_SLASH_PASSWORD_FINDERS: readonly Finder[] = [regexFinder(USE_PAIR)];
