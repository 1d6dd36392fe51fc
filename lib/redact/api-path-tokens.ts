import { windowedFinder, type Finder, type RegexRule } from './rules';
import { looksLikeRandomToken } from './values';

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

export const API_PATH_TOKEN_FINDERS: readonly Finder[] = [windowedFinder(API_PATH_TOKEN, /\/api\//g, 1, 72)];
