import type { Finder, SecretSpan } from './rules';

/**
 * Key material in two forms the name-and-value rules do not read:
 * - a key written as a list of bytes under a name that says key, secret or PSK: zigbee2mqtt's `network_key: [158, 160,
 *   …]`, a C array `uint8_t aes_key[16] = { 0x2b, 0x7e, … }`, a JSON `"psk": [ … ]`. Sixteen, 24 or 32 numbers of 0 to
 *   255 (a 128-, 192- or 256-bit key); a list of another length, or with a number above 255, is data.
 * - a value of random printable characters under a bare `key`, as device configs keep local keys (tinytuya's
 *   devices.json `"key": "dvjh@'8-q/t4P2@h"`): `key` alone names a map's key or a keyboard key as often, so the value
 *   must hold capitals, small letters, digits and a symbol other than `_`, `-` or `.` (which ids carry: `rzp_live_…`),
 *   with no space, and be no path, link or dotted name.
 */

/** A name ending in key, secret or PSK (with a C array's size), then `:` or `=`, then a bracketed list of small numbers. */
const BYTE_ARRAY = /(?<![\w-])[\w-]{0,40}?(?:key|secret|psk)(?:\[\d{0,3}\])?["']?[ \t]*[:=][ \t]*([{[])[ \t\r\n]*((?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})[ \t\r\n]*,[ \t\r\n]*){15,31}(?:0x[0-9a-fA-F]{1,2}|\d{1,3}))[ \t\r\n]*,?[ \t\r\n]*[\]}]/dgi;

function findByteArrayKeys(text: string): SecretSpan[] {
  if (!/key|secret|psk/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  BYTE_ARRAY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BYTE_ARRAY.exec(text)); ) {
    const bytes = m[2]!.split(',').map((b) => Number(b.trim()));
    if (![16, 24, 32].includes(bytes.length) || bytes.some((b) => !(b >= 0 && b <= 255))) continue;
    // The list whole, brackets included: the key is the list.
    spans.push({ start: m.indices![1]![0], end: m.index + m[0].length, label: 'private key' });
  }
  return spans;
}

/** `"key": "…"` or `key: '…'`, the value quoted. */
const BARE_KEY_VALUE = /(?<![\w-])["']?key["']?[ \t]*[:=][ \t]*(["'])([^\s\\]{1,64}?)\1(?=[ \t]*(?:[,}\r\n]|$))/gim;

function randomPrintable(v: string): boolean {
  if (v.length < 12 || v.length > 64 || /\s/.test(v)) return false;
  // A symbol beyond `_`, `-` and `.`, which ids and prefixed key ids carry (`rzp_live_…`, a public key id).
  if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v) || !/[^A-Za-z0-9_.-]/.test(v)) return false;
  // A link, a path, a dotted name, a template or a key combination.
  return !/:\/\/|^[/~.$%{]|\w\.\w{2,}\.|^(?:ctrl|cmd|alt|shift)\+/i.test(v);
}

function findBareKeys(text: string): SecretSpan[] {
  if (!/key/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  BARE_KEY_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BARE_KEY_VALUE.exec(text)); ) {
    // The value between its quotes; a quote of the other kind may stand inside it ("dvjh@'8-q/…").
    const value = m[2]!;
    if (!randomPrintable(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, label: 'api key' });
  }
  return spans;
}

export const KEY_MATERIAL_FINDERS: readonly Finder[] = [
  { name: 'key-as-byte-list', find: findByteArrayKeys },
  { name: 'bare-key-value', find: findBareKeys },
];
