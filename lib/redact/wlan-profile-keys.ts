import { regexFinder, simple, type Finder, type SecretSpan } from './rules';

/**
 * BA's round: a Windows WLAN profile's key (`netsh wlan export profile key=clear`, a profile XML's
 * `<sharedKey>…<keyMaterial>rustle-ivory-35-mango</keyMaterial>`): the network's passphrase in clear, 8 to 63
 * characters, or its 64-hex-digit PSK. An exported profile whose key stayed protected holds a DPAPI blob hundreds of
 * hex digits long, which opens nothing off the machine and is left.
 */
const KEY_MATERIAL = /<keyMaterial>([^<>\s][^<>\n]{6,61}[^<>\s]|[0-9A-Fa-f]{64})<\/keyMaterial>/dg;

/**
 * BF's round: Arch's netctl profile (`/etc/netctl/wlan0-…`): its `Key=` holds the network's passphrase, quoted or not,
 * once the profile names a wireless connection (`Connection=wireless`, `Security=wpa`) above it; a `\"` opens a
 * 64-hex PSK written raw. Read only within the profile's lines, up to the blank line that ends it.
 */
const NETCTL_KEY = /^Connection=['"]?wireless['"]?[ \t]*\r?\n(?:(?!Key=)[A-Za-z]\w{0,30}=[^\n]{0,200}\r?\n){0,20}?Key=(?:'([^'\n]{8,63})'|"([^"\n]{8,63})"|\\"([0-9A-Fa-f]{64})|([^\s'"\\]{8,63}))[ \t]*$/dgm;

export const WLAN_PROFILE_KEY_FINDERS: readonly Finder[] = [
  { ...regexFinder(simple('wlan-profile-keys', 'password', KEY_MATERIAL, undefined, 1)), trigger: /keyMaterial/ },
  { name: 'netctl-profile-keys', find: findNetctlKeys, trigger: /Connection=/ },
];

function findNetctlKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NETCTL_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NETCTL_KEY.exec(text)); ) {
    const group = [1, 2, 3, 4].find((g) => m![g] !== undefined)!;
    const [start, end] = m.indices![group]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}
