import { regexFinder, type Finder, type RegexRule } from './rules';
import { letterDigitSwitches } from './values';

/**
 * CC's round: a key shorter than the twenty characters a bare random token needs (`values.ts`), given right after a
 * key's own label: "API key mr05ejc53dy7bo", "Access key: tq48vd21kzs7p", "auth key K7RW2PQ9XM31", "the read/write key
 * is pd8174c2e96a0b", "--key Wx3pL9qZ5rT2mv". Small services issue keys of twelve to nineteen letters and digits;
 * the label says what the value is, and the value's shape says it was drawn at random: three letters and four digits
 * at least, switching between letters and digits four times or more ("ABC1234DEF" is a code's blocks; "Winter2024key"
 * a word's; "v3beta2release1" a build's name). A public key, a sort key, a licence's "product key" is named by another
 * word before "key", which is not one of these.
 */
const KEY_LABEL = String.raw`(?<![\p{L}\p{N}_-])(?:(?:API|access|auth|read(?:[ \t]*/[ \t]*write)?|write|secret)[ \t]+key|--key)`;
const LINK = String.raw`(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|was)[ \t]+|[ \t]+(?:is|was)[ \t]*:[ \t]*|[ \t]+)`;
const SHORT_KEY = new RegExp(String.raw`${KEY_LABEL}${LINK}["'\x60]?([A-Za-z0-9]{12,19})(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])`, 'dgiu');

function drawnAtRandom(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  const letters = value.length - digits;
  return digits >= 4 && letters >= 3 && letterDigitSwitches(value) >= 4;
}

const SHORT_KEY_RULE: RegexRule = {
  name: 'short-key-after-key-label',
  pattern: SHORT_KEY,
  judge(m) {
    const [start, end] = m.indices![1]!;
    return drawnAtRandom(m[1]!) ? { start, end, label: 'api key' } : null;
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A UUID given as a key where only a key goes: a URL's `key=` parameter or a command's `--key` option
 * ("…/v1/tides?res=hourly&key=3f2a9c1d-…", "speedtool run … --key 8b7e4c6a-…"). Elsewhere a UUID is mostly an
 * object's or a request's id, and the rules leave it; as the value of `key` itself it is a service's API key.
 */
const UUID_AS_KEY = /(?:[?&]key=|(?<![\w-])--key(?:[ \t]+|=))["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-z-])/dgi;

const UUID_AS_KEY_RULE: RegexRule = {
  name: 'uuid-as-key',
  pattern: UUID_AS_KEY,
  judge(m) {
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'api key' };
  },
};

export const SHORT_KEY_FINDERS: readonly Finder[] = [
  { ...regexFinder(SHORT_KEY_RULE), trigger: /key/i },
  { ...regexFinder(UUID_AS_KEY_RULE), trigger: /key/i },
];
