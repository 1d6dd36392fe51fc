import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * An S3-compatible store registered with its keys as positional words (AM's round): MinIO's client `mc alias set
 * NAME URL ACCESS_KEY SECRET_KEY` (and the older `mc config host add`). The command fixes each word's place, so the
 * access key is taken with the secret even when it has no random look of its own; a `$VAR` or a placeholder is kept.
 */
const MC_ALIAS: RegexRule = {
  name: 'mc-alias-keys',
  pattern: /(?<![\w-])mc(?:\.exe)?[ \t]+(?:alias[ \t]+(?:set|add)|config[ \t]+host[ \t]+add)[ \t]+[\w.-]{1,60}[ \t]+https?:\/\/[^\s]{1,200}[ \t]+([^\s'"]{3,128}|'[^'\n]{3,128}'|"[^"\n]{3,128}")(?:[ \t]+([^\s'"]{3,128}|'[^'\n]{3,128}'|"[^"\n]{3,128}"))?/dg,
  judge(m) {
    // A local server's default pair (`minioadmin minioadmin` on localhost): the same word twice is a default, as a
    // documented example is.
    if (m[2] && m[1] === m[2]) return null;
    if (/https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])[:/\s]/.test(m[0])) return null;
    const keys: SecretSpan[] = [];
    for (const g of [1, 2]) {
      const raw = m[g];
      if (!raw) continue;
      const quoted = /^['"]/.test(raw);
      const value = quoted ? raw.slice(1, -1) : raw;
      if (isPlaceholder(value) || value.startsWith('$') || value.startsWith('-')) continue;
      const start = m.indices![g]![0] + (quoted ? 1 : 0);
      keys.push({ start, end: start + value.length, label: g === 1 ? 'api key' : 'password' });
    }
    return keys.length ? keys : null;
  },
};

export const OBJECT_STORE_ALIAS_FINDERS: readonly Finder[] = [regexFinder(MC_ALIAS)];
