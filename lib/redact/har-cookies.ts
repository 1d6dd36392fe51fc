import type { Finder, SecretSpan } from './rules';

/**
 * BF's round: a cookie as a HAR file or a browser's export writes it, an object of its name and its value (`{"name":
 * "_t", "value": "a5de578e…"}`), in a text that speaks of cookies. A site's sign-in cookie goes by any name (Discourse's
 * `_t`, Bugzilla's `Bugzilla_logincookie`, Yii's `_identity`), so the value says what it is: random, ten characters or
 * more, with a digit and a letter, or a hex run of sixteen and more however it goes on (Yii's serialised tail,
 * percent-encoded). Analytics', consent's and preference cookies (`_ga`, `_gid`, `_fbp`, `lang`, `theme` …) are
 * left, as their values count visits or name a choice.
 */
const COOKIE_OBJECT = /\{[ \t]*"name"[ \t]*:[ \t]*"([^"\n]{1,80})"[ \t]*,[ \t]*"value"[ \t]*:[ \t]*"([^"\n]{10,600})"/g;
const NOT_A_SIGN_IN_COOKIE =
  /^(?:_ga(?:_\w+)?|_gid|_gat(?:_\w+)?|_gcl_\w+|_fbp|_fbc|_hj\w*|_uet\w*|_clck|_clsk|__utm\w|ajs_\w+|mp_\w+|amp_\w*|optanon\w*|cookieconsent\w*|consent\w*|cookie_?consent\w*|lang(?:uage)?|locale|theme|tz|timezone|currency|country|region|dark_?mode)$/i;
const RANDOM_VALUE = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_\-+/=]{10,}$/;
const HEX_RUN_FIRST = /^[0-9a-f]{16,}(?:%[0-9A-F]{2}|[A-Za-z0-9_.~-])*$/;

function findHarCookies(text: string): SecretSpan[] {
  if (!/cookie/i.test(text) || !text.includes('"value"')) return [];
  const spans: SecretSpan[] = [];
  COOKIE_OBJECT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COOKIE_OBJECT.exec(text)); ) {
    const name = m[1]!;
    const value = m[2]!;
    if (NOT_A_SIGN_IN_COOKIE.test(name)) continue;
    // A count or a date with its dots (`GA1.1.164352565.6876817694`) is no random value.
    if (!(RANDOM_VALUE.test(value) || HEX_RUN_FIRST.test(value)) || /^[A-Z]{0,4}\d[\d.]*$/.test(value.replace(/^GA\d/, ''))) continue;
    // In a HAR entry's `cookies` array, not its `headers` (an `X-Request-Id`'s UUID is no sign-in).
    const before = text.slice(Math.max(0, m.index - 2000), m.index);
    if (before.search(/cookies[^\n]*$|cookies(?![\s\S]*headers)/i) < 0) continue;
    const start = m.index + m[0].length - 1 - value.length;
    spans.push({ start, end: start + value.length, label: 'cookie' });
  }
  return spans;
}

export const HAR_COOKIE_FINDERS: readonly Finder[] = [{ name: 'har-cookies', find: findHarCookies }];
