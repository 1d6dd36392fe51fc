import type { Finder, SecretSpan } from './rules';

/**
 * AN's round: an auth file of quoted pairs, a user and a password on each line (pgbouncer's `userlist.txt`:
 * `"app" "kettle…"`), two such lines at least. A value that is a stored hash (`md5` and 32 hex digits, `SCRAM-SHA-256$…`)
 * is a look-alike and is left, as the other hash rules leave it.
 */
const PAIR_LINE = /^[ \t]*"([\w.@+-]{1,64})"[ \t]+"([^"\n]{1,200})"[ \t]*$/gm;
const HASH = /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$.*|\$\d\w?\$.*|[0-9a-f]{32,128})$/i;

function findPairs(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('" "')) return spans;
  const lines: RegExpExecArray[] = [];
  PAIR_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PAIR_LINE.exec(text)); ) lines.push(m);
  if (lines.length < 2) return spans;
  for (const m of lines) {
    const value = m[2]!;
    if (HASH.test(value)) continue;
    const start = m.index + m[0].lastIndexOf(`"${value}"`) + 1;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const QUOTED_PAIR_FILE_FINDERS: readonly Finder[] = [{ name: 'quoted-pair-files', find: findPairs }];
