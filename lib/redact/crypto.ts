import { sha256 } from '@noble/hashes/sha2.js';
import { anchoredFinder } from './anchored-finder';
import { regexFinder, windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * Wallet private keys written in base58 (Bitcoin WIF, BIP-32 extended private keys, Solana keypairs) or as a JSON
 * byte array (Solana CLI's id.json). WIF and extended keys carry a checksum (base58check: the first four bytes of
 * sha256(sha256(payload))), so a random base58 string is told from a key by arithmetic, not by its surroundings;
 * Solana keys have none, so they need their byte length and a word about keys or wallets nearby.
 */

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58].map((c, i) => [c, i] as const));

/** Base58 (Bitcoin alphabet) to bytes; null for a character outside the alphabet. */
export function base58Decode(s: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const c of s) {
    let carry = BASE58_INDEX.get(c);
    if (carry === undefined) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** The payload of a base58check string whose checksum holds; null otherwise. */
export function base58CheckPayload(s: string): Uint8Array | null {
  const bytes = base58Decode(s);
  if (!bytes || bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[payload.length + i]) return null;
  return payload;
}

/**
 * Bitcoin WIF private keys: version 0x80 (mainnet) or 0xef (testnet), 32 key bytes, and 0x01 when the public key is
 * compressed. Uncompressed ones start with 5 (testnet 9), compressed with K or L (testnet c).
 */
const WIF: RegexRule = {
  name: 'bitcoin-wif',
  pattern: /(?<![A-Za-z0-9])[59KLc][1-9A-HJ-NP-Za-km-z]{50,51}(?![A-Za-z0-9])/dg,
  judge(m) {
    const payload = base58CheckPayload(m[0]);
    if (!payload || (payload[0] !== 0x80 && payload[0] !== 0xef)) return null;
    if (payload.length !== 33 && !(payload.length === 34 && payload[33] === 0x01)) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

/**
 * A WIF key's shape whose checksum fails, where the text says it is a private key ("the private key (WIF) reads …",
 * "paper wallet … sweep"): read off paper, a photo or a screen by hand, one character wrong is still the key, and the
 * key a person meant to keep. 52 characters after K, L or c (compressed), 51 after 5 or 9; capitals, small letters and
 * digits mixed, as base58 of random bytes is; the telling word nearer before it than a transaction's or a signature's.
 * A command's argument (`importprivkey …`) is copied by machine, and its checksum alone still judges it.
 */
const WIF_SAID = /\bWIF\b|\bpriv(?:ate)?[ _-]?key|paper[ _-]?wallet|sweep/gi;
const WIF_BY_CONTEXT: RegexRule = {
  name: 'bitcoin-wif-by-context',
  pattern: /(?<![A-Za-z0-9])(?:[KLc][1-9A-HJ-NP-Za-km-z]{51}|[59][1-9A-HJ-NP-Za-km-z]{50})(?![A-Za-z0-9])/dg,
  judge(m, text) {
    if (!/[a-z]/.test(m[0]) || !/[A-Z]/.test(m[0].slice(1)) || !/\d/.test(m[0])) return null;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    let lastKey = -1;
    let lastNot = -1;
    for (const k of before.matchAll(WIF_SAID)) lastKey = k.index!;
    for (const k of before.matchAll(NOT_A_KEYPAIR)) lastNot = k.index!;
    if (lastKey < 0 || lastNot > lastKey) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

/**
 * AY's round: the master keys of BIP-32's published test vectors 1, 2 and 3, which the spec, libraries' tests and
 * tutorials print (documented examples, as AWS's `…EXAMPLE` keys are): they hold nothing.
 */
const BIP32_TEST_VECTOR_MASTERS = new Set([
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
  'xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U',
  'xprv9s21ZrQH143K25QhxbucbDDuQ4naNntJRi4KUfWT7xo4EKsHt2QJDu7KXp1A3u7Bi1j8ph3EGsZ9Xvz9dGuVrtHHs7pXeTzjuxBrCmmhgC6',
]);

/** BIP-32 extended private keys (xprv, tprv; yprv/zprv and the upper-case ones of BIP-49/84 multisig): 78 bytes. */
const EXTENDED_PRIVATE_KEY: RegexRule = {
  name: 'bip32-private-key',
  pattern: /prv(?<=(?<![A-Za-z0-9])[xtyzuvYZUV]prv)[1-9A-HJ-NP-Za-km-z]{100,112}(?![A-Za-z0-9])/dg,
  judge(m) {
    const start = m.index - 1;
    if (BIP32_TEST_VECTOR_MASTERS.has(m.input.slice(start, m.index + m[0].length))) return null;
    const payload = base58CheckPayload(m.input.slice(start, m.index + m[0].length));
    if (!payload || payload.length !== 78) return null;
    return { start, end: m.index + m[0].length, label: 'private key' };
  },
};

/** The bech32 alphabet, and the checksum's generator (BIP-173). */
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** Whether a lower-case bech32 string's checksum holds, as bech32 (constant 1) or bech32m (BIP-350). */
function bech32ChecksumValid(s: string): boolean {
  const sep = s.lastIndexOf('1');
  if (sep < 1 || s.length - sep < 7) return false;
  const hrp = s.slice(0, sep);
  let chk = 1;
  const step = (v: number) => {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i]!;
  };
  for (let i = 0; i < hrp.length; i++) step(hrp.charCodeAt(i) >>> 5);
  step(0);
  for (let i = 0; i < hrp.length; i++) step(hrp.charCodeAt(i) & 31);
  for (let i = sep + 1; i < s.length; i++) {
    const v = BECH32.indexOf(s[i]!);
    if (v < 0) return false;
    step(v);
  }
  return chk === 1 || chk === 0x2bc830a3;
}

/**
 * Private keys written in bech32 whose prefix says secret: a Nostr account's `nsec1…` (the `npub1…` beside it is its
 * public key), and Cardano's signing keys (`ed25519_sk1…`, `ed25519e_sk1…`, `root_xsk1…`, `acct_xsk1…`, `addr_xsk1…`,
 * `stake_xsk1…`, `addr_sk1…`, `stake_sk1…`). The checksum says the string is one, not a word that begins the same.
 */
const BECH32_SECRET_KEY: RegexRule = {
  name: 'bech32-secret-key',
  pattern: /(?<![A-Za-z0-9_])(?:nsec|ed25519e?_sk|(?:root|acct|addr|stake)_xsk|(?:addr|stake|policy|drep|cc_cold|cc_hot)_sk)1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{50,300}(?![A-Za-z0-9_])/dg,
  judge(m) {
    if (!bech32ChecksumValid(m[0])) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

/** Words that say a Solana-style key is near: the key itself has no checksum to prove it. */
const KEYPAIR_CONTEXT = /priv(?:ate)?[ _-]?key|secret[ _-]?key|keypair|key[ _-]?pair|id\.json|solana-keygen/gi;
/** Words for the other 64-byte things written the same way: transaction signatures. */
const NOT_A_KEYPAIR = /signature|\btx\b|txid|transaction|\bsig\b|explorer|solscan/gi;

/** The nearest telling word before `at` speaks of a key, not of a signature. */
function keyContextWins(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  let lastKey = -1;
  let lastNot = -1;
  for (const k of before.matchAll(KEYPAIR_CONTEXT)) lastKey = k.index!;
  for (const k of before.matchAll(NOT_A_KEYPAIR)) lastNot = k.index!;
  return lastKey >= 0 && lastNot < lastKey;
}

/** A Solana secret key in base58: 64 bytes (the seed and the public key), 86 to 88 characters. */
const SOLANA_BASE58_KEY: RegexRule = {
  name: 'solana-key',
  pattern: /(?<![A-Za-z0-9])[1-9A-HJ-NP-Za-km-z]{86,88}(?![A-Za-z0-9])/dg,
  judge(m, text) {
    const bytes = base58Decode(m[0]);
    if (!bytes || bytes.length !== 64 || !keyContextWins(text, m.index)) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

/** A JSON array of exactly 64 bytes: Solana CLI's keypair file, where the text near it speaks of keys or wallets. */
const BYTE_ARRAY_KEY: RegexRule = {
  name: 'byte-array-key',
  pattern: /\[(?:[ \t\r\n]*\d{1,3}[ \t\r\n]*,){63}[ \t\r\n]*\d{1,3}[ \t\r\n]*\]/dg,
  judge(m, text) {
    const values = m[0].slice(1, -1).split(',').map(Number);
    if (values.some((v) => v > 255) || new Set(values).size < 16 || !keyContextWins(text, m.index)) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

/** Keys that need a word nearby are only looked for around such words. */
function nearKeyWords(rule: RegexRule): Finder {
  return windowedFinder(rule, KEYPAIR_CONTEXT, 0, 200);
}

export const CRYPTO_FINDERS: readonly Finder[] = [
  regexFinder(WIF),
  regexFinder(WIF_BY_CONTEXT),
  // Tried where a secret key's prefix stands (`anchored-finder.ts`): a scan with the lookbehind first tests it everywhere.
  anchoredFinder(BECH32_SECRET_KEY, /nsec|ed25519|root_|acct_|addr_|stake_|policy_|drep_|cc_(?:cold|hot)/g),
  regexFinder(EXTENDED_PRIVATE_KEY),
  nearKeyWords(SOLANA_BASE58_KEY),
  nearKeyWords(BYTE_ARRAY_KEY),
];
