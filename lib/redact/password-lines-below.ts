import { EN_LABEL, FOREIGN_LABEL, passwordWordStarts } from './passwords';
import { NOT_THE_PASSWORD, strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';
import { trimTrailingPunctuation } from './values';

/**
 * A password set apart on a line of its own below the line that names it, in any language the password words are read
 * in: a question about it ("Is this password strong enough?", "Beth sy'n bod ar y cyfrinair hwn?") or a label whose
 * colon ends its line ("Kata laluan:", "パスワード：", "현재 비밀번호:"), then the value alone on one of the next lines,
 * with only blank lines or one short bridge between ("it's", "La actual es:", "Current one:"). The value must be a
 * password beyond doubt (`strongPassword`, and letters with digits): a version, a file's name or a word is not one.
 */

const LABEL = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${EN_LABEL}|${FOREIGN_LABEL})(?![\\p{L}\\p{N}_])`, 'iuy');

/** A line between the password's line and the value: a few words that hand on to it, with or without a colon. */
const BRIDGE = /^[ \t]*[\p{L}\p{M}'’]+(?:[ \t]+[\p{L}\p{M}'’]+){0,3}[ \t]*[:：]?[ \t]*$/u;

/** The value's line: one token, nothing else. */
const VALUE_LINE = /^[ \t]*([^\s`'"<>()[\]{}]{6,64})[ \t]*\r?$/u;

/** Fields other than a password, as a bridge or a label names them. */
const OTHER_FIELD = /(?<!\p{L})(?:user\w*|login|e-?mail|host\w*|name|benutzer\w*|gebruiker\w*|utilisateur|usuario|url|server|account|konto|id|hint|tip|policy|format|example|error)(?!\p{L})/iu;

/** Shapes a lone line takes that no password has: a version, a file's name, a link, a dotted or slashed path. */
const NOT_A_VALUE = /^[A-Za-z_][\w.-]*[=:]|^v?\d+(?:\.\d+)+|\.(?:[a-z]{2,4})$|:\/\/|^[/~.]|^[A-Z0-9_]+$|^[a-z]+(?:[-_][a-z]+)*$/;

/**
 * The password words of the scripts that write no space before them (`passwordWordStarts` reads the spaced languages'
 * words): Japanese, Chinese, Korean.
 */
const UNSPACED_WORDS = /パスワード|暗証番号|密码|密碼|口令|비밀번호|암호/g;
const UNSPACED_LABEL = /パスワード|暗証番号|密码|密碼|口令|비밀번호|암호/y;

/** Where a password word may begin: the spaced languages' places, then the unspaced scripts' words. */
function wordStarts(text: string): number[] {
  const starts = [...passwordWordStarts(text)];
  if (!/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(text)) return starts;
  UNSPACED_WORDS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = UNSPACED_WORDS.exec(text)); ) starts.push(m.index);
  return starts.sort((a, b) => a - b);
}

/**
 * A lone line's value beyond doubt: `strongPassword`'s, or capitals, small letters and digits together where a dot
 * joins them ("15Cobalt.jEAaX", which that rule reads as a dotted name), never a domain's or a file's ending.
 */
function lonePassword(v: string): boolean {
  if (!/\p{L}/u.test(v) || !/\d/.test(v) || NOT_A_VALUE.test(v)) return false;
  return strongPassword(v) || (/\p{Lu}/u.test(v) && /\p{Ll}/u.test(v) && !/\.[a-z]{2,4}$/.test(v));
}

/** How many lines below the password's line the value may stand, blank lines and a bridge counted. */
const MAX_LINES_BELOW = 4;

function findPasswordLinesBelow(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let from = 0;
  for (const at of wordStarts(text)) {
    if (at < from) continue;
    LABEL.lastIndex = at;
    UNSPACED_LABEL.lastIndex = at;
    const m = LABEL.exec(text) ?? UNSPACED_LABEL.exec(text);
    // A word inside a name or a value ("DB_PASSWORD=", "example-password-do-not-use") labels nothing.
    if (!m || /[-=/.]/.test(text[at - 1] ?? '')) continue;
    // The password's line ends within 200 characters; what follows it on the line may be a colon or a question.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const nl = rest.indexOf('\n');
    if (nl < 0) continue;
    const tail = rest.slice(0, nl);
    from = m.index + m[0].length + nl;
    // A value already on the label's line is other rules' to read; a line about errors, policies or formats is no label.
    if (/[:：=][ \t]*\S/.test(tail) || NOT_THE_PASSWORD.test(tail)) continue;
    let lineStart = from + 1;
    let bridges = 0;
    for (let k = 0; k < MAX_LINES_BELOW && lineStart < text.length; k++) {
      // A line of 80 characters at most: its end is looked for within that (a search to the text's end would be quadratic).
      const nextBreak = text.slice(lineStart, lineStart + 82).indexOf('\n');
      const lineEnd = nextBreak >= 0 ? lineStart + nextBreak : lineStart + 82 >= text.length ? text.length : -1;
      if (lineEnd < 0 || lineEnd - lineStart > 80) break;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim() === '') {
        lineStart = lineEnd + 1;
        continue;
      }
      const value = VALUE_LINE.exec(line);
      if (value) {
        const v = trimTrailingPunctuation(value[1]!);
        // A line of its own but an ordinary word or sentence-ending one ("Thanks!") is the bridge tried below.
        if (lonePassword(v)) {
          const start = lineStart + line.indexOf(value[1]!);
          spans.push({ start, end: start + v.length, label: 'password' });
          from = start + v.length;
          break;
        }
      }
      if (bridges > 0 || !BRIDGE.test(line) || OTHER_FIELD.test(line)) break;
      bridges++;
      lineStart = lineEnd + 1;
    }
  }
  return spans;
}

export const PASSWORD_LINES_BELOW_FINDERS: readonly Finder[] = [{ name: 'password-lines-below', find: findPasswordLinesBelow }];
