import { generatedPhrase, PROSE_WORD, SENTENCE_WORD } from './generated-phrases';
import { PASSWORD_WORDS } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';
import { SIGN_OFF_AFTER } from './sign-offs';

/**
 * A Wi-Fi key given right after a Wi-Fi word, in any language, as a run of digits or as plain words (AM's round):
 * "clé wifi 61610102293 efface ce message", "senha do wi-fi 562359874962 valeu", "WLAN-Schlüssel mitten kites tundra
 * glass! bitte …", a house manual's "Wi-Fi: cottage-guest / … ", "пароль от вайфая drift noodle tundra silver спасибо", "awal uffir n wifi d ladder noodle violet …",
 * "كلمة سر الواي فاي harbour smoke … 84 شكرا". The word (wifi, wlan, wireless and their spellings in other scripts,
 * with a compound's tail: "WLAN-Schlüssel", "wifi-a") may be followed by up to three short words (a password's word,
 * a particle, a copula); the value is eight to twenty digits (a WPA key has eight characters or more), or three to six
 * small words with a number or a symbol after them if any, and it must end its clause: a line's end, a stop or a comma,
 * or a sign-off ("merci", "спасибо", "bitte", "valeu"). The words must read as a generator's, not a sentence
 * (`generatedPhrase`, no word a sentence needs): "the wifi here is really slow today" is a complaint.
 */
const WIFI_THEN_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:wi-?fi|wfii|wiif|wlan|wireless|вай-?фа[йяюе]|вайфа[йяюе]|الواي[ \t]?فاي|واي[ \t]?فاي|וויפי|ワイファイ|와이파이|ไวไฟ)(?:-\p{L}{1,12})?((?:[ \t]+[\p{L}\p{M}'’]{1,10}){0,3}?)[ \t]*[:：=]?[ \t]+(?:[^\s/]{1,40}[ \t]*\/[ \t]*)?` +
    String.raw`(\d{8,20}(?![\p{L}\p{N}_.,/-])|[a-z]{3,12}(?:[ \t][a-z]{3,12}){2,5}(?:[ \t]\d{1,4})?[!?#@*$%&]?(?![\p{L}\p{N}_@/-]))`,
  'giu',
);
const PASSWORD_WORD = new RegExp(PASSWORD_WORDS.source, 'iu');
const END = /^(?:[ \t]*(?:$|\r?\n|[,;)"'”»]|[.!?](?:\s|$)))/u;

function findWifiKeyPhrases(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/w[il]|вай|فاي|וויפי|ワイファイ|와이파이|ไวไฟ/i.test(text)) return spans;
  WIFI_THEN_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WIFI_THEN_VALUE.exec(text)); ) {
    let value = m[2]!;
    let start = m.index + m[0].length - value.length;
    // "wifi password maple otter …": the password's own word opens no key.
    const label = /^(?:password|passwort|pass|passphrase|key|code|clave|senha|parola|pwd|pw|psk)[ \t]/i.exec(value);
    if (label) {
      value = value.slice(label[0].length);
      start += label[0].length;
      if (!/^\d{8,20}$|^\S+(?:[ \t]\S+){2,}/.test(value)) continue;
    }
    // The words between: short particles or a password's word, never an English sentence's ("is really", "here is").
    if (SENTENCE_WORD.test(m[1]!) && /\b(?:really|very|so|too|slow|fast|down|out|off|not|here|there)\b/i.test(m[1]!)) continue;
    if (/^\d/.test(value)) {
      if (/^(\d)\1+$/.test(value) || !(END.test(text.slice(start + value.length)) || SIGN_OFF_AFTER.test(text.slice(start + value.length)))) continue;
      spans.push({ start, end: start + value.length, label: 'password' });
      continue;
    }
    // The longest run of words that ends its clause, three words at least.
    const words = value.split(/[ \t]/);
    for (let n = words.length; n >= 3; n--) {
      const taken = words.slice(0, n).join(' ');
      const tail = n === words.length ? value.slice(taken.length) : '';
      const phrase = taken + tail;
      const after = text.slice(start + phrase.length);
      if (!(END.test(after) || SIGN_OFF_AFTER.test(after))) continue;
      const plain = phrase.replace(/[ \t]\d{1,4}$|[!?#@*$%&]$/g, '');
      // Without a number or a symbol after them, words are a sentence's as often ("wifi geven zonder wachtwoord, …"):
      // four at least, and their line's end or a sign-off right after, not a comma or a stop that goes on.
      if (plain === phrase && (n < 4 || !(/^[ \t]*(?:$|\r?\n)/.test(after) || SIGN_OFF_AFTER.test(after)))) break;
      if (/[A-Z]/.test(phrase) || PASSWORD_WORD.test(phrase)) break;
      if (SIGN_OFF_AFTER.test(` ${words[n - 1]!}`)) continue;
      if (SENTENCE_WORD.test(plain) || PROSE_WORD.test(plain) || !generatedPhrase(plain)) break;
      spans.push({ start, end: start + phrase.length, label: 'password' });
      break;
    }
  }
  return spans;
}

export const WIFI_KEY_PHRASE_FINDERS: readonly Finder[] = [{ name: 'wifi-key-phrases', find: findWifiKeyPhrases }];
