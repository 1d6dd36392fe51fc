import type { Finder, SecretSpan } from './rules';

/**
 * WordPress's sign-in cookies, named `wordpress_logged_in_<hash>`, `wordpress_sec_<hash>` or `wordpress_<hash>` (the
 * hash is the site's): the value (`user|expiry|token|hmac`, its bars percent-encoded as `%7C`) signs its holder in as
 * that user until it expires, whatever rule reads cookies by their usual names (`session`, `sid`).
 */
// AU's round: its value after a tab too (DevTools' cookie table) or a dict's quoted colon (`{'wordpress_…': '…'}`).
const WORDPRESS_COOKIE = /(?<![\w-])wordpress_(?:logged_in_|sec_)?[0-9a-f]{32}(?:=|\t|['"][ \t]*:[ \t]*['"])([^;\s"'<>]{20,600})/g;

function findSessionCookies(text: string): SecretSpan[] {
  if (!text.includes('wordpress_')) return [];
  const spans: SecretSpan[] = [];
  WORDPRESS_COOKIE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WORDPRESS_COOKIE.exec(text)); ) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'cookie' });
  }
  return spans;
}

export const SESSION_COOKIE_FINDERS: readonly Finder[] = [{ name: 'session-cookies', find: findSessionCookies }];
