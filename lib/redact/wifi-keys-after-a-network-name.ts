import { FUNCTION, PROSE } from './prose-words';
import type { Finder, SecretSpan } from './rules';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import { isPlaceholder, isSecurityMode, randomCaseLetters, trimTrailingPunctuation } from './values';

/**
 * BC's round: a Wi-Fi network given as its name, a comma and its key, as a chat answers "guest network for the open
 * day?" with "Halo_Office, key is Meadow-sorrel-592" ("Cafe-5G, password: …", "StaffNet, pw is …"; BD's round: "Dock-Staff,
 * key Heron-basalt-42", the word alone before the key). The network's
 * name is one token (letters, digits, `_`, `-`); a network's word (network, wifi, Wi-Fi, WLAN, SSID, hotspot) stands
 * in the 200 characters before, on the line or the message asked; the key has a strong password's shape (eight
 * characters or more mixing three kinds, or words joined and ended by a number), so "Office, key is on the fridge"
 * stays.
 */
const NAME_COMMA_KEY =
  /(?<![\p{L}\p{N}_-])[A-Za-z][\w-]{2,31},[ \t]+(?:the[ \t]+)?(?:key|pass(?:word|phrase)?|pw|pwd|psk)(?:[ \t]+is|[ \t]*[:=]|'s)?[ \t]+([^\s"'<>]{8,64})/dgu;
const NETWORK_WORD = /(?<![\p{L}])(?:networks?|wi-?fi|wlan|ssid|hotspot)(?![\p{L}])/iu;

