import { windowedFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * The secret of a key pair given in one breath after its key: "Etsy app: keystring 7osja…, shared secret 5jjnqzd9uf",
 * "Upwork API: key f17d… secret 1447df01ced8e4fa", "consumer key … and consumer secret …". Such secrets are often
 * shorter than the random tokens the other rules read (ten to sixteen characters), so what makes this one is the key
 * named with its value just before: a key, its value, then "secret" and its value, each with digits and letters. The key
 * itself is an app's id (kept, as client ids are); the secret signs its requests.
 */
const KEY_THEN_SECRET = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:api[ \t]+|app[ \t]+|consumer[ \t]+|client[ \t]+|access[ \t]+)?(?:key(?:string)?|key[ \t]+id|id)[ \t]*[:=]?[ \t]+([A-Za-z0-9_.-]{8,80})` +
    String.raw`[ \t]*(?:,|;|and|&|/)?[ \t]*(?:api[ \t]+|app[ \t]+|consumer[ \t]+|client[ \t]+|shared[ \t]+)?secret(?:[ \t]+key)?[ \t]*[:=]?[ \t]+([A-Za-z0-9_\-]{8,64})(?![\p{L}\p{N}_-])`,
  'dgiu',
);

const KEY_SECRET_PAIR: RegexRule = {
  name: 'key-secret-pair',
  pattern: KEY_THEN_SECRET,
  judge(m) {
    // Both values machine-made: letters and digits in each (not "key id 12345678", not "secret santa").
    const [key, value] = [m[1]!, m[2]!];
    if (![key, value].every((v) => /\d/.test(v) && /[A-Za-z]/.test(v)) || isPlaceholder(value)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

// Read only in the stretch before each "secret" (the key and its value stand at most 120 characters before it).
export const KEY_SECRET_PAIR_FINDERS: readonly Finder[] = [windowedFinder(KEY_SECRET_PAIR, /secret/gi, 120, 0, true)];
