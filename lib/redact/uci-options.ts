import type { Finder, SecretSpan } from './rules';

/**
 * OpenWrt's UCI configuration (`/etc/config/wireless`, `network`, a router's exported backup): `option <name> '<value>'`
 * lines under `config <section>` lines. A secret's option by its name: a Wi-Fi section's `key` (its WPA passphrase;
 * WEP's `key '1'` only points at `key1`, whose value is the key), `key1` to `key4`, `psk`, `sae_password`, RADIUS's
 * `auth_secret` and `acct_secret`, WireGuard's `private_key` and `preshared_key`, a `password` or `secret` anywhere.
 */
const UCI_OPTION =
  /^[ \t]*option[ \t]+(key[1-4]?|psk|wpa_psk|sae_password|auth_secret|acct_secret|private_key|preshared_key|password|passwd|secret)[ \t]+(['"]?)([^'"\s]{6,128})\2[ \t]*\r?$/gm;

/** A Wi-Fi section, or an encryption option, before a `key`: no other UCI section names its secret `key`. */
const WIFI_SECTION = /config[ \t]+wifi-iface|option[ \t]+encryption/;

function findUciOptions(text: string): SecretSpan[] {
  if (!text.includes('option') || !text.includes('config')) return [];
  const spans: SecretSpan[] = [];
  UCI_OPTION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = UCI_OPTION.exec(text)); ) {
    if (m[1]!.startsWith('key') && !WIFI_SECTION.test(text.slice(Math.max(0, m.index - 1000), m.index))) continue;
    const start = m.index + m[0].indexOf(m[3]!, m[0].indexOf(m[1]!) + m[1]!.length);
    spans.push({ start, end: start + m[3]!.length, label: 'password' });
  }
  return spans;
}

export const UCI_OPTION_FINDERS: readonly Finder[] = [{ name: 'uci-options', find: findUciOptions }];
