import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * AY's round: a Stellar secret seed (StrKey, SEP-23): `S` and 55 more characters of base32, which decode to the
 * version byte 18 << 3, the 32-byte ed25519 seed and a CRC16-XModem of both, little-endian. The checksum tells a seed
 * from any other run of capitals, whatever surrounds it. The public account (`G…`) is the same encoding with another
 * version byte, and is left.
 */
const SEED = /(?<![A-Za-z0-9])S[A-Z2-7]{55}(?![A-Za-z0-9])/g;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function isStellarSeed(s: string): boolean {
  const out = new Uint8Array(35);
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const c of s) {
    acc = (acc << 5) | BASE32.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (n < 35) out[n++] = (acc >> bits) & 0xff;
    }
    acc &= 0xff;
  }
  if (n !== 35 || out[0] !== 18 << 3) return false;
  const crc = crc16Xmodem(out.subarray(0, 33));
  return out[33] === (crc & 0xff) && out[34] === crc >> 8;
}

const STELLAR_SEED: RegexRule = {
  name: 'stellar-secret-seed',
  pattern: SEED,
  judge(m) {
    return isStellarSeed(m[0]) ? { start: m.index, end: m.index + m[0].length, label: 'private key' } : null;
  },
};

export const STELLAR_SECRET_SEED_FINDERS: readonly Finder[] = [regexFinder(STELLAR_SEED)];
