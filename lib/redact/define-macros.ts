import { groupSpan, regexFinder, type Finder, type RegexRule } from './rules';
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

export const DEFINE_MACRO_FINDERS: readonly Finder[] = [regexFinder(DEFINE)];
