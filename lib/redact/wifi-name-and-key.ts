import { generatedPhrase } from './generated-phrases';
import type { Finder, SecretSpan } from './rules';

/**
 * A Wi-Fi network and its key written as a pair with a slash, as a sign or a welcome note gives them: "Wi-Fi
 * Taproom-Guest / 21cz8vk!", "le wifi du chalet c'est Chalet_Lumi / Falcon902$", "WLAN: HausGast / Fuchs#4410",
 * "вайфай Dacha / 7Kr!9910". The Wi-Fi word stands before the pair on its line, with a few words at most between; the
 * value after the slash is a password's shape (letters with digits or symbols, no link, path or e-mail address), the
 * name before it a single word. "5 GHz / 2.4 GHz" and "on/off" have no such value. The word stands after no
 * digit, `+` or `/`, as it does by chance inside base64 (a public key's line holding "…+WiFImSf…/+teTq…").
 */
const WIFI = /wi-?fi|wlan|wireless|вай-?фай|вайфай|ไวไฟ|network|internet|router/i;
// "network" and "internet" name it too ("(network CrewNet / …)", "(internet: Loft-Guest / …)"), as a
// note's aside gives the house's connection; the value's shape decides as before ("network 10.0.0.0 / 24" has none).
// BR's round: "router" too, as its sticker prints the pair ("the sticker on the router says Shed_5 / 62si7jcl…").
// Not "network-admin" or "internet_gw" (a role's or a host's name); and a value that a `/` continues is a path's part.
const PAIR =
  /(?<![\p{L}\p{N}+/])(?:wi-?fi|wlan|wireless|вай-?фай|вайфай|ไวไฟ|(?:network|internet|router)(?![\p{L}\p{N}_-]))(?:[^\n.!?/]{0,48}?[ \t:])?[ \t]*([^\s/]{2,32})[ \t]*\/[ \t]*([^\s/"'“”<>()]{6,64})/giu;

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
    // After "router" the name must be a network's, with a digit as a router's default one has ("Shed_5"): "router:
    // Netgear / R7000P" is a make and its model.
    if (/^router/i.test(m[0]) && !/\d/.test(m[1]!)) continue;
    if (text[m.index + m[0].length] === '/') continue;
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
  /(?<![\p{L}\p{N}+/])(?:wi-?fi|wlan|wireless|вай-?фай|вайфай|ไวไฟ)[ \t]*(?:\([^()\n]{1,32}\)|"[^"\n]{1,32}"|“[^”\n]{1,32}”|«[^»\n]{1,32}»)[ \t]*[:：][ \t]*([^\s"'“”<>()]{6,64})/giu;

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

/**
 * AH's round: the key after the Wi-Fi word and the place's name, with no slash or parentheses, in the many ways
 * languages join them: a colon ("wifi at Tilapia Verde: …", "Wi-Fi-и Felt & Feather: парол …", "I-Wi-Fi ye-…: …",
 * "Wi-Fi an'ny …: …", "Wi-Fi o le …: …", "واي فاي …: …"), a verb for "is" ("Wifi for the back room is …"), or nothing
 * at all when the name stands before the word ("Tidewater Sailmakers Wi-Fi …", "… Wi-Fi գաղտնաբառ՝ …"). A password
 * word may stand before the key. The key is a password's or a generator's shape and ends its clause; after a verb or
 * with nothing between, one a network's name would not have (a password's symbol, digits among words, hex), as "the
 * Wi-Fi is Netgear-5G" names the network.
 */
const WIFI_WORD = String.raw`(?:wi-?fi|wlan|wireless|вай-?фай|вайфай|ไวไฟ|واي[ \t]?فاي|וויפי|ワイファイ|와이파이)`;
const PASSWORD_BEFORE = String.raw`(?:(?:password|passwort|pass|parol\p{L}*|пароль|парол\p{L}*|mot de passe|mdp|senha|contraseña|clave|key|ምስጢራዊ[ \t]+ቃል|գաղտնաբառ\p{L}*|كلمة[ \t]+(?:السر|المرور)|رمز)[ \t]*[:：՝=\-–—]?[ \t]*)?`;
const KEY = String.raw`([^\s"'“”<>()]{6,64})`;
const AFTER_COLON = new RegExp(String.raw`(?<![\p{L}\p{N}+/])${WIFI_WORD}(?:-\p{L}{1,3})?((?:[ \t]+[^\n:：՝.!?/=]{1,48}?)?)[ \t]*[:：՝][ \t]*${PASSWORD_BEFORE}${KEY}`, 'giu');
const AFTER_VERB = new RegExp(String.raw`(?<![\p{L}\p{N}+/])${WIFI_WORD}[^\n:：.!?/=]{0,48}?[ \t]+(?:is|ist|est|es|é|è|är|er|ni|ngu|waa|là|adalah)[ \t]+(?:now[ \t]+)?${KEY}`, 'giu');
const RIGHT_AFTER = new RegExp(String.raw`(?<=[\p{L}\p{N}&'’.)][ \t]{1,4})${WIFI_WORD}[ \t]+${PASSWORD_BEFORE}${KEY}`, 'giu');
/** The key ends its clause: a line's or a sentence's end, a comma, a quote, an "and" before the next thing. */
const KEY_END = /^(?:[ \t]*(?:$|[\n,;)"'”»]|[.!?](?:\s|$))|[ \t]+(?:and|y|et|und|e|i|og|och|na)[ \t])/u;
/** Not a key: a standard's, a band's or a speed's name, an error code, a link. */
const NOT_A_KEY = /^(?:wpa\d?|wep|802\.|ieee|0x[\da-f]|[\da-f]{2}(?:[:-][\da-f]{2}){2,}|\d+(?:[.,]\d+)?[ \t]?(?:ghz|mhz|mbps|gbps|mb|gb|g)$)|:\/\//i;

function strongKey(v: string): boolean {
  return /[!#$%^&*?~+=@]/.test(v) || /^\p{Ll}{3,12}(?:[-._]\p{Ll}{3,12}){1,5}[-._]?\d{1,4}$/iu.test(v) || /^(?=.*\d)(?=.*[A-F])[\dA-F]{10,64}$/.test(v) || /^(?=.*\d)(?=.*[a-f])[\da-f]{10,64}$/.test(v);
}

function findWifiKeysAfterNames(text: string): SecretSpan[] {
  if (!WIFI.test(text) && !/واي[ \t]?فاي|와이파이/.test(text)) return [];
  const spans: SecretSpan[] = [];
  for (const [re, strong] of [[AFTER_COLON, false], [AFTER_VERB, true], [RIGHT_AFTER, true]] as const) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const raw = m[m.length - 1]!;
      const value = raw.replace(/[.,;:)*]+$/, '');
      const start = m.index + m[0].length - raw.length;
      // Judged without a sentence's or markup's marks at its end ("a wireless charger?", "Connection**"); kept with them.
      const core = value.replace(/[!?*]+$/, '');
      // A colon inside a token ("MAC 43:f0:0e:…", "12:30") is no label's colon.
      // (The text before is read from a short window: the whole prefix, copied per match, was quadratic.)
      if (re === AFTER_COLON && /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, start - 24), start).replace(/[ \t]*[:：՝][ \t]*$/u, '')) && /[\p{L}\p{N}][:：][\p{L}\p{N}]/u.test(text.slice(start - 2, start + 1))) continue;
      if (NOT_A_KEY.test(core) || !KEY_END.test(text.slice(start + value.length, start + value.length + 8))) continue;
      if (!keyShaped(core) || (strong && !strongKey(core))) continue;
      // What the colon gives is the network's name: "Our Wi-Fi network: HomeNet2024", "WLAN-Name: …", "SSID: …".
      if (/(?<![\p{L}])(?:network|name|ssid|netz\p{L}*|r[ée]seau|red|rede|rete|сеть|сети|nome|nom|nombre)[ \t]*$/iu.test(m[1] ?? '')) continue;
      // A colon right after the word with no name or password word between names the network, not its key.
      if (re === AFTER_COLON && !m[1]!.trim() && !/[:：՝][ \t]*\S+[ \t]*[:：՝=\-–—]?[ \t]*$/u.test(text.slice(m.index, start)) && !strongKey(core)) continue;
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

/**
 * BK's round: a Wi-Fi key made of words with spaces, a capital first and a number last ("… and the key is Heron kettle
 * cobalt 42", "wifi is X / Heron kettle cobalt 42", "wifi X ha la clav Heron kettle cobalt 42"), as memorable-password
 * generators make one for a sign. After the Wi-Fi word on its line and then a slash, a colon or a verb or a key's word
 * of any language right before it, in the same sentence; three or four words that make no sentence (`generatedPhrase`),
 * two to four digits, then the clause ends.
 */
const SPACED_WIFI_KEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}+/])${WIFI_WORD}[^\n.!?]{0,80}?(?:[/:：]|[ \t]\p{L}{2,12})[ \t]+([A-Z][a-z]{2,11}(?:[ \t][a-z]{3,12}){2,3}[ \t]\d{2,4})(?=[ \t]*(?:$|[\n.,;)!]))`,
  'gimu',
);

function findSpacedWifiKeys(text: string): SecretSpan[] {
  if (!WIFI.test(text)) return [];
  const spans: SecretSpan[] = [];
  SPACED_WIFI_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SPACED_WIFI_KEY.exec(text)); ) {
    const value = m[1]!;
    // The flag that reads the Wi-Fi word in any case reads the phrase so too: its capital first is checked here.
    if (!/^[A-Z][a-z]+(?:[ \t][a-z]+)+[ \t]\d+$/.test(value) || !generatedPhrase(value.replace(/[ \t]\d+$/, '').toLowerCase())) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const WIFI_NAME_AND_KEY_FINDERS: readonly Finder[] = [
  { name: 'wifi-spaced-key', find: findSpacedWifiKeys },
  { name: 'wifi-key-after-name', find: findWifiKeysAfterNames },
  { name: 'wifi-name-and-key', find: findWifiPairs },
  { name: 'wifi-named-key', find: findNamedWifiKeys },
];
