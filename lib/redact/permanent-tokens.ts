import { regexFinder, type Finder } from './rules';

/**
 * JetBrains Hub permanent tokens (YouTrack, TeamCity, Space): `perm:` then the base64 of the user name, the base64 of
 * the token's name, and a random part, joined by dots. The prefix and the three parts make the format; no prose is needed.
 */
const PERMANENT_TOKEN = /(?<![\w:])perm:[A-Za-z0-9+/=_-]{2,128}\.[A-Za-z0-9+/=_-]{2,128}\.[A-Za-z0-9]{20,64}(?![\w])/dg;

export const PERMANENT_TOKEN_FINDERS: readonly Finder[] = [
  regexFinder({ name: 'jetbrains-permanent-token', pattern: PERMANENT_TOKEN, judge: (m) => ({ start: m.index, end: m.index + m[0].length, label: 'api key' }) }),
];
