import { generatedPhrase } from './generated-phrases';
import { strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';
import { isMarker, letterDigitSwitches, looksLikeRandomToken } from './values';

/**
 * A Wi-Fi key after the word "wifi", whatever language the words between are in (AK's round). "Wi-Fi" is one of the
 * few words every language borrows (wifin, wifi-nya, wifi-йы, вајфај, الواي فاي, 와이파이), while the word for its
 * password is a hundred different ones ("y fockle follit son y wifi ta …", "an ger-tremena rag an wifi yw …", "wifi
 * ཡི་གསང་ཚིག་ནི …", "wifi for new tablet: …"). So a value a few words after the wifi word, in the same clause, is taken
 * when its shape alone says it is a key: a password's (`strongPassword`), a random token's, letters in both cases with
 * digits, a hexadecimal key (WEP's and routers' printed keys: "70DEC9DF64DC7"), eight digits or more, or small words
 * joined by hyphens or spaced as a generator gives them ("heron-cobalt-kettle", "falcon kettle maple cedar", "thistle
 * gravel 16"), ended by their clause. A router's, a hotspot's or a modem's word serves as well ("new router is up, it's
 * …").
 *
 * A network's name is no key: a value right after "network", "SSID", "called" or "named" (in some languages) stays, as
 * does a name in capitals and small letters without digits ("LayoutNet"); so do links, e-mail addresses, IP addresses,
 * speeds and prices (not of these shapes).
 * BI's round: "wireless", "net" or "network" where a name and an arrow follow ("net YardNet -> …"), as a handover
 * lists its networks (the arrow says the value as a colon does), and "wireless" before a colon ("office wireless: …");
 * elsewhere "wireless" names a product's kind ("Rode Wireless Go, … ATR-3350iS"). CB's round: a word glued by an
 * underscore to more of a name is part of that name, a file's or a field's ("wlan_ap_fw_v3.2.17_b4412.bin"), unless
 * what follows names the network's name or key ("do_wifi_ssid_passphrase", "wifi_psk").
 */

// BO's round: "WPA2" (WPA, WPA3, WPA2-PSK, in capitals) before a value, as a router's sticker or a note gives the key
// under its security mode's name ("network YardHut, WPA2 …"); the value must still have a key's shape ("WPA2
// Personal", "WPA2 AES" have none).
// BZ's round: the word run on from Japanese or Chinese letters before it ("実家のWi-Fiは …", no space in those
// scripts), Persian's with its zero-width non-joiner ("وای‌فای"), and Hindi's (वाईफ़ाई, वाईफाई, वाई-फाई).
const WIFI = /(?<!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}])(?:router|hotspot|modem|wi-?fi|wlan|WPA[23]?(?:-PSK)?(?![_=])|wireless(?=[ \t]*:)|(?:wireless|net|network)(?=[ \t]+[^\s]{1,40}[ \t]+(?:->|=>|→))|вайфа\p{L}*|вајфај\p{L}*|вай-фай|واي[ \t\u200c]?فاي|الواي[ \t\u200c]?فاي|وای[ \t\u200c]?فای|वाई-?फ़?ाई|와이파이|ワイファイ|ไวไฟ)(?:[\p{L}\p{M}]{0,4}|-[\p{L}\p{M}]{1,6})?(?![\p{L}\p{N}]|_(?!(?:ssid|pass|psk|key|pw|pwd|secret))[\p{L}\p{N}])/giu;
const REACH = 90;
const CLAUSE_STOP = /[.!?。؟](?:\s|$)|\n|[;|]/u;
/** The name of the network, not its key, follows these. */
const NAME_BEFORE = /(?<![\p{L}])(?:imei|iccid|serial|firmware|version|mac|bssid|address|adresse|ip|ipv6|channel|band|network|networks|ssid|name|named|called|netz\p{L}*|réseau|red|rede|rete|netwerk|nätverk|nettverk|netværk|verkko|sieć|síť|сеть|мережа|mạng|jaringan|nom|nombre|nome|naam|namn|navn|nimi|heißt|llamad\p{L}*|chiamat\p{L}*|appel\p{L}*|叫|名字?|名称|名稱|名前|という|って|router|modem|hotspot|model|speed|plan|provider|extender|adapter|card|chip)(?:[ \t]+(?:number|nummer|num[ée]ro|no\.?|#))?(?:[ \t]+(?:is|was|ist|est|es|é|è|er|är|on|je|jest))?[ \t]*[:=]?[ \t]*["'“«]?$/iu;
/** A colon, a dash or a verb for "is" right before spaced words: they are given, not a sentence's. */
const COPULA_BEFORE =
  /(?:[:=—–-]|->|=>|→|(?<![\p{L}])(?:is|ist|est|es|é|è|er|är|on|je|jest|ta|yw|ye|yog|у|је|е|είναι|هي|هو|là|adalah|ni|nĩ|enye|ukax|ནི|है|hai|ko|se))[ \t]*$/u;
const TOKEN = /[^\s"'“”«»<>()[\]{}，。、；：]+/gu;
const HEX_KEY = /^(?=[0-9A-F]*\d)(?=[0-9A-F]*[A-F])[0-9A-F]{10,64}$|^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{10,64}$/;
/**
 * AQ's round: a router's printed key of digits and capitals, ten or more with four digits at least and a run of
 * capitals ("44096655WAZB", "K7Q2M9X4P1"), as ISPs' stickers give it.
 */
const DIGITS_AND_CAPITALS = /^(?=(?:[A-Z]*\d){4})(?=\d*[A-Z]\d*[A-Z])[A-Z0-9]{10,32}$/;
/**
 * BO's round: two small words each followed by digits (`heron412kettle65`), as routers and key generators draw them: no
 * word, name or product is written so.
 */
const WORDS_WITH_NUMBERS = /^\p{Ll}{3,12}\d{2,4}\p{Ll}{3,12}\d{1,4}$/u;
/**
 * BS's round: small letters run into five digits or more (`heronkettle40317`, `qzvtmplrka503926`), as routers print a key
 * from a word or random letters and a number: a network's name has fewer digits or a capital (`homewifi24`, `VM1234567`),
 * and a name is said after "network", "SSID" or "called" (`NAME_BEFORE`), where no key is read.
 */
const SMALL_LETTERS_AND_DIGITS = /^\p{Ll}{6,16}\d{5,8}$/u;
/**
 * BU's round: small words joined by one dot, hyphen or underscore between two numbers (`686.tahoma.bowler.472`), small
 * letters then a symbol and digits (`helveticacaslon#0959`), and small letters and digits changing places three times
 * or more (`vmd6hmw0nsw4`), as key generators and routers' stickers draw them: a network's name, a host or a version
 * has none of these shapes (a host's last label is no number).
 */
const WORDS_BETWEEN_NUMBERS = /^\d{2,4}([._-])\p{Ll}{3,12}(?:\1\p{Ll}{3,12}){1,3}\1\d{2,4}$/u;
const LETTERS_SYMBOL_DIGITS = /^\p{Ll}{6,24}[#!$%&*@+~]\d{3,6}$/u;
const SMALL_LETTERS_AND_DIGITS_MIXED = /^(?=[\p{Ll}\d]{10,20}$)(?:\p{Ll}{1,4}\d{1,2}){3,}\p{Ll}{0,4}$/u;
/**
 * BX's round (BW left Wi-Fi keys after a network's word alone): small letters and digits changing places four times or
 * more over twelve characters or more (`q7vmkw2rpa93fx`, a router's random key, whether it opens with a digit or ends
 * in letters), and a small word, three digits or more and another small word (`maple2291otter`), as routers and
 * generators draw them. A network's name is shorter or said after "network", "SSID" or "called" (`NAME_BEFORE`).
 */
function smallLettersAndDigitsRandom(v: string): boolean {
  if (!/^[a-z0-9]{12,32}$/.test(v) || (v.match(/\d/g)?.length ?? 0) < 2) return false;
  return letterDigitSwitches(v) >= 4;
}
const WORD_DIGITS_WORD = /^\p{Ll}{3,12}\d{3,6}\p{Ll}{3,12}$/u;
const BOTH_CASES_DIGITS = /^(?=.*\p{Lu})(?=.*\p{Ll})(?=.*\d)[\p{L}\p{N}]{10,64}$/u;
const JOINED_WORDS = /^\p{Ll}{3,12}(?:([-_.])\p{Ll}{3,12})(?:\1\p{Ll}{3,12}){1,5}(?:\1?\d{1,4})?[!#$%&*@]?$/u;
const SPACED_WORDS = /^[a-z]{3,12}(?:[ \t][a-z]{3,12}){2,5}(?:[ \t]\d{1,4})?[!#$%&*@]?(?=[ \t]*(?:$|[,;.!?—–)\]"'”»]))/u;

function keyShaped(value: string): boolean {
  // Links, e-mail and IP addresses, a MAC address ("43:f0:0e:09:d6:b8").
  if (isMarker(value) || /:\/\/|@|^\d{1,3}(?:\.\d{1,3}){3}$|^www\.|^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i.test(value)) return false;
  if (/^\d{8,20}$/.test(value)) return !/^(\d)\1+$/.test(value);
  if (DIGITS_AND_CAPITALS.test(value) && !/^\d+(?:[KMGT]?(?:B|BPS|HZ)|MAH|W|KW|V|MM|CM|KM|KG|MP)$/.test(value)) return true;
  // A speed, a size or a price with its unit ("300Mbps", "5GHz", "2.4GHz").
  if (/^\d[\d.,]*\p{L}{1,8}$/u.test(value)) return false;
  if (WORDS_BETWEEN_NUMBERS.test(value) || LETTERS_SYMBOL_DIGITS.test(value) || SMALL_LETTERS_AND_DIGITS_MIXED.test(value)) return true;
  if (smallLettersAndDigitsRandom(value) || WORD_DIGITS_WORD.test(value)) return true;
  if (HEX_KEY.test(value) || BOTH_CASES_DIGITS.test(value) || SMALL_LETTERS_AND_DIGITS.test(value) || WORDS_WITH_NUMBERS.test(value) || looksLikeRandomToken(value)) return true;
  const joined = JOINED_WORDS.exec(value);
  if (joined) return generatedPhrase(value.replace(/[-_.]/g, ' ').replace(/\d+|[!#$%&*@]/g, ''));
  // Markdown's emphasis around a word ("**Wi-Fi Calling**") is no password's symbol.
  if (/^[*_~]|[*_~]$/.test(value)) return false;
  return strongPassword(value) && /\d|[!#$%^&*?~+=@]/.test(value);
}

/**
 * BN's round: a network's name and its key given in a row ("wlan: Downs24 key 385778293735", "Wi-Fi: Haus_335 /
 * Pumpkin9294@", "WiFi: VetKliinik_5G, parool …", "El wifi es Tienda2 y la clave …", "와이파이는 Office7, 비번은 …"):
 * a note names the network first and its key second, so the first of two values is the name, kept, where the words
 * between the two name a key (in the languages seen) or say "is", or a slash joins them. Names such as `Quayside24`,
 * `Lager2G` or `TP-Link_4292` have a key's shape themselves, and were masked.
 */
const KEY_NOUN =
  /(?<![\p{L}])(?:key|pass\p{L}*|pw|pwd|psk|clave|contrase\p{L}*|senha|sleutel|schl[üu]ssel|kennwort|parool|parola|lozinka|geslo|heslo|has[łl]o|[şs][iî]fre|salasana|salas[õo]na|lykilor[ðd]|sirri|pakasqa|mật[ \t]+khẩu)(?![\p{L}])|пароль|лозинк|ключ|нууц|كلمة|الرقم[ \t]+السري|رمز|پټنوم|पासवर्ड|ਪਾਸਵਰਡ|પાસવર્ડ|ಪಾಸ್|գաղտնաբառ|የይለፍ|密码|密碼|パスワード|パス|비밀번호|비번/iu;
/** Or a verb for "is" between the two ("El wifi Oficina_2 es …": the network's key is …). */
const IS_WORD = /(?<![\p{L}])(?:es|is|ist|est|é|è|er|är|je|jest)(?![\p{L}])/iu;
const NAME_THEN_KEY = /^["'”’]?[ \t]*(?:(\/)|[,，،、]?[ \t]*((?:[^\s\d,/:：]{1,20}[ \t]+){0,3}[^\s\d,/:：]{1,20})[ \t]*[:：՝]?)[ \t]+["'“]?([^\s"'“”<>()]+)/u;

/** The second value: a key's shape, or a token of six characters or more with a letter and a digit or a symbol. */
function secondValue(v: string): boolean {
  return keyShaped(v) || (v.length >= 6 && /\p{L}/u.test(v) && /[\d!#$%&*@?^~+=]/.test(v) && !/:\/\/|@\w+\./.test(v));
}

/**
 * Whether the value that ends at `end` is a network's name: a key follows it as above, and `before` (the words
 * between the Wi-Fi word and the value) names no key ("wifi password Kettle2291, router pass …": the first is a key).
 */
export function networkNameBeforeKey(text: string, end: number, before: string): boolean {
  if (KEY_NOUN.test(before)) return false;
  const line = text.slice(end, end + 90);
  const m = NAME_THEN_KEY.exec(line.slice(0, (line.indexOf('\n') + 1 || line.length + 1) - 1));
  if (!m || (!m[1] && !KEY_NOUN.test(m[2]!) && !IS_WORD.test(m[2]!))) return false;
  const next = m[3]!.replace(/[.,;:)\]}»”。、，،]+$/u, '');
  return secondValue(next) || SPACED_WORDS.test(line.slice(m[0].length - m[3]!.length));
}

function findValuesAfterWifiWords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/router|hotspot|modem|wi-?fi|wlan|WPA|wireless|net|вайфа|вајфај|فاي|فای|वाई|와이파이|ワイファイ|ไวไฟ/iu.test(text)) return spans;
  WIFI.lastIndex = 0;
  let after = 0;
  for (let a: RegExpExecArray | null; (a = WIFI.exec(text)); ) {
    const from = a.index + a[0].length;
    if (from < after) continue;
    // The security mode's name in capitals only: `wpa_supplicant`, `wpa2-pre-shared-key=` are a program's and a
    // setting's names.
    if (/^wpa/i.test(a[0]) && !a[0].startsWith('WPA')) continue;
    // A device's word names its model, firmware and serial as often as its key: after it, only a value said right
    // after "it's", "is" or a colon, and never digits alone (an IMEI).
    const device = /^(?:router|hotspot|modem)/i.test(a[0]);
    // "net" and "network" before an arrow name sums as often ("net sales -> 10450000"): digits alone are no key there.
    const netWord = /^net/i.test(a[0]);
    let window = text.slice(from, from + REACH);
    const stop = CLAUSE_STOP.exec(window);
    if (stop) window = window.slice(0, stop.index + (/^[.!?]/.test(stop[0]) ? 1 : 0));
    TOKEN.lastIndex = 0;
    let keyAfterName = false;
    for (let i = 0, t: RegExpExecArray | null; i < 8 && (t = TOKEN.exec(window)); i++) {
      const before = window.slice(0, t.index);
      if (NAME_BEFORE.test(before)) continue;
      // CA's round: a log's field, `name=value`, whose name names the network or the device ("associated with
      // SSID=GrowNet_IoT bssid=…"), as the words before a value do, or whose value alone has no key's shape
      // ("rssi=-61").
      const field = /^([\p{L}_][\p{L}\p{N}_.-]{0,30})=(?=[^=])/u.exec(t[0]);
      if (field && (NAME_BEFORE.test(`${before}${field[1]}=`) || !keyShaped(t[0].slice(field[0].length).replace(/[.,;:)\]}»”。、，،]+$/u, '')))) continue;
      const spaced = SPACED_WORDS.exec(window.slice(t.index));
      let value = '';
      // Spaced words only after a colon, a dash or a short word for "is" (er, är, é, yw, ta, ist …): a sentence's
      // words otherwise ("the wifi keeps dropping every evening").
      // Four words or a number or symbol after them, or three after a colon that end their line; right after the wifi
      // word ("password wifi-nya …"), four.
      const words = spaced ? spaced[0].split(/[ \t]+/).length : 0;
      const shaped = words >= 4 || /[\d!#$%&*@]$/.test(spaced?.[0] ?? '') || (/:[ \t]*$/.test(before) && /^[ \t]*(?:\n|$)/.test(text.slice(from + t.index + (spaced?.[0].length ?? 0))));
      const said = COPULA_BEFORE.test(before) || (before.trim() === '' && words >= 4);
      if (spaced && shaped && said && generatedPhrase(spaced[0].replace(/[ \t]\d+|[!#$%&*@]$/g, ''))) {
        value = spaced[0];
      } else {
        // A stop or a comma after the value is the sentence's; a `!` may be the key's own last character.
        const raw = t[0].replace(/[.,;:)\]}»”。、，،]+$/u, '');
        value = [raw, raw.replace(/[!?]+$/, '')].find((v) => v.length > 0 && keyShaped(v)) ?? '';
      }
      // BI's round: ten capitals or more drawn at random (few vowels, as no word in capitals has), given after an arrow
      // or a colon ("wireless YardNet -> QZKVHTRMWD").
      if (!value && /^[A-Z]{10,20}$/.test(t[0]) && /(?:->|=>|→|:)[ \t]*$/.test(before) && (t[0].match(/[AEIOU]/g)?.length ?? 0) * 10 <= t[0].length * 3) value = t[0];
      if (!value) continue;
      if (networkNameBeforeKey(text, from + t.index + value.length, before)) {
        keyAfterName = true;
        continue;
      }
      // BO's round: or what a hotspot is joined with ("Hotspot … is KilnNet, join with …").
      if (device && (!/(?:it['’]?s|is|:|join(?:s|ed)?[ \t]+(?:it[ \t]+)?with|connect(?:s|ed)?[ \t]+(?:it[ \t]+)?with)[ \t]*$/iu.test(before) || /^\d+$/.test(value))) continue;
      if (netWord && /^\d+$/.test(value)) continue;
      // Digits alone only when said ("… ukax 1802535070", "wifi: 40417722"): a number further on is an IMEI's or a count.
      // AT's round: or right after the word, as a note's list item that a middle dot, a bar or the line's end closes
      // ("WIFI 9884277323 · router admin … · bins on tuesday").
      const start = from + t.index;
      if (/^\d+$/.test(value) && !COPULA_BEFORE.test(before) && !(keyAfterName && KEY_NOUN.test(before)) && !(before.trim() === '' && value.length >= 8 && /^[ \t]*(?:[·•|]|\r?\n|$)/.test(text.slice(start + value.length, start + value.length + 4)))) continue;
      spans.push({ start, end: start + value.length, label: 'password' });
      after = start + value.length;
      break;
    }
  }
  return spans;
}

export const VALUE_AFTER_WIFI_WORD_FINDERS: readonly Finder[] = [{ name: 'values-after-wifi-words', find: findValuesAfterWifiWords }];
