import { DATA_KEY } from './labelled';
import { NOT_A_CREDENTIAL_LINE, windowedFinder, type Finder, type RegexRule } from './rules';
import { looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * A secret's name with a remark in parentheses before its colon: "gateway token (from IT): KRA9HO-8DW8I5-7VKHBP",
 * "API key (prod): …", "Passwort (neu): …". Without the remark the assignment rules read "gateway token: …"; the
 * remark only says where the value came from or which one it is. The name is the last word before the remark and the
 * value the one word after the colon, judged as those rules judge a value under such a name.
 */
const ASIDE_THEN_VALUE =
  /(?<![\p{L}\p{N}_])(token|key|secret|password|passwort|passcode|passphrase|pwd|contrase[ñn]a|senha|mot[ \t]+de[ \t]+passe|wachtwoord)[ \t]*\([^()\n]{1,40}\)[ \t]*[:=][ \t]*["'`]?([^\s"'`]{1,512})/dgiu;

const ASIDE_LABEL: RegexRule = {
  name: 'aside-label',
  pattern: ASIDE_THEN_VALUE,
  judge(m, text) {
    const value = m[2]!.replace(/[.,;:!?)]+$/, '');
    const password = !/^(?:token|key|secret)$/i.test(m[1]!);
    const ok = password ? looksLikePassword(value, { quoted: false, strict: true }) : looksLikeGenericSecret(value);
    if (!ok) return null;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    // A key of data (a Kafka message key, a partition key) is no key of access.
    if (NOT_A_CREDENTIAL_LINE.test(line + m[0]) || (/^key$/i.test(m[1]!) && DATA_KEY.test(line.slice(-30) + m[0].slice(0, m.indices![2]![0] - m.index)))) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: password ? 'password' : 'api key' };
  },
};

/** Read only before a parenthesis closed right before a colon: the name and the remark stand within 80 characters of it. */
export const ASIDE_LABEL_FINDERS: readonly Finder[] = [windowedFinder(ASIDE_LABEL, /\)[ \t]*[:=]/g, 80, 0)];
