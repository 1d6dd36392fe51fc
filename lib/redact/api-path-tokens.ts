import { anchoredFinder } from './anchored-finder';
import { windowedFinder, type Finder, type RegexRule } from './rules';
import { byValue } from './trigger-scan';
import { hasAlphabetRun, looksLikeRandomToken } from './values';

/**
 * A key given as the path segment right after `/api/`, as local devices' APIs take them (a Hue bridge's
 * `http://192.168.1.23/api/<username>/lights`, where the "username" is the key the bridge issued), followed by
 * the resource it opens. Only a random token counts: `/api/v2/`, `/api/users/` and ids in one case are paths.
 */
const API_PATH_TOKEN: RegexRule = {
  name: 'api-path-token',
  pattern: /\/api\/([A-Za-z0-9_-]{30,64})(?=\/[a-z])/dg,
  judge(m) {
    const value = m[1]!;
    // A random token: both cases and digits (a UUID or a hex id is an object's id, in one case).
    if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/\d/.test(value) || !looksLikeRandomToken(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
};

/**
 * A key anywhere in an API's path, as services that take the key in the path write their URLs
 * (`https://services.marinetraffic.com/api/exportvessel/v:5/<key>/timespan:20`, `https://api.example.net/v2/<key>/
 * forecast`): after an `/api/` segment or on an `api.` host, a segment of 24 to 64 letters and digits drawn at
 * random. Both cases and digits; or one case with five digits and five letters at least, some of them past `f` (a hex
 * id is a commit's, an object's or a hash). UUIDs, Stripe-style object ids and words joined by dashes are paths.
 */
const API_URL_PATH = /(?:\/api\/|:\/\/api[\w-]*\.[\w.-]+(?::\d+)?\/)([^\s?#"'<>`)\]]{24,600})/dg;

function randomSegment(segment: string): boolean {
  // A hex id, or an object's id with its type before an underscore (`user_2NNEqL…`, `org_…`): a record, not a key.
  if (!/^[A-Za-z0-9_-]{24,64}$/.test(segment) || /^[0-9a-f-]+$/i.test(segment) || /^[a-z]{2,8}_/.test(segment)) return false;
  const digits = segment.replace(/\D/g, '').length;
  const letters = segment.replace(/[^A-Za-z]/g, '').length;
  const bothCases = /[a-z]/.test(segment) && /[A-Z]/.test(segment);
  if (!(bothCases && digits > 0) && !(digits >= 5 && letters >= 5 && /[g-z]/i.test(segment))) return false;
  return looksLikeRandomToken(segment) || (!bothCases && !/[_-]/.test(segment) && !hasAlphabetRun(segment));
}

/** Each segment's answer kept (`byValue`): a long path, or a text of many, repeats its segments. */
const randomSegmentIn = byValue(randomSegment);

const API_URL_PATH_TOKEN: RegexRule = {
  name: 'api-url-path-token',
  pattern: API_URL_PATH,
  judge(m) {
    const spans = [];
    let at = m.indices![1]![0];
    for (const segment of m[1]!.split('/')) {
      if (randomSegmentIn(segment)) spans.push({ start: at, end: at + segment.length, label: 'api key' as const });
      at += segment.length + 1;
    }
    return spans;
  },
};

/**
 * AM's round: a token as the path segment after `/t/` or `/token/` in a link, as package channels take them
 * (`https://conda.anaconda.org/t/<token>/channel`, a private PyPI or npm mirror's `/token/<token>/simple`): a path
 * segment so named holds what opens the channel. Sixteen characters or more, with digits set among letters as a
 * generator sets them, so `/t/general/`, `/token/refresh/` or a forum topic are paths.
 */
const PATH_NAMED_TOKEN: RegexRule = {
  name: 'path-named-token',
  pattern: /https?:\/\/[^\s/]{1,100}(?:\/[^\s/]{1,60}){0,4}?\/(?:t|tk|token|tokens|auth|access[_-]?token|api[_-]?key|apikey)\/([A-Za-z0-9][A-Za-z0-9_-]{15,100})(?=[/\s"'?#),]|$)/dg,
  judge(m) {
    const value = m[1]!;
    // Digits set among letters twice or more ("fk7hibyl", "a9hitic9swin"), as a forum's topic slug ("/t/ipv6-and-http2-
    // setup/123", "/t/general-discussion-2024/") never has them.
    if ((value.match(/[A-Za-z]\d+(?=[A-Za-z])/g)?.length ?? 0) < 2 || (value.match(/\d/g)?.length ?? 0) < 3) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
};

export const API_PATH_TOKEN_FINDERS: readonly Finder[] = [
  windowedFinder(API_PATH_TOKEN, /\/api\//g, 1, 72),
  windowedFinder(PATH_NAMED_TOKEN, /\/(?:t|tk|token|tokens|auth|access[_-]?token|api[_-]?key|apikey)\//g, 400, 110),
  // Tried where its opening stands (`anchored-finder.ts`); a URL may hold several keys, each a span.
  anchoredFinder(API_URL_PATH_TOKEN, /\/api\/|:\/\/api/g),
];
