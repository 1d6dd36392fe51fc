import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
import { plainPhrase } from './generated-phrases';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * A secret given as a C or C++ preprocessor macro (AK's round): `#define SECRET_PASS "…"`, `#define MQTT_PASSWORD
 * "…"`, `#define WIFI_PSK "…"`, `#define API_KEY "…"`, as Arduino sketches' `arduino_secrets.h` and firmware configs
 * write them; also the same name given on a compiler's command line (`-DWIFI_PASSWORD=\"…\"`). The macro's name says
 * what the literal is, as a key's name does in any config syntax: one with a password's, a key's, a token's or a
 * secret's word in it (not an SSID, a user or a host). The literal must be a password or key's shape.
 */
// Bounded on both sides of the word, so that a long run of name characters is read in linear time.
const SECRET_NAME = String.raw`[A-Za-z0-9_]{0,40}(?:PASS|PWD|PSK|SECRET|TOKEN|KEY|AUTH|CREDENTIAL)[A-Za-z0-9_]{0,40}`;
/** Names of what is no secret though it holds one of those words: a key's id or name, a public key, a file's path. */
const NOT_SECRET_NAME = /(?:KEY_?(?:ID|NAME|SIZE|LEN(?:GTH)?|FILE|PATH|TYPE|INDEX|CODE)|PUBLIC|PUB_KEY|PUBKEY|_LEN(?:GTH)?|_SIZE|_FILE|_PATH|_URL|_HOST|_PORT|_USER(?:NAME)?|_ENABLED?|_MODE|_MAX|_MIN|HOTKEY|KEYPAD|KEYBOARD|KEY_?PIN|MONKEY|TURNKEY)$/i;
const DEFINE: RegexRule = {
  name: 'define-macro',
  pattern: new RegExp(
    String.raw`(?:^[ \t]*#[ \t]*define[ \t]+(${SECRET_NAME})[ \t]+(?:[LuU]8?)?"([^"\n]{1,200})"|(?<![\w-])-D(${SECRET_NAME})=\\?"([^"\\\n]{1,200})\\?")`,
    'dgm',
  ),
  judge(m) {
    const name = m[1] ?? m[3]!;
    if (NOT_SECRET_NAME.test(name)) return null;
    const span = groupSpan(m, [2, 4])!;
    if (isPlaceholder(span.value) || !looksLikePassword(span.value, { quoted: true, strict: false })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * AL's round: a TeX macro that holds a secret for a handout or a sign (`\newcommand{\wifikey}{…}`, `\def\doorcode{…}`,
 * `\renewcommand*{\adminpass}{…}`): the macro's name ends in a password's, a key's, a PIN's or a code's word, as a
 * config key's does. The body is the value whatever its shape: one word of four characters or more, or a phrase of up
 * to six plain words (a Wi-Fi passphrase) that is no sentence. Names that end in those letters but name no secret
 * (monkey, hotkey, keyword, zipcode, barcode, postcode, sourcecode) are left.
 */
const TEX_NAME = /(?:pass(?:word|wd|phrase|code)?|pwd|psk|secret|token|key|pin|code)$/i;
const NOT_TEX_SECRET = /(?:mon|don|tur|hoc|joc|whis|hot|short|sort|bar|zip|post|area|country|source|qr|colou?r|lang|language|unicode|en|de|char|opcode|mode|s|trans)(?:key|code|pin)$/i;
const TEX_MACRO: RegexRule = {
  name: 'tex-macro-secret',
  pattern: /\\(?:(?:re|provide)?newcommand\*?[ \t]*\{?\\([A-Za-z]{2,40})\}?|def[ \t]*\\([A-Za-z]{2,40}))[ \t]*\{([^{}\\\n]{4,80})\}/dg,
  judge(m) {
    const name = m[1] ?? m[2]!;
    if (!TEX_NAME.test(name) || NOT_TEX_SECRET.test(name)) return null;
    const span = groupSpan(m, [3])!;
    const value = span.value.trim();
    if (isPlaceholder(value)) return null;
    if (/\s/.test(value) && !(/^[\p{L}\p{N}]+(?:[ \t][\p{L}\p{N}]+){1,5}$/u.test(value) && plainPhrase(value))) return null;
    return { start: span.start, end: span.start + span.value.length, label: 'password' };
  },
};

export const DEFINE_MACRO_FINDERS: readonly Finder[] = [regexFinder(DEFINE), regexFinder(TEX_MACRO)];
