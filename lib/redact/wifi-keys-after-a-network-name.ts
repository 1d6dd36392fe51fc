import type { Finder, SecretSpan } from './rules';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import { trimTrailingPunctuation } from './values';

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

export const WIFI_KEYS_AFTER_A_NETWORK_NAME_FINDERS: readonly Finder[] = [
  { name: 'wifi-keys-after-a-network-name', find: findWifiKeysAfterANetworkName, trigger: /,[ \t]+(?:the[ \t]+)?(?:key|pass|pw|psk)/i },
];
