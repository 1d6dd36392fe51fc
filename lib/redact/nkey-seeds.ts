import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * AP's round: a NATS nkey seed, the private half of an nkey (a user's, an account's, an operator's, a server's, a
 * cluster's or a curve key's), wherever it stands: `S` and the kind's letter (U, A, O, N, C, X), then base32 to 58
 * characters, as `nsc` prints it and a `.creds` file holds it under "BEGIN USER NKEY SEED". The public nkey beside it
 * starts with the kind's letter alone (`U…`, `A…`, 56 characters) and is left to be read; the shape is the seed's own.
 */
const NKEY_SEED: RegexRule = {
  name: 'nkey-seed',
  pattern: /(?<![A-Za-z0-9])S[UAONCX][A-Z2-7]{56}(?![A-Za-z0-9])/dg,
  judge: (m) => ({ start: m.index, end: m.index + m[0].length, label: 'private key' }),
};

export const NKEY_SEED_FINDERS: readonly Finder[] = [windowedFinder(NKEY_SEED, /S[UAONCX][A-Z2-7]{8}/g, 1, 60)];
