import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { classifyKey, looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * A list of secrets as one env or config value, comma-separated under a secret's name: Strapi's
 * `APP_KEYS=k1,k2,k3`, `API_KEYS=…,…`, `JWT_SECRETS: "…,…"`. The assignment rules read a value up to its first comma,
 * so the keys after it would stay; here each item is judged on its own, as the first one was.
 */
const LIST_ASSIGNMENT = /(?<![^\n])[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.-]{0,63})[ \t]*[=:][ \t]*(["']?)([^\s"',;]{1,4000}(?:,[ \t]?[^\s"',;]{1,4000}){1,50})\2(?=[ \t]*(?:$|[\n#]))/dg;

const SECRET_LIST: RegexRule = {
  name: 'secret-list',
  pattern: LIST_ASSIGNMENT,
  judge(m) {
    const kind = classifyKey(m[1]!);
    if (!kind) return null;
    const spans: SecretSpan[] = [];
    let at = m.indices![3]![0];
    for (const raw of m[3]!.split(',')) {
      const lead = raw.length - raw.trimStart().length;
      const item = raw.trim();
      const ok = kind === 'password' ? looksLikePassword(item, { quoted: true, strict: true }) : looksLikeGenericSecret(item);
      if (ok) spans.push({ start: at + lead, end: at + lead + item.length, label: kind === 'password' ? 'password' : 'api key' });
      at += raw.length + 1;
    }
    // One secret-looking item among words is a list of names that happens to hold one; all or most must look so.
    return spans.length * 2 > m[3]!.split(',').length ? spans : null;
  },
};

export const SECRET_LIST_FINDERS: readonly Finder[] = [regexFinder(SECRET_LIST)];