function findWifiKeysAfterANetworkName(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NAME_COMMA_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NAME_COMMA_KEY.exec(text)); ) {
    if (!NETWORK_WORD.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    const value = trimTrailingPunctuation(m[1]!);
    if (!strongPasswordShaped(value)) continue;
    const start = m.indices![1]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

/**
 * BE's round: a note's two lines, the network named on one and its key on the next ("network Potting-2G\nkey
 * marble-finch-copper-lantern", "SSID: Barn-5G\nPassword: …"): the key line under a network line is that network's,
 * and a passphrase of three to eight small words joined by hyphens or dots (as Wi-Fi keys are often drawn) is read as
 * well as a strong password's shape. "the visitors' network needs no key" holds no key line.
 */
const NETWORK_LINE_THEN_KEY =
  /^[ \t]*(?:network|ssid|wi-?fi|wlan)(?:[ \t]+name)?[ \t]*[:=]?[ \t]+[^\s]{1,32}[ \t]*\r?\n[ \t]*(?:key|pass(?:word|phrase)?|pw|pwd|psk|wpa[ \t]?key)[ \t]*[:=]?[ \t]+([^\s"'<>]{8,64})[ \t]*$/dgimu;
const WORDS_PASSPHRASE = /^\p{Ll}{3,12}(?:[-.]\p{Ll}{3,12}){2,7}$/u;

function findWifiKeysUnderANetworkLine(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NETWORK_LINE_THEN_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NETWORK_LINE_THEN_KEY.exec(text)); ) {
    const value = trimTrailingPunctuation(m[1]!);
    if (isPlaceholder(value) || !(strongPasswordShaped(value) || WORDS_PASSPHRASE.test(value))) continue;
    const start = m.indices![1]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

/**
 * BM's round: the network's name right after a Wi-Fi word, then its key after a comma ("wireless is Shed-5G,
 * k3v-9pd-x2q-7mw", "network Barn_Guest, then 4f0c…") or after "and it wants" ("the wifi in the loft is LoftNet and
 * it wants …"): no key word at all, the layout saying which token is the key. The key is one token of eight characters
 * or more with a digit, or ten letters or more in capitals or in random case, as routers print them; prose after a
 * comma ("the wifi is Barn, really slow") is small words.
 */
const WIFI_WORD_NAME_THEN_KEY =
  /(?<![\p{L}])(?:wireless|wi-?fi|wlan|network|ssid|hotspot)(?![\p{L}])(?:[ \t]+(?:in|at|for|on|of)[ \t]+(?:the[ \t]+)?[\p{L}'’-]{2,20}(?:[ \t]+[\p{L}'’-]{2,20}){0,3})?(?:[ \t]+is|[ \t]*[:=])?[ \t]+([A-Za-z][\w.-]{1,31}),?[ \t]+(?:then[ \t]+|and[ \t]+(?:it|the[ \t]+key)[ \t]+(?:wants|takes|needs|asks[ \t]+for|is)[ \t]+)?([^\s,;()"'<>]{8,64})(?=[.!?]?(?:[\s),;]|$))/dgiu;

function wifiKeyShaped(v: string): boolean {
  // A network's security mode where its key would stand ("SSID Dock-3, WPA2-PSK …"): a standard's name, not the key.
  if (isSecurityMode(v) || isPlaceholder(v) || /^[\p{L}'’-]+$/u.test(v) && !/^[A-Z]{10,}$|^(?=.*[a-z])(?=.*[A-Z])[A-Za-z]{10,}$/.test(v)) return false;
  if (/^[A-Za-z]{10,}$/.test(v)) return /^[A-Z]+$/.test(v) ? !/[AEIOU]{3}/.test(v) : randomCaseLetters(v);
  return /\d/.test(v) && /[A-Za-z]/.test(v) && !/:\/\/|@|^[/\\~.]|[/\\]/.test(v);
}

function findWifiKeysAfterANamedNetwork(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  WIFI_WORD_NAME_THEN_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WIFI_WORD_NAME_THEN_KEY.exec(text)); ) {
    // A comma and no "then" or "wants" after it: only where the name is a network's (a capital or a digit in it,
    // `Orchard-5G`, `kiln_guest`), not a word of prose ("the network is down, apologies").
    const joiner = text.slice(m.indices![1]![1], m.indices![2]![0]);
    if (!/then|wants|takes|needs|asks|is/i.test(joiner) && (!joiner.includes(',') || !/[A-Z\d_]/.test(m[1]!.slice(1)))) continue;
    const value = trimTrailingPunctuation(m[2]!);
    if (!wifiKeyShaped(value)) continue;
    const start = m.indices![2]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

/**
 * CE's round: two layouts of a Wi-Fi's handover that name the network with its word right before it, so that what the
 * key word or the slash gives next is that network's key whatever its shape:
 * - "SSID ThatchYard, pass combedwheatreed", "network SaltPans, password evaporation": the network's word, its name, a
 *   comma, a key word, and one word of small letters that ends its clause (not a state: "…, password protected",
 *   "…, password optional");
 * - "Wi-Fi "UkeJam" / strummingDDUUDU", "Wi-Fi: TeaTime / earl grey hot": the name, a slash between spaces, and the
 *   key to the line's end, a closing bracket or a stop after it left out (`slashKeyShaped`). The name is quoted or
 *   written as a network's (a capital after a small letter, a digit, `_` or `-`), not a word of a review ("Wi-Fi:
 *   Fast / reliable").
 */
const NETWORK_NAME_COMMA_WORD_KEY =
  /(?<![\p{L}])(?:network|ssid|wi-?fi|wlan|hotspot)(?:[ \t]+name)?[ \t]*[:=]?[ \t]+["“]?[A-Za-z0-9][\w-]{1,31}["”]?,[ \t]+(?:the[ \t]+)?(?:key|pass(?:word|phrase)?|pw|pwd|psk)(?:[ \t]+is|[ \t]*[:=])?[ \t]+(\p{Ll}{6,40})(?=[ \t]*(?:$|\r?\n|[.,;!)]))/dgimu;
/**
 * A state, a place or a way said of the key, one English word ("protected", "required", "optional", "below",
 * "authentication"): an English adjective's or a noun's ending, or a word said of passwords ("strength", "policy").
 */
const A_STATE = /^(?:\p{Ll}{2,12}(?:ed|ing|less|able|ible|al|ary|ory|ous|ive|ful|tion|sion|ment|ness|ity|ly))$|^(?:none|blank|empty|hidden|unknown|inside|below|above|elsewhere|later|same|open|free|off|printed|written|strength|policy|length|hint|manager|settings|format|field|rules)$/u;
const NETWORK_NAME_SLASH_KEY =
  /(?<![\p{L}])(?:wi-?fi|wlan|ssid|network)[ \t]*[:=]?[ \t]+(?:["“]([^\s"“”]{2,32})["”]|([A-Za-z0-9][\w-]{2,31}))[ \t]+\/[ \t]+([^\s/()"“”]{8,64}|\p{Ll}{2,14}(?:[ \t]+\p{Ll}{2,14}){1,5})[ \t]*[.!)]?[ \t]*$/dgimu;

/**
 * After the slash: one token with a digit, a symbol or a capital after a small letter ("strummingDDUUDU"), not a
 * network's other name or a band ("5GHz" is short, "Netgear" one word); or three to six small words, none a word of
 * prose or a function word ("earl grey hot"; not "see the sticker underneath", "ask reception for details").
 */
function slashKeyShaped(value: string): boolean {
  if (!/\s/.test(value)) return /\d|[^\p{L}\p{N}]|\p{Ll}\p{Lu}/u.test(value);
  const words = value.split(/[ \t]+/);
  return words.length >= 3 && words.every((w) => /^\p{Ll}+$/u.test(w) && !FUNCTION.test(w) && !PROSE.test(w));
}

function findWifiKeysGivenWithTheNetwork(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NETWORK_NAME_COMMA_WORD_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NETWORK_NAME_COMMA_WORD_KEY.exec(text)); ) {
    if (A_STATE.test(m[1]!)) continue;
    const start = m.indices![1]![0];
    spans.push({ start, end: start + m[1]!.length, label: 'password' });
  }
  NETWORK_NAME_SLASH_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NETWORK_NAME_SLASH_KEY.exec(text)); ) {
    if (m[2] !== undefined && !/\p{Ll}\p{Lu}|[\d_-]/u.test(m[2])) continue;
    const value = m[3]!;
    if (isPlaceholder(value) || /:\/\/|@/.test(value) || !slashKeyShaped(value)) continue;
    const start = m.indices![3]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const WIFI_KEYS_AFTER_A_NETWORK_NAME_FINDERS: readonly Finder[] = [
  { name: 'wifi-keys-given-with-the-network', find: findWifiKeysGivenWithTheNetwork, trigger: /wi-?fi|wlan|network|ssid|hotspot/i },
  { name: 'wifi-keys-after-a-named-network', find: findWifiKeysAfterANamedNetwork, trigger: /wireless|wi-?fi|wlan|network|ssid|hotspot/i },
  { name: 'wifi-keys-after-a-network-name', find: findWifiKeysAfterANetworkName, trigger: /,[ \t]+(?:the[ \t]+)?(?:key|pass|pw|psk)/i },
  { name: 'wifi-keys-under-a-network-line', find: findWifiKeysUnderANetworkLine, trigger: /^[ \t]*(?:network|ssid|wi-?fi|wlan)/im },
];
