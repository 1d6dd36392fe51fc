import { NUMBER_FIELD, passwordShaped } from './passwords-in-found-lists';
import type { SecretSpan } from './rules';
import { looksLikeRandomToken } from './values';

/**
 * BC's round: a keyholder's note is a bulleted list (`-`, `*`, `•`, `[ ]`, `1.`), one place or system a line, and
 * each line marks its value as the writer likes: "cold room = 5867", "back yard gate ... 276167", "theatre corridor ->
 * 8033 + tick", "preform store: 3729 (hold 2s)", "rota app (wen.k): t3bm…". A rule finds one of them (a "code for
 * …:" line, a password's shape), and says what the list is; the others name only a place and give it a number, or
 * name a system and its user in brackets and give a value. So, in the bulleted lines around a found password or code
 * (no blank line between), a line that is a label and four to eight digits after any of those marks (a short remark
 * after them in brackets or after `+` or "then" may close it) is a code, and a line that is a label, a user in
 * brackets and a value of a password's shape (or a random token's) is that system's password; BD's round: so is one
 * that names a system and points an arrow at such a value, no user given.
 *
 * A label that names another kind of number (a phone's, a floor's, a count's, a price's; `passwords-in-found-lists.ts`)
 * keeps it, as do a year, one digit repeated and a number with a unit after it. The mark must stand: a plain "stock
 * drawer 2599" in a list could as well be a count.
 */
const BULLET = String.raw`[ \t]*(?:[-*•·◦]|\[[ xX✓]?\]|\d{1,2}[.)])[ \t]+`;
const BULLETED = new RegExp(`^${BULLET}`, 'u');
const CODE_LINE = new RegExp(
  String.raw`^${BULLET}(\p{L}[\p{L}\p{N}'’ &/-]{0,40}?)[ \t]*(?::|=|\.{2,}|…|->|→|=>|[—–]|[ \t]-)[ \t]*(\d{4,8})` +
    String.raw`(?:[ \t]*(?:\([^()\n]{1,30}\)|\+[ \t]*\p{L}[\p{L} ]{0,20}|then[ \t]+[\p{L} ]{1,20}))?[ \t]*$`,
  'du',
);
const LOGIN_LINE = new RegExp(String.raw`^${BULLET}\p{L}[\p{L}\p{N}'’ &/-]{0,40}?[ \t]*\([^()\s]{1,40}\)[ \t]*[:=—–-][ \t]*(\S{6,80})[ \t]*$`, 'du');
// BD's round: a system and an arrow to its value, with no user ("truck dispatch system -> Ljh7…", "CMS (central
// management system) → …"): in a keyholder's list, an arrow from a system's name points at what opens it.
const ARROW_LOGIN_LINE = new RegExp(
  String.raw`^${BULLET}\p{L}[\p{L}\p{N}'’ &/-]{0,40}?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:->|→|=>|⇒)[ \t]*(\S{6,80})[ \t]*$`,
  'du',
);
const UNIT_REMARK = /\([ \t]*(?:€|\$|£|eur|usd|kg|km|m|l|pcs|units?|items?|boxes|people|staff|min|mins|minutes|hrs?|hours?|days?)\b/i;
/** Lines read each way from the found one. */
const REACH = 12;
const MAX_FOUND = 100;

function lineEndAt(text: string, lineStart: number): number {
  const end = text.indexOf('\n', lineStart);
  return end < 0 ? text.length : end;
}

/** The span a bulleted line gives as a code or a login's password, or null. */
function entryOn(text: string, lineStart: number): SecretSpan | null {
  const lineEnd = lineEndAt(text, lineStart);
  if (lineEnd - lineStart > 160) return null;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const code = CODE_LINE.exec(line);
  if (code) {
    const value = code[2]!;
    if (NUMBER_FIELD.test(code[1]!) || /^(?:19|20)\d\d$|^(\d)\1+$/.test(value) || UNIT_REMARK.test(line)) return null;
    const start = lineStart + code.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  }
  const login = LOGIN_LINE.exec(line) ?? ARROW_LOGIN_LINE.exec(line);
  if (login) {
    const value = login[1]!;
    if (!passwordShaped(value) && !looksLikeRandomToken(value)) return null;
    const start = lineStart + login.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  }
  return null;
}

export function findCodesAndLoginsInFoundBulletLists(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = MAX_FOUND;
  const readLines = new Set<number>();
  for (const found of kept) {
    if (found.label !== 'password') continue;
    if (--budget < 0) break;
    const ownStart = text.lastIndexOf('\n', found.start - 1) + 1;
    if (readLines.has(ownStart) || !BULLETED.test(text.slice(ownStart, Math.min(text.length, ownStart + 12)))) continue;
    readLines.add(ownStart);
    for (const dir of [-1, 1] as const) {
      let at = ownStart;
      for (let i = 0; i < REACH; i++) {
        at = dir < 0 ? (at === 0 ? -1 : text.lastIndexOf('\n', at - 2) + 1) : text.indexOf('\n', at) + 1 || -1;
        if (at < 0 || at >= text.length || !BULLETED.test(text.slice(at, Math.min(text.length, at + 12)))) break;
        readLines.add(at);
        const entry = entryOn(text, at);
        if (!entry || taken.subarray(entry.start, entry.end).some((t) => t !== 0)) continue;
        taken.fill(1, entry.start, entry.end);
        spans.push(entry);
      }
    }
  }
  return spans;
}
