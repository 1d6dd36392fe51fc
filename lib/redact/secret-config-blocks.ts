import { wordTrigger } from './fast-anchors';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * AT's round: values that a config file's layout makes secrets, whatever the key beside them is called.
 *
 * - A block named for secrets (`secrets:` or `credentials:` in YAML, `[secrets]` or `[credentials]` in INI and TOML):
 *   each child's value of a key's shape (32 hexadecimal digits or more, or twenty characters and more of letters mixed
 *   with four digits) is one, as PeerTube's `secrets:\n  peertube: '…'` and many apps' `secrets:\n  session: …` hold it.
 *   A reference (`${{ secrets.X }}`, `!vault`), a file's path or a name stays.
 * - A block of accounts, `[admins]` (CouchDB's local.ini) or `[passwords]`: each line is a name and its password in the
 *   clear (`admin = …`), save a stored hash (`-pbkdf2-…`, `$2b$…`, `{SSHA}…`).
 * - A proxy's `users` directive (3proxy: `users alice:CL:…`): `name:CL:password` is the password in the clear; `CR:`
 *   and `NT:` are hashes.
 * - An NTP key file's lines (chrony.keys, ntp.keys: `ID TYPE [HEX:|ASCII:]key`): the key after its number and digest
 *   type, where the prefix or the text names such a file.
 * - A Wi-Fi card's key: a `Key:` (`Password:`, `PSK:`, `Clé :`) line right under a `Network:` or `SSID:` line, the bare
 *   key word being too common to take without the network's line above it.
 */

const SECRETS_BLOCK = /^[ \t]*(?:(secrets?|credentials?|passwords|admins)[ \t]*:[ \t]*(?:#.*)?|\[(secrets?|credentials?|passwords|admins)\][ \t]*)$/gim;
const CHILD = /^([ \t]*)["']?([\w.-]{1,60})["']?[ \t]*[:=][ \t]*(.*)$/;
const HASHED = /^(?:-pbkdf2-|-hashed-|\$\d[a-z]?\$|\$argon|\{[A-Z0-9-]{2,12}\})/i;

function keyShaped(v: string): boolean {
  if (!/^[A-Za-z0-9_+/=.-]{20,300}$/.test(v)) return false;
  if (/^[0-9a-f]{32,}$/i.test(v)) return true;
  if (/^[./~]|\.[a-z]{2,4}$/i.test(v) || /^[a-z]+(?:[_.-][a-z0-9]+)+$/.test(v)) return false;
  return (v.match(/\d/g) ?? []).length >= 4 && /[A-Za-z]/.test(v);
}

function unquoted(raw: string): [number, string] {
  const v = raw.replace(/[ \t]+(?:#|;).*$/, '').trimEnd();
  const q = /^(["'])(.*)\1,?$/.exec(v);
  return q ? [1, q[2]!] : [0, v.replace(/,$/, '')];
}

function findBlockChildren(text: string, spans: SecretSpan[]): void {
  SECRETS_BLOCK.lastIndex = 0;
  for (let b: RegExpExecArray | null; (b = SECRETS_BLOCK.exec(text)); ) {
    const ini = b[2] !== undefined;
    const name = (b[1] ?? b[2]!).toLowerCase();
    const accounts = name === 'admins' || name === 'passwords';
    const blockIndent = /^[ \t]*/.exec(b[0])![0].replace(/\t/g, '  ').length;
    let at = b.index + b[0].length + 1;
    for (let n = 0; n < 20 && at < text.length; n++) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const line = text.slice(at, end);
      const lineStart = at;
      at = end + 1;
      if (line.trim() === '' || /^[ \t]*[#;]/.test(line)) continue;
      const c = CHILD.exec(line);
      const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '  ').length;
      if (/^[ \t]*\[/.test(line) || (!ini && indent <= blockIndent) || !c) break;
      const [quote, value] = unquoted(c[3]!);
      if (value === '' || isPlaceholder(value) || /^\$\{|^\{\{|^!|^%\(|^<|^\$[A-Z_]/.test(value)) continue;
      const ok = accounts ? !HASHED.test(value) && /^\S{4,64}$/.test(value) && looksLikePassword(value, { quoted: quote === 1, strict: false }) : keyShaped(value);
      if (!ok) continue;
      const start = lineStart + c[0].length - c[3]!.length + c[3]!.indexOf(value);
      spans.push({ start, end: start + value.length, label: accounts ? 'password' : 'api key' });
    }
  }
}

const PROXY_USERS = /^[ \t]*users[ \t]+([^\n]+)$/gm;
const PROXY_USER = /(?<![^ \t])[^\s:]{1,64}:(?:CL)?:([^\s]{4,128})/g;

function findProxyUsers(text: string, spans: SecretSpan[]): void {
  PROXY_USERS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PROXY_USERS.exec(text)); ) {
    const list = m[1]!;
    const from = m.index + m[0].length - list.length;
    PROXY_USER.lastIndex = 0;
    for (let u: RegExpExecArray | null; (u = PROXY_USER.exec(list)); ) {
      const value = u[1]!;
      if (isPlaceholder(value)) continue;
      const start = from + u.index + u[0].length - value.length;
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
}

const NTP_KEY_LINE = /^[ \t]*\d{1,5}[ \t]+(?:MD5|SHA1|SHA256|SHA384|SHA512|SHA3-224|SHA3-256|SHA3-384|SHA3-512|RMD160|TIGER|WHIRLPOOL|AES128|AES256|M)[ \t]+((?:HEX|ASCII):)?([\x21-\x7e]{6,128})[ \t]*(?:#.*)?$/dgim;
const NTP_FILE = /chrony|\bntp|\.keys\b|trustedkey|keyfile/i;

function findNtpKeys(text: string, spans: SecretSpan[]): void {
  NTP_KEY_LINE.lastIndex = 0;
  let named: boolean | null = null;
  for (let m: RegExpExecArray | null; (m = NTP_KEY_LINE.exec(text)); ) {
    named ??= NTP_FILE.test(text);
    if (!m[1] && !named) continue;
    const value = m[2]!;
    if (isPlaceholder(value)) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: 'api key' });
  }
}

const WIFI_CARD_KEY =
  /^[ \t]*(?:network(?:[ \t]+name)?|ssid|wi-?fi(?:[ \t]+name)?|wlan|r[ée]seau|red|rede|rete|netzwerk(?:name)?|nom[ \t]+du[ \t]+r[ée]seau|nombre[ \t]+de[ \t]+red)[ \t]*[:：][^\n]{1,80}\n(?:[ \t]*(?:security|encryption|auth\p{L}*|band|s[ée]curit[ée])[ \t]*[:：][^\n]{0,40}\n)?[ \t]*(?:(?:network|wi-?fi|wpa2?|security)[ \t]+)?(?:key|pass|password|passphrase|psk|cl[ée]|clef|clave|chave|chiave|schl[üu]ssel|sleutel)[ \t]*[:：][ \t]*([^\s"'“”]{4,64})/gimu;

function findWifiCardKeys(text: string, spans: SecretSpan[]): void {
  WIFI_CARD_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WIFI_CARD_KEY.exec(text)); ) {
    let value = m[1]!.replace(/[.,;]+$/, '');
    if (isPlaceholder(value) || /^(?:none|open|n\/a|-+|no|keine?|aucune?|ninguna|nenhuma)$/i.test(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    // BK's round: a key of words with spaces and a number closing the line ("Key: Mallow shrike kestrel 46") is taken
    // whole: the card's line holds nothing but the key.
    const rest = /^(?:[ \t]\p{Ll}{3,12}){1,4}[ \t]\d{1,4}(?=[ \t]*(?:\r?\n|$))/u.exec(text.slice(start + m[1]!.length, start + m[1]!.length + 80));
    if (rest && value === m[1]) value += rest[0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
}

function findSecretConfigBlocks(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  findBlockChildren(text, spans);
  if (/users/.test(text)) findProxyUsers(text, spans);
  findNtpKeys(text, spans);
  findWifiCardKeys(text, spans);
  return spans;
}

export const SECRET_CONFIG_BLOCK_FINDERS: readonly Finder[] = [
  {
    name: 'secret-config-blocks',
    find: findSecretConfigBlocks,
    trigger: wordTrigger('secret', 'credential', 'password', 'admins', 'users', 'md5', 'sha', 'rmd160', 'tiger', 'whirlpool', 'aes', 'hex:', 'ascii:', '[ \\t]M[ \\t]', 'network', 'ssid', 'wi-?fi', 'wlan', 'r[ée]seau', 'red', 'rede', 'rete', 'netzwerk', 'nom', 'nombre'),
  },
];
