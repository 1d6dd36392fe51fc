import type { Finder, SecretSpan } from './rules';
import { looksLikeProsePassword } from './values';

/**
 * A map of user names to passwords under a key that names users or logins: Orthanc's `"RegisteredUsers" : { "admin" :
 * "…", "viewer" : "…" }`, a `"users": {…}` or `basic_auth_users` object in a service's JSON config, a YAML `users:`
 * block of `name: password` lines. Each member's name is a user, and its value the user's password. A value must look
 * like one (a digit, or a symbol no word carries): roles, flags and plain words (`"alice": "admin"`, `bob: true`) are
 * left alone, as are nested objects.
 */

/** Keys that name a map of users or logins. */
const MAP_KEY = String.raw`(?:registered[_-]?users|basic[_-]?auth[_-]?users|auth[_-]?users|http[_-]?users|users|logins|accounts|passwords|htpasswd)`;

/** A JSON object opened under such a key. */
const JSON_OPENER = new RegExp(String.raw`["']${MAP_KEY}["'][ \t]*:[ \t]*\{`, 'gi');
/** One `"name" : "value"` member; the object's members are read up to its closing brace. */
const JSON_MEMBER = /[ \t\r\n]*["']([^"'\n]{1,64})["'][ \t]*:[ \t]*["']([^"'\n]{1,128})["'][ \t]*,?/y;

/** A YAML key naming such a map, alone on its line. */
const YAML_OPENER = new RegExp(String.raw`^([ \t]*)${MAP_KEY}:[ \t]*$`, 'gim');
/** One `name: value` line, indented deeper than the key. */
const YAML_MEMBER = /([ \t]+)([\w.@-]{1,64}):[ \t]+["']?([^\s"'#]{1,128})["']?[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;

/** The most members read from one map: a config's users, not a whole file. */
const MAX_MEMBERS = 64;

/** Member names that say the value is something else: an id, a user's name, a host, a role. */
const NOT_A_PASSWORD_NAME = /(?:^|[_-])(?:id|user(?:name)?|login|e-?mail|host|url|uri|region|type|name|role|group)$/i;

/** A password, not a role or a flag: letters and a digit, or a symbol no word carries. */
function memberPassword(name: string, v: string): boolean {
  if (NOT_A_PASSWORD_NAME.test(name)) return false;
  if (!/\p{L}/u.test(v) || !looksLikeProsePassword(v)) return false;
  return /\d/.test(v) || /[!#$%^&*?~+=@]/.test(v);
}

function findJsonMaps(text: string, spans: SecretSpan[]): void {
  JSON_OPENER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = JSON_OPENER.exec(text)); ) {
    let at = m.index + m[0].length;
    for (let n = 0; n < MAX_MEMBERS; n++) {
      JSON_MEMBER.lastIndex = at;
      const member = JSON_MEMBER.exec(text);
      if (!member) break;
      const value = member[2]!;
      const start = member.index + member[0].lastIndexOf(value);
      if (memberPassword(member[1]!, value)) spans.push({ start, end: start + value.length, label: 'password' });
      at = member.index + member[0].length;
    }
    JSON_OPENER.lastIndex = Math.max(JSON_OPENER.lastIndex, at);
  }
}

function findYamlMaps(text: string, spans: SecretSpan[]): void {
  YAML_OPENER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YAML_OPENER.exec(text)); ) {
    const indent = m[1]!.replace(/\t/g, '    ').length;
    let at = m.index + m[0].length + (text[m.index + m[0].length] === '\r' ? 2 : 1);
    for (let n = 0; n < MAX_MEMBERS && at < text.length; n++) {
      YAML_MEMBER.lastIndex = at;
      const member = YAML_MEMBER.exec(text);
      if (!member || member[1]!.replace(/\t/g, '    ').length <= indent) break;
      const value = member[3]!;
      const start = member.index + member[0].indexOf(value, member[1]!.length + member[2]!.length + 1);
      if (memberPassword(member[2]!, value)) spans.push({ start, end: start + value.length, label: 'password' });
      at = member.index + member[0].length;
    }
    YAML_OPENER.lastIndex = Math.max(YAML_OPENER.lastIndex, at);
  }
}

export const USER_PASSWORD_MAP_FINDERS: readonly Finder[] = [
  {
    name: 'user-password-map',
    find(text) {
      const spans: SecretSpan[] = [];
      findJsonMaps(text, spans);
      findYamlMaps(text, spans);
      return spans;
    },
  },
];
