import type { Finder, SecretSpan } from './rules';
import { wordTrigger } from './fast-anchors';

/**
 * CE's round: a keyboard walk given as a login ("laptop — 1qaz2wsx3edc", "try qazwsxedc — the shared login", "tablet:
 * asdfghjkl;'", "laptop login zxcvbnm,./"). People make passwords by running a finger along a row or down the columns
 * of a keyboard; no rule's shape reads them, as they hold no capital, often no digit, and a symbol only where the row
 * has one. The value is eight characters or more, all of it runs of three keys or more along a row or a column of a
 * US keyboard (either way), with a letter in it, and it stands in a value's place: right after a login's word or what
 * it opens, or before a dash and a clause that names one. A walk in a sentence ("qwertyuiop is the top row", "I hit
 * qazwsxedc by accident on the tablet") or a keyboard smash ("asdfghjkl I can't believe it") is left.
 */
const ROWS = ['1234567890-=', 'qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,./'];
const COLUMNS = ['1qaz', '2wsx', '3edc', '4rfv', '5tgb', '6yhn', '7ujm', '8ik,', '9ol.', '0p;/'];
const LINES = [...ROWS, ...COLUMNS].flatMap((l) => [l, [...l].reverse().join('')]);

/** Whether `s` runs along one row or column, either way: "qwert", "54321". */
const along = (s: string): boolean => LINES.some((line) => line.includes(s));

/**
 * CF's round: two rows walked a key of each in turn ("2w3e4r5t6y", "q1w2e3r4"): the keys in odd places run along
 * one row, those in even places along another, four of each at least.
 */
function twoRowsInTurn(s: string): boolean {
  const odd = [...s].filter((_, i) => i % 2 === 0).join('');
  const even = [...s].filter((_, i) => i % 2 === 1).join('');
  return even.length >= 4 && along(odd) && along(even);
}

/** Whether `v` is made whole of runs of three keys or more along one row or column each, or of two rows in turn. */
function isKeyboardWalk(v: string): boolean {
  const s = v.toLowerCase();
  if (s.length < 8 || s.length > 40 || !/[a-z]/.test(s) || /^[\d-=]+$/.test(s)) return false;
  if (twoRowsInTurn(s)) return true;
  // reach[i]: the first i characters split into such runs.
  const reach: boolean[] = Array.from({ length: s.length + 1 }, () => false);
  reach[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!reach[i]) continue;
    for (const line of LINES) {
      for (let n = 3; i + n <= s.length && n <= line.length; n++) {
        if (!line.includes(s.slice(i, i + n))) break;
        reach[i + n] = true;
      }
    }
  }
  return reach[s.length]!;
}

/** A whole run of no spaces, quotes or brackets (a longer run is no one value: a link, a blob). */
const TOKEN = /(?<![^\s"“”()<>])[^\s"“”()<>]{8,40}(?![^\s"“”()<>])/g;
/** A login's or a password's word, or a device or an app it opens. */
const LOGIN_WORD = String.raw`(?:login|log-?in|sign-?in|password|passwd|pw|pwd|account|laptop|computer|pc|tablet|phone|app|admin)`;
/** The walk in a value's place: right after such a word and a colon, a dash, an `=`, "is" or a space alone. */
const AFTER_THE_WORD = new RegExp(String.raw`(?<![\p{L}])${LOGIN_WORD}(?:[ \t]+(?:login|log-?in))?(?:[ \t]*[:=—–-]|[ \t]+(?:is|was))?[ \t]+$`, 'iu');
/**
 * Words running on after the walk in its clause make it a keyboard smash said of the thing, not its login: "my laptop
 * — asdfghjkl ugh", "phone — qwertyuiop lol". A word that only says whose or when ("… for the shared account", "… as
 * of today") leaves it a value.
 */
const RUNS_ON = /^[ \t]+(?!(?:for|on|to|at|as|in|from|with|and|or|but|if|since|until|now|then|today|please|pls|btw)(?![\p{L}]))\p{L}/iu;
/** Or the walk first, a dash, then the clause that names it: "qazwsxedc — the shared login". */
const THEN_THE_WORD = new RegExp(String.raw`^[ \t]+[—–-][ \t]+[^.!?\n]{0,60}?(?<![\p{L}])${LOGIN_WORD}(?![\p{L}])`, 'iu');

function findKeyboardWalkPasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  TOKEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TOKEN.exec(text)); ) {
    // A sentence's comma or stop after the walk is not a key of it, unless the row ends so ("zxcvbnm,./").
    let value = m[0];
    if (!isKeyboardWalk(value)) value = value.replace(/[.,;:!?]+$/, '');
    if (!isKeyboardWalk(value)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + value.length, m.index + value.length + 80);
    if (!THEN_THE_WORD.test(after) && (!AFTER_THE_WORD.test(before) || RUNS_ON.test(after))) continue;
    spans.push({ start: m.index, end: m.index + value.length, label: 'password' });
  }
  return spans;
}

// Every walk it reads stands beside a login's word: a text with none is not scanned token by token.
export const KEYBOARD_WALK_PASSWORD_FINDERS: readonly Finder[] = [{ name: 'keyboard-walk-passwords', find: findKeyboardWalkPasswords, trigger: wordTrigger(LOGIN_WORD) }];
