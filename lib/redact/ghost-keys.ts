import { regexFinder, type Finder, type SecretSpan } from './rules';

/**
 * Ghost's keys. An Admin API key is the integration's 24-hex id, a colon and its 64-hex secret: whoever holds it signs
 * tokens that publish, edit and delete, so it is a secret wherever and however it is named. The pattern opens at the
 * colon (the id is read back from it) so that long hex runs are not tried at every digit.
 */
const ADMIN_KEY = /:(?<=(?<![0-9A-Za-z])[0-9a-f]{24}:)[0-9a-f]{64}(?![0-9A-Za-z])/dg;

export const GHOST_KEY_FINDERS: readonly Finder[] = [
  regexFinder({
    name: 'ghost-admin-key',
    pattern: ADMIN_KEY,
    judge: (m) => ({ start: m.index - 24, end: m.index + m[0].length, label: 'api key' }),
  }),
];

/**
 * A Content API key (26 hex digits) is public by design: Ghost's docs put it in the page, in `new GhostContentAPI({ …,
 * key })` or the Portal script's `data-key`, and it reads published posts only. It is kept in those places.
 */
const CONTENT_KEY = /^[0-9a-f]{26}$/;
const CONTENT_PLACE = /GhostContentAPI|data-ghost=|\/ghost\/api\/content\/|ghost\/portal/;

export function isGhostContentKey(text: string, span: SecretSpan, value: string): boolean {
  if (!CONTENT_KEY.test(value)) return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const line = text.slice(Math.max(lineStart, span.start - 400), lineEnd < 0 ? Math.min(text.length, span.end + 400) : Math.min(lineEnd, span.end + 400));
  return CONTENT_PLACE.test(line) && !/GhostAdminAPI|admin/i.test(line);
}
