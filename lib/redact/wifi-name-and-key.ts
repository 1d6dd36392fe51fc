import type { Finder, SecretSpan } from './rules';

/**
 * A Wi-Fi network and its key written as a pair with a slash, as a sign or a welcome note gives them: "Wi-Fi
 * Taproom-Guest / 21cz8vk!", "le wifi du chalet c'est Chalet_Lumi / Falcon902$", "WLAN: HausGast / Fuchs#4410",
 * "вайфай Dacha / 7Kr!9910". The Wi-Fi word stands before the pair on its line, with a few words at most between; the
 * value after the slash is a password's shape (letters with digits or symbols, no link, path or e-mail address), the
 * name before it a single word. "5 GHz / 2.4 GHz" and "on/off" have no such value.
 */
const WIFI = /wi-?fi|wlan|wireless|вай-?фай|вайфай|ไวไฟ/i;
const PAIR =
  /(?<![\p{L}])(?:wi-?fi|wlan|wireless|вай-?фай|вайфай|ไวไฟ)(?:[^\n.!?/]{0,48}?[ \t:])?[ \t]*([^\s/]{2,32})[ \t]*\/[ \t]*([^\s/"'“”<>()]{6,64})/giu;

function passwordShaped(v: string): boolean {
  if (v.length < 6 || !/\p{L}/u.test(v) || !/[\d!#$%^&*?~+=@]/.test(v)) return false;
  return !/:\/\/|[\w-]@[\w-]+\.\p{L}|^\d+(?:[.,]\d+)?$|^(?:\d+(?:[.,]\d+)?)?(?:ghz|mhz|mbps|gbps)$/iu.test(v);
}

function findWifiPairs(text: string): SecretSpan[] {
  if (!WIFI.test(text) || !text.includes('/')) return [];
  const spans: SecretSpan[] = [];
  PAIR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PAIR.exec(text)); ) {
    const value = m[2]!.replace(/[.,;:)]+$/, '');
    if (!passwordShaped(value) || /^(?:https?:|www\.)/i.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

/**
 * The network's name in parentheses or quotes after the Wi-Fi word, then a colon and the key: "Crew Wi-Fi (BlueCrew):
 * …", "WLAN (Gäste): …", "Wi-Fi «Dacha»: …". The key is a password's shape as above, or a passphrase of small words
 * joined by hyphens, dots or underscores, or small words run together (fifteen letters or more), as generators make them.
 */
const NAMED_THEN_COLON =
  /(?<![\p{L}])(?:wi-?fi|wlan|wireless|вай-?фай|вайфай|ไวไฟ)[ \t]*(?:\([^()\n]{1,32}\)|"[^"\n]{1,32}"|“[^”\n]{1,32}”|«[^»\n]{1,32}»)[ \t]*[:：][ \t]*([^\s"'“”<>()]{6,64})/giu;

function keyShaped(v: string): boolean {
  return passwordShaped(v) || /^\p{Ll}{3,12}(?:[-._]\p{Ll}{3,12}){2,5}$/u.test(v) || /^\p{Ll}{15,40}$/u.test(v);
}

function findNamedWifiKeys(text: string): SecretSpan[] {
  if (!WIFI.test(text)) return [];
  const spans: SecretSpan[] = [];
  NAMED_THEN_COLON.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NAMED_THEN_COLON.exec(text)); ) {
    const value = m[1]!.replace(/[.,;:)]+$/, '');
    if (!keyShaped(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const WIFI_NAME_AND_KEY_FINDERS: readonly Finder[] = [
  { name: 'wifi-name-and-key', find: findWifiPairs },
  { name: 'wifi-named-key', find: findNamedWifiKeys },
];
