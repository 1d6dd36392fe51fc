import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { classifyKey, isPlaceholder } from './values';

/**
 * AL's round: a secret in an object that gives its name and its value as two fields, as HAR files write cookies,
 * headers and form fields (`{"name": "sid", "value": "jrb38…"}`), and as Postman and many APIs write variables
 * (`{"key": "api_token", "value": "…"}`). The name field says what the value is, as a key does: a password's, a
 * token's, a secret's or a session's name (`sid`, `sessionid`, `PHPSESSID`, `connect.sid`, `_session`).
 */
const SESSION_NAME = /^(?:sid|[\w.-]{0,20}sess(?:ion)?(?:[_-]?id)?|[\w.-]{0,20}[_.-]sid|auth[\w.-]{0,20}|remember[_-]?(?:me|token)[\w-]{0,10})$/i;
const NAME_VALUE: RegexRule = {
  name: 'name-value-object',
  pattern: /["'](?:name|key)["'][ \t]*:[ \t]*["']([\w.-]{1,48})["'][ \t]*,[ \t]*["']value["'][ \t]*:[ \t]*["']([^"'\n]{8,400})["']/dg,
  judge(m) {
    const name = m[1]!;
    if (!SESSION_NAME.test(name) && classifyKey(name) === null) return null;
    const span = groupSpan(m, [2])!;
    if (isPlaceholder(span.value) || /^[\p{L} ]+$/u.test(span.value)) return null;
    return { start: span.start, end: span.end, label: SESSION_NAME.test(name) ? 'cookie' : 'password' };
  },
};

export const NAME_VALUE_OBJECT_FINDERS: readonly Finder[] = [regexFinder(NAME_VALUE)];
