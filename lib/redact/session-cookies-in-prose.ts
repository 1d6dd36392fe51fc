import { windowedFinder, type Finder, type RegexRule } from './rules';
import { looksLikeRandomToken } from './values';

/**
 * BX's round: a session cookie quoted in a sentence about cookies rather than in a header: "the export keeps a cookie
 * shop_sess=9f2a…", "why is my shop_session cookie (Qz8mLp…) still valid after logout?", "the portal_sid cookie is
 * …". The cookie's name says it keeps a session or a sign-in (`…sess`, `…session`, `…sid`, `…auth`, `…remember…`,
 * `…token`), the word "cookie" stands beside it, and the value is random (sixteen characters or more, letters and
 * digits mixed): such a value signs its holder in until it expires. An analytics cookie (`_ga`, `_gid`) has no such
 * name.
 */
const SESSION_NAME = String.raw`[A-Za-z][\w.-]{0,30}?(?:sess|session|sessionid|sid|auth|remember(?:[_-]?me)?|token|login)`;
const VALUE = String.raw`([A-Za-z0-9%._~+/-]{16,512}={0,2})`;
const END = String.raw`(?![A-Za-z0-9%._~+/=-])`;
const COOKIE_IN_PROSE = new RegExp(
  [
    // "cookie NAME=VALUE", "cookies: NAME=VALUE"
    String.raw`(?<![\p{L}])cookies?[ \t]*:?[ \t]+(?:called[ \t]+|named[ \t]+)?${SESSION_NAME}=${VALUE}${END}`,
    // "NAME cookie (VALUE)", "NAME cookie: VALUE", "NAME cookie is VALUE", "NAME cookie = VALUE"
    String.raw`(?<![\w.-])${SESSION_NAME}[ \t]+cookie[ \t]*(?:\([ \t]*${VALUE}[ \t]*\)|(?::|=|is|was|value[ \t]+is)[ \t]*["'\x60]?${VALUE}${END})`,
    // CF's round: "session cookie (for the shop) is NAME=VALUE" or "… is VALUE": the words name a session's cookie,
    // whatever the cookie's own name is.
    String.raw`(?<![\p{L}])session[ \t]+cookie(?:[ \t]+(?:for|of|on|from)[ \t]+[^\n.!?:=;]{1,50}?)?(?:[ \t]*:|[ \t]+(?:is|was))[ \t]+(?:[A-Za-z_][\w.-]{0,40}=)?${VALUE}${END}`,
  ].join('|'),
  'dgiu',
);

function randomValue(v: string): boolean {
  const letters = (v.match(/[A-Za-z]/g) ?? []).length;
  const digits = (v.match(/\d/g) ?? []).length;
  return letters >= 4 && digits >= 2 && (looksLikeRandomToken(v) || /^[0-9a-f]{16,}$/i.test(v) || (/[A-Z]/.test(v) && /[a-z]/.test(v)));
}

const SESSION_COOKIE_IN_PROSE: RegexRule = {
  name: 'session-cookie-in-prose',
  pattern: COOKIE_IN_PROSE,
  judge(m) {
    const g = [1, 2, 3, 4].find((k) => m[k] !== undefined);
    if (g === undefined || !randomValue(m[g]!)) return null;
    // A sentence's stop after the value is not the value's ("… is climb_sid=fe95…. Is that allowed?").
    const start = m.indices![g]![0];
    return { start, end: start + m[g]!.replace(/\.+$/, '').length, label: 'cookie' };
  },
};

export const SESSION_COOKIES_IN_PROSE_FINDERS: readonly Finder[] = [windowedFinder(SESSION_COOKIE_IN_PROSE, /cookie/gi, 48, 560)];
