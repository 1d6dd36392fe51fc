import type { Finder, SecretSpan } from './rules';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import { isPlaceholder, trimTrailingPunctuation } from './values';

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

export const WIFI_KEYS_AFTER_A_NETWORK_NAME_FINDERS: readonly Finder[] = [
  { name: 'wifi-keys-after-a-network-name', find: findWifiKeysAfterANetworkName, trigger: /,[ \t]+(?:the[ \t]+)?(?:key|pass|pw|psk)/i },
  { name: 'wifi-keys-under-a-network-line', find: findWifiKeysUnderANetworkLine, trigger: /^[ \t]*(?:network|ssid|wi-?fi|wlan)/im },
];
