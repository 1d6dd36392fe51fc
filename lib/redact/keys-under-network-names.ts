import type { Finder, SecretSpan } from './rules';

/**
 * AV's round: a Wi-Fi key written under its network's name, with no word for password or Wi-Fi: "TP-Link_4A1F →
 * fernGlade2291", "Kiln-Guest: b7Tq9pLm2xWz", "Pottery Staff → Wq8Lx2Vb7KpZ", as a note, a chat or a wiki page hands
 * over a network. The label is shaped as networks are named: a router maker's default (`TP-Link_4A1F`, `NETGEAR47`,
 * `Vodafone-A1B2`) or a name with the network's role after it (`-Guest`, ` Staff`, `_WiFi`, `-5G`, `-IoT`). It starts
 * its line (a list's bullet, a number or a chat's speaker before it at most: "Ana: TP-Link_4A1F → …"); an arrow, a
 * colon or a dash follows; the value closes the line, eight characters at least, with small letters and digits (a key
 * drawn or typed), never a plain word, a person's name, a model's number in capitals, an address or a state
 * ("disabled", "WPA2", "192.168.1.1").
 */
const MAKER = String.raw`(?:TP-?Link|NETGEAR|Linksys|Vodafone|FRITZ!?Box|Livebox|BTHub|TALKTALK|MOVISTAR|Xfinity|HUAWEI|Tenda|Freebox|Bbox|Ziggo|MagentaWLAN|Proximus|Swisscom|Totolink|D-Link|JioFi|Telekom)`;
const ROLE = String.raw`(?:guest|guests|gast|gäste|invit[ée]s|invitados|staff|visitors|wifi|wi-fi|wlan|5g|5ghz|2\.4g|iot)`;
const NETWORK_LABEL = new RegExp(
  String.raw`(?<=^|\n)[ \t]*(?:[-*•·][ \t]+|\d{1,2}[.)][ \t]+|\p{L}[\p{L}.'’-]{0,20}(?:[ \t]\p{L}[\p{L}.'’-]{0,20})?:[ \t]+)?` +
    String.raw`(${MAKER}[ _-]?[A-Za-z0-9]{2,12}|[A-Za-z][\w.!]{1,24}[ _-]${ROLE})` +
    String.raw`(?:[ \t]*[:：][ \t]*|[ \t]+(?:→|->|=>|—|–|-)[ \t]+)([^\s"'<>]{8,63})[ \t]*(?=\r?\n|$)`,
  'giu',
);

/** Letters and digits together, a small letter among them: no plain word, name, model in capitals or address. */
function keyShaped(v: string): boolean {
  return /\p{Ll}/u.test(v) && /\d/.test(v) && !/^[\w.+-]+@|:\/\/|[/\\]/u.test(v);
}

function findKeysUnderNetworkNames(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NETWORK_LABEL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NETWORK_LABEL.exec(text)); ) {
    const value = m[2]!.replace(/[.,;!]+$/, '');
    if (value.length < 8 || !keyShaped(value)) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const KEYS_UNDER_NETWORK_NAMES_FINDERS: readonly Finder[] = [{ name: 'keys-under-network-names', find: findKeysUnderNetworkNames }];
