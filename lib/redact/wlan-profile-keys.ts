import { regexFinder, simple, type Finder } from './rules';

/**
 * BA's round: a Windows WLAN profile's key (`netsh wlan export profile key=clear`, a profile XML's
 * `<sharedKey>…<keyMaterial>rustle-ivory-35-mango</keyMaterial>`): the network's passphrase in clear, 8 to 63
 * characters, or its 64-hex-digit PSK. An exported profile whose key stayed protected holds a DPAPI blob hundreds of
 * hex digits long, which opens nothing off the machine and is left.
 */
const KEY_MATERIAL = /<keyMaterial>([^<>\s][^<>\n]{6,61}[^<>\s]|[0-9A-Fa-f]{64})<\/keyMaterial>/dg;

export const WLAN_PROFILE_KEY_FINDERS: readonly Finder[] = [{ ...regexFinder(simple('wlan-profile-keys', 'password', KEY_MATERIAL, undefined, 1)), trigger: /keyMaterial/ }];
