import { base58CheckPayload } from './crypto';
import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * AY's round: an XRP Ledger family seed, `s` and 28 more characters in Ripple's base58 alphabet: base58check of the
 * version byte 0x21 and 16 bytes of entropy. The checksum (sha256 twice, as Bitcoin's) tells a seed from any other
 * word of that shape; the account address (`r…`) has another version and is left.
 */
const RIPPLE = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';
const BITCOIN = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const TO_BITCOIN = new Map([...RIPPLE].map((c, i) => [c, BITCOIN[i]!] as const));

const SEED = /(?<![A-Za-z0-9])s[1-9A-HJ-NP-Za-km-z]{27,29}(?![A-Za-z0-9])/g;

const XRP_SEED: RegexRule = {
  name: 'xrp-family-seed',
  pattern: SEED,
  judge(m) {
    let translated = '';
    for (const c of m[0]) translated += TO_BITCOIN.get(c) ?? '0';
    const payload = base58CheckPayload(translated);
    if (!payload || payload.length !== 17 || payload[0] !== 0x21) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

export const XRP_FAMILY_SEED_FINDERS: readonly Finder[] = [regexFinder(XRP_SEED)];
