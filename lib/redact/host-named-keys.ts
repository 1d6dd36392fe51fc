import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * A credential stored under a key that is a host's name (AM's round). Bundler keeps a gem server's login as
 * `BUNDLE_<HOST>` with the host's dots written `__` and its dashes `___` (`BUNDLE_GEMS__CONTRIBSYS__COM: "user:pass"`,
 * `export BUNDLE_RUBYGEMS__PKG__GITHUB__COM=token`), in `.bundle/config`, the environment or a CI file; the value is
 * `user:password` or a token. The key must end in a top-level domain, so `BUNDLE_PATH` or `BUNDLE_JOBS` are settings.
 */
const BUNDLE_HOST_KEY: RegexRule = {
  name: 'bundler-host-credential',
  pattern: /(?<![\w-])(?:export[ \t]+)?BUNDLE_[A-Z0-9_]{1,80}__(?:[A-Z]{2,12})["']?[ \t]*[:=][ \t]*(["']?)([^\s"']{6,200})\1/dg,
  judge(m) {
    const value = m[2]!;
    if (isPlaceholder(value) || value.startsWith('$') || /^(?:true|false|\d+)$/i.test(value)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

export const HOST_NAMED_KEY_FINDERS: readonly Finder[] = [regexFinder(BUNDLE_HOST_KEY)];
