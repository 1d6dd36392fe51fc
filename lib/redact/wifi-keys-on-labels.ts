import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * BG's round: a Wi-Fi key under the label a router's sticker or its settings page prints, where a network is named
 * in the lines before (a Wi-Fi word, an SSID's or a network name's label, a router's menu):
 *
 * - the key's label in the languages a sticker is printed in: "Clé de sécurité: …", "Clé Wi-Fi", "WLAN-Schlüssel",
 *   "Netzwerkschlüssel", "clave de seguridad", "chiave di sicurezza", "chave de segurança", "netwerksleutel": the
 *   value is any eight to sixty-three characters, digits alone too (a sticker's twelve-digit key);
 * - a bare "Key:" or a prompt's "Passphrase?" (connmanctl's) before a WEP key, ten or twenty-six hex digits, which
 *   reads as a digest anywhere else.
 */
const NETWORK_NAMED =
  /(?<![\p{L}])(?:wi-?fi|wlan|wireless|ssid|r[ée]seau|netzwerk|network|rete|rede|netwerk|router|routeur|connmanctl)(?![\p{L}])/iu;
const KEY_LABEL =
  /(?<![\p{L}])(?:cl[ée][ \t]+(?:de[ \t]+s[ée]curit[ée](?:[ \t]+(?:du[ \t]+r[ée]seau|wi-?fi))?|wi-?fi|wpa2?|r[ée]seau)|(?:wlan|wifi)-?schl[üu]ssel|netzwerkschl[üu]ssel|sicherheitsschl[üu]ssel|clave[ \t]+(?:de[ \t]+seguridad|wi-?fi|wpa2?)|chiave[ \t]+(?:di[ \t]+sicurezza|wi-?fi|wpa2?)|chave[ \t]+(?:de[ \t]+seguran[çc]a|wi-?fi|wpa2?)|(?:netwerk|beveiligings)sleutel)[ \t]*[:：=][ \t]*([^\s]{8,63})[ \t]*(?=\r?\n|$)/dgiu;
const WEP_KEY = /(?:^|\n)[ \t]*(?:key|passphrase|wep[ \t]+key|network[ \t]+key)[ \t]*[:?=][ \t]*([0-9a-f]{26}|[0-9a-f]{10})[ \t]*(?=\r?\n|$)/dgi;

function networkNamedBefore(text: string, at: number): boolean {
  return NETWORK_NAMED.test(text.slice(Math.max(0, at - 300), at));
}

function findWifiKeysOnLabels(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const re of [KEY_LABEL, WEP_KEY]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const [start, end] = m.indices![1]!;
      const value = m[1]!;
      if (isPlaceholder(value) || /^(\d)\1+$|^[*•x]+$/i.test(value) || !networkNamedBefore(text, start)) continue;
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}

export const WIFI_KEYS_ON_LABELS_FINDERS: readonly Finder[] = [
  { name: 'wifi-keys-on-labels', find: findWifiKeysOnLabels, trigger: /cl[ée]|schl|clave|chiave|chave|sleutel|key|passphrase/i },
];
