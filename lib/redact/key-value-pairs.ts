import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { classifyKey, looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * Names and values that code writes apart from the usual `name: value`:
 * - a list of name/value objects, as Postman collections and environments, AWS tags and Kubernetes `env:` lists
 *   write them: `{ "key": "api_key", "value": "…" }`, `{ "name": "DB_PASSWORD", "value": "…" }`. The name is the
 *   value of "key" or "name". Postman's API-key auth lists the header's name under `"key": "key"` and the key itself
 *   under `"key": "value"`, inside an `"apikey": [ … ]` list.
 * - JSON inside a string, its quotes escaped: `"raw": "{\"refresh_token\": \"…\"}"`.
 * - an XML element named by its `name` attribute, its text the value: Android's `<string name="client_secret">…</string>`.
 */

/** A value judged by its name: a password, another secret, or nothing. */
function judgeByName(name: string, value: string, start: number): SecretSpan | null {
  const kind = classifyKey(name);
  if (kind === null || value.startsWith('{{') || value.startsWith('$')) return null;
  const ok = kind === 'password' ? looksLikePassword(value, { quoted: true, strict: false }) : looksLikeGenericSecret(value);
  return ok ? { start, end: start + value.length, label: kind === 'password' ? 'password' : 'api key' } : null;
}

/** Postman's API-key auth list, open before the entry: `"apikey": [`. */
const API_KEY_LIST_BEFORE = /"apikey"[ \t]*:[ \t]*\[[^\]]{0,300}$/;

const NAME_VALUE_OBJECT: RegexRule = {
  name: 'name-value-object',
  pattern: /\{[ \t\r\n]{0,20}"(?:key|name|Key|Name)"[ \t]*:[ \t]*"([^"\n]{1,80})"[ \t]*,[ \t\r\n]{0,20}"(?:value|Value)"[ \t]*:[ \t]*"([^"\n]{1,400})"/dg,
  judge(m, text) {
    const name = m[1]!;
    const value = m[2]!;
    const start = m.indices![2]![0];
    if (name === 'value' && API_KEY_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 300), m.index))) {
      return looksLikeGenericSecret(value) ? { start, end: start + value.length, label: 'api key' } : null;
    }
    return judgeByName(name, value, start);
  },
};

const ESCAPED_JSON_PAIR: RegexRule = {
  name: 'escaped-json-pair',
  pattern: /\\"([A-Za-z_][\w.-]{0,63})\\"[ \t]*:[ \t]*\\"([^"\\\n]{1,400})\\"/dg,
  judge(m) {
    return judgeByName(m[1]!, m[2]!, m.indices![2]![0]);
  },
};

const NAMED_XML_ELEMENT: RegexRule = {
  name: 'named-xml-element',
  pattern: /<([A-Za-z][\w:-]{0,30})[ \t]+(?:name|key)=(["'])([^"'\n]{1,80})\2[^>\n]{0,100}>([^<\n]{1,400})<\/\1>/dg,
  judge(m) {
    return judgeByName(m[3]!, m[4]!, m.indices![4]![0]);
  },
};

export const KEY_VALUE_PAIR_FINDERS: readonly Finder[] = [regexFinder(NAME_VALUE_OBJECT), regexFinder(ESCAPED_JSON_PAIR), regexFinder(NAMED_XML_ELEMENT)];
