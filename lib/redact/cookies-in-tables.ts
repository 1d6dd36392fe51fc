import type { Finder, SecretSpan } from './rules';

/**
 * BH's round: session cookies as a browser's storage panel lists them, one cookie a row under a "Name  Value" header
 * ("Storage > Cookies", DevTools' Application tab copied as text), and as a script sets them in a cookie jar by name
 * and value (`jar.set(url, 'APPSESSID', '…')`). A row's value is taken where it looks as a session id does: sixteen
 * characters or more of a cookie's alphabet holding letters and digits, not an analytics cookie's dotted counters
 * (`GA1.2.…`, `1.1.…`) and not a word; a jar's, where the cookie's name says session (`…sessid`, `…session`, `…sid`).
 */
const TABLE_HEADER = /^[ \t]*Name(?:[ \t]{2,}|\t)Value\b/im;
const ROW = /^[ \t]*([A-Za-z_][\w.-]{0,60})(?:[ \t]{2,}|\t)([A-Za-z0-9%._~+/=-]{16,4096})[ \t]*$/;
const SESSION_NAME = /(?:sess(?:ion)?(?:[_.-]?id)?|sid)(?:[_.-]?sig)?$/i;
const JAR_SET = /\.set(?:Cookie)?\([^()\n]{0,200}?(["'])([A-Za-z_][\w.-]{0,60})\1[ \t]*,[ \t]*(["'])([A-Za-z0-9%._~+/=-]{16,4096})\3/g;

function sessionValue(value: string): boolean {
  if (/^(?:GA|GS)?\d+\.\d+\.|^\d+(?:\.\d+)+$/.test(value)) return false;
  return /\d/.test(value) && /[A-Za-z]/.test(value);
}

/**
 * BI's round: a storage panel's rows copied without their header ("grocy_session<TAB>…<TAB>/<TAB>Session"), where the
 * text speaks of cookies: a row whose first cell names a session (`…session`, `…sid`, `…sessid`) and whose second
 * holds a session's value, the path and expiry cells after it.
 */
const SESSION_ROW = /^[ \t]*([A-Za-z_][\w.-]{0,60})(?:[ \t]{2,}|\t)([A-Za-z0-9%._~+/=-]{16,4096})(?:(?:[ \t]{2,}|\t)[^\n]{0,200})?$/gm;

function findSessionRows(text: string, spans: SecretSpan[]): void {
  SESSION_ROW.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SESSION_ROW.exec(text)); ) {
    if (!SESSION_NAME.test(m[1]!) || !sessionValue(m[2]!)) continue;
    const start = m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    spans.push({ start, end: start + m[2]!.length, label: 'cookie' });
  }
}

function findCookiesInTables(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const header = TABLE_HEADER.exec(text);
  if (header && /cookie/i.test(text.slice(Math.max(0, header.index - 200), header.index))) {
    let at = text.indexOf('\n', header.index);
    while (at >= 0 && at < text.length) {
      const next = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, next < 0 ? text.length : next);
      if (line.trim() === '') break;
      const row = ROW.exec(line);
      if (row && sessionValue(row[2]!)) {
        const start = at + 1 + line.lastIndexOf(row[2]!);
        spans.push({ start, end: start + row[2]!.length, label: 'cookie' });
      }
      at = next;
    }
  }
  if (!header) findSessionRows(text, spans);
  if (/cookie/i.test(text)) {
    JAR_SET.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = JAR_SET.exec(text)); ) {
      if (!SESSION_NAME.test(m[2]!) || !sessionValue(m[4]!)) continue;
      const start = m.index + m[0].length - 1 - m[4]!.length;
      spans.push({ start, end: start + m[4]!.length, label: 'cookie' });
    }
  }
  return spans;
}

export const COOKIES_IN_TABLES_FINDERS: readonly Finder[] = [{ name: 'cookies-in-tables', find: findCookiesInTables, trigger: /cookie/i }];
