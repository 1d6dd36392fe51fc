import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * A password given to a device's or a server's directive, name then value with a space and no `=` (AK's round):
 * - a console command in a `;`-separated list or on its own line, whose name holds a password's word with or without
 *   a number (Tasmota's `Backlog SSID1 Home; Password1 …; MqttPassword …`, `WebPassword …`, `set wifi.psk …`); the
 *   value ends at the `;` or the line's end;
 * - a `user:password` pair after an auth directive (HAProxy's `stats auth admin:…`, `auth_basic_user admin:…`).
 * The value must be a password's shape (`looksLikePassword`), a run of six digits or more, or small words joined by
 * hyphens.
 */
const COMMAND: RegexRule = {
  name: 'command-password',
  pattern: /(?:^|;)[ \t]*(?:[A-Za-z]{1,30}[ \t]+)?([A-Za-z]{0,30}(?:Pass(?:word|wd)?|Psk|PSK|Secret))\d{0,2}[ \t]+([^\s;=]{4,128})[ \t]*(?=;|$)/dgm,
  judge(m, text) {
    const value = m[2]!;
    // A command's name, not a heading's word ("Password requirements:"): numbered, prefixed (`MqttPassword`) or in a
    // `;` list.
    const named = /\d$/.test(m[0].slice(0, m.indices![2]![0] - m.index).trimEnd()) || m[1]!.length > 8 || /^;|;$/.test(m[0]) || text.charAt(m.index + m[0].length) === ';';
    if (!named || value.endsWith(':') || isPlaceholder(value) || /^(?:on|off|true|false|none|null|enable|disable)$/i.test(value)) return null;
    const ok = looksLikePassword(value, { quoted: false, strict: false }) || /^\d{6,}$/.test(value) || /^\p{Ll}{3,12}(?:-\p{Ll}{3,12}){2,5}\d{0,4}$/u.test(value);
    if (!ok) return null;
    const [start, end] = m.indices![2]!;
    return { start, end, label: 'password' };
  },
};

const AUTH_PAIR: RegexRule = {
  name: 'auth-directive-pair',
  pattern: /^[ \t]*(?:stats[ \t]+auth|auth|auth_basic_user|basic_?auth|http_?auth|user)[ \t]+[A-Za-z0-9_.@-]{1,64}:([^\s:]{4,200})[ \t]*$/dgm,
  judge(m) {
    const value = m[1]!;
    if (isPlaceholder(value) || value.startsWith('$') || !looksLikePassword(value, { quoted: false, strict: false })) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'password' };
  },
};

export const DIRECTIVE_PASSWORD_FINDERS: readonly Finder[] = [regexFinder(COMMAND), regexFinder(AUTH_PAIR)];
