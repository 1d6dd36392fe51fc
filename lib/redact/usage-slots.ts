import type { Finder, SecretSpan } from './rules';
import { looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * A secret given as a positional argument whose place a usage line in the same text names: "$ ./ingest.sh prod
 * <token> 2026-11" beside "usage: ingest.sh <env> <api-key> <month>". The synopsis says which word is the key, so the
 * word in that place on a line that runs the same program is taken when it looks like one (a random value, or a
 * password after a password's slot). Only usage lines without optional parts before the slot are read (an optional
 * `[name]` would shift the places), and only invocations without options before the slot; the text within 2,000 characters of the
 * usage line, for at most four usage lines, is searched, so the rule stays linear. Options after the slot are allowed.
 */

const USAGE =
  /(?<![\p{L}])(?:usage|synopsis)(?:[ \t]+(?:was|is))?[ \t]*:?[ \t]+(?:\$[ \t]+)?((?:\.{0,2}\/)?[\w./-]{1,80})((?:[ \t]+(?:<[^<>\n]{1,40}>|\[[^[\]\n]{1,40}\]|\{[^{}\n]{1,40}\}|[A-Z][A-Z0-9_-]{1,40}|[a-z][\w-]{0,40})){1,12})/giu;

const SLOT = /<[^<>\n]{1,40}>|\[[^[\]\n]{1,40}\]|\{[^{}\n]{1,40}\}|\S+/g;
const KEY_SLOT = /api[-_ ]?key|apikey|token|secret|access[-_ ]?key|credential|auth/i;
const PASSWORD_SLOT = /pass(?:word|wd|phrase)?|pwd|\bpw\b|\bpin\b/i;
/** A slot that names a file, a name or an id of the secret, not the secret. */
const NOT_THE_SECRET = /(?:file|path|name|id|type|url|dir|env|length)\W*$/i;

const REACH = 2000;
const MOST_USAGE_LINES = 4;

const basename = (word: string) => word.slice(word.lastIndexOf('/') + 1);

function findUsageSlots(text: string): SecretSpan[] {
  if (!/usage|synopsis/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  USAGE.lastIndex = 0;
  let lines = 0;
  for (let m: RegExpExecArray | null; lines < MOST_USAGE_LINES && (m = USAGE.exec(text)); lines++) {
    const program = basename(m[1]!);
    if (program.length < 2) continue;
    const slots = m[2]!.match(SLOT) ?? [];
    const index = slots.findIndex((s) => /^[<{]|^[A-Z]/.test(s) && (KEY_SLOT.test(s) || PASSWORD_SLOT.test(s)) && !NOT_THE_SECRET.test(s));
    if (index < 0 || slots.slice(0, index).some((s) => s.startsWith('[') || s.startsWith('-'))) continue;
    const password = !KEY_SLOT.test(slots[index]!);
    const from = Math.max(0, m.index - REACH);
    const window = text.slice(from, Math.min(text.length, m.index + m[0].length + REACH));
    let lineStart = 0;
    for (const line of window.split('\n')) {
      const at = from + lineStart;
      lineStart += line.length + 1;
      if (at >= m.index && at <= m.index + m[0].length) continue; // the usage line itself
      const words = [...line.matchAll(/\S+/g)];
      const run = words.findIndex((w) => basename(w[0]) === program);
      if (run < 0 || run > 3) continue;
      const args = words.slice(run + 1);
      // Options before the slot would shift the places; options after it (`--since yesterday`) do not.
      if (args.slice(0, index + 1).some((w) => w[0].startsWith('-'))) continue;
      const word = args[index];
      if (!word) continue;
      const value = word[0].replace(/^["']|["',;]+$/g, '');
      const ok = password ? looksLikePassword(value, { quoted: false, strict: true }) : looksLikeGenericSecret(value);
      if (!ok) continue;
      const start = at + word.index! + word[0].indexOf(value);
      spans.push({ start, end: start + value.length, label: password ? 'password' : 'api key' });
    }
  }
  return spans;
}

/**
 * The same place named in prose instead of a usage line: "our deploy tool takes the token as the 2nd arg:" above
 * "$ ./sitepush production <token> --app …", "the API key is the first argument", "pass the password as the last
 * parameter". The sentence names no program, so the first command line after it (a `$`, `%`, `>` or `#` prompt)
 * within the reach is read, its words counted after the program's name; options before the place shift it, and the
 * rule then takes nothing. The value must look like a key (or a password, after a password's name) as above.
 */
const ORDINAL = '(1st|first|2nd|second|3rd|third|4th|fourth|last)';
const SECRET_NAME = '(api[ \\t-]?key|key|token|secret|password|passphrase|pin)';
const PLACE = '(?:positional[ \\t]+)?(?:arg|argument|param|parameter)';
const PROSE_SLOT = new RegExp(
  `(?<![\\p{L}])(?:(?:the|its|my|our|your|a)[ \\t]+)?${SECRET_NAME}[ \\t]+(?:as|is|goes[ \\t]+in|in)[ \\t]+(?:the[ \\t]+)?${ORDINAL}[ \\t]+${PLACE}` +
    `|(?<![\\p{L}])(?:the[ \\t]+)?${ORDINAL}[ \\t]+${PLACE}[ \\t]+(?:is|=|:)[ \\t]+(?:the[ \\t]+|my[ \\t]+|our[ \\t]+)?${SECRET_NAME}(?![\\p{L}])`,
  'giu',
);
const PLACES: Record<string, number> = { '1st': 0, first: 0, '2nd': 1, second: 1, '3rd': 2, third: 2, '4th': 3, fourth: 3, last: -1 };
const PROMPT_LINE = /^[ \t]*[$%>#][ \t]+(\S.*)$/;

function findProseSlots(text: string): SecretSpan[] {
  if (!/\b(?:arg|argument|param|parameter)\b/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  PROSE_SLOT.lastIndex = 0;
  let lines = 0;
  for (let m: RegExpExecArray | null; lines < MOST_USAGE_LINES && (m = PROSE_SLOT.exec(text)); lines++) {
    const name = (m[1] ?? m[4])!;
    const place = PLACES[(m[2] ?? m[3])!.toLowerCase()]!;
    const password = PASSWORD_SLOT.test(name);
    const from = m.index + m[0].length;
    const window = text.slice(from, Math.min(text.length, from + REACH));
    let lineStart = 0;
    for (const line of window.split('\n')) {
      const at = from + lineStart;
      lineStart += line.length + 1;
      const command = PROMPT_LINE.exec(line);
      if (!command) continue;
      const words = [...line.matchAll(/\S+/g)].slice(1); // after the prompt
      const positional = words.slice(1);
      const before = place < 0 ? positional.findIndex((w) => w[0].startsWith('-')) : place + 1;
      const args = positional.slice(0, before < 0 ? positional.length : before);
      if (args.some((w) => w[0].startsWith('-'))) break;
      const word = place < 0 ? args[args.length - 1] : args[place];
      if (word) {
        const value = word[0].replace(/^["']|["',;]+$/g, '');
        const ok = password ? looksLikePassword(value, { quoted: false, strict: true }) : looksLikeGenericSecret(value);
        if (ok) {
          const start = at + word.index! + word[0].indexOf(value);
          spans.push({ start, end: start + value.length, label: password ? 'password' : 'api key' });
        }
      }
      break; // the first command line after the sentence only
    }
  }
  return spans;
}

export const USAGE_SLOT_FINDERS: readonly Finder[] = [
  { name: 'usage-slot', find: findUsageSlots },
  { name: 'prose-slot', find: findProseSlots },
];
